// The commit step for every format of the general import: the preview the user confirmed (and
// their choices: restore mode, Daylio mood mapping) becomes records, written by the db layer in
// ONE transaction that also re-links records to their sessions. All or nothing.
import { recordBackupRestored } from '../../db/backupActivity';
import type { CommitReport } from '../../db/importCommit';
import { commitImportedRecords, type ImportMode, type ImportRecords } from '../../db/importRecords';
import type { Repositories } from '../../db/repositories';
import { daysBetween, toDay } from '../../domain/dates';
import type { KapSession } from '../../domain/types';
import { lockDatabase } from '../lock/lockGate';
import type { RestoreMode } from './BackupPreviewCard';
import type { MoodMapping } from './DaylioPreviewCard';
import type { AnyPreview } from './importFormats';

/** What the user chose in the preview, and the sessions repository for planning prompts. */
export interface ImportChoices {
  readonly restoreMode: RestoreMode;
  readonly moodMapping: MoodMapping;
  /** Leave out imported sessions that repeat ones logged here (the preview's default). */
  readonly skipDuplicates: boolean;
  readonly sessions: Pick<Repositories['sessions'], 'put'>;
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
      await afterCommit(recordBackupRestored(db, preview.exportedAt));
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
      const [{ afterflowRecords }, { skipDuplicateSessions }] = await Promise.all([
        import('../../import/afterflow'),
        import('../../import/duplicates'),
      ]);
      const all = afterflowRecords(preview.data, now);
      const records = choices.skipDuplicates ? skipDuplicateSessions(all, preview.duplicates) : all;
      const report = await addMissing(records);
      const added = new Set(preview.sessions.filter((s) => !s.present).map((s) => s.id));
      await afterCommit(
        planRecentSessions(
          records.sessions.filter((s) => added.has(s.id)),
          choices.sessions,
          now,
        ),
      );
      return report;
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

/**
 * Imported sessions completed within the integration window get their prompt tasks, as if
 * the client had logged them here: writing each again through the sessions repository plans
 * them (sessionWrites.ts). Older history plans nothing, so years of sessions never flood
 * Today. The import itself is already committed; a failure here leaves it whole, and the
 * tasks are planned on the session's next save.
 */
async function planRecentSessions(
  imported: readonly KapSession[],
  sessions: ImportChoices['sessions'],
  now: number,
): Promise<void> {
  const { TASK_WINDOW_DAYS } = await import('../../domain/prompts/schedule');
  const today = toDay(now);
  for (const session of imported) {
    const recent = daysBetween(session.day, today) <= TASK_WINDOW_DAYS;
    if (session.status === 'completed' && recent) await sessions.put(session);
  }
}

/**
 * Follow-up work once the import is committed (the backup time, prompt planning). The import
 * itself stands either way, so a failure here must not be reported as "nothing was imported":
 * it is logged, and the work is redone by the next backup or session save.
 */
async function afterCommit(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    console.error('Waypoint: the import is saved; a follow-up step failed', error);
  }
}

const restoreModes: Record<RestoreMode, ImportMode> = {
  merge: 'newer-wins',
  replace: 'replace',
};

/** How many records a commit added, updated and (replacing) removed, over every store. */
export function commitTotals(report: CommitReport): {
  added: number;
  updated: number;
  removed: number;
} {
  const totals = { added: 0, updated: 0, removed: 0 };
  for (const [store, counts] of Object.entries(report)) {
    // Settings are not records: a restore's summary counts what the user wrote.
    if (store === 'settings' || !counts) continue;
    totals.added += counts.added;
    totals.updated += counts.updated;
    totals.removed += counts.removed ?? 0;
  }
  return totals;
}
