import './backup.css';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { endPerfAfterPaint, startPerf } from '../../app/perf';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import { existingRecordsIn, sealAhead } from '../../db/importRecords';
import { requestPersistenceOnce } from '../../db/storage';
import type { ExistingRecords } from '../../import/pipeline';
import { sourceFromBlob } from '../../import/source';
import { afterPaint } from '../../ui/afterPaint';
import { ImportProblem } from '../../ui/ImportProblem';
import { Screen } from '../../ui/Screen';
import { lockDatabase } from '../lock/lockGate';
import { PackPreview } from '../prompts/PackPreview';
import { AfterflowPreviewCard } from './AfterflowPreviewCard';
import { applyImport, commitTotals } from './applyImport';
import { BackupPreviewCard, type RestoreMode } from './BackupPreviewCard';
import { DaylioPreviewCard, type MoodMapping, unmappedMoods } from './DaylioPreviewCard';
import { EncryptedBackupStep } from './EncryptedBackupStep';
import { ImportDone } from './ImportDone';
import type { AnyPreview } from './importFormats';
import { useStoredCount } from './useStoredCount';

/** A preview the user can confirm (an encrypted backup is opened first). */
type OpenPreview = Exclude<AnyPreview, { kind: 'encrypted-backup' }>;

/** Where the import stands. */
type ImportState =
  | { readonly step: 'choose' }
  | { readonly step: 'reading'; readonly fileName: string }
  | {
      readonly step: 'problem';
      readonly fileName: string;
      readonly problem: string;
      readonly more: readonly string[];
    }
  | {
      readonly step: 'passphrase';
      readonly fileName: string;
      readonly preview: Extract<AnyPreview, { kind: 'encrypted-backup' }>;
    }
  | {
      readonly step: 'preview' | 'importing';
      readonly fileName: string;
      readonly preview: OpenPreview;
    }
  | {
      readonly step: 'done';
      readonly added: number;
      readonly updated: number;
      readonly removed: number;
    };

/**
 * Restore or import (Settings): one file through the one import pipeline. Waypoint backups
 * (plain or encrypted), Daylio and Afterflow CSV exports and prompt packs are recognised; the
 * preview shows what would change, and only "Import" writes, all in one transaction. A bad file
 * says what is wrong and changes nothing.
 */
