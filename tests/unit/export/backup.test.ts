import { describe, expect, it } from 'vitest';
import { currentSchemaVersion } from '../../../src/db/schema';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupSnapshot,
  backupFileName,
  buildBackup,
  serializeBackup,
} from '../../../src/export/backup';
import {
  makeAssessment,
  makeCheckIn,
  makeCommitment,
  makeEntry,
  makePrompt,
  makePromptTask,
  makeSession,
} from '../factories';

function snapshot(): BackupSnapshot {
  return {
    records: {
      sessions: [makeSession({ id: 's2' }), makeSession({ id: 's1' })],
      entries: [makeEntry({ id: 'e1', body: 'مرحبا 👋 שלום' })],
      checkins: [makeCheckIn({ id: 'c1' })],
      assessments: [makeAssessment({ id: 'a1' })],
      prompts: [makePrompt({ id: 'p1' })],
      promptTasks: [makePromptTask({ id: 't1', promptId: 'p1' })],
      commitments: [makeCommitment({ id: 'k1' })],
      drafts: [{ id: 'entry:new', updatedAt: 5, data: { body: 'half typed', tags: ['a'] } }],
    },
    settings: { theme: 'dark', reminderTime: '20:30' },
  };
}

describe('the backup document', () => {
  it('holds every record, the settings and the header', () => {
    const at = Date.UTC(2026, 10, 27, 10, 15, 0);
    const file = buildBackup(snapshot(), { exportedAt: at, appVersion: '1.2.3' });
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.exportedAt).toBe('2026-11-27T10:15:00.000Z');
    expect(file.appVersion).toBe('1.2.3');
    expect(file.schemaVersion).toBe(currentSchemaVersion);
    expect(file.records.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(file.records.drafts[0]?.data).toEqual({ body: 'half typed', tags: ['a'] });
    expect(file.settings).toEqual({ theme: 'dark', reminderTime: '20:30' });
    for (const list of Object.values(file.records)) expect(list.length).toBeGreaterThan(0);
  });

  it('serializes to JSON that reads back equal, "format" first', () => {
    const file = buildBackup(snapshot(), { exportedAt: 0, appVersion: 'x' });
    const text = serializeBackup(file);
    expect(text.startsWith(`{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},`)).toBe(true);
    expect(JSON.parse(text)).toEqual(file);
  });

  it('is deterministic: the same data in another order gives the same bytes', () => {
    const one = snapshot();
    const two: BackupSnapshot = {
      records: {
        ...one.records,
        sessions: [...one.records.sessions].reverse(),
        entries: one.records.entries.map((entry) =>
          Object.fromEntries(Object.entries(entry).reverse()),
        ) as typeof one.records.entries,
      },
      settings: { reminderTime: '20:30', theme: 'dark' },
    };
    const meta = { exportedAt: 1, appVersion: 'x' };
    expect(serializeBackup(buildBackup(two, meta))).toBe(serializeBackup(buildBackup(one, meta)));
  });

  it('keeps a "__proto__" key in a draft as data, never as a prototype', () => {
    const data = JSON.parse('{"__proto__":{"polluted":1},"body":"x"}') as Record<string, unknown>;
    const base = snapshot();
    const file = buildBackup(
      { ...base, records: { ...base.records, drafts: [{ id: 'd', updatedAt: 1, data }] } },
      { exportedAt: 0, appVersion: 'x' },
    );
    const text = serializeBackup(file);
    expect(text).toContain('"__proto__":{"polluted":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the file after the local day it was made', () => {
    const lateEvening = new Date(2026, 10, 27, 23, 30).getTime();
    expect(backupFileName(lateEvening, false)).toBe('waypoint-backup-2026-11-27.json');
    expect(backupFileName(lateEvening, true)).toBe('waypoint-backup-2026-11-27.encrypted.json');
  });
});
