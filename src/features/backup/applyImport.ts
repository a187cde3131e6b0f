// The commit step for every format of the general import: the preview the user confirmed (and
// their choices: restore mode, Daylio mood mapping) becomes records, written by the db layer in
// ONE transaction that also re-links records to their sessions. All or nothing.
import { recordBackupRestored } from '../../db/backupActivity';
import type { CommitReport } from '../../db/importCommit';
import { commitImportedRecords, type ImportMode, type ImportRecords } from '../../db/importRecords';
import { lockDatabase } from '../lock/lockGate';
import type { RestoreMode } from './BackupPreviewCard';
import type { MoodMapping } from './DaylioPreviewCard';
import type { AnyPreview } from './importFormats';

/** What the user chose in the preview. */
export interface ImportChoices {
  readonly restoreMode: RestoreMode;
  readonly moodMapping: MoodMapping;
}

/** Writes what the preview showed; resolves with what was added and updated. */
export async function applyImport(
  preview: Exclude<AnyPreview, { kind: 'encrypted-backup' }>,
  choices: ImportChoices,
  now: number,
): Promise<CommitReport> {
  const db = lockDatabase();
  switch (preview.kind) {
    case 'backup': {
      const report = await commitImportedRecords(db, preview.data.records, {
        mode: restoreModes[choices.restoreMode],
        settings: preview.data.settings,
      });
      await recordBackupRestored(db, preview.exportedAt);
      return report;
    }
    case 'daylio': {
      const { daylioRecords } = await import('../../import/daylio');
      const mapping = Object.fromEntries(
        Object.entries(choices.moodMapping).filter(
          (entry): entry is [string, number] => entry[1] !== undefined,
        ),
      );
      return addMissing(daylioRecords(preview.data, mapping, now));
    }
    case 'afterflow': {
      const { afterflowRecords } = await import('../../import/afterflow');
      return addMissing(afterflowRecords(preview.data, now));
    }
    case 'prompt-pack': {
      const { packPromptRecords } = await import('../../import/promptPack');
      return addMissing({ prompts: packPromptRecords(preview, now) });
    }
  }

  function addMissing(records: ImportRecords): Promise<CommitReport> {
    return commitImportedRecords(db, records, { mode: 'add-missing' });
  }
}

const restoreModes: Record<RestoreMode, ImportMode> = {
  merge: 'newer-wins',
  replace: 'replace',
};

/** How many records a commit added and updated, over every store. */
export function commitTotals(report: CommitReport): { added: number; updated: number } {
  let added = 0;
  let updated = 0;
  for (const counts of Object.values(report)) {
    added += counts?.added ?? 0;
    updated += counts?.updated ?? 0;
  }
  return { added, updated };
}
