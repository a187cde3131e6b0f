import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup } from '../../../src/db/crypto/backupCipher';
import { answerCount, maxAnswer } from '../../../src/domain/questionnaires/scoring';
import type { Instrument } from '../../../src/domain/types';
import { BACKUP_VERSION, serializeBackup } from '../../../src/export/backup';
import {
  backupFormat,
  encryptedBackupFormat,
  previewBackup,
  upgradeBackup,
  validateBackup,
} from '../../../src/import/backup';
import { assessmentSchema } from '../../../src/import/backupSchemas';
import { MAX_IMPORT_RECORDS } from '../../../src/import/limits';
import type { ExistingRecords } from '../../../src/import/pipeline';
import {
  nothingStored,
  readBackupText,
  sampleBackup,
  sampleJson,
  sampleSnapshot,
} from './backupFixtures';

/** Validates changed JSON and gives the problems (the test fails if it is valid). */
function problemsOf(json: unknown): readonly string[] {
  const result = validateBackup(json);
  if (result.ok) throw new Error('Expected the backup to be refused');
  return result.problems;
}

type Loose = Record<string, unknown>;
const entries = (json: ReturnType<typeof sampleJson>) => json.records.entries as unknown as Loose[];

describe('recognising backups', () => {
  it('recognises plain and encrypted backups from their first bytes', () => {
    const plain = serializeBackup(sampleBackup());
    expect(backupFormat.detect('x.txt', plain.slice(0, 100))).toBe('certain');
    expect(encryptedBackupFormat.detect('x.txt', plain.slice(0, 100))).toBe('no');
    const spaced = '{\n  "format" :  "waypoint-backup-encrypted", "version": 1 }';
    expect(encryptedBackupFormat.detect('x.txt', spaced)).toBe('certain');
    expect(backupFormat.detect('b.json', spaced)).toBe('no');
    expect(backupFormat.detect('notes.JSON', '{"other": 1}')).toBe('possible');
    expect(backupFormat.detect('notes.csv', 'a,b')).toBe('no');
    expect(encryptedBackupFormat.detect('notes.json', '{"other": 1}')).toBe('no');
  });
});

