// The therapist summary end to end: built from real records typed through the UI, offline;
// items left out and private entries never reach the Markdown or the PDF; every script comes
// out exactly; the share sheet gets the file when the browser can share files.
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './fixtures';
import { CheckInPage } from './pages/CheckInPage';
import { EntryEditorPage, type EntryInput } from './pages/JournalPages';
import { Notices } from './pages/Notices';
import { SessionEditorPage } from './pages/SessionPages';
import { PrintViewPage, SharePage } from './pages/SharePages';
import { axeViolations } from './support/axe';

const today = '2026-11-10';
const windowName = 'waypoint-summary-2026-11-02-to-2026-11-10';
const scripts = 'שלום עולם · مرحبا بالعالم · 今日は晴れ · 🌊🧘🏽‍♀️';

/** A completed session on 2 Nov, recorded on 10 Nov. */
async function recordSession(page: Page): Promise<void> {
  await page.goto('/sessions/new');
  const editor = new SessionEditorPage(page);
  await editor.fillPlan({
    date: '2026-11-02',
    time: '10:00',
    intentions: ['Meet the fear with curiosity'],
  });
  await editor.happened.check();
  await editor.fillRecord({ route: 'Intramuscular (IM)', doseMg: '50' });
  await editor.save('Save session');
}

async function writeEntry(page: Page, entry: EntryInput): Promise<void> {
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.fill(entry);
  await editor.submit();
}

async function checkIn(page: Page, mood: number): Promise<void> {
  const form = new CheckInPage(page);
  await form.openNew();
  await form.mood(mood).click();
  await form.save.click();
  await expect(page.getByText('Check-in saved.')).toBeVisible();
}

/** The text pdf.js reads from every page, joined. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return texts.join('\n');
}

/** PDF syntax that would run code or act by itself. */
function expectInertPdf(bytes: Buffer): void {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const raw = bytes.toString('latin1');
  for (const name of ['/JS', '/JavaScript', '/Launch', '/AA', '/OpenAction'])
    expect(raw, name).not.toContain(name);
}

test.describe('offline', () => {
  // Offline use needs the worker's precache (the suite blocks it by default).
  test.use({ serviceWorkers: 'allow' });

  test('a session-window summary leaves out what is private or excluded, in Markdown and PDF', async ({
    page,
    context,
  }) => {
    // Types a session, four entries and a check-in through the UI, then exports three files.
    test.setTimeout(180_000);
    await page.clock.setFixedTime(new Date(`${today}T09:00:00`));
    await page.goto('/');
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    const notices = new Notices(page);
    if (await notices.dismissOfflineReady.isVisible()) await notices.dismissOfflineReady.click();

    await recordSession(page);
    await writeEntry(page, { title: 'Kept in', body: 'The lake was calm today.', share: true });
    await writeEntry(page, {
      title: 'Left out by choice',
      body: 'EXCLUDED-BODY about work.',
      share: true,
    });
    await writeEntry(page, { title: 'Only mine', body: 'PRIVATE-BODY never shared.' });
    await writeEntry(page, {
      title: 'My father and the lake',
      body: 'DISCUSS-BODY stays here.',
      discuss: true,
    });
    await checkIn(page, 7);

    await context.setOffline(true);
    const share = new SharePage(page);
    await share.open();
    // The latest session's window is the default range.
    await expect(page.getByLabel('One session and the days after it')).toBeChecked();
    await expect(share.preview).toContainText('2 Nov 2026 – 10 Nov 2026');
    await expect(share.preview).toContainText('Kept in');
    await expect(share.preview).toContainText('Left out by choice');
    await expect(share.preview).not.toContainText('PRIVATE-BODY');
    await expect(share.preview).not.toContainText('DISCUSS-BODY');
    // Dose is off by default.
    await expect(share.preview).not.toContainText('50 mg');

    await share.item(/^Left out by choice/).uncheck();
    await expect(share.preview).not.toContainText('Left out by choice');

    const markdown = await share.download(share.saveMarkdown);
    expect(markdown.name).toBe(`${windowName}.md`);
    expect(markdown.text).toContain('## Topics to discuss\n\n- My father and the lake');
    expect(markdown.text).toContain('### Kept in');
    expect(markdown.text).toContain('> The lake was calm today.');
    expect(markdown.text).toContain('### Session 1 · 2 Nov 2026');
    expect(markdown.text).toContain('- Meet the fear with curiosity');
    expect(markdown.text).toContain('| 10 Nov 2026 | 7 |  |');
    for (const hidden of [
      'EXCLUDED-BODY',
      'Left out by choice',
      'PRIVATE-BODY',
      'Only mine',
      'DISCUSS-BODY',
      '50 mg',
    ])
      expect(markdown.text, hidden).not.toContain(hidden);
    await expect(share.status).toHaveText('The Markdown file is ready.');

    const pdf = await share.download(share.exportSummary);
    expect(pdf.name).toBe(`${windowName}.pdf`);
    expectInertPdf(pdf.bytes);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Kept in');
    expect(text).toContain('My father and the lake');
    for (const hidden of ['EXCLUDED-BODY', 'Left out by choice', 'PRIVATE-BODY', 'DISCUSS-BODY'])
      expect(text, hidden).not.toContain(hidden);
    await expect(share.status).toHaveText('The PDF is ready.');

    const csv = await share.download(share.saveCsv);
    expect(csv.name).toBe(`${windowName}.csv`);
    expect(csv.text).toContain('check-in,2026-11-10,09:00,1,,7,');

    // Exporting remembered the day, for "since the last summary".
    await expect(page.getByLabel('Since the last summary I shared (10 Nov 2026)')).toBeVisible();
  });
});

