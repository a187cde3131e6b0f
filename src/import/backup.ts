// Reading Waypoint backups, plain and encrypted, through the one import pipeline (pipeline.ts).
// POLICY (data-safety 16 and 17, product.md "Restore"):
// - A backup of a newer format version is refused with a message to update the app; an older
//   one is upgraded step by step (`upgradeBackup`) and then validated as the current version.
// - Every record is validated (backupSchemas.ts); any bad record refuses the whole file, with a
//   message naming it, and nothing is imported. So are two records of one type with the same id.
// - At most MAX_IMPORT_RECORDS records in all, counted before any record is validated.
// - The preview counts, per type: records in the file, new ones, ones already here (same id) and,
//   of those, ones the file has a later version of (a merge would update them); the date range
//   runs over every record with a day (sessions, entries, check-ins, questionnaires,
//   commitments).
// - An encrypted backup is recognised and its envelope checked here; the screen asks for the
//   passphrase, decrypts (src/db/crypto/backupCipher.ts) and runs the plain text through
//   `backupFormat`, so both kinds meet exactly the same checks.
import * as v from 'valibot';
import {
  ENCRYPTED_BACKUP_FORMAT,
  ENCRYPTED_BACKUP_VERSION,
  type EncryptedBackupFile,
} from '../db/crypto/backupCipher';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupFile,
  type BackupRecords,
} from '../export/backup';
import { backupBodySchema, backupWords, recordNames } from './backupSchemas';
import { parseJson } from './json';
import { MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS } from './limits';
import type { Checked, ExistingRecords, ImportFormat } from './pipeline';
import { type IssueWords, validateWith } from './validate';

/** What a backup holds of one type of record, compared with what is stored. */
export interface BackupCounts {
  /** Records of this type in the file. */
  total: number;
  /** Records whose id is not stored here. */
  new: number;
  /** Records whose id is already stored here. */
  present: number;
  /** Of the present ones: those the file has a later version of (a merge would update them). */
  newer: number;
}

/** What restoring a backup would do. */
export interface BackupPreview {
  kind: 'backup';
  /** When the backup was made (epoch ms). */
  exportedAt: number;
  appVersion: string;
  /** The backup format version of the file, before any upgrade. */
  version: number;
  counts: Record<keyof BackupRecords, BackupCounts>;
  /** The earliest and latest day of any dated record, when there is one. */
  firstDay?: string;
  lastDay?: string;
  /** How many settings the backup carries. */
  settingsCount: number;
  /** The validated backup (fresh objects, upgraded to the current version). */
  data: BackupFile;
}

/** An encrypted backup, recognised and checked, waiting for its passphrase. */
export interface EncryptedBackupPreview {
  kind: 'encrypted-backup';
  file: EncryptedBackupFile;
}

const count = (n: number) => n.toLocaleString('en-US');
const nothingImported = 'Nothing was imported.';

/** The message for a file made by a newer Waypoint. */
export function newerVersionProblem(version: number): string {
  return `This backup was made by a newer version of Waypoint (backup format ${version}). Update Waypoint, then import it again. ${nothingImported}`;
}

// ---- Upgrades: one step per format version, so version N+1 adds one function here.

type BackupDocument = Record<string, unknown>;

/**
 * The upgrade steps: `upgradeSteps[i]` turns a version i+1 document into version i+2. Version 1
 * is the current version, so there are none yet.
 */
const upgradeSteps: readonly ((document: BackupDocument) => BackupDocument)[] = [];

/** Upgrades a backup document of an older version, step by step, to BACKUP_VERSION. */
export function upgradeBackup(document: BackupDocument, fromVersion: number): BackupDocument {
  let upgraded = document;
  for (let version = fromVersion; version < BACKUP_VERSION; version++) {
    const step = upgradeSteps[version - 1];
    if (!step) throw new RangeError(`No upgrade from backup format ${version}`);
    upgraded = { ...step(upgraded), version: version + 1 };
  }
  return upgraded;
}

// ---- Header: format and version, checked before anything else.

const notABackup = `This file is not a Waypoint backup: a backup is one JSON object that starts with "format": "${BACKUP_FORMAT}". ${nothingImported}`;

const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

const versionSchema = v.pipe(
  v.number('The backup\'s "version" must be a whole number, such as 1. Nothing was imported.'),
  v.integer('The backup\'s "version" must be a whole number, such as 1. Nothing was imported.'),
);

