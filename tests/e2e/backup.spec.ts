// Backup and restore end to end: a backup made on the phone restores after a wipe (plain and
// encrypted), and the Daylio and Afterflow fixtures import through the preview into the
// timeline and the sessions list. Bad files say what is wrong and change nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { serializeBackup } from '../../src/export/backup';
import { heavyUserBackup } from '../support/heavyUserBackup';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { BackupPage, ImportPage } from './pages/BackupPages';
import { CheckInPage } from './pages/CheckInPage';
import { DueList } from './pages/DuePages';
import { EntryEditorPage, JournalPage } from './pages/JournalPages';
import { LockSettingsPage, readRawDatabase } from './pages/LockPages';
import { SessionEditorPage } from './pages/SessionPages';
import { axeViolations } from './support/axe';

test.use({ serviceWorkers: 'block' });

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url));

const TITLE = 'Harbour at dawn 🌊';
const BODY = 'שלום, the water was still. Nothing to fix today.';

/** Writes an entry (emoji and right-to-left text) and a check-in. */
async function writeJournal(page: Page): Promise<void> {
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.fill({ title: TITLE, body: BODY, tags: 'sea, morning' });
  await editor.submit();
  const checkIn = new CheckInPage(page);
  await checkIn.openNew();
  await checkIn.tap(checkIn.mood(8));
  await checkIn.tap(checkIn.save);
  await expect(page.getByText('Check-in saved.')).toBeVisible();
}

/** Wipes everything through the lock settings' wipe, then leaves the welcome. */
async function wipe(page: Page): Promise<void> {
  const lock = new LockSettingsPage(page);
  await lock.open();
  await lock.wipe();
  const shell = new AppShell(page);
  await expect(shell.heading).toHaveText('Welcome to Waypoint');
  await new JournalPage(page).open();
  await expect(page.getByText(TITLE)).toHaveCount(0);
}

test('back up, wipe, and restore from the file', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await writeJournal(page);

  const backup = new BackupPage(page);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Back up now' }).click();
  await expect(backup.heading).toBeVisible();
  await expect(backup.lastBackup).toHaveText('No backup made on this phone yet.');
  const file = await backup.download();
  expect(file.name).toBe('waypoint-backup-2026-11-10.json');
  const saved = JSON.parse(readFileSync(file.path, 'utf8'));
  expect(saved).toMatchObject({ format: 'waypoint-backup', version: 1 });
  expect(saved.records.entries[0]).toMatchObject({ title: TITLE, body: BODY });
  await expect(backup.lastBackup).toContainText('Last backup:');

  await wipe(page);

  const importer = new ImportPage(page);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Restore or import a file' }).click();
  await expect(importer.heading).toBeVisible();
  await importer.file.setInputFiles(file.path);
  await expect(importer.preview).toContainText('Waypoint backup');
  // In the file, new, already here.
  await expect(importer.countRow('Journal entries').locator('td')).toHaveText(['1', '1', '0']);
  await expect(importer.countRow('Check-ins').locator('td')).toHaveText(['1', '1', '0']);
  await importer.commit('Restore').click();
  await expect(importer.result).toContainText('added');

  // The restored journal is safe in that file: the backup screen counts it as the last backup.
  await backup.open();
  await expect(backup.lastBackup).toContainText('Last backup:');

  await page.reload();
  const journal = new JournalPage(page);
  await journal.open();
  await journal.entry(TITLE).click();
  await expect(page.getByText(BODY)).toBeVisible();
  await journal.open();
  await expect(journal.timeline.locator('a.timeline-checkin')).toHaveCount(1);

  // The same file again adds nothing.
  await importer.open();
  await importer.file.setInputFiles(file.path);
  await expect(importer.countRow('Journal entries').locator('td')).toHaveText(['1', '0', '1']);
  await importer.commit('Restore').click();
  await expect(importer.result).toHaveText('Nothing new: everything in the file was already here.');
});

test('an encrypted backup needs its passphrase, and the file holds no readable text', async ({
  page,
}) => {
  await writeJournal(page);
  const backup = new BackupPage(page);
  await backup.open();
  await backup.withPassphrase.check();
  await backup.passphrase.fill('short');
  await backup.confirm.fill('short');
  await backup.backUp.click();
  await expect(backup.problem).toHaveText('Choose a passphrase of at least 8 characters.');

  const file = await backup.download('a quiet green harbour');
  expect(file.name).toMatch(/\.encrypted\.json$/);
  const text = readFileSync(file.path, 'utf8');
  expect(text).not.toContain('Harbour');
  expect(text).not.toContain('שלום');

  await wipe(page);
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(file.path);
  await importer.passphrase.fill('a quiet green harbor');
  await importer.openBackup.click();
  await expect(importer.problem).toContainText('That passphrase does not open this backup');
  await importer.passphrase.fill('a quiet green harbour');
  await importer.openBackup.click();
  await expect(importer.countRow('Journal entries').locator('td')).toHaveText(['1', '1', '0']);
  await importer.commit('Restore').click();
  await expect(importer.result).toContainText('added');
  await new JournalPage(page).open();
  await expect(page.getByText(TITLE)).toBeVisible();
});

