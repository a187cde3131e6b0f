// Backups for the import tests: a small valid one with one record of every type, and the
// helpers to run a text through the pipeline with the backup formats.
import {
  type BackupFile,
  type BackupSnapshot,
  buildBackup,
  serializeBackup,
} from '../../../src/export/backup';
import {
  type BackupPreview,
  backupFormat,
  type EncryptedBackupPreview,
  encryptedBackupFormat,
} from '../../../src/import/backup';
import type { ExistingRecords, ImportFormat, ImportSource } from '../../../src/import/pipeline';
import { readImport } from '../../../src/import/pipeline';
import { sourceFromText } from '../../../src/import/source';
import {
  makeAssessment,
  makeCheckIn,
  makeCommitment,
  makeEntry,
  makePrompt,
  makePromptTask,
  makeSession,
} from '../factories';

/**
 * A snapshot with one or two records of every type and a few settings. Like the data the app
 * holds, its automatic links follow the phase rule (every record predates session s1, so
 * belongs to it), so re-linking on import changes nothing.
 */
export function sampleSnapshot(): BackupSnapshot {
  return {
    records: {
      sessions: [
        makeSession({
          id: 's1',
          status: 'completed',
          day: '2026-03-05',
          vitalsBefore: { systolic: 120, diastolic: 80, heartRate: 70 },
          sideEffects: [{ kind: 'nausea', severity: 'mild', note: 'brief' }],
          afterCapture: { word: 'open', at: 5 },
        }),
      ],
      entries: [
        makeEntry({ id: 'e1', day: '2026-02-20', body: 'שלום 👋', sessionId: 's1' }),
        makeEntry({ id: 'e2', day: '2026-03-09', sessionId: 's1', sessionLink: 'manual' }),
      ],
      checkins: [makeCheckIn({ id: 'c1', tags: ['walk'], sessionId: 's1' })],
      assessments: [makeAssessment({ id: 'a1', sessionId: 's1' })],
      prompts: [makePrompt({ id: 'p1' })],
      promptTasks: [makePromptTask({ id: 't1', promptId: 'p1', sessionId: 's1' })],
      commitments: [
        makeCommitment({
          id: 'k1',
          sessionId: 's1',
          followUps: [{ at: 9, outcome: 'kept', slot: 'day-7' }],
        }),
      ],
      drafts: [
        { id: 'entry:new', updatedAt: 7, data: { body: 'half', nested: { list: [1, null] } } },
      ],
    },
    settings: { theme: 'dark', focusAreas: ['anxiety'], reminderTime: '19:30' },
  };
}

/** The sample as a backup document. */
export function sampleBackup(): BackupFile {
  return buildBackup(sampleSnapshot(), { exportedAt: Date.UTC(2026, 10, 27), appVersion: '1.0.0' });
}

/** The sample as parsed JSON, ready to be changed by a test. */
export function sampleJson(): BackupFile {
  return JSON.parse(serializeBackup(sampleBackup())) as BackupFile;
}

/** Nothing is stored. */
export const nothingStored: ExistingRecords = {
  present: async () => new Set(),
};

/** Both backup formats, as the general import lists them. */
export const backupFormats = [backupFormat, encryptedBackupFormat] as readonly ImportFormat<
  unknown,
  BackupPreview | EncryptedBackupPreview
>[];

/** Reads a text (or a source) with both backup formats. */
export function readBackupText(
  text: string | ImportSource,
  existing: ExistingRecords = nothingStored,
  name = 'waypoint-backup-2026-11-27.json',
) {
  const source = typeof text === 'string' ? sourceFromText(name, text) : text;
  return readImport(source, backupFormats, existing);
}