/** Checks format and version; gives the version, or why the file is not a readable backup. */
function checkHeader(data: unknown, format: string, latest: number): Checked<number> {
  if (!isObject(data) || data.format !== format) {
    if (isObject(data) && data.format === ENCRYPTED_BACKUP_FORMAT && format === BACKUP_FORMAT) {
      return {
        ok: false,
        problems: [
          `This is an encrypted Waypoint backup, but its start could not be recognised, so it cannot be opened. ${nothingImported}`,
        ],
      };
    }
    return { ok: false, problems: [notABackup] };
  }
  const version = v.safeParse(versionSchema, data.version);
  if (!version.success) return { ok: false, problems: [version.issues[0].message] };
  if (version.output > latest)
    return { ok: false, problems: [newerVersionProblem(version.output)] };
  if (version.output < 1) {
    return {
      ok: false,
      problems: [
        `This backup says it is format ${version.output}; Waypoint reads backup formats 1 to ${latest}. ${nothingImported}`,
      ],
    };
  }
  return { ok: true, value: version.output };
}

/** How many records a document lists, before any is validated (lists only). */
function recordCount(document: BackupDocument): number {
  const records = document.records;
  if (!isObject(records)) return 0;
  return BACKUP_TABLES.reduce((sum, table) => {
    const list = records[table];
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
}

/** Two records of one type sharing an id: the file was edited by hand, or damaged. */
function repeatedIds(records: BackupRecords): string[] {
  const problems: string[] = [];
  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>();
    records[table].forEach((record, index) => {
      const first = seen.get(record.id);
      const name = recordNames[table];
      if (first === undefined) seen.set(record.id, index);
      else {
        problems.push(
          `${name} ${count(index + 1)} has the same id as ${name.toLowerCase()} ${count(first + 1)}; each record needs its own id. ${nothingImported}`,
        );
      }
    });
  }
  return problems;
}

/** Checks a parsed backup: header, upgrade, record count, every record, settings. */
export function validateBackup(data: unknown): Checked<BackupFile> {
  const header = checkHeader(data, BACKUP_FORMAT, BACKUP_VERSION);
  if (!header.ok) return header;
  const document = upgradeBackup(data as BackupDocument, header.value);
  const records = recordCount(document);
  if (records > MAX_IMPORT_RECORDS) {
    return {
      ok: false,
      problems: [
        `This backup holds ${count(records)} records; Waypoint imports at most ${count(MAX_IMPORT_RECORDS)} at once. ${nothingImported}`,
      ],
    };
  }
  const body = validateWith(backupBodySchema, document, backupWords);
  if (!body.ok) return body;
  const repeated = repeatedIds(body.value.records);
  if (repeated.length > 0) return { ok: false, problems: repeated };
  const { exportedAt, appVersion, schemaVersion, records: valid, settings } = body.value;
  return {
    ok: true,
    value: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      appVersion,
      schemaVersion,
      records: valid as BackupRecords,
      settings,
    },
  };
}

// ---- Preview

const datedTables = ['sessions', 'entries', 'checkins', 'assessments', 'commitments'] as const;

async function countsFor(
  table: keyof BackupRecords,
  records: readonly { id: string; updatedAt: number }[],
  existing: ExistingRecords,
): Promise<BackupCounts> {
  const ids = records.map((record) => record.id);
  const present = ids.length > 0 ? await existing.present(table, ids) : new Set<string>();
  const storedAt =
    present.size > 0 && existing.updatedAt
      ? await existing.updatedAt(table, [...present])
      : new Map<string, number>();
  const newer = records.filter((record) => {
    const stored = storedAt.get(record.id);
    return stored !== undefined && record.updatedAt > stored;
  }).length;
  const presentCount = ids.filter((recordId) => present.has(recordId)).length;
  return { total: ids.length, new: ids.length - presentCount, present: presentCount, newer };
}

/** Compares a validated backup with what is stored. */
export async function previewBackup(
  file: BackupFile,
  existing: ExistingRecords,
  fileVersion = file.version,
): Promise<BackupPreview> {
  const counts = {} as Record<keyof BackupRecords, BackupCounts>;
  for (const table of BACKUP_TABLES) {
    counts[table] = await countsFor(table, file.records[table], existing);
  }
  let firstDay: string | undefined;
  let lastDay: string | undefined;
  for (const table of datedTables) {
    for (const { day } of file.records[table]) {
      if (firstDay === undefined || day < firstDay) firstDay = day;
      if (lastDay === undefined || day > lastDay) lastDay = day;
    }
  }
  return {
    kind: 'backup',
    exportedAt: Date.parse(file.exportedAt),
    appVersion: file.appVersion,
    version: fileVersion,
    counts,
    ...(firstDay !== undefined && lastDay !== undefined ? { firstDay, lastDay } : {}),
    settingsCount: Object.keys(file.settings).length,
    data: file,
  };
}

// ---- Detection