describe('validating a backup', () => {
  it('accepts a backup the app made and gives back equal, fresh objects', () => {
    const file = sampleBackup();
    const result = validateBackup(JSON.parse(serializeBackup(file)));
    expect(result.ok && result.value).toEqual(file);
  });

  it('names the record that has a missing field', () => {
    const json = sampleJson();
    const list = entries(json);
    for (let i = 0; i < 11; i++) list.push({ ...list[0], id: `more-${i}` });
    delete list[11]?.body;
    expect(problemsOf(json)).toEqual(['Journal entry 12 has no body.']);
  });

  it.each([
    [
      'a mood of 11',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { mood: 11 }),
      'checkins',
      'Check-in 1: the mood is 11; it must be from 1 to 10.',
    ],
    [
      'a mood of 0',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { mood: 0 }),
      'checkins',
      'Check-in 1: the mood is 0; it must be from 1 to 10.',
    ],
    [
      'anxiety of -1',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { anxiety: -1 }),
      'checkins',
      'Check-in 1: the anxiety is -1; it must be from 0 to 10.',
    ],
    [
      'a day that is no date',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { day: '2026-02-30' }),
      'entries',
      'Journal entry 1: the day "2026-02-30" is not a date such as "2026-11-27".',
    ],
    [
      'a body that is a number',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { body: 5 }),
      'entries',
      'Journal entry 1: the body must be text.',
    ],
    [
      'an unknown status',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { status: 'maybe' }),
      'sessions',
      'Session 1: the status "maybe" is not one Waypoint knows (planned, completed, cancelled).',
    ],
    [
      'an empty id',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { id: '' }),
      'prompts',
      'Prompt 1: the id is empty.',
    ],
    [
      'an id of 201 characters',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { id: 'x'.repeat(201) }),
      'promptTasks',
      'Prompt task 1: the id is longer than 200 characters.',
    ],
    [
      'an infinite-looking time',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { createdAt: 1e300 }),
      'commitments',
      'Commitment 1: the creation time is not a time Waypoint can show.',
    ],
    [
      'a tag that is not text',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { tags: ['ok', 3] }),
      'entries',
      'Journal entry 1: the tag must be text.',
    ],
    [
      'a PHQ-9 answer of 4',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { answers: [4, 0, 0] }),
      'assessments',
      'Questionnaire 1: its answers do not fit the questionnaire (too many, or above the highest answer).',
    ],
    ['a draft without data', (j: Loose[]) => delete j[0]?.data, 'drafts', 'Draft 1 has no data.'],
    [
      'a record that is a string',
      (j: Loose[]) => j.splice(0, 1, 'hello' as never),
      'entries',
      'Journal entry 1 must be an object in curly braces.',
    ],
    [
      'a list of 10,001 tags',
      (j: Loose[]) => Object.assign(j[0] ?? {}, { tags: new Array(10_001).fill('t') }),
      'entries',
      'Journal entry 1 has more than 10,000 tags; Waypoint keeps at most that many.',
    ],
  ] as const)('refuses %s with its own message', (_what, change, table, message) => {
    const json = sampleJson();
    change(json.records[table] as unknown as Loose[]);
    expect(problemsOf(json)).toContain(message);
  });

  it('accepts a text of 200,000 characters and refuses one longer', () => {
    const json = sampleJson();
    const [entry] = entries(json);
    if (!entry) throw new Error('sample has entries');
    entry.body = 'x'.repeat(200_000);
    expect(validateBackup(json).ok).toBe(true);
    entry.body = 'x'.repeat(200_001);
    expect(problemsOf(json)).toEqual([
      'Journal entry 1: the body is 200,001 characters long; the most is 200,000.',
    ]);
  });

  it('accepts questionnaire answers 0..3 (PCL-5 0..4) or null, as many as the questionnaire has', () => {
    const shapes: Record<Instrument, { count: number; max: number }> = {
      phq9: { count: answerCount('phq9'), max: maxAnswer('phq9') },
      gad7: { count: answerCount('gad7'), max: maxAnswer('gad7') },
      pcl5: { count: answerCount('pcl5'), max: maxAnswer('pcl5') },
    };
    const [assessment] = sampleBackup().records.assessments;
    for (const [instrument, { count, max }] of Object.entries(shapes)) {
      const full = Array.from({ length: count }, (_, i) => (i === 1 ? null : max));
      const ok = { ...assessment, instrument, answers: full };
      expect(assessmentSchema['~standard'].validate(ok)).not.toHaveProperty('issues');
      const tooMany = { ...ok, answers: [...full, 0] };
      expect(assessmentSchema['~standard'].validate(tooMany)).toHaveProperty('issues');
      const tooHigh = { ...ok, answers: [max + 1] };
      expect(assessmentSchema['~standard'].validate(tooHigh)).toHaveProperty('issues');
    }
  });

  it('drops keys it does not know, at every level', () => {
    const json = sampleJson() as unknown as Loose;
    json.extra = 'x';
    const records = json.records as Loose;
    records.unknownTable = [{ id: 'z' }];
    const [entry] = (records.entries as Loose[]) ?? [];
    if (entry) entry.secret = 'kept out';
    const sessions = records.sessions as Loose[];
    (sessions[0]?.vitalsBefore as Loose).bloodType = 'O';
    (json.settings as Loose).notASetting = true;
    const result = validateBackup(json);
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.value).not.toHaveProperty('extra');
    expect(result.value.records).not.toHaveProperty('unknownTable');
    expect(result.value.records.entries[0]).not.toHaveProperty('secret');
    expect(result.value.records.sessions[0]?.vitalsBefore).not.toHaveProperty('bloodType');
    expect(result.value.settings).not.toHaveProperty('notASetting');
  });

  it('treats a table the file does not list as empty', () => {
    const json = sampleJson() as unknown as Loose;
    delete (json.records as Loose).drafts;
    delete json.settings;
    const result = validateBackup(json);
    expect(result.ok && result.value.records.drafts).toEqual([]);
    expect(result.ok && result.value.settings).toEqual({});
  });

  it('validates settings to their types', () => {
    const json = sampleJson() as unknown as Loose;
    json.settings = { theme: 'purple', reminderTime: '25:00', focusAreas: ['anxiety', 'x'] };
    expect(problemsOf(json)).toEqual([
      'The setting "theme": the theme "purple" is not one Waypoint knows (system, light, dark).',
      'The setting "focusAreas": the focus area "x" is not one Waypoint knows (depression, anxiety, ptsd, bipolar, chronic-pain, other).',
      'The setting "reminderTime": the reminder time must be a time such as "19:00".',
    ]);
  });

  it('refuses two records of one type with the same id', () => {
    const json = sampleJson();
    const list = entries(json);
    list.push({ ...list[0] });
    expect(problemsOf(json)).toEqual([
      'Journal entry 3 has the same id as journal entry 1; each record needs its own id. Nothing was imported.',
    ]);
  });

  it('refuses more than 500,000 records before validating any', () => {
    const json = sampleJson() as unknown as Loose;
    (json.records as Loose).checkins = new Array(MAX_IMPORT_RECORDS).fill(null);
    expect(problemsOf(json)).toEqual([
      'This backup holds 500,008 records; Waypoint imports at most 500,000 at once. Nothing was imported.',
    ]);
  });

  it('refuses a newer format with the message to update', () => {
    const json = { ...sampleJson(), version: BACKUP_VERSION + 1 };
    expect(problemsOf(json)).toEqual([
      `This backup was made by a newer version of Waypoint (backup format ${BACKUP_VERSION + 1}). Update Waypoint, then import it again. Nothing was imported.`,
    ]);
  });

  it('refuses a version that is not a whole number, or below 1', () => {
    expect(problemsOf({ ...sampleJson(), version: '1' })).toEqual([
      'The backup\'s "version" must be a whole number, such as 1. Nothing was imported.',
    ]);
    expect(problemsOf({ ...sampleJson(), version: 0 })).toEqual([
      'This backup says it is format 0; Waypoint reads backup formats 1 to 1. Nothing was imported.',
    ]);
  });

  it('upgrades the current version as it is (the chain has no step yet)', () => {
    const json = sampleJson() as unknown as Loose;
    expect(upgradeBackup(json, BACKUP_VERSION)).toBe(json);
    expect(() => upgradeBackup(json, 0)).toThrow('No upgrade from backup format 0');
  });
});

