import './prompts.css';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import { type ExistingRecords, readImport } from '../../import/pipeline';
import type { PromptPackPreview } from '../../import/promptPack';
import { promptPackLimits } from '../../import/promptPackLimits';
import { sourceFromBlob } from '../../import/source';
import { ImportProblem } from '../../ui/ImportProblem';
import { Screen } from '../../ui/Screen';
import { PackPreview } from './PackPreview';

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
  | { readonly step: 'preview'; readonly preview: PromptPackPreview }
  | { readonly step: 'importing'; readonly preview: PromptPackPreview };

/**
 * Imports a prompt pack through the one import pipeline: pick a file, read its preview, then
 * "Import N prompts" adds the new ones in one transaction. A bad file shows what is wrong and
 * changes nothing.
 */
export function PromptImportScreen(): JSX.Element {
  const { repos, now } = useServices();
  const [state, setState] = useState<ImportState>({ step: 'choose' });

  const existing: ExistingRecords = {
    present: (kind, ids) =>
      kind === 'prompts' ? repos.prompts.storedIds(ids) : Promise.resolve(new Set<string>()),
  };

  async function choose(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setState({ step: 'reading', fileName: file.name });
    try {
      // The format and its schema (valibot) load only when a file is picked.
      const { promptPackFormat } = await import('../../import/promptPack');
      const result = await readImport(
        sourceFromBlob(file, file.name),
        [promptPackFormat],
        existing,
      );
      if (result.ok) setState({ step: 'preview', preview: result.preview });
      else {
        setState({
          step: 'problem',
          fileName: file.name,
          problem: result.problem,
          more: result.more,
        });
        // Lets the user pick the same file again once it is fixed.
        input.value = '';
      }
    } catch (error) {
      const problem = toStorageProblem(error).message;
      setState({ step: 'problem', fileName: file.name, problem, more: [] });
    }
  }

  async function commit(preview: PromptPackPreview): Promise<void> {
    setState({ step: 'importing', preview });
    try {
      const { packPromptRecords } = await import('../../import/promptPack');
      const added = await repos.prompts.importMany(packPromptRecords(preview, now()));
      showToast(
        added === 1
          ? `Imported 1 prompt from “${preview.name}”.`
          : `Imported ${added} prompts from “${preview.name}”.`,
      );
      navigate('/prompts', { replace: true });
    } catch (error) {
      const problem = toStorageProblem(error).message;
      setState({ step: 'problem', fileName: preview.name, problem, more: [] });
    }
  }

  const preview = state.step === 'preview' || state.step === 'importing' ? state.preview : null;

  return (
    <Screen
      title="Import a prompt pack"
      lead="A prompt pack is a file of reflection prompts, for example from your therapist. You see every prompt before anything is added."
    >
      <div class="field">
        <label class="field__label" for="pack-file">
          Prompt pack file
        </label>
        <input
          id="pack-file"
          class="input"
          type="file"
          accept=".json,application/json"
          aria-describedby="pack-file-hint"
          onChange={(e) => void choose(e.currentTarget)}
        />
        <span class="field__hint muted" id="pack-file-hint">
          A .json file of up to 1 MB with at most {promptPackLimits.maxPrompts} prompts.
        </span>
      </div>
      <div role="status" aria-live="polite">
        {state.step === 'reading' ? <p class="muted">Reading “{state.fileName}”…</p> : null}
      </div>
      {state.step === 'problem' ? (
        <ImportProblem
          fileName={state.fileName}
          problem={state.problem}
          more={state.more}
          unchanged="your prompt library"
        />
      ) : null}
      {preview ? (
        <>
          <PackPreview preview={preview} />
          <div class="actions">
            {preview.newCount > 0 ? (
              <button
                type="button"
                class="button button--primary"
                disabled={state.step === 'importing'}
                onClick={() => void commit(preview)}
              >
                {preview.newCount === 1 ? 'Import 1 prompt' : `Import ${preview.newCount} prompts`}
              </button>
            ) : (
              <p>Every prompt in this pack is already in your library.</p>
            )}
            <a class="button" href="/prompts">
              Cancel
            </a>
          </div>
        </>
      ) : (
        <div class="actions">
          <a class="button" href="/prompts">
            Back to the library
          </a>
        </div>
      )}
    </Screen>
  );
}