test('with the lock on, a backup is encrypted by default and a plain one needs the passcode', async ({
  page,
}) => {
  await writeJournal(page);
  const lock = new LockSettingsPage(page);
  await lock.open();
  await lock.turnOn('lanterns over the harbour', { recoveryKey: false });

  // Within the app (a reload would show the lock screen).
  const backup = new BackupPage(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Back up now' }).click();
  await expect(backup.heading).toBeVisible();
  await expect(backup.withPassphrase).toBeChecked();
  await backup.withoutPassphrase.check();
  await expect(page.getByText('anyone who gets it can read everything you wrote')).toBeVisible();
  await backup.passcode.fill('lanterns over the harbor');
  await backup.backUp.click();
  await expect(backup.problem).toHaveText('That passcode is not right. No backup was made.');
  await expect(backup.lastBackup).toHaveText('No backup made on this phone yet.');

  await backup.passcode.fill('lanterns over the harbour');
  const downloading = page.waitForEvent('download');
  await backup.backUp.click();
  const download = await downloading;
  // The journal is encrypted at rest, but this file is the plain backup the user asked for.
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.records.entries[0]).toMatchObject({ title: TITLE, body: BODY });
});

test('"replace everything" makes the phone hold exactly the backup', async ({ page }) => {
  await writeJournal(page);
  const backup = new BackupPage(page);
  await backup.open();
  const file = await backup.download();

  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.fill({ title: 'Written after the backup', body: 'Not in the file.' });
  await editor.submit();

  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(file.path);
  await page.getByLabel(/^Replace everything/).check();
  await expect(page.getByRole('note')).toContainText('Replacing deletes everything');
  await importer.commit('Replace everything with this backup').click();
  await expect(importer.result).toContainText('1 record removed');

  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.entry(TITLE)).toBeVisible();
  await expect(page.getByText('Written after the backup')).toHaveCount(0);
});

test('the Daylio export imports through the mood mapping into the timeline', async ({ page }) => {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(fixture('daylio-export.csv'));
  await expect(importer.preview).toContainText('Daylio export');
  await expect(importer.preview).toContainText('Check-ins: 5');
  // The five default labels come mapped; the user may still change one.
  await expect(page.getByLabel('“rad” (1)')).toHaveValue('9');
  await expect(page.getByLabel('“awful” (1)')).toHaveValue('1');
  await page.getByLabel('“meh” (1)').selectOption('6');
  await importer.commit('Import').click();
  await expect(importer.result).toContainText('added');

  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.entry('Quiet evening')).toBeVisible();
  await expect(journal.entry('After session 3')).toBeVisible();
  await expect(journal.timeline.locator('a.timeline-checkin')).toHaveCount(5);
  await journal.entry('Quiet evening').click();
  await expect(page.getByText('Felt lighter after the walk.', { exact: false })).toBeVisible();

  // Importing the same export again adds nothing.
  await importer.open();
  await importer.file.setInputFiles(fixture('daylio-export.csv'));
  await expect(importer.preview).toContainText('5 already here');
  await importer.commit('Import').click();
  await expect(importer.result).toHaveText('Nothing new: everything in the file was already here.');
});

test('a renamed Daylio mood must be mapped before importing', async ({ page }) => {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles({
    name: 'daylio-renamed.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'full_date,date,weekday,time,mood,activities,note_title,note\n' +
        '2026-03-20,March 20,Friday,20:00,wonderful,walk,,\n' +
        '2026-03-19,March 19,Thursday,20:00,good,,,\n',
    ),
  });
  const commit = importer.commit('Import');
  await expect(
    page.getByText('Choose a Waypoint mood for “wonderful” before importing.'),
  ).toBeVisible();
  await expect(commit).toBeDisabled();
  await page.getByLabel('“wonderful” (1)').selectOption('10');
  await commit.click();
  await expect(importer.result).toHaveText('2 records added.');
});