test.describe('online', () => {
  test.use({ serviceWorkers: 'block' });

  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date(`${today}T09:00:00`));
  });

  test('an entry in Hebrew, Arabic, Japanese and emoji comes out exactly', async ({
    page,
    context,
  }) => {
    await recordSession(page);
    await writeEntry(page, { title: 'Scripts', body: scripts, share: true });
    const share = new SharePage(page);
    await share.open();
    await expect(share.preview.getByText(scripts, { exact: true })).toBeVisible();

    const markdown = await share.download(share.saveMarkdown);
    expect(markdown.text).toContain(`> ${scripts}\n`);

    const pdf = await share.download(share.exportSummary);
    expectInertPdf(pdf.bytes);
    expect(await pdfText(pdf.bytes)).toContain('Scripts');
    await expect(page.getByRole('alert')).toHaveCount(0);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await share.copyText.click();
    await expect(share.status).toHaveText('Copied. Paste it into a message or an email.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`> ${scripts}\n`);
    expect(copied.startsWith('Summary for my therapist\n')).toBe(true);

    await share.printView.click();
    const print = new PrintViewPage(page);
    await expect(print.heading).toHaveText('Summary for my therapist');
    await expect(print.document.getByText(scripts, { exact: true })).toBeVisible();
    await expect(print.document).toContainText('2 Nov 2026 – 10 Nov 2026');
    // The print stylesheet leaves only the document.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(print.print).toBeHidden();
    await expect(print.document.getByText(scripts, { exact: true })).toBeVisible();
  });

  test('the share sheet receives the file when the browser can share files', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: { name: string; type: string; size: number }[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'canShare', {
        configurable: true,
        value: (data: ShareData) => Array.isArray(data.files) && data.files.length > 0,
      });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          for (const file of data.files ?? [])
            shared.push({ name: file.name, type: file.type, size: file.size });
        },
      });
    });
    await recordSession(page);
    await writeEntry(page, { title: 'Kept in', body: 'The lake was calm today.', share: true });
    const share = new SharePage(page);
    await share.open();
    let downloads = 0;
    page.on('download', () => downloads++);
    await share.exportSummary.click();
    await expect(share.status).toHaveText('Shared.');
    await share.saveMarkdown.click();
    await expect(share.status).toHaveText('Shared.');
    const shared = await page.evaluate(
      () =>
        (window as unknown as { __shared: { name: string; type: string; size: number }[] })
          .__shared,
    );
    expect(shared.map((f) => [f.name, f.type])).toEqual([
      [`${windowName}.pdf`, 'application/pdf'],
      [`${windowName}.md`, 'text/markdown'],
    ]);
    expect(shared.every((f) => f.size > 100)).toBe(true);
    expect(downloads).toBe(0);
  });

  test('without file sharing, the export downloads instead', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    });
    await recordSession(page);
    const share = new SharePage(page);
    await share.open();
    const pdf = await share.download(share.exportSummary);
    expect(pdf.name).toBe(`${windowName}.pdf`);
    expectInertPdf(pdf.bytes);
  });

  test('an excerpt shares only the chosen sentence', async ({ page }) => {
    await recordSession(page);
    await writeEntry(page, {
      title: 'Long one',
      body: 'First sentence stays. SECOND-SENTENCE goes out.',
      share: true,
    });
    const share = new SharePage(page);
    await share.open();
    await page.getByLabel('Only passages I choose').check();
    await expect(share.preview).not.toContainText('Long one');
    await share.item('SECOND-SENTENCE goes out.').check();
    await expect(share.preview).toContainText('SECOND-SENTENCE goes out.');
    await expect(share.preview).not.toContainText('First sentence stays.');
    const markdown = await share.download(share.saveMarkdown);
    expect(markdown.text).toContain('*10 Nov 2026 · excerpt*\n\n> SECOND-SENTENCE goes out.');
    expect(markdown.text).not.toContain('First sentence stays.');
    // The choices are kept: a reload shows the same excerpt.
    await expect(page.getByText('Your choices are kept on this phone.')).toBeVisible();
    await page.reload();
    await expect(share.preview).toContainText('SECOND-SENTENCE goes out.');
    await expect(share.preview).not.toContainText('First sentence stays.');
  });

  test('custom dates explain a wrong range in plain words', async ({ page }) => {
    const share = new SharePage(page);
    await page.goto('/share');
    await expect(page.getByLabel('Dates I choose')).toBeChecked();
    await page.getByLabel('From').fill('2026-11-20');
    await expect(page.getByRole('alert')).toHaveText(
      'The first day must come before the last day.',
    );
    await expect(share.exportSummary).toHaveCount(0);
    await page.getByLabel('From').fill('2026-11-01');
    await expect(share.preview).toContainText('1 Nov 2026 – 10 Nov 2026');
  });

  test('My journal saves every entry as one Markdown file', async ({ page }) => {
    await writeEntry(page, { title: 'Only mine', body: `PRIVATE-BODY ${scripts}` });
    await writeEntry(page, { title: 'Shared', body: 'Shared body.', share: true });
    const share = new SharePage(page);
    await page.goto('/share');
    const file = await share.download(share.saveJournal);
    expect(file.name).toBe('waypoint-journal.md');
    expect(file.text).toContain('# My journal');
    expect(file.text).toContain(`PRIVATE-BODY ${scripts}`);
    expect(file.text).toContain('## 10 Nov 2026 · Shared');
  });

  test('Share and the print view pass axe', async ({ page }) => {
    await recordSession(page);
    await writeEntry(page, { title: 'Kept in', body: 'Calm.', share: true, discuss: true });
    await checkIn(page, 6);
    const share = new SharePage(page);
    await share.open();
    await page.getByLabel('Only passages I choose').check();
    expect(await axeViolations(page)).toEqual([]);
    await share.printView.click();
    await expect(new PrintViewPage(page).document).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
