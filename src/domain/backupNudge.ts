// When Today suggests making a backup (data-safety 10). NUDGE POLICY (choice): suggest a backup
// when there is new data and the last backup is 7 days old or more, or when 20 entries were
// written since it; a journal that was never backed up is nudged once its first record is 7 days
// old or 20 entries exist. With no data at all there is nothing to lose, so never. "Not now"
// snoozes the nudge for 7 days. Pure: the time comes in as `now`.

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long after the last backup (with new data since) the nudge appears. */
export const NUDGE_AFTER_MS = 7 * DAY_MS;

/** How many entries written since the last backup bring the nudge at once. */
export const NUDGE_AFTER_ENTRIES = 20;

/** How long "Not now" hides the nudge. */
export const NUDGE_SNOOZE_MS = 7 * DAY_MS;

/** What the rule needs to know; times are epoch milliseconds. */
export interface BackupNudgeFacts {
  readonly now: number;
  /** When the last backup file was made; undefined if never. */
  readonly lastBackupAt: number | undefined;
  /** Entries created after the last backup (all of them when there was none). */
  readonly newEntries: number;
  /** The latest time any record was created or changed; undefined with no records. */
  readonly lastChangeAt: number | undefined;
  /** When the oldest record was created; undefined with no records. */
  readonly firstRecordAt: number | undefined;
  /** "Not now" was chosen: no nudge before this time. */
  readonly snoozedUntil?: number | undefined;
}

/** Why the nudge shows. */
export type BackupNudgeReason = 'never' | 'entries' | 'days';

/** Whether to show the nudge and, when it shows, why in plain words. */
export type BackupNudge =
  | { readonly show: false }
  | { readonly show: true; readonly reason: BackupNudgeReason; readonly message: string };

const hidden: BackupNudge = { show: false };

/** Decides whether Today suggests a backup, and why. */
export function backupNudge(facts: BackupNudgeFacts): BackupNudge {
  const { now, lastBackupAt, newEntries, lastChangeAt, firstRecordAt, snoozedUntil } = facts;
  if (firstRecordAt === undefined || lastChangeAt === undefined) return hidden;
  if (snoozedUntil !== undefined && now < snoozedUntil) return hidden;
  const manyEntries = newEntries >= NUDGE_AFTER_ENTRIES;
  if (lastBackupAt === undefined) {
    return manyEntries || now - firstRecordAt >= NUDGE_AFTER_MS
      ? { show: true, reason: 'never', message: 'You have never backed up' }
      : hidden;
  }
  if (manyEntries) {
    return {
      show: true,
      reason: 'entries',
      message: `${newEntries} new entries since your last backup`,
    };
  }
  const sinceBackup = now - lastBackupAt;
  if (lastChangeAt > lastBackupAt && sinceBackup >= NUDGE_AFTER_MS) {
    const days = Math.floor(sinceBackup / DAY_MS);
    return {
      show: true,
      reason: 'days',
      message: `It has been ${days} days since your last backup`,
    };
  }
  return hidden;
}

/** Until when "Not now" hides the nudge, chosen at `now`. */
export function snoozedUntil(now: number): number {
  return now + NUDGE_SNOOZE_MS;
}