test('the Afterflow export becomes completed sessions with their moods and reflections', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(fixture('afterflow-export.csv'));
  await expect(importer.preview).toContainText('Afterflow export');
  const sessions = page.getByRole('list', { name: 'Sessions in the file' }).getByRole('listitem');
  await expect(sessions).toHaveCount(3);
  await expect(sessions.first()).toContainText('Meet the grief without running');
  await importer.commit('Import').click();
  await expect(importer.result).toContainText('added');

  await page.goto('/sessions');
  const items = page.locator('li.session-item--completed');
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'Intramuscular' })).toHaveCount(1);

  const journal = new JournalPage(page);
  await journal.open();
  await expect(page.getByText('Warmth in my chest', { exact: false })).toBeVisible();
  await expect(journal.timeline.locator('a.timeline-checkin')).toHaveCount(6);
});

test('an imported session from the last 14 days brings its integration prompts to Today', async ({
  page,
}) => {
  // The day after the export's latest session (Mar 13); Feb 27 is 15 days back.
  await page.clock.setFixedTime(new Date('2026-03-14T09:00:00'));
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(fixture('afterflow-export.csv'));
  await importer.commit('Import').click();
  await expect(importer.result).toContainText('added');

  const due = new DueList(page);
  await due.open();
  const day1 = due.item('Session 3, day 1');
  await expect(day1).toHaveCount(1);
  await due.answerBox(day1);
  // The day-after prompt revisits the imported intention.
  await expect(day1.getByText('Meet the grief without running')).toBeVisible();
  await expect(due.item(/Session 1,/)).toHaveCount(0);
});

test('a session already logged here is not added twice from Afterflow', async ({ page }) => {
  await page.goto('/sessions/new');
  const editor = new SessionEditorPage(page);
  await editor.fillPlan({ date: '2026-03-13', time: '09:30', intentions: ['Stay with the grief'] });
  await editor.happened.check();
  await editor.fillRecord({ route: 'Intramuscular (IM)' });
  await editor.save('Save session');
  const loggedPath = new URL(page.url()).pathname;

  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(fixture('afterflow-export.csv'));
  const duplicates = page.getByRole('region', { name: 'Possibly logged here already' });
  await expect(duplicates.getByRole('listitem')).toHaveCount(1);
  await expect(duplicates.getByLabel(/Don't add these sessions again/)).toBeChecked();
  await importer.commit('Import').click();
  await expect(importer.result).toContainText('added');

  await page.goto('/sessions');
  await expect(page.locator('li.session-item--completed')).toHaveCount(3);
  // The Afterflow reflections and moods of that day joined the session logged here.
  await page.goto(loggedPath);
  await expect(page.getByRole('link', { name: 'mood 3 of 10' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'mood 7 of 10' })).toBeVisible();
  await page.getByRole('link', { name: /Reflections$/ }).click();
  await expect(page.getByText('Warmth in my chest', { exact: false })).toBeVisible();
});

test("the heavy-user backup (five years) restores through the app's own import", async ({
  page,
}, testInfo) => {
  const path = testInfo.outputPath('waypoint-heavy-user-backup.json');
  const file = heavyUserBackup();
  const records = Object.values(file.records).reduce((sum, list) => sum + list.length, 0);
  writeFileSync(path, serializeBackup(file));
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(path);
  await expect(importer.countRow('Check-ins').locator('td')).toHaveText(['3,650', '3,650', '0'], {
    timeout: 30_000,
  });
  await importer.commit('Restore').click();
  await expect(importer.result).toHaveText(`${records.toLocaleString('en-US')} records added.`, {
    timeout: 60_000,
  });
  await page.goto('/sessions');
  await expect(page.locator('li.session-item').first()).toBeVisible();
});

test('a damaged file says what is wrong and changes nothing', async ({ page }) => {
  await writeJournal(page);
  const before = await readRawDatabase(page);
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles({
    name: 'waypoint-backup-2026-11-10.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"waypoint-backup","version":1,"records":{"entries":[{"id"'),
  });
  await expect(importer.problem).toContainText('not valid JSON');
  await expect(importer.problem).toContainText('your journal has not changed');
  await importer.file.setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'waypoint-backup', version: 99, records: {}, settings: {} }),
    ),
  });
  await expect(importer.problem).toContainText('newer version of Waypoint');
  await importer.file.setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('when,how\n2026-01-01,fine\n'),
  });
  await expect(importer.problem).toBeVisible();
  expect(await readRawDatabase(page)).toBe(before);
});

test('the backup and import screens have no accessibility violations', async ({ page }) => {
  const backup = new BackupPage(page);
  await backup.open();
  await backup.withPassphrase.check();
  expect(await axeViolations(page)).toEqual([]);
  const importer = new ImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(fixture('daylio-export.csv'));
  await expect(importer.preview).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
