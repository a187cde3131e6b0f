import { expect, test } from './fixtures';
import { EntryEditorPage, JournalPage } from './pages/JournalPages';
import { SessionEditorPage, SessionPage } from './pages/SessionPages';

test("plan a session, complete it, and find the next day's entry under it", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await page.goto('/sessions');
  await page.getByRole('link', { name: 'New session' }).click();
  const editor = new SessionEditorPage(page);
  await editor.fillPlan({
    date: '2026-11-12',
    time: '10:00',
    intentions: ['Meet the fear with curiosity', 'Rest'],
  });
  await editor.save('Plan session');
  const session = new SessionPage(page);
  await expect(session.heading).toHaveText('Session 1');
  await expect(page.getByText('Meet the fear with curiosity')).toBeVisible();
  await expect(page.getByText('Rest', { exact: true })).toBeVisible();
  const sessionUrl = page.url();

  await page.goto('/');
  await expect(page.getByText('Preparing for session 1 · in 2 days')).toBeVisible();

  // Session day: record what happened.
  await page.clock.setFixedTime(new Date('2026-11-12T14:00:00'));
  await page.goto(sessionUrl);
  await page.getByRole('link', { name: 'Mark as completed' }).click();
  await expect(editor.happened).toBeChecked();
  await editor.fillRecord({
    route: 'Intramuscular (IM)',
    doseMg: '50',
    sideEffects: { Nausea: 'Mild', 'Lingering dissociation': 'Moderate' },
  });
  await editor.save('Save session');
  await expect(session.record).toContainText('Intramuscular (IM)');
  await expect(session.record).toContainText('50 mg');
  await expect(session.record).toContainText('Nausea');
  await expect(session.record).toContainText('Mild');
  await expect(session.record).toContainText('Lingering dissociation');
  await page.goto('/');
  await expect(page.getByText('Session day · Session 1')).toBeVisible();

  // The next day: an entry links to the session by itself.
  await page.clock.setFixedTime(new Date('2026-11-13T20:00:00'));
  await page.goto('/');
  await expect(page.getByText('Day 1 after session 1')).toBeVisible();
  const entry = new EntryEditorPage(page);
  await entry.openNew();
  await expect(entry.session.locator('option:checked')).toContainText('Automatic: Session 1');
  await entry.fill({ title: 'The morning after', body: 'Lighter than I expected.' });
  await entry.submit();

  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.sessionHeaders().first()).toContainText('Session 1');
  const rows = page.locator('.virtual-list__row');
  await expect(rows.nth(0)).toContainText('Session 1');
  await expect(rows.nth(1)).toContainText('The morning after');

  await page.goto(sessionUrl);
  await expect(session.integration).toContainText('Day 1 after');
  await expect(session.integration).toContainText('The morning after');
});

test('deleting a session keeps its entries and can be undone', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await page.goto('/sessions/new');
  const editor = new SessionEditorPage(page);
  await editor.fillPlan({ date: '2026-11-09', time: '10:00' });
  await editor.happened.check();
  await editor.fillRecord({ route: 'Sublingual / oral' });
  await editor.save('Save session');
  const sessionUrl = page.url();

  const entry = new EntryEditorPage(page);
  await entry.openNew();
  await entry.fill({ title: 'Kept safe', body: 'This must survive.' });
  await entry.submit();

  await page.goto(sessionUrl);
  await page.getByRole('button', { name: 'Delete session' }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(page.getByText('Session deleted. Your journal entries are kept.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Session restored.')).toBeVisible();
  await page.goto(sessionUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session 1');
  await expect(page.getByRole('region', { name: 'Integration' })).toContainText('Kept safe');

  // Delete for good: the entry stays in the journal, no longer linked.
  await page.getByRole('button', { name: 'Delete session' }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.entry('Kept safe')).toHaveCount(1);
  await expect(page.getByText('Not linked to a session')).toBeVisible();
  await page.goto(sessionUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session not found');
});

test.describe('with the service worker', () => {
  // Offline use needs the worker's precache (the suite blocks it by default).
  test.use({ serviceWorkers: 'allow' });

  test('sessions can be planned offline, and a half-typed plan survives a reload', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    await page.goto('/sessions/new');
    const editor = new SessionEditorPage(page);
    await editor.fillPlan({ date: '2027-01-15', time: '09:30', intentions: ['Breathe first'] });
    await expect(page.getByText('Draft saved on this phone.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Intention 1', { exact: true })).toHaveValue('Breathe first');
    await expect(editor.date).toHaveValue('2027-01-15');
    await editor.save('Plan session');
    await expect(page.getByText('Breathe first')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Breathe first')).toBeVisible();
  });
});