const formatPattern = (format: string) => new RegExp(`"format"\\s*:\\s*"${format}"`);
const plainPattern = formatPattern(BACKUP_FORMAT);
const encryptedPattern = formatPattern(ENCRYPTED_BACKUP_FORMAT);

/** The pipeline's format for plain Waypoint backups. */
export const backupFormat: ImportFormat<BackupFile, BackupPreview> = {
  id: BACKUP_FORMAT,
  label: 'a Waypoint backup',
  maxBytes: MAX_IMPORT_BYTES,
  detect(name, head) {
    if (plainPattern.test(head)) return 'certain';
    if (encryptedPattern.test(head)) return 'no';
    return /\.json$/i.test(name) ? 'possible' : 'no';
  },
  parse: parseJson,
  validate: validateBackup,
  async preview(file, existing) {
    return previewBackup(file, existing);
  },
};

// ---- The encrypted envelope

const base64 = (what: string) =>
  v.pipe(
    v.string(`The encrypted backup is damaged: its ${what} is missing. ${nothingImported}`),
    v.check(
      (value) => value.length > 0 && value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value),
      `The encrypted backup is damaged: its ${what} is not what Waypoint wrote. ${nothingImported}`,
    ),
  );

/** The most PBKDF2 iterations a file may ask for: more would freeze the phone for minutes. */
export const MAX_BACKUP_ITERATIONS = 10_000_000;

const envelopeSchema = v.object(
  {
    kdf: v.object(
      {
        name: v.literal(
          'PBKDF2',
          `The encrypted backup uses a key method Waypoint does not know. ${nothingImported}`,
        ),
        hash: v.literal(
          'SHA-256',
          `The encrypted backup uses a key method Waypoint does not know. ${nothingImported}`,
        ),
        iterations: v.pipe(
          v.number(
            `The encrypted backup is damaged: its iteration count is not a number. ${nothingImported}`,
          ),
          v.integer(
            `The encrypted backup is damaged: its iteration count is not a whole number. ${nothingImported}`,
          ),
          v.minValue(
            1,
            `The encrypted backup is damaged: its iteration count is below 1. ${nothingImported}`,
          ),
          v.maxValue(
            MAX_BACKUP_ITERATIONS,
            `The encrypted backup asks for more than ${count(MAX_BACKUP_ITERATIONS)} key iterations, which would freeze the phone. ${nothingImported}`,
          ),
        ),
        salt: base64('salt'),
      },
      `The encrypted backup is damaged: its key settings ("kdf") are missing. ${nothingImported}`,
    ),
    wrappedKey: base64('wrapped key'),
    iv: base64('IV'),
    ciphertext: base64('encrypted content'),
  },
  notABackup,
);

const envelopeFields: Readonly<Record<string, string>> = {
  kdf: 'key settings ("kdf")',
  name: 'key method ("name")',
  hash: 'key hash ("hash")',
  iterations: 'iteration count ("iterations")',
  salt: 'salt',
  wrappedKey: 'wrapped key ("wrappedKey")',
  iv: 'IV ("iv")',
  ciphertext: 'encrypted content ("ciphertext")',
};

const envelopeWords: IssueWords = {
  subject: () => 'The encrypted backup',
  field: (key) => `${envelopeFields[key] ?? `"${key}"`}, so it cannot be opened`,
};

/** Checks a parsed encrypted backup's envelope (it opens only with the passphrase). */
export function validateEncryptedBackup(data: unknown): Checked<EncryptedBackupFile> {
  const header = checkHeader(data, ENCRYPTED_BACKUP_FORMAT, ENCRYPTED_BACKUP_VERSION);
  if (!header.ok) return header;
  const result = validateWith(envelopeSchema, data, envelopeWords);
  if (!result.ok) return result;
  const { kdf, wrappedKey, iv, ciphertext } = result.value;
  return {
    ok: true,
    value: {
      format: ENCRYPTED_BACKUP_FORMAT,
      version: header.value,
      kdf: { ...kdf },
      wrappedKey,
      iv,
      ciphertext,
    },
  };
}

/** The pipeline's format for encrypted Waypoint backups. */
export const encryptedBackupFormat: ImportFormat<EncryptedBackupFile, EncryptedBackupPreview> = {
  id: ENCRYPTED_BACKUP_FORMAT,
  label: 'an encrypted Waypoint backup',
  maxBytes: MAX_IMPORT_BYTES,
  detect(_name, head) {
    return encryptedPattern.test(head) ? 'certain' : 'no';
  },
  parse: parseJson,
  validate: validateEncryptedBackup,
  async preview(file) {
    return { kind: 'encrypted-backup', file };
  },
};
