// Reading everything a backup holds. CONSISTENCY POLICY: every store is read in ONE read-only
// transaction, so the backup is a snapshot of one moment (a save in another tab lands wholly
// before or wholly after it). Payloads are opened with the vault in force AFTER the
// transaction: a transaction must not wait on WebCrypto. With the lock on and unlocked the
// records come out plain; while locked, opening throws (the screen asks to unlock first).
// Settings come as stored: defaults are not filled in, so a restore never pins a default.
// Meta (lock record, wrong-passcode counts, first run, persistence, last backup) is left out:
// those are facts about this phone, not part of the journal.

import { toThemeChoice } from '../domain/theme';
import type { Draft } from '../domain/types';
import type { BackupRecords, BackupSnapshot } from '../export/backup';
import type { WaypointDexie } from './database';
import { withReconnect } from './database';
import { createRecordStore, type StoredRow } from './recordStore';
import { type EntityTableName, recordTables } from './recordTables';
import type { SettingsMap } from './repositories/settings';
import type { RecordTableName } from './schema';
import { currentVault, type Sealed } from './vault';

interface SealedRow {
  readonly id: string;
  readonly updatedAt: number;
  readonly payload: Sealed;
}

interface SettingRow {
  readonly key: string;
  readonly payload: Sealed;
}

/** Reads every record and stored setting in one transaction, then opens them (plain records). */
export async function readBackupSnapshot(db: WaypointDexie): Promise<BackupSnapshot> {
  const tables = recordTables;
  const raw = await withReconnect(db, () =>
    db.transaction('r', [...tables.map((name) => db[name]), db.settings], async () => {
      const rows = new Map<RecordTableName, Record<string, unknown>[]>();
      for (const name of tables) rows.set(name, await db[name].toArray());
      return { rows, settings: await db.settings.toArray() };
    }),
  );

  const vault = currentVault();
  const openTable = async <K extends EntityTableName>(name: K): Promise<BackupRecords[K]> => {
    // Any clear-key list opens a row the same way: clear fields over the opened payload.
    const store = createRecordStore<{ id: string }>({ db }, name, []);
    const rows = (raw.rows.get(name) ?? []) as unknown as StoredRow[];
    return (await Promise.all(rows.map((row) => store.fromRow(row)))) as BackupRecords[K];
  };
  const draftRows = (raw.rows.get('drafts') ?? []) as unknown as SealedRow[];
  const drafts = await Promise.all(
    draftRows.map(
      async ({ id, updatedAt, payload }): Promise<Draft> => ({
        id,
        updatedAt,
        data: (await vault.open('drafts', id, payload)) as Draft['data'],
      }),
    ),
  );

  const records: BackupRecords = {
    sessions: await openTable('sessions'),
    entries: await openTable('entries'),
    checkins: await openTable('checkins'),
    assessments: await openTable('assessments'),
    prompts: await openTable('prompts'),
    promptTasks: await openTable('promptTasks'),
    commitments: await openTable('commitments'),
    drafts,
  };

  const settings: Record<string, unknown> = {};
  for (const { key, payload } of raw.settings as unknown as SettingRow[]) {
    const value =
      payload.scheme === 'plain' ? payload.data : await vault.open('settings', key, payload);
    // A value stored as "undefined" means "the default": nothing to carry.
    if (value === undefined) continue;
    // The theme is read the way the settings repository reads it.
    settings[key] = key === 'theme' ? toThemeChoice(value) : value;
  }
  return { records, settings: settings as Partial<SettingsMap> };
}
