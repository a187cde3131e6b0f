// The commit step of the import pipeline (src/import/pipeline.ts): writes everything an import
// brings in ONE IndexedDB transaction across all the stores involved, so a failure anywhere
// (a full disk at record N/2 included) leaves the database exactly as it was. Rows are sealed
// by the caller before this runs: a transaction must not wait on WebCrypto.
// Modes (product.md "Restore"):
// - 'add-missing' adds records whose id is not stored yet and never touches stored ones, so
//   the same file imported twice adds nothing;
// - 'newer-wins' also replaces a stored record when the imported one has a later `updatedAt`;
// - 'replace' (restoring a backup as it is) empties every record store, the drafts and the
//   settings (never meta: the lock and device facts stay), then writes the import, so the
//   database becomes exactly the backup.
// Settings: 'replace' writes them all; the other modes write only keys not set here (a setting
// carries no history worth merging, and the user's current choice wins).
// With `relink`, records linked to sessions automatically are re-linked by phase in the same
// transaction (sessionLinks.ts), so imported records never show a stale session.
// Loaded lazily (the prompts repository imports it on first use): first paint never needs it.
import { type WaypointDexie, withReconnect } from './database';
import type { StoredRow } from './recordStore';
import { recordTables } from './recordTables';
import { relinkAll } from './repositories/sessionLinks';
import type { RecordTableName, TableName } from './schema';
import type { Sealed } from './vault';

/** The sealed rows an import writes into one store. */
export interface ImportBatch {
  readonly table: RecordTableName;
  readonly rows: readonly StoredRow[];
}

/** How imported records meet stored ones with the same id. */
export type CommitMode = 'add-missing' | 'newer-wins' | 'replace';

/** A setting as it rests in the settings store: its value sealed, unless it is a clear one. */
export interface SettingRow {
  readonly key: string;
  readonly updatedAt: number;
  readonly payload: Sealed;
}

/** What a commit writes besides records. */
export interface CommitExtras {
  /** Sealed settings to write (see the module comment for which ones each mode writes). */
  readonly settings?: readonly SettingRow[];
  /** Re-link automatically linked records to sessions, in the same transaction. */
  readonly relink?: boolean;
}

/** The stores re-linking reads and writes. */
const linkTables: readonly TableName[] = [
  'sessions',
  'entries',
  'checkins',
  'assessments',
  'commitments',
];

/** What the commit did in one store. */
export interface CommitCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** 'replace' only: records that were stored and are not in the import. */
  removed?: number;
}

/** What the commit did, per store (and for settings). */
export type CommitReport = Partial<Record<RecordTableName | 'settings', CommitCounts>>;

/** Writes every batch (and the extras) in one transaction; all or nothing. */
export async function commitImport(
  db: WaypointDexie,
  batches: readonly ImportBatch[],
  mode: CommitMode = 'add-missing',
  extras: CommitExtras = {},
): Promise<CommitReport> {
  const settings = extras.settings ?? [];
  const names = new Set<TableName>(batches.map((batch) => batch.table));
  if (mode === 'replace')
    for (const name of [...recordTables, 'settings' as const]) names.add(name);
  if (settings.length > 0) names.add('settings');
  if (extras.relink) for (const name of linkTables) names.add(name);
  if (names.size === 0) return {};
  const tables = [...names].map((name) => db[name]);
  return withReconnect(db, () =>
    db.transaction('rw', tables, async () => {
      const report: CommitReport = {};
      // Replace: what was stored, so the report can say what changed; then empty it all.
      const before = new Map<RecordTableName, Set<string>>();
      if (mode === 'replace') {
        for (const table of recordTables) {
          before.set(table, new Set((await db[table].toCollection().primaryKeys()).map(String)));
          await db[table].clear();
        }
        await db.settings.clear();
      }
      for (const { table, rows } of batches) {
        const counts = report[table] ?? { added: 0, updated: 0, unchanged: 0 };
        report[table] = counts;
        const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
        const stored = await db[table].bulkGet(unique.map((row) => row.id));
        const writes: StoredRow[] = [];
        unique.forEach((row, index) => {
          const current = stored[index];
          if (mode === 'replace' && before.get(table)?.has(row.id)) {
            counts.updated++;
            writes.push(row);
          } else if (!current) {
            counts.added++;
            writes.push(row);
          } else if (mode === 'newer-wins' && isNewer(row, current)) {
            counts.updated++;
            writes.push(row);
          } else counts.unchanged++;
        });
        if (writes.length > 0) await db[table].bulkPut(writes);
      }
      if (mode === 'replace') {
        for (const [table, ids] of before) {
          const written = new Set(
            batches.filter((b) => b.table === table).flatMap((b) => b.rows.map((r) => r.id)),
          );
          const removed = [...ids].filter((id) => !written.has(id)).length;
          const counts = report[table] ?? { added: 0, updated: 0, unchanged: 0 };
          report[table] = { ...counts, removed };
        }
      }
      if (settings.length > 0) report.settings = await writeSettings(db, settings, mode);
      if (extras.relink) await relinkAll(db);
      return report;
    }),
  );
}

/** Writes settings inside the commit's transaction: all on replace, else only missing keys. */
async function writeSettings(
  db: WaypointDexie,
  rows: readonly SettingRow[],
  mode: CommitMode,
): Promise<CommitCounts> {
  const stored = await db.settings.bulkGet(rows.map((row) => row.key));
  const writes = rows.filter((_, index) => mode === 'replace' || !stored[index]);
  if (writes.length > 0) await db.settings.bulkPut(writes.map((row) => ({ ...row })));
  return { added: writes.length, updated: 0, unchanged: rows.length - writes.length };
}

/** Which of these ids are stored in a table. */
export async function storedIds(
  db: WaypointDexie,
  table: RecordTableName,
  ids: readonly string[],
): Promise<Set<string>> {
  const keys = await withReconnect(db, () =>
    db[table]
      .where('id')
      .anyOf([...ids])
      .primaryKeys(),
  );
  return new Set(keys.map(String));
}

function isNewer(row: StoredRow, current: Record<string, unknown>): boolean {
  return Number(row.updatedAt) > Number(current.updatedAt);
}
