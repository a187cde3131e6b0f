// What the backup nudge reads from the database: the last backup, entries created since, the
// latest change, the oldest record, and the snooze; and recording a backup that was made.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readBackupActivity,
  recordBackupMade,
  recordBackupRestored,
  snoozeBackupNudge,
} from '../../../src/db/backupActivity';
import { createLock } from '../../../src/db/lock';
import { plainVault, setVault } from '../../../src/db/vault';
import { backupNudge } from '../../../src/domain/backupNudge';
import {
  assessmentFields,
  checkInFields,
  commitmentFields,
  entryFields,
  promptFields,
  sessionFields,
} from '../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from './testDatabase';

const DAY = 24 * 60 * 60 * 1000;
let t: TestDatabase;

beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => {
  setVault(plainVault);
  closeTestDatabases();
});

describe('readBackupActivity', () => {
  it('reports nothing on an empty journal', async () => {
    expect(await readBackupActivity(t.db)).toEqual({
      lastBackupAt: undefined,
      snoozedUntil: undefined,
      newEntries: 0,
      lastChangeAt: undefined,
      firstRecordAt: undefined,
    });
  });

  it('counts every written record when no backup was made, and finds the oldest and latest', async () => {
    const start = t.clock.now();
    await t.repos.entries.create(entryFields());
    t.clock.advance(DAY);
    await t.repos.checkins.create(checkInFields());
    await t.repos.assessments.create(assessmentFields());
    t.clock.advance(DAY);
    await t.repos.sessions.create(sessionFields());
    await t.repos.commitments.create(commitmentFields());
    const activity = await readBackupActivity(t.db);
    expect(activity.newEntries).toBe(5);
    expect(activity.firstRecordAt).toBe(start);
    expect(activity.lastChangeAt).toBe(start + 2 * DAY);
    expect(activity.lastBackupAt).toBeUndefined();
  });

  it('counts only entries created after the last backup, and sees edits as changes', async () => {
    const old = await t.repos.entries.create(entryFields({ body: 'before the backup' }));
    t.clock.advance(DAY);
    await recordBackupMade(t.db, t.clock.now());
    const backupAt = t.clock.now();

    let activity = await readBackupActivity(t.db);
    expect(activity).toMatchObject({ lastBackupAt: backupAt, newEntries: 0 });
    expect(activity.lastChangeAt).toBeLessThan(backupAt);

    // An edit to an old entry is new data but not a new entry.
    t.clock.advance(DAY);
    await t.repos.entries.update(old.id, { body: 'edited after the backup' });
    activity = await readBackupActivity(t.db);
    expect(activity.newEntries).toBe(0);
    expect(activity.lastChangeAt).toBe(backupAt + DAY);

    t.clock.advance(1000);
    await t.repos.entries.create(entryFields());
    await t.repos.checkins.create(checkInFields());
    activity = await readBackupActivity(t.db);
    expect(activity.newEntries).toBe(2);
    expect(activity.lastChangeAt).toBe(backupAt + DAY + 1000);
  });

  it('sees a change to a custom prompt as new data without counting it as an entry', async () => {
    await recordBackupMade(t.db, t.clock.now());
    t.clock.advance(DAY);
    await t.repos.prompts.create(promptFields());
    const activity = await readBackupActivity(t.db);
    expect(activity.newEntries).toBe(0);
    expect(activity.lastChangeAt).toBe(t.clock.now());
  });

  it('does not count drafts: they are not part of the journal yet', async () => {
    await t.repos.drafts.save('entry:new', { body: 'half typed' });
    expect(await readBackupActivity(t.db)).toMatchObject({
      newEntries: 0,
      lastChangeAt: undefined,
      firstRecordAt: undefined,
    });
  });

  it('reads clear fields only, so it works while the passcode lock is closed', async () => {
    await t.repos.entries.create(entryFields({ body: 'sealed' }));
    await createLock({ db: t.db, now: t.clock.now, iterations: 1000 }).enable(
      'quiet morning tide',
      'passphrase',
    );
    const { lockedVault } = await import('../../../src/db/vault');
    setVault(lockedVault);
    expect(await readBackupActivity(t.db)).toMatchObject({ newEntries: 1 });
  });

  it('gives the rule what it needs to nudge after 20 new entries', async () => {
    await recordBackupMade(t.db, t.clock.now());
    t.clock.advance(1000);
    for (let i = 0; i < 19; i++) await t.repos.entries.create(entryFields());
    const facts = async () => ({ now: t.clock.now(), ...(await readBackupActivity(t.db)) });
    expect(backupNudge(await facts()).show).toBe(false);
    await t.repos.checkins.create(checkInFields());
    expect(backupNudge(await facts())).toMatchObject({
      show: true,
      message: '20 new entries since your last backup',
    });
  });
});

describe('recordBackupMade and the snooze', () => {
  it('stores the time of the backup in meta', async () => {
    await recordBackupMade(t.db, 1_700_000_000_000);
    expect(await t.repos.meta.get('lastBackupAt')).toBe(1_700_000_000_000);
    await recordBackupMade(t.db, 1_800_000_000_000);
    expect(await t.repos.meta.get('lastBackupAt')).toBe(1_800_000_000_000);
  });

  it('keeps "Not now" until a backup is made, which clears it', async () => {
    const until = t.clock.now() + 7 * DAY;
    await snoozeBackupNudge(t.db, until);
    expect((await readBackupActivity(t.db)).snoozedUntil).toBe(until);
    await recordBackupMade(t.db, t.clock.now());
    expect((await readBackupActivity(t.db)).snoozedUntil).toBeUndefined();
    expect(await t.repos.meta.get('backupNudgeSnoozedUntil')).toBeUndefined();
  });
});

describe('recordBackupRestored', () => {
  it('counts a restored backup as the last backup when nothing later was recorded', async () => {
    await recordBackupRestored(t.db, 1_700_000_000_000);
    expect(await t.repos.meta.get('lastBackupAt')).toBe(1_700_000_000_000);
  });

  it('keeps a later backup made here', async () => {
    await recordBackupMade(t.db, 1_800_000_000_000);
    await recordBackupRestored(t.db, 1_700_000_000_000);
    expect(await t.repos.meta.get('lastBackupAt')).toBe(1_800_000_000_000);
  });
});
