// One generic store of sealed records, shared by every entity repository. A stored row holds
// the clear index fields (ids, kinds, day, timestamps, session links) and one sealed payload
// with everything else. DURABILITY POLICY: every save is one IndexedDB transaction, sealed
// before the transaction starts, and the first successful save asks for persistent storage.

import type { WaypointDexie } from './database';
import { withReconnect } from './database';
import type { RecordTableName } from './schema';
import type { Sealed } from './vault';
import { currentVault } from './vault';

/** A row as it rests in IndexedDB. */
export interface StoredRow {
  readonly id: string;
  readonly payload: Sealed;
  readonly [clearField: string]: unknown;
}

/** Options shared by every store: the database and what to do after a save. */
export interface StoreContext {
  readonly db: WaypointDexie;
  readonly afterSave?: () => void;
}

/** Options of a save. */
export interface PutOptions {
  /** The draft this record was typed in: removed only if, and when, the record is saved. */
  readonly discardDraft?: string;
  /**
   * Links the record automatically to the session of this moment (the phase rule), reading the
   * sessions in the save's own transaction: one transaction per save, and the link can never
   * miss a session changed meanwhile.
   */
  readonly linkAt?: number;
}

/** Reads and writes one table of sealed records of type T. */
export interface RecordStore<T extends { id: string }> {
  get(id: string): Promise<T | undefined>;
  /** Saves a record; with `discardDraft`, removes that draft in the same transaction. */
  put(record: T, options?: PutOptions): Promise<T>;
  remove(id: string): Promise<void>;
  all(): Promise<T[]>;
  /** Records whose index equals the value. */
  where(index: string, value: string | number): Promise<T[]>;
  /** Records whose index lies between lower and upper, both included. */
  between(index: string, lower: string | number, upper: string | number): Promise<T[]>;
  /** The `limit` records with the highest values of an index, highest first. */
  newest(index: string, limit: number): Promise<T[]>;
  count(): Promise<number>;
  /** Seals a record into the row that would be stored (for multi-table transactions). */
  toRow(record: T): Promise<StoredRow>;
  /** Opens a stored row into a record. */
  fromRow(row: StoredRow): Promise<T>;
}

type AutoLink = typeof import('./autoLink');
let loadedAutoLink: AutoLink | undefined;

/** Loads the save-time linking once; later saves use it without waiting on the module loader. */
async function loadAutoLink(): Promise<AutoLink> {
  loadedAutoLink = await import('./autoLink');
  return loadedAutoLink;
}

/**
 * Gets saves that link to a session ready while a form is read: loads the linking code and
 * reads the session timings, so the first save pays for neither (a module fetch and a read of
 * every session, on a slow phone longer than the save's own write).
 */
export const prepareLinkedSaves = (db: WaypointDexie): Promise<void> =>
  loadAutoLink().then((autoLink) => autoLink.keepTimingsAhead(db));

/** Creates the store for one table, keeping `clearKeys` outside the sealed payload. */
export function createRecordStore<T extends { id: string }>(
  context: StoreContext,
  table: RecordTableName,
  clearKeys: readonly (keyof T & string)[],
): RecordStore<T> {
  const { db } = context;
  const clear = new Set<string>(['id', ...clearKeys]);

  async function toRow(record: T): Promise<StoredRow> {
    const clearPart: Record<string, unknown> = {};
    const payload: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) continue;
      if (clear.has(key)) clearPart[key] = value;
      else payload[key] = value;
    }
    const sealed = await currentVault().seal(table, record.id, payload);
    return { ...clearPart, id: record.id, payload: sealed };
  }

  async function fromRow(row: StoredRow): Promise<T> {
    const { payload, ...clearPart } = row;
    const opened = (await currentVault().open(table, row.id, payload)) as Record<string, unknown>;
    return { ...opened, ...clearPart } as unknown as T;
  }

  const fromRows = (rows: Record<string, unknown>[]) =>
    Promise.all(rows.map((row) => fromRow(row as unknown as StoredRow)));

  return {
    toRow,
    fromRow,
    async get(id) {
      const row = await withReconnect(db, () => db[table].get(id));
      return row ? fromRow(row as unknown as StoredRow) : undefined;
    },
    async put(record, options = {}) {
      const row = await toRow(record);
      const { discardDraft, linkAt } = options;
      const tables = [db[table]];
      if (discardDraft !== undefined) tables.push(db.drafts);
      // Loaded before the transaction: a transaction must not wait on anything but its own reads.
      const autoLink =
        linkAt === undefined ? undefined : (loadedAutoLink ?? (await loadAutoLink()));
      // Timings kept since the last session write link without reading the sessions again.
      const kept = autoLink?.keptTimings(db);
      if (autoLink && !kept) tables.push(db.sessions);
      let saved = { row, record };
      await withReconnect(db, () =>
        db.transaction('rw', tables, async () => {
          if (autoLink && linkAt !== undefined)
            saved = await autoLink.linkToSession(db, row, record, linkAt, kept);
          // Both requests at once: one round trip to the database instead of two.
          await Promise.all([
            db[table].put(saved.row),
            discardDraft === undefined ? undefined : db.drafts.delete(discardDraft),
          ]);
        }),
      );
      context.afterSave?.();
      return saved.record;
    },
    async remove(id) {
      await withReconnect(db, () => db.transaction('rw', db[table], () => db[table].delete(id)));
    },
    async all() {
      return fromRows(await withReconnect(db, () => db[table].toArray()));
    },
    async where(index, value) {
      return fromRows(
        await withReconnect(db, () => db[table].where(index).equals(value).toArray()),
      );
    },
    async between(index, lower, upper) {
      return fromRows(
        await withReconnect(db, () =>
          db[table].where(index).between(lower, upper, true, true).toArray(),
        ),
      );
    },
    async newest(index, limit) {
      // A reverse walk of the index that stops after `limit` rows: the first window of five
      // years of journal reads (and, locked, decrypts) a month, not the whole store.
      return fromRows(
        await withReconnect(db, () => db[table].orderBy(index).reverse().limit(limit).toArray()),
      );
    },
    count() {
      return withReconnect(db, () => db[table].count());
    },
  };
}