export function ImportScreen(): JSX.Element {
  const { repos, now } = useServices();
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [restoreMode, setRestoreMode] = useState<RestoreMode>('merge');
  const [moodMapping, setMoodMapping] = useState<MoodMapping>({});
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const storedCount = useStoredCount();

  const existing: ExistingRecords = existingRecordsIn(lockDatabase());

  function showPreview(fileName: string, preview: AnyPreview): void {
    if (preview.kind === 'encrypted-backup') {
      setState({ step: 'passphrase', fileName, preview });
      return;
    }
    if (preview.kind === 'daylio') {
      setMoodMapping(Object.fromEntries(preview.moods.map((mood) => [mood.label, mood.suggested])));
    }
    setRestoreMode('merge');
    setSkipDuplicates(true);
    setState({ step: 'preview', fileName, preview });
    endPerfAfterPaint('import-read');
    // A backup's records are restored as they are: seal them once the preview is painted.
    if (preview.kind === 'backup') {
      const { records } = preview.data;
      void afterPaint().then(() => sealAhead(lockDatabase(), records));
    }
  }

  async function choose(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    startPerf('import-read'); // bench: file chosen → preview painted (read, parse, validate)
    // Lets the user pick the same file again (after fixing it, or to start over).
    input.value = '';
    setState({ step: 'reading', fileName: file.name });
    try {
      const [{ readImport }, { loadImportFormats }] = await Promise.all([
        import('../../import/pipeline'),
        import('./importFormats'),
      ]);
      const result = await readImport(
        sourceFromBlob(file, file.name),
        await loadImportFormats(),
        existing,
      );
      if (result.ok) showPreview(file.name, result.preview);
      else {
        setState({
          step: 'problem',
          fileName: file.name,
          problem: result.problem,
          more: result.more,
        });
      }
    } catch (error) {
      const problem = toStorageProblem(error).message;
      setState({ step: 'problem', fileName: file.name, problem, more: [] });
    }
  }

  async function commit(fileName: string, preview: OpenPreview): Promise<void> {
    startPerf('import-write'); // bench: Import/Restore tapped → "done" painted (one transaction)
    setState({ step: 'importing', fileName, preview });
    try {
      const totals = commitTotals(
        await applyImport(
          preview,
          { restoreMode, moodMapping, skipDuplicates, sessions: repos.sessions },
          now(),
        ),
      );
      // Imported history is worth protecting from eviction, like the first saved entry.
      void requestPersistenceOnce(repos.meta).catch(() => undefined);
      showToast(
        totals.added + totals.updated + totals.removed === 0
          ? 'Nothing new to import: everything in the file is already here.'
          : `Imported from “${fileName}”.`,
      );
      setState({ step: 'done', ...totals });
      endPerfAfterPaint('import-write');
    } catch (error) {
      const problem = toStorageProblem(error).message;
      setState({ step: 'problem', fileName, problem, more: [] });
    }
  }

  const preview = state.step === 'preview' || state.step === 'importing' ? state : undefined;
  const missingMoods = preview?.preview.kind === 'daylio' ? unmappedMoods(moodMapping) : [];

  return (
    <Screen
      title="Restore or import"
      lead="Restore a Waypoint backup, or bring in your history from Daylio or Afterflow (CSV exports) or a prompt pack. You see what will change before anything is added, and nothing leaves this phone."
    >
      {state.step === 'done' ? (
        <ImportDone
          added={state.added}
          updated={state.updated}
          removed={state.removed}
          onAnother={() => setState({ step: 'choose' })}
        />
      ) : (
        <div class="field">
          <label class="field__label" for="import-file">
            File to restore or import
          </label>
          <input
            id="import-file"
            class="input"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby="import-file-hint"
            disabled={state.step === 'importing'}
            onChange={(e) => void choose(e.currentTarget)}
          />
          <span class="field__hint muted" id="import-file-hint">
            A Waypoint backup (.json), a Daylio or Afterflow export (.csv) or a prompt pack (.json),
            up to 100 MB.
          </span>
        </div>
      )}
      <div role="status" aria-live="polite">
        {state.step === 'reading' ? <p class="muted">Reading “{state.fileName}”…</p> : null}
        {state.step === 'importing' ? <p class="muted">Importing…</p> : null}
      </div>
      {state.step === 'problem' ? (
        <ImportProblem
          fileName={state.fileName}
          problem={state.problem}
          more={state.more}
          unchanged="your journal"
        />
      ) : null}
      {state.step === 'passphrase' ? (
        <EncryptedBackupStep
          fileName={state.fileName}
          preview={state.preview}
          existing={existing}
          onOpened={(opened) => showPreview(state.fileName, opened)}
          onCancel={() => setState({ step: 'choose' })}
        />
      ) : null}
      {preview ? (
        <>
          {preview.preview.kind === 'backup' ? (
            <BackupPreviewCard
              preview={preview.preview}
              mode={restoreMode}
              onMode={setRestoreMode}
              storedCount={storedCount}
            />
          ) : preview.preview.kind === 'daylio' ? (
            <DaylioPreviewCard
              preview={preview.preview}
              mapping={moodMapping}
              onMapping={setMoodMapping}
            />
          ) : preview.preview.kind === 'afterflow' ? (
            <AfterflowPreviewCard
              preview={preview.preview}
              skipDuplicates={skipDuplicates}
              onSkipDuplicates={setSkipDuplicates}
            />
          ) : (
            <PackPreview preview={preview.preview} />
          )}
          {missingMoods.length > 0 ? (
            <p class="problem" id="import-blocked">
              Choose a Waypoint mood for {missingMoods.map((label) => `“${label}”`).join(', ')}{' '}
              before importing.
            </p>
          ) : null}
          <div class="actions">
            <button
              type="button"
              class="button button--primary"
              disabled={state.step === 'importing' || missingMoods.length > 0}
              aria-describedby={missingMoods.length > 0 ? 'import-blocked' : undefined}
              onClick={() => void commit(preview.fileName, preview.preview)}
            >
              {commitLabel(preview.preview, restoreMode)}
            </button>
            <button type="button" class="button" onClick={() => setState({ step: 'choose' })}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </Screen>
  );
}

function commitLabel(preview: OpenPreview, mode: RestoreMode): string {
  if (preview.kind === 'backup') {
    return mode === 'replace' ? 'Replace everything with this backup' : 'Restore';
  }
  return 'Import';
}
