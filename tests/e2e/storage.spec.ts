// Storage safety end to end (data-safety 8, 9, 10, 13): persistence and quota in Settings, the
// iPhone hint, the backup nudge over a moving clock, a full disk that keeps the draft, and another
// tab upgrading the database while an entry is half typed.
import { expect, test } from './fixtures';
import { EntryEditorPage } from './pages/JournalPages';
import {
  BackupNudgeCard,
  nativeVersion,
  persistCalls,
  readRawStore,
  StorageSettings,
  stubStorage,
  upgradeFromAnotherTab,
  writeRawMeta,
} from './pages/StoragePages';
import { axeViolations } from './support/axe';

test.use({ serviceWorkers: 'block' });

const GB = 1_000_000_000;
const DAY = 24 * 60 * 60 * 1000;
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

test.describe('storage on this phone', () => {
  test('not protected and 85 % full: both notices, and "Ask again" asks the browser', async ({
    page,
  }) => {
    await stubStorage(page, { persisted: false, persist: false, usage: 0.85 * GB, quota: GB });
    const storage = new StorageSettings(page);
    await storage.open();
    await expect(storage.protection).toHaveText(
      "Not protected: the browser may clear Waypoint's data when the phone is low on space. Install Waypoint and back up regularly.",
    );
    await expect(storage.space).toHaveText('Space used: 850 MB. Free for Waypoint: 150 MB.');
    await expect(storage.warning).toContainText('Storage is 85 % full. Back up now');

    expect(await persistCalls(page)).toBe(0);
    await storage.askAgain.click();
    await expect(storage.section.getByRole('status')).toContainText('The browser said no.');
    expect(await persistCalls(page)).toBe(1);

    await expect(
      storage.moving.getByRole('link', { name: 'back up your journal' }),
    ).toHaveAttribute('href', '/settings/backup');
    await expect(storage.moving.getByRole('link', { name: 'Restore or import' })).toHaveAttribute(
      'href',
      '/settings/import',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('protected with room to spare: no warning, nothing to ask', async ({ page }) => {
    await stubStorage(page, { persisted: true, persist: true, usage: 12_400_000, quota: GB });
    const storage = new StorageSettings(page);
    await storage.open();
    await expect(storage.protection).toHaveText(
      "Protected: the browser will not clear Waypoint's data to free space.",
    );
    await expect(storage.space).toHaveText('Space used: 12 MB. Free for Waypoint: 988 MB.');
    await expect(storage.warning).toHaveCount(0);
    await expect(storage.askAgain).toHaveCount(0);
    await expect(storage.iosHint).toHaveCount(0);
  });
});

test.describe('in Safari on iPhone', () => {
  test.use({ userAgent: IPHONE_SAFARI });

  test('Settings suggests installing and warns that the home-screen app starts empty', async ({
    page,
  }) => {
    const storage = new StorageSettings(page);
    await storage.open();
    await expect(storage.iosHint).toContainText('Add Waypoint to your home screen');
    await expect(storage.iosHint).toContainText('The home-screen app starts empty');
    await expect(storage.iosHint).toContainText('Removing the home-screen icon removes its data');
    await storage.iosHint.getByRole('link', { name: 'how to install' }).click();
    await expect(page.getByRole('region', { name: 'Install', exact: true })).toContainText(
      'Add to Home Screen',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the backup nudge', () => {
  test('appears a week after the first entry, and is gone once a backup is recorded', async ({
    page,
  }) => {
    const start = new Date('2026-11-10T09:00:00');
    await page.clock.setFixedTime(start);
    const nudge = new BackupNudgeCard(page);
    await nudge.openToday();
    await nudge.expectAbsent();

    const editor = new EntryEditorPage(page);
    await editor.openNew();
    await editor.fill({ body: 'The first thing I wrote' });
    await editor.submit();

    // Six days and 23 hours later: not yet.
    await page.clock.setFixedTime(start.getTime() + 7 * DAY - 60 * 60 * 1000);
    await nudge.openToday();
    await nudge.expectAbsent();

    // A week later: never backed up.
    await page.clock.setFixedTime(start.getTime() + 7 * DAY);
    await nudge.openToday();
    await expect(nudge.card).toContainText('You have never backed up.');
    await expect(nudge.backUpNow).toHaveAttribute('href', '/settings/backup');
    expect(await axeViolations(page)).toEqual([]);

    // A backup is made (stored as recordBackupMade stores it): the nudge is gone.
    await writeRawMeta(page, 'lastBackupAt', start.getTime() + 7 * DAY);
    await nudge.openToday();
    await nudge.expectAbsent();

    // Weeks later with nothing new, the backup still holds everything: no nudge.
    await page.clock.setFixedTime(start.getTime() + 30 * DAY);
    await nudge.openToday();
    await nudge.expectAbsent();

    // Something new, and the backup is 23 days old: the nudge says so.
    await editor.openNew();
    await editor.fill({ body: 'Something new' });
    await editor.submit();
    await nudge.openToday();
    await expect(nudge.card).toContainText('It has been 23 days since your last backup.');
  });

  test('"Not now" hides it for 7 days', async ({ page }) => {
    const start = new Date('2026-11-10T09:00:00');
    await page.clock.setFixedTime(start);
    const editor = new EntryEditorPage(page);
    await editor.openNew();
    await editor.fill({ body: 'An entry to back up' });
    await editor.submit();

    await page.clock.setFixedTime(start.getTime() + 8 * DAY);
    const nudge = new BackupNudgeCard(page);
    await nudge.openToday();
    await nudge.notNow.click();
    await expect(nudge.card).toHaveCount(0);
    await nudge.openToday();
    await nudge.expectAbsent();

    await page.clock.setFixedTime(start.getTime() + 15 * DAY);
    await nudge.openToday();
    await expect(nudge.card).toContainText('You have never backed up.');
  });
});

test('a full disk keeps the text and the draft, and says what to do', async ({ page }) => {
  // IndexedDB reports a full disk as QuotaExceededError; here only writes of entries fail, and
  // only while the test says so.
  await page.addInitScript(() => {
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull && this.name === 'entries') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    };
  });
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  await editor.fill({ title: 'Full disk', body: 'Words that must not be lost' });
  await expect(editor.draftStatus).toBeVisible();

  await page.evaluate(() => {
    (window as unknown as { __diskFull?: boolean }).__diskFull = true;
  });
  await editor.save.click();
  await expect(page.getByText('Your phone is out of space for Waypoint')).toBeVisible();
  await expect(page.getByText('Your phone is out of space for Waypoint')).toContainText(
    'Your text is still here',
  );
  await expect(editor.body).toHaveValue('Words that must not be lost');
  await expect(page).toHaveURL(/\/journal\/new$/);
  expect(await readRawStore(page, 'entries')).toEqual([]);

  // With space again (a reload clears the flag), the draft comes back and saves.
  await page.reload();
  await expect(editor.restoredNotice).toBeVisible();
  await expect(editor.body).toHaveValue('Words that must not be lost');
  await expect(editor.title).toHaveValue('Full disk');
  await editor.submit();
  await expect(page.getByText('Words that must not be lost')).toBeVisible();
  expect(await readRawStore(page, 'entries')).toHaveLength(1);
});

test('another tab upgrading the database: the half-typed entry is saved, then offered back', async ({
  page,
  context,
}) => {
  const editor = new EntryEditorPage(page);
  await editor.openNew();
  const version = await nativeVersion(page);
  // Dexie stores version N as native version N x 10; schema version 1 is native 10.
  expect(version).toBe(10);

  await page.evaluate(() => {
    (window as unknown as { waypointBeforeUpgrade: boolean }).waypointBeforeUpgrade = true;
  });
  // Timers stand still in this tab, so the draft's autosave cannot run: only the save on
  // "another tab upgrades" can keep the text.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await editor.body.fill('Typed just before another tab upgraded');
  expect(await readRawStore(page, 'drafts')).toEqual([]);
  const other = await context.newPage();
  // A same-origin page that is not the app, so it holds no connection of its own.
  await other.goto('/icons/icon.svg');
  // The other tab (a newer app) opens the database at a higher version; this tab saves its draft,
  // closes the database so the upgrade can go ahead, and reloads.
  expect(await upgradeFromAnotherTab(other, version + 10)).toBe(version + 10);

  const drafts = await readRawStore(other, 'drafts');
  expect(drafts).toContainEqual(
    expect.objectContaining({
      id: 'entry:new',
      payload: expect.objectContaining({
        scheme: 'plain',
        data: expect.objectContaining({ body: 'Typed just before another tab upgraded' }),
      }),
    }),
  );

  // Let this tab's timers run again: it reloads, as it had scheduled.
  const reloaded = page.waitForEvent('load');
  await page.clock.resume();
  await reloaded;
  // This tab reloaded (the marker set before is gone) and offers the saved draft back. Dexie 4
  // opens a database whose newer version kept the same stores, so the older app goes on working.
  expect(await page.evaluate(() => 'waypointBeforeUpgrade' in window)).toBe(false);
  await expect(editor.restoredNotice).toBeVisible();
  await expect(editor.body).toHaveValue('Typed just before another tab upgraded');
  expect(await readRawStore(other, 'drafts')).toEqual(drafts);
  expect(await nativeVersion(other)).toBe(version + 10);
});

test('a journal that cannot be opened: retry, restore steps, and nothing deleted', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const counts = { open: 0, deleteDatabase: 0 };
    (window as unknown as { __idbCalls: typeof counts }).__idbCalls = counts;
    IDBFactory.prototype.open = function open() {
      counts.open++;
      throw new DOMException('The backing store is corrupt', 'UnknownError');
    };
    IDBFactory.prototype.deleteDatabase = function deleteDatabase(): IDBOpenDBRequest {
      counts.deleteDatabase++;
      throw new DOMException('Not in this test', 'NotAllowedError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Your journal could not be opened',
  );
  await expect(page.getByText('Nothing has been deleted.')).toBeVisible();
  await expect(page.getByText('Waypoint never deletes a journal it cannot open.')).toBeVisible();
  const offer = page.getByRole('button', { name: 'Restore from a backup' });
  await offer.click();
  await expect(offer).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Restore from a backup' })).toContainText(
    'open Waypoint in another browser or in the home-screen app',
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get help' })).toHaveAttribute('href', '/crisis');
  const calls = await page.evaluate(
    () =>
      (window as unknown as { __idbCalls: { open: number; deleteDatabase: number } }).__idbCalls,
  );
  expect(calls.open).toBeGreaterThanOrEqual(2);
  expect(calls.deleteDatabase).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});
