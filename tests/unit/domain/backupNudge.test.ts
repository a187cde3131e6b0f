// The backup nudge rule: every 7 days with new data, or 20 new entries; never with no data;
// "Not now" hides it for 7 days. Table-driven, with the boundaries on both sides.
import { describe, expect, it } from 'vitest';
import {
  type BackupNudgeFacts,
  backupNudge,
  NUDGE_AFTER_ENTRIES,
  NUDGE_AFTER_MS,
  snoozedUntil,
} from '../../../src/domain/backupNudge';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = new Date(2026, 10, 10, 9, 0).getTime();

/** Facts of a journal backed up 3 days ago, with one change since. */
function facts(overrides: Partial<BackupNudgeFacts> = {}): BackupNudgeFacts {
  return {
    now,
    lastBackupAt: now - 3 * DAY,
    newEntries: 1,
    lastChangeAt: now - DAY,
    firstRecordAt: now - 60 * DAY,
    snoozedUntil: undefined,
    ...overrides,
  };
}

describe('backupNudge', () => {
  it('uses the chosen numbers: 7 days and 20 entries', () => {
    expect(NUDGE_AFTER_MS).toBe(7 * DAY);
    expect(NUDGE_AFTER_ENTRIES).toBe(20);
  });

  it.each<[string, Partial<BackupNudgeFacts>, string | undefined]>([
    // Never with no data at all, whatever else is true.
    [
      'no data, never backed up, long ago',
      { lastBackupAt: undefined, newEntries: 0, lastChangeAt: undefined, firstRecordAt: undefined },
      undefined,
    ],
    [
      'no data, backed up a month ago',
      {
        lastBackupAt: now - 30 * DAY,
        newEntries: 0,
        lastChangeAt: undefined,
        firstRecordAt: undefined,
      },
      undefined,
    ],
    // Days since the last backup, with new data: 6 days 23 hours is not yet 7 days.
    ['backup 6d23h ago, new data', { lastBackupAt: now - (7 * DAY - HOUR) }, undefined],
    ['backup 7d - 1ms ago, new data', { lastBackupAt: now - (7 * DAY - 1) }, undefined],
    [
      'backup exactly 7d ago, new data',
      { lastBackupAt: now - 7 * DAY },
      'It has been 7 days since your last backup',
    ],
    [
      'backup 9d ago, new data',
      { lastBackupAt: now - 9 * DAY - 5 * HOUR },
      'It has been 9 days since your last backup',
    ],
    // Without new data an old backup is still complete: no nudge.
    [
      'backup 30d ago, last change before it',
      { lastBackupAt: now - 30 * DAY, newEntries: 0, lastChangeAt: now - 31 * DAY },
      undefined,
    ],
    [
      'backup 30d ago, last change at the same moment',
      { lastBackupAt: now - 30 * DAY, newEntries: 0, lastChangeAt: now - 30 * DAY },
      undefined,
    ],
    [
      'backup 30d ago, an edit since (no new entry)',
      { lastBackupAt: now - 30 * DAY, newEntries: 0, lastChangeAt: now - 2 * DAY },
      'It has been 30 days since your last backup',
    ],
    // New entries since the last backup: 19 is not yet 20.
    ['19 new entries, backup yesterday', { lastBackupAt: now - DAY, newEntries: 19 }, undefined],
    [
      '20 new entries, backup yesterday',
      { lastBackupAt: now - DAY, newEntries: 20 },
      '20 new entries since your last backup',
    ],
    [
      '20 new entries within the hour',
      { lastBackupAt: now - HOUR, newEntries: 20, lastChangeAt: now },
      '20 new entries since your last backup',
    ],
    [
      '57 new entries and 10 days: the entries are named',
      { lastBackupAt: now - 10 * DAY, newEntries: 57 },
      '57 new entries since your last backup',
    ],
    // Never backed up: the first record's age or the number of entries.
    [
      'never, first record 6d23h old, 19 entries',
      { lastBackupAt: undefined, firstRecordAt: now - (7 * DAY - HOUR), newEntries: 19 },
      undefined,
    ],
    [
      'never, first record 7d old',
      { lastBackupAt: undefined, firstRecordAt: now - 7 * DAY, newEntries: 1 },
      'You have never backed up',
    ],
    [
      'never, first record today, 20 entries',
      { lastBackupAt: undefined, firstRecordAt: now - HOUR, newEntries: 20 },
      'You have never backed up',
    ],
    // Snoozed: hidden until the snooze ends, then shown again.
    [
      'snoozed until a minute from now',
      { lastBackupAt: now - 20 * DAY, newEntries: 40, snoozedUntil: now + 60_000 },
      undefined,
    ],
    [
      'snooze ended this very moment',
      { lastBackupAt: now - 20 * DAY, snoozedUntil: now },
      'It has been 20 days since your last backup',
    ],
    [
      'never backed up, snoozed',
      { lastBackupAt: undefined, newEntries: 25, snoozedUntil: now + DAY },
      undefined,
    ],
  ])('%s', (_label, overrides, message) => {
    const result = backupNudge(facts(overrides));
    if (message === undefined) expect(result).toEqual({ show: false });
    else expect(result).toMatchObject({ show: true, message });
  });

  it('says why it shows', () => {
    expect(backupNudge(facts({ lastBackupAt: undefined, firstRecordAt: now - 8 * DAY }))).toEqual({
      show: true,
      reason: 'never',
      message: 'You have never backed up',
    });
    expect(backupNudge(facts({ newEntries: 21 }))).toMatchObject({ reason: 'entries' });
    expect(backupNudge(facts({ lastBackupAt: now - 8 * DAY }))).toMatchObject({ reason: 'days' });
  });

  it('a backup in the future (the clock moved back) brings no nudge by days', () => {
    expect(backupNudge(facts({ lastBackupAt: now + DAY, lastChangeAt: now + 2 * DAY }))).toEqual({
      show: false,
    });
  });
});

describe('snoozedUntil', () => {
  it('hides the nudge for 7 days from the moment "Not now" was chosen', () => {
    const until = snoozedUntil(now);
    expect(until).toBe(now + 7 * DAY);
    const stale = facts({ lastBackupAt: now - 20 * DAY, snoozedUntil: until });
    expect(backupNudge({ ...stale, now: until - 1 }).show).toBe(false);
    expect(backupNudge({ ...stale, now: until }).show).toBe(true);
  });
});