describe('previewing a backup', () => {
  const stored: ExistingRecords = {
    async present(kind, ids) {
      const here: Record<string, string[]> = { entries: ['e1', 'e2'], sessions: ['s1'] };
      return new Set(ids.filter((id) => here[kind]?.includes(id)));
    },
    async updatedAt(_kind, ids) {
      const at = sampleSnapshot().records.entries[0]?.updatedAt ?? 0;
      // e1 is stored older than the file's; e2 and s1 as new as the file's.
      const stamps: Record<string, number> = { e1: at - 1, e2: at, s1: at };
      return new Map(ids.map((id) => [id, stamps[id] ?? 0]));
    },
  };

  it('counts new, present and newer per type, the date range and the settings', async () => {
    const preview = await previewBackup(sampleBackup(), stored);
    expect(preview.kind).toBe('backup');
    expect(preview.counts.entries).toEqual({ total: 2, new: 0, present: 2, newer: 1 });
    expect(preview.counts.sessions).toEqual({ total: 1, new: 0, present: 1, newer: 0 });
    expect(preview.counts.checkins).toEqual({ total: 1, new: 1, present: 0, newer: 0 });
    expect(preview.counts.drafts).toEqual({ total: 1, new: 1, present: 0, newer: 0 });
    expect(preview.firstDay).toBe('2026-02-20');
    expect(preview.lastDay).toBe('2026-03-09');
    expect(preview.settingsCount).toBe(3);
    expect(preview.exportedAt).toBe(Date.UTC(2026, 10, 27));
    expect(preview.appVersion).toBe('1.0.0');
    expect(preview.version).toBe(1);
  });

  it('counts newer as 0 when the stored times cannot be asked', async () => {
    const preview = await previewBackup(sampleBackup(), { present: stored.present });
    expect(preview.counts.entries).toEqual({ total: 2, new: 0, present: 2, newer: 0 });
  });

  it('runs through the pipeline to a preview', async () => {
    const result = await readBackupText(serializeBackup(sampleBackup()), nothingStored);
    if (!result.ok) throw new Error(result.problem);
    expect(result.format.id).toBe('waypoint-backup');
    expect(result.preview).toMatchObject({ kind: 'backup', settingsCount: 3 });
  });

  it('gives an encrypted backup a preview that waits for the passphrase', async () => {
    const encrypted = await encryptBackup(serializeBackup(sampleBackup()), 'pass', {
      iterations: 1000,
    });
    const result = await readBackupText(JSON.stringify(encrypted));
    if (!result.ok) throw new Error(result.problem);
    expect(result.preview).toEqual({ kind: 'encrypted-backup', file: encrypted });
  });
});

describe('files made by earlier builds (tests/fixtures/backups)', () => {
  // Frozen files: a later format version must keep reading them (the upgrade chain).
  const fixture = (name: string) => readFileSync(`tests/fixtures/backups/${name}`, 'utf8');

  it('a version 1 backup (pretty-printed by an editor) imports with nothing dropped', async () => {
    const text = fixture('waypoint-backup-v1.json');
    const result = await readBackupText(text, nothingStored, 'waypoint-backup-v1.json');
    if (!result.ok || result.preview.kind !== 'backup') throw new Error('not imported');
    expect(result.preview.data).toEqual(JSON.parse(text));
    expect(result.preview.counts.entries.total).toBe(2);
    expect(result.preview.settingsCount).toBe(3);
  });

  it('a version 1 encrypted backup opens with its passphrase and imports', async () => {
    const result = await readBackupText(fixture('waypoint-backup-v1.encrypted.json'));
    if (!result.ok || result.preview.kind !== 'encrypted-backup') throw new Error('not recognised');
    const plain = await decryptBackup(result.preview.file, 'fixture passphrase');
    expect(JSON.parse(plain)).toEqual(JSON.parse(fixture('waypoint-backup-v1.json')));
    expect(validateBackup(JSON.parse(plain)).ok).toBe(true);
  });
});
