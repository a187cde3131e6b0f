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
// transaction (sessionLinks.ts), so imported records never show a stale session. Cost policy
// (performance.md: an import within 1.5x a raw write): stored rows are known by key only, the
// imported rows are linked in memory before their single write, and stored rows are read back
// only when a merge brought sessions that records kept from before must follow.
// Loaded lazily (the prompts repository imports it on first use): first paint never needs it.
import { type WaypointDexie, withReconnect } from './database';
import type { StoredRow } from './recordStore';
import { recordTables } from './recordTables';
import { isLinkedTable, relinkAll, relinkRows } from './repositories/sessionLinks';
import type { RecordTableName, TableName } from './schema';
import { readTimings } from './sessionTimings';
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
      // What is stored, by key only: enough to tell added, updated and removed apart without
      // reading five years of rows back.
      const stored = new Map<RecordTableName, Set<string>>();
      for (const name of names) {
        if (name === 'settings' || name === 'meta') continue;
        stored.set(name, new Set((await db[name].toCollection().primaryKeys()).map(String)));
      }
      if (mode === 'replace') {
        for (const table of recordTables) await db[table].clear();
        await db.settings.clear();
      }
      const { report, writes } = await chooseWrites(db, batches, mode, stored);
      // Sessions first, so the records written after them are linked to the final sessions in
      // memory, before they are written (one write per record, no read-back).
      const sessionRows = writes.get('sessions') ?? [];
      if (sessionRows.length > 0) await db.sessions.bulkPut(sessionRows);
      const timings = extras.relink ? await readTimings(db) : [];
      for (const [table, rows] of writes) {
        if (table === 'sessions' || rows.length === 0) continue;
        const linked = extras.relink && isLinkedTable(table);
        await db[table].bulkPut(linked ? relinkRows(table, rows, timings) : rows);
      }
      // Records kept from before follow changed sessions too (a merge that brought sessions).
      if (extras.relink && sessionRows.length > 0 && keptLinkedRecords(stored, writes, mode))
        await relinkAll(db);
      if (mode === 'replace') {
        for (const [table, ids] of stored) {
          const written = new Set((writes.get(table) ?? []).map((row) => row.id));
          const removed = [...ids].filter((id) => !written.has(id)).length;
          const counts = report[table] ?? { added: 0, updated: 0, unchanged: 0 };
          report[table] = { ...counts, removed };
        }
      }
      if (settings.length > 0) report.settings = await writeSettings(db, settings, mode);
      return report;
    }),
  );
}

/** Which rows of each batch to write, and the counts the report shows. */
async function chooseWrites(
  db: WaypointDexie,
  batches: readonly ImportBatch[],
  mode: CommitMode,
  stored: ReadonlyMap<RecordTableName, ReadonlySet<string>>,
): Promise<{ report: CommitReport; writes: Map<RecordTableName, StoredRow[]> }> {
  const report: CommitReport = {};
  const writes = new Map<RecordTableName, StoredRow[]>();
  // One list per table, one row per id (the last one given wins).
  const byTable = new Map<RecordTableName, Map<string, StoredRow>>();
  for (const { table, rows } of batches) {
    const unique = byTable.get(table) ?? new Map<string, StoredRow>();
    for (const row of rows) unique.set(row.id, row);
    byTable.set(table, unique);
  }
  for (const [table, unique] of byTable) {
    const counts: CommitCounts = { added: 0, updated: 0, unchanged: 0 };
    const list: StoredRow[] = [];
    const here = stored.get(table) ?? new Set<string>();
    // Only a merge compares with what is stored, and it reads just the rows it shares.
    const shared = mode === 'newer-wins' ? [...unique.keys()].filter((id) => here.has(id)) : [];
    const current = await db[table].bulkGet(shared);
    const storedStamp = new Map(shared.map((id, index) => [id, current[index]?.updatedAt]));
    for (const row of unique.values()) {
      if (!here.has(row.id)) {
        counts.added++;
        list.push(row);
      } else if (mode === 'replace' || (mode === 'newer-wins' && isNewer(row, storedStamp))) {
        counts.updated++;
        list.push(row);
      } else counts.unchanged++;
    }
    report[table] = counts;
    writes.set(table, list);
  }
  return { report, writes };
}

/** Whether records linked to sessions stay stored without being rewritten by this commit. */
function keptLinkedRecords(
  stored: ReadonlyMap<RecordTableName, ReadonlySet<string>>,
  writes: ReadonlyMap<RecordTableName, readonly StoredRow[]>,
  mode: CommitMode,
): boolean {
  if (mode === 'replace') return false;
  for (const [table, ids] of stored) {
    if (!isLinkedTable(table)) continue;
    const written = new Set((writes.get(table) ?? []).map((row) => row.id));
    for (const id of ids) if (!written.has(id)) return true;
  }
  return false;
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
  // Every stored key at once (getAllKeys) and a set lookup: an `anyOf` over thousands of ids
  // walks the store key by key.
  const keys = await withReconnect(db, () => db[table].toCollection().primaryKeys());
  const stored = new Set(keys.map(String));
  return new Set(ids.filter((id) => stored.has(id)));
}

function isNewer(row: StoredRow, storedStamp: ReadonlyMap<string, unknown>): boolean {
  return Number(row.updatedAt) > Number(storedStamp.get(row.id));
}
