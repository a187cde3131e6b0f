// The commit step of the import pipeline (src/import/pipeline.ts): writes everything an import
// brings in ONE IndexedDB transaction across all the stores involved, so a failure anywhere
// (a full disk at record N/2 included) leaves the database exactly as it was. Rows are sealed
// by the caller before this runs: a transaction must not wait on WebCrypto.
// Modes (product.md "Restore"):
// - 'add-missing' adds records whose id is not stored yet and never touches stored ones, so
//   the same file imported twice adds nothing;
// - 'newer-wins' also replaces a stored record when the imported one has a later `updatedAt`.
import { type WaypointDexie, withReconnect } from './database';
import type { StoredRow } from './recordStore';
import type { RecordTableName } from './schema';

/** The sealed rows an import writes into one store. */
export interface ImportBatch {
  readonly table: RecordTableName;
  readonly rows: readonly StoredRow[];
}

/** How imported records meet stored ones with the same id. */
export type CommitMode = 'add-missing' | 'newer-wins';

/** What the commit did in one store. */
export interface CommitCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What the commit did, per store. */
export type CommitReport = Partial<Record<RecordTableName, CommitCounts>>;

/** Writes every batch in one transaction; all or nothing. */
export async function commitImport(
  db: WaypointDexie,
  batches: readonly ImportBatch[],
  mode: CommitMode = 'add-missing',
): Promise<CommitReport> {
  const tables = [...new Set(batches.map((batch) => batch.table))].map((name) => db[name]);
  if (tables.length === 0) return {};
  return withReconnect(db, () =>
    db.transaction('rw', tables, async () => {
      const report: CommitReport = {};
      for (const { table, rows } of batches) {
        const counts = report[table] ?? { added: 0, updated: 0, unchanged: 0 };
        report[table] = counts;
        const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
        const stored = await db[table].bulkGet(unique.map((row) => row.id));
        const writes: StoredRow[] = [];
        unique.forEach((row, index) => {
          const current = stored[index];
          if (!current) {
            counts.added++;
            writes.push(row);
          } else if (mode === 'newer-wins' && isNewer(row, current)) {
            counts.updated++;
            writes.push(row);
          } else counts.unchanged++;
        });
        if (writes.length > 0) await db[table].bulkPut(writes);
      }
      return report;
    }),
  );
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
