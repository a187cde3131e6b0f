import './prompts.css';
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { showToast } from '../../app/toast';
import { offerUndo } from '../../app/undo';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { PROMPT_PHASES, PROMPT_THEMES } from '../../domain/prompts/library';
import type { Prompt } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { ChoiceSelect } from './ChoiceSelect';
import { ExportPackSection } from './ExportPackSection';
import {
  filterPrompts,
  type LibraryFilter,
  type LibraryPrompt,
  libraryPrompts,
  type PromptOrigin,
} from './libraryItems';
import { PromptCard } from './PromptCard';
import { phaseLabels, themeLabels } from './promptLabels';

const noPrompts: readonly Prompt[] = [];

const originLabels: Record<PromptOrigin, string> = {
  builtin: 'Built in',
  custom: 'Written by you',
  pack: 'From packs',
};
const promptOrigins = Object.keys(originLabels) as PromptOrigin[];

/**
 * The prompt library: every built-in, self-written and imported prompt, filtered by phase,
 * theme and source. The user's own and imported prompts can be edited and retired (retired
 * ones are never suggested and are listed apart, ready to restore).
 */
export function PromptLibraryScreen(): JSX.Element {
  const { repos } = useServices();
  const stored = useLiveQuery(() => repos.prompts.all(), [repos]);
  const [filter, setFilter] = useState<LibraryFilter>({});
  const storedList = stored.status === 'ready' ? stored.value : noPrompts;
  const all = useMemo(() => libraryPrompts(storedList), [storedList]);
  const active = all.filter((p) => !p.retired);
  const retired = all.filter((p) => p.retired);
  const shown = filterPrompts(active, filter);

  async function setRetired(prompt: Prompt, retire: boolean): Promise<void> {
    try {
      await repos.prompts.update(prompt.id, { retired: retire });
      if (retire) {
        offerUndo('Prompt retired.', 'Prompt restored.', () =>
          repos.prompts.update(prompt.id, { retired: false }),
        );
      } else showToast('Prompt restored.');
    } catch (error) {
      storageNotice.set(toStorageProblem(error).message);
    }
  }

  const actionsFor = (prompt: LibraryPrompt) =>
    prompt.stored ? (
      <PromptActions prompt={prompt.stored} onRetire={(p, r) => void setRetired(p, r)} />
    ) : null;

  return (
    <Screen
      title="Prompt library"
      lead="Questions to write to before and after your sessions. Today suggests some at the right time; any of them is an invitation, never a task."
    >
      <div class="actions">
        <a class="button button--primary" href="/prompts/new">
          New prompt
        </a>
        <a class="button" href="/prompts/import">
          Import a prompt pack
        </a>
      </div>
      <search>
        <div class="filters">
          <ChoiceSelect
            label="Phase"
            choices={PROMPT_PHASES}
            labels={phaseLabels}
            value={filter.phase}
            anyLabel="All phases"
            onChoose={(phase) => setFilter({ ...filter, phase })}
          />
          <ChoiceSelect
            label="Theme"
            choices={PROMPT_THEMES}
            labels={themeLabels}
            value={filter.theme}
            anyLabel="All themes"
            onChoose={(theme) => setFilter({ ...filter, theme })}
          />
          <ChoiceSelect
            label="Source"
            choices={promptOrigins}
            labels={originLabels}
            value={filter.origin}
            anyLabel="Any source"
            onChoose={(origin) => setFilter({ ...filter, origin })}
          />
        </div>
      </search>
      <p class="muted" role="status">
        {stored.status === 'loading'
          ? ''
          : shown.length === active.length
            ? `${active.length} prompts.`
            : `${shown.length} of ${active.length} prompts match.`}
      </p>
      {stored.status === 'error' ? (
        <p class="problem" role="alert">
          {toStorageProblem(stored.error).message}
        </p>
      ) : null}
      {shown.length === 0 && stored.status === 'ready' ? (
        <EmptyState title="Nothing matches">
          <p>Try another phase, theme or source.</p>
        </EmptyState>
      ) : null}
      {PROMPT_PHASES.map((phase) => {
        const inPhase = shown.filter((p) => p.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`prompts-${phase}`}>
            <h2 id={`prompts-${phase}`}>{phaseLabels[phase]}</h2>
            <ul class="prompt-list" aria-labelledby={`prompts-${phase}`}>
              {inPhase.map((prompt) => (
                <PromptCard key={prompt.id} prompt={prompt}>
                  {actionsFor(prompt)}
                </PromptCard>
              ))}
            </ul>
          </section>
        );
      })}
      {retired.length > 0 ? (
        <section aria-labelledby="prompts-retired">
          <h2 id="prompts-retired">Retired prompts</h2>
          <p class="muted">Retired prompts are never suggested. Restore one to use it again.</p>
          <ul class="prompt-list" aria-labelledby="prompts-retired">
            {retired.map((prompt) => (
              <PromptCard key={prompt.id} prompt={prompt}>
                {actionsFor(prompt)}
              </PromptCard>
            ))}
          </ul>
        </section>
      ) : null}
      <ExportPackSection stored={storedList} />
    </Screen>
  );
}

/** Edit and retire (or restore) for a stored prompt. */
function PromptActions({
  prompt,
  onRetire,
}: {
  prompt: Prompt;
  onRetire: (prompt: Prompt, retire: boolean) => void;
}): JSX.Element {
  return (
    <div class="actions prompt-card__actions">
      <a class="button" href={`/prompts/${encodeURIComponent(prompt.id)}/edit`}>
        Edit
      </a>
      <button type="button" class="button" onClick={() => onRetire(prompt, !prompt.retired)}>
        {prompt.retired ? 'Restore' : 'Retire'}
      </button>
    </div>
  );
}
