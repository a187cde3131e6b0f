import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toDay } from '../../domain/dates';
import type { Prompt } from '../../domain/types';
import { exportablePrompts, promptPackFileName, promptPackJson } from '../../export/promptPack';
import { promptPackLimits } from '../../import/promptPackLimits';
import { downloadFile } from '../../ui/saveFile';

/**
 * Saves the user's own prompts as a prompt pack file. The file is checked by the importer's own
 * schema before it is offered, so whatever it saves, Waypoint can import again.
 */
export function ExportPackSection({ stored }: { stored: readonly Prompt[] }): JSX.Element {
  const { now } = useServices();
  const [name, setName] = useState('My Waypoint prompts');
  const [author, setAuthor] = useState('Me');
  const [problem, setProblem] = useState<string>();
  const prompts = exportablePrompts(stored);
  const count = prompts.length;

  async function exportPack(event: Event): Promise<void> {
    event.preventDefault();
    const text = promptPackJson({ name, author }, prompts);
    // The schema loads with the importer, only when someone exports.
    const { validatePromptPack } = await import('../../import/promptPack');
    const checked = validatePromptPack(JSON.parse(text));
    if (!checked.ok) {
      setProblem(checked.problems[0]);
      return;
    }
    setProblem(undefined);
    // Always a download (never the share sheet): the pack is a file to keep or pass on.
    downloadFile(new File([text], promptPackFileName(toDay(now())), { type: 'application/json' }));
    showToast(count === 1 ? 'Saved 1 prompt as a pack.' : `Saved ${count} prompts as a pack.`);
  }

  return (
    <section class="card" aria-labelledby="export-pack-title">
      <h2 id="export-pack-title">Save your prompts as a pack</h2>
      {count === 0 ? (
        <p class="muted">
          Prompts you write yourself can be saved here as a prompt pack file, to move them to
          another phone or to give them to your therapist.
        </p>
      ) : (
        <form onSubmit={(event) => void exportPack(event)} noValidate>
          <p>
            Saves the {count === 1 ? 'prompt' : `${count} prompts`} you wrote (not retired ones) as
            a file on this phone. Nothing is sent anywhere.
          </p>
          <label class="field">
            <span class="field__label">Pack name</span>
            <input
              class="input"
              dir="auto"
              maxLength={promptPackLimits.maxNameChars}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span class="field__label">Author</span>
            <input
              class="input"
              dir="auto"
              maxLength={promptPackLimits.maxAuthorChars}
              value={author}
              onInput={(e) => setAuthor(e.currentTarget.value)}
            />
          </label>
          {problem ? (
            <p class="problem" role="alert">
              {problem}
            </p>
          ) : null}
          <div class="actions">
            <button type="submit" class="button">
              {count === 1 ? 'Export 1 prompt' : `Export ${count} prompts`}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
