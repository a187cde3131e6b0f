// The Waypoint backup file (README "Backup file format"): every record of every table, the
// half-typed drafts included (they are the user's words too), and every setting that was stored.
// POLICY:
// - Device facts stay out: the lock record, wrong-passcode counts and the other meta values
//   (first run, persistence asked, last backup) belong to this phone, not to the journal.
// - `version` only moves forward; every older version stays importable (src/import/backup.ts
//   upgrades it step by step).
// - The text is deterministic: records sorted by id, object keys sorted, so two backups of
//   the same data are byte-identical and a diff between two backups means a change.
// Pure: the snapshot and the time come in as arguments; src/db/backupSnapshot.ts reads them.

import { recordTables } from '../db/recordTables';
import type { SettingsMap } from '../db/repositories/settings';
import { currentSchemaVersion } from '../db/schema';
import { toDay } from '../domain/dates';
import type {
  Assessment,
  CheckIn,
  Commitment,
  Draft,
  JournalEntry,
  KapSession,
  Prompt,
  PromptTask,
} from '../domain/types';

/** The `format` value every plain backup carries. */
export const BACKUP_FORMAT = 'waypoint-backup';

/** The version of the backup format this build writes; it only moves forward. */
export const BACKUP_VERSION = 1;

/** Every record of the journal, by table. */
export interface BackupRecords {
  sessions: KapSession[];
  entries: JournalEntry[];
  checkins: CheckIn[];
  assessments: Assessment[];
  prompts: Prompt[];
  promptTasks: PromptTask[];
  commitments: Commitment[];
  drafts: Draft[];
}

/** What a backup is made of: the records and the settings that were stored (no defaults). */
export interface BackupSnapshot {
  readonly records: BackupRecords;
  readonly settings: Partial<SettingsMap>;
}

/** The backup document as written to the file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  appVersion: string;
  /** The database schema version the records were read from. */
  schemaVersion: number;
  records: BackupRecords;
  settings: Partial<SettingsMap>;
}

/** The tables of a backup, in the order the file lists them. */
export const BACKUP_TABLES = recordTables satisfies readonly (keyof BackupRecords)[];

const byId = <T extends { id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Builds the backup document from a snapshot, made at `exportedAt` by app `appVersion`. */
export function buildBackup(
  snapshot: BackupSnapshot,
  meta: { exportedAt: number; appVersion: string },
): BackupFile {
  const { records } = snapshot;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    appVersion: meta.appVersion,
    schemaVersion: currentSchemaVersion,
    records: {
      sessions: byId(records.sessions),
      entries: byId(records.entries),
      checkins: byId(records.checkins),
      assessments: byId(records.assessments),
      prompts: byId(records.prompts),
      promptTasks: byId(records.promptTasks),
      commitments: byId(records.commitments),
      drafts: byId(records.drafts),
    },
    settings: { ...snapshot.settings },
  };
}

/** The header keys first (so a reader recognises the file from its first bytes). */
const headerOrder = ['format', 'version', 'exportedAt', 'appVersion', 'schemaVersion'];

/** A copy of a JSON value with every object's keys in a fixed order. */
function ordered(value: unknown, top = false): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).sort();
  const first = top ? headerOrder.filter((key) => key in source) : [];
  const out: Record<string, unknown> = {};
  for (const key of [...first, ...keys.filter((key) => !first.includes(key))]) {
    // defineProperty: a key named "__proto__" stays data, never a prototype change.
    Object.defineProperty(out, key, {
      value: ordered(source[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** The backup's text: JSON with a stable key order, `"format"` first. */
export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(ordered(file, true));
}

/** The file name: waypoint-backup-2026-11-27.json, or ….encrypted.json (local date). */
export function backupFileName(exportedAt: number, encrypted: boolean): string {
  return `waypoint-backup-${toDay(exportedAt)}${encrypted ? '.encrypted' : ''}.json`;
}
