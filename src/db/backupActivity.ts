// What the backup nudge needs from the database: when the last backup was made, how many entries
// were written since, and whether anything changed since. Everything is read from clear index
// fields (`createdAt`, `updatedAt`) and meta, so it works while the lock is on and never opens a
// sealed payload. Drafts are not counted: they are not yet part of the journal.
import type { WaypointDexie } from './database';
import { withReconnect } from './database';
import { createMetaRepository } from './repositories/meta';
import type { RecordTableName } from './schema';

/** The facts the nudge rule (domain/backupNudge.ts) takes from the database. */
export interface BackupActivity {
  readonly lastBackupAt: number | undefined;
  readonly newEntries: number;
  readonly lastChangeAt: number | undefined;
  readonly firstRecordAt: number | undefined;
  readonly snoozedUntil: number | undefined;
}

/** Stores whose records count as "entries" the user wrote (prompts and tasks are app-made). */
const writtenTables = ['entries', 'checkins', 'assessments', 'sessions', 'commitments'] as const;

/** Every store of journal data; a change in any of them is new data for a backup. */
const dataTables: readonly RecordTableName[] = [...writtenTables, 'prompts', 'promptTasks'];

/** The oldest record time of a store: its creation where indexed, else its first change. */
const firstIndex: Partial<Record<RecordTableName, string>> = {
  entries: 'createdAt',
  commitments: 'createdAt',
};

type Row = { createdAt?: unknown };

const definedNumbers = (values: readonly unknown[]): number[] =>
  values.filter((value): value is number => typeof value === 'number');

/** A meta value as stored (`{ key, value }`), read without the repository's own retry. */
async function metaNumber(db: WaypointDexie, key: string): Promise<number | undefined> {
  const row = (await db.meta.get(key)) as { value?: unknown } | undefined;
  return typeof row?.value === 'number' ? row.value : undefined;
}

/**
 * Reads the nudge's facts. No explicit transaction: the nudge reads them through a live query,
 * which re-runs on any change to these stores, and Dexie's live queries refuse to wait inside one.
 */
export function readBackupActivity(db: WaypointDexie): Promise<BackupActivity> {
  return withReconnect(db, async () => {
    const lastBackupAt = await metaNumber(db, 'lastBackupAt');
    const snoozedUntil = await metaNumber(db, 'backupNudgeSnoozedUntil');
    const [lastChanges, firsts, counts] = await Promise.all([
      Promise.all(dataTables.map((name) => db[name].orderBy('updatedAt').lastKey())),
      Promise.all(
        dataTables.map((name) => db[name].orderBy(firstIndex[name] ?? 'updatedAt').firstKey()),
      ),
      Promise.all(
        writtenTables.map((name) =>
          lastBackupAt === undefined
            ? db[name].count()
            : db[name]
                .where('updatedAt')
                .above(lastBackupAt)
                .filter(
                  (row: Row) => typeof row.createdAt === 'number' && row.createdAt > lastBackupAt,
                )
                .count(),
        ),
      ),
    ]);
    const changes = definedNumbers(lastChanges);
    const starts = definedNumbers(firsts);
    return {
      lastBackupAt,
      snoozedUntil,
      newEntries: counts.reduce((sum, count) => sum + count, 0),
      lastChangeAt: changes.length > 0 ? Math.max(...changes) : undefined,
      firstRecordAt: starts.length > 0 ? Math.min(...starts) : undefined,
    };
  });
}

/** Records that a backup file was made at `at`; the nudge starts counting again from there. */
export async function recordBackupMade(db: WaypointDexie, at: number): Promise<void> {
  await withReconnect(db, () =>
    db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: 'lastBackupAt', value: at });
      // A fresh backup answers any earlier "Not now"; the next nudge starts from this one.
      await db.meta.delete('backupNudgeSnoozedUntil');
    }),
  );
}

/** Hides the nudge until `until` ("Not now"). */
export async function snoozeBackupNudge(db: WaypointDexie, until: number): Promise<void> {
  await createMetaRepository(db).set('backupNudgeSnoozedUntil', until);
}

/**
 * After a backup was restored: its contents are safe in that file, so the nudge counts from the
 * time it was made (unless a later backup was already recorded here).
 */
export async function recordBackupRestored(db: WaypointDexie, exportedAt: number): Promise<void> {
  const last = await createMetaRepository(db).get('lastBackupAt');
  if (last === undefined || last < exportedAt) await recordBackupMade(db, exportedAt);
}
