import { expect, test } from './fixtures';
import { EntryEditorPage, JournalPage } from './pages/JournalPages';

test('write, read, edit and delete an entry, with undo', async ({ page }) => {
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.fill({
    title: 'After the walk',
    body: 'The river was loud.\nI felt steady.',
    tags: 'walk, calm',
    share: true,
  });
  await editor.submit();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('After the walk');
  await expect(page.getByText('I felt steady.')).toBeVisible();
  await expect(page.getByText('Share with therapist')).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(editor.body).toHaveValue('The river was loud.\nI felt steady.');
  await editor.title.fill('After the long walk');
  await editor.submit();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('After the long walk');

  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.entry('After the long walk')).toHaveCount(1);

  await journal.entry('After the long walk').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  await expect(journal.entry('After the long walk')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(journal.entry('After the long walk')).toHaveCount(1);
  await page.reload();
  await expect(journal.entry('After the long walk')).toHaveCount(1);
});

test('a reload mid-sentence loses at most the last second of typing', async ({ page }) => {
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.title.fill('Half a thought');
  // Type steadily for well over a second, then reload right after the last key.
  const sentence = 'I was in the middle of writing about the session and how the light felt on the';
  const perKeyMs = 40;
  await editor.body.pressSequentially(sentence, { delay: perKeyMs });
  await page.reload();
  await expect(editor.restoredNotice).toBeVisible();
  await expect(editor.title).toHaveValue('Half a thought');
  const restored = await editor.body.inputValue();
  expect(sentence.startsWith(restored)).toBe(true);
  const lostKeys = sentence.length - restored.length;
  expect(lostKeys * perKeyMs).toBeLessThanOrEqual(1000);

  await editor.body.fill(`${sentence} water.`);
  await editor.submit();
  await expect(page.getByText(`${sentence} water.`)).toBeVisible();
  // Saving removed the draft in the same transaction: a new entry starts blank.
  await editor.openNew();
  await expect(editor.restoredNotice).toHaveCount(0);
  await expect(editor.body).toHaveValue('');
});

test('closing the page abruptly keeps everything but the last second of typing', async ({
  page,
  context,
}) => {
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.body.pressSequentially('Words typed before the phone died', { delay: 15 });
  await expect(editor.draftStatus).toBeVisible();
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  const again = new EntryEditorPage(next);
  await again.openNew();
  await expect(again.restoredNotice).toBeVisible();
  await expect(again.body).toHaveValue('Words typed before the phone died');
  await next.getByRole('button', { name: 'Discard draft' }).click();
  await expect(again.body).toHaveValue('');
  await next.reload();
  await expect(again.restoredNotice).toHaveCount(0);
});

test('search ignores case and accents and highlights the match', async ({ page }) => {
  const editor = new EntryEditorPage(page);
  for (const entry of [
    { title: 'Morning', body: 'Un café très fort avec Zoë.' },
    { title: 'Evening', body: 'Nothing about drinks here.' },
  ]) {
    await editor.openNew();
    await editor.fill(entry);
    await editor.submit();
  }
  const journal = new JournalPage(page);
  await journal.open();
  await journal.search.fill('CAFE TRES');
  await expect(journal.entries).toHaveCount(1);
  await expect(journal.entry('Morning').locator('mark')).toHaveText('café très');
  await journal.search.fill('zoe');
  await expect(journal.entry('Morning').locator('mark')).toHaveText('Zoë');
  await journal.search.fill('nothing at all matches this');
  await expect(page.getByText('Nothing matches')).toBeVisible();
});

test('markup typed into an entry is shown as text everywhere', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.fill({
    title: `T ${payload}`,
    body: `B ${payload}\njavascript:alert(1)`,
    tags: payload,
  });
  await editor.submit();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`T ${payload}`);
  await expect(page.getByText(`B ${payload}`)).toBeVisible();
  await expect(page.getByText(`#${payload}`)).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);

  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.entry(`T ${payload}`)).toBeVisible();
  await journal.search.fill('onerror');
  await expect(journal.entry(`T ${payload}`).locator('mark').first()).toHaveText('onerror');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
});

test.describe('with the service worker', () => {
  // Offline use needs the worker's precache (the suite blocks it by default).
  test.use({ serviceWorkers: 'allow' });

  test('the journal works offline after one visit', async ({ page, context }) => {
    await page.goto('/');
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    const editor = new EntryEditorPage(page);
    await editor.openNew();
    await editor.fill({ title: 'No signal', body: 'Written in the tunnel.' });
    await editor.submit();
    await page.reload();
    await expect(page.getByText('Written in the tunnel.')).toBeVisible();
    const journal = new JournalPage(page);
    await journal.open();
    await expect(journal.entry('No signal')).toHaveCount(1);
  });
});

test('the timeline filters by session, tag and flag', async ({ page }) => {
  const editor = new EntryEditorPage(page);
  for (const entry of [
    { title: 'Shared note', body: 'For my therapist.', tags: 'sleep', share: true },
    { title: 'Talk about it', body: 'Raise this next time.', tags: 'family', discuss: true },
    { title: 'Just mine', body: 'Private.', tags: 'sleep' },
  ]) {
    await editor.openNew();
    await editor.fill(entry);
    await editor.submit();
  }
  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.entries).toHaveCount(3);

  await page.getByLabel('Tag').selectOption('sleep');
  await expect(journal.entries).toHaveCount(2);
  await expect(journal.entry('Talk about it')).toHaveCount(0);

  await page.getByLabel('Tag').selectOption('');
  await page.getByLabel('Marked').selectOption('share');
  await expect(journal.entries).toHaveCount(1);
  await expect(journal.entry('Shared note')).toHaveCount(1);

  await page.getByLabel('Marked').selectOption('discuss');
  await expect(journal.entries).toHaveCount(1);
  await expect(journal.entry('Talk about it')).toHaveCount(1);

  await page.getByLabel('Marked').selectOption('');
  await page.getByRole('combobox', { name: /^Session/ }).selectOption('none');
  await expect(journal.entries).toHaveCount(3);
});
