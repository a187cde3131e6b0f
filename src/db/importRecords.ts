// Writing imported records, from any import (a backup being restored, Daylio, Afterflow, prompt
// packs). Every record is sealed with the vault in force, into exactly the row its repository
// writes (the same clear keys), BEFORE the transaction; then ONE commit (importCommit.ts) writes
// every store, the drafts and the settings, and re-links records linked to sessions
// automatically, all in the same transaction: all or nothing.
// Modes: 'replace' makes the database exactly the backup (meta stays: lock, device facts);
// 'newer-wins' merges a backup (for the same id the later `updatedAt` wins); 'add-missing' adds
// records not stored yet (CSV imports, prompt packs). Settings: 'replace' writes the backup's;
// a merge writes a setting only when it was never set here (the user's current choice wins; a
// setting's history is not carried, so "newer" cannot be told).
import type { BackupRecords } from '../export/backup';
import type { ExistingRecords, RecordKind, StoredSessionTime } from '../import/pipeline';
import type { WaypointDexie } from './database';
import { withReconnect } from './database';
import {
  type CommitMode,
  type CommitReport,
  commitImport,
  type ImportBatch,
  type SettingRow,
  storedIds,
} from './importCommit';
import { createRecordStore, type StoredRow } from './recordStore';
import { entityTables } from './recordTables';
import { assessmentClearKeys } from './repositories/assessments';
import { checkinClearKeys } from './repositories/checkins';
import { commitmentClearKeys } from './repositories/commitments';
import { entryClearKeys } from './repositories/entries';
import { promptClearKeys } from './repositories/prompts';
import { promptTaskClearKeys } from './repositories/promptTasks';
import { sessionClearKeys } from './repositories/sessions';
import { clearSettings, type SettingsMap } from './repositories/settings';
import { currentVault, type Vault } from './vault';

/** How imported records meet stored ones (see the module comment). */
export type ImportMode = CommitMode;

/** Records to import, by table; any table may be left out. */
export interface ImportRecords extends Partial<BackupRecords> {}

/** Options of an import's commit. */
export interface ImportOptions {
  readonly mode: ImportMode;
  /** Settings to restore (backups only). */
  readonly settings?: Partial<SettingsMap>;
  /** The time settings are stamped with; defaults to the clock. */
  readonly now?: number;
}

/** The clear keys of each table, exactly as its repository keeps them. */
const clearKeys = {
  sessions: sessionClearKeys,
  entries: entryClearKeys,
  checkins: checkinClearKeys,
  assessments: assessmentClearKeys,
  prompts: promptClearKeys,
  promptTasks: promptTaskClearKeys,
  commitments: commitmentClearKeys,
} as const;

type EntityTable = keyof typeof clearKeys;

/** Seals records into the rows their repository would store. */
async function sealTable<K extends EntityTable>(
  db: WaypointDexie,
  table: K,
  records: readonly BackupRecords[K][number][],
): Promise<StoredRow[]> {
  const keys = clearKeys[table] as readonly (keyof BackupRecords[K][number] & string)[];
  const store = createRecordStore<BackupRecords[K][number]>({ db }, table, keys);
  return Promise.all(records.map((record) => store.toRow(record)));
}

/** Seals drafts into the rows the drafts repository stores. */
function sealDrafts(drafts: BackupRecords['drafts']): Promise<StoredRow[]> {
  return Promise.all(
    drafts.map(async ({ id, updatedAt, data }) => ({
      id,
      updatedAt,
      payload: await currentVault().seal('drafts', id, data),
    })),
  );
}

/** Seals settings into the rows the settings repository stores (clear ones stay plain). */
async function sealSettings(
  settings: Partial<SettingsMap>,
  updatedAt: number,
): Promise<SettingRow[]> {
  const rows: SettingRow[] = [];
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    const payload = clearSettings.has(key as keyof SettingsMap)
      ? ({ scheme: 'plain', data: value } as const)
      : await currentVault().seal('settings', key, value);
    rows.push({ key, updatedAt, payload });
  }
  return rows;
}

/** Seals every record of an import into the rows of its stores (one store after another). */
async function sealBatches(db: WaypointDexie, records: ImportRecords): Promise<ImportBatch[]> {
  const batches: ImportBatch[] = [];
  for (const table of entityTables) {
    const list = records[table];
    if (list && list.length > 0) batches.push({ table, rows: await sealTable(db, table, list) });
  }
  if (records.drafts && records.drafts.length > 0) {
    batches.push({ table: 'drafts', rows: await sealDrafts(records.drafts) });
  }
  return batches;
}

/** Rows sealed ahead of a commit, with the vault that sealed them. */
const sealedAhead = new WeakMap<
  ImportRecords,
  { readonly vault: Vault; readonly batches: Promise<ImportBatch[] | undefined> }
>();

/**
 * Starts sealing records while their preview is on screen (a person takes a while to read it),
 * so confirming only writes. Nothing is stored; a commit uses these rows only if the same vault
 * is still in force, and seals again otherwise (or if sealing ahead failed).
 */
export function sealAhead(db: WaypointDexie, records: ImportRecords): void {
  const batches = sealBatches(db, records).catch(() => undefined);
  sealedAhead.set(records, { vault: currentVault(), batches });
}

/** Seals and commits imported records in one transaction; resolves with what changed. */
export async function commitImportedRecords(
  db: WaypointDexie,
  records: ImportRecords,
  options: ImportOptions,
): Promise<CommitReport> {
  const ahead = sealedAhead.get(records);
  sealedAhead.delete(records);
  const vault = currentVault();
  const batches =
    (ahead?.vault === vault ? await ahead.batches : undefined) ?? (await sealBatches(db, records));
  const settings = await sealSettings(options.settings ?? {}, options.now ?? Date.now());
  return commitImport(db, batches, options.mode, { settings, relink: true });
}

/** What is stored, for an import's preview: ids present and their `updatedAt`. */
export function existingRecordsIn(db: WaypointDexie): ExistingRecords {
  return {
    present: (kind: RecordKind, ids: readonly string[]) => storedIds(db, kind, ids),
    async updatedAt(kind: RecordKind, ids: readonly string[]) {
      // Read from the updatedAt index by key only: a preview of five years must not pull every
      // stored record (and its sealed payload) just to compare two numbers.
      const wanted = new Set(ids);
      const stamps = new Map<string, number>();
      await withReconnect(db, () =>
        db[kind].orderBy('updatedAt').eachKey((stamp, cursor) => {
          const id = String(cursor.primaryKey);
          if (wanted.has(id)) stamps.set(id, Number(stamp));
        }),
      );
      return stamps;
    },
    async sessionsBetween(from: number, to: number) {
      // Clear fields only, so a preview works the same with the lock on.
      const rows = await withReconnect(db, () =>
        db.sessions.where('startsAt').between(from, to, true, true).toArray(),
      );
      return rows.map((row) => ({
        id: String(row.id),
        startsAt: Number(row.startsAt),
        status: row.status as StoredSessionTime['status'],
      }));
    },
  };
}
