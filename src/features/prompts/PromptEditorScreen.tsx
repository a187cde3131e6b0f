import './prompts.css';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import { PROMPT_PHASES, PROMPT_THEMES, PROMPT_TIMINGS } from '../../domain/prompts/library';
import type { Prompt, PromptPhase } from '../../domain/types';
import { Screen } from '../../ui/Screen';
import { FormFooter } from '../drafts/FormFooter';
import { RestoredDraftNotice } from '../drafts/RestoredDraftNotice';
import { useDraft } from '../drafts/useDraft';
import { ChoiceSelect } from './ChoiceSelect';
import { originLabel } from './PromptCard';
import {
  emptyPromptForm,
  formToFields,
  maxPromptLength,
  type PromptForm,
  promptFormProblem,
  promptToForm,
  timingForPhase,
} from './promptForm';
import { phaseLabels, themeLabels, timingLabels } from './promptLabels';

/** Writes a new prompt or edits one of the user's own or imported prompts, with a draft. */
export function PromptEditorScreen({ params }: ScreenProps): JSX.Element {
  const { repos } = useServices();
  const promptId = params.id;
  const draftId = promptId ? `prompt:${promptId}` : 'prompt:new';
  const [existing, setExisting] = useState<Prompt | null>(null);
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string>();

  const draft = useDraft<PromptForm>(draftId, async () => {
    if (!promptId) return emptyPromptForm;
    const prompt = await repos.prompts.get(promptId);
    setExisting(prompt ?? null);
    setMissing(!prompt);
    return prompt ? promptToForm(prompt) : emptyPromptForm;
  });
  const form = draft.value;

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saving) return;
    const problem = promptFormProblem(form);
    if (problem) {
      setSaveProblem(problem);
      return;
    }
    setSaving(true);
    setSaveProblem(undefined);
    try {
      await draft.flush();
      const fields = formToFields(form);
      if (existing) await repos.prompts.update(existing.id, fields, { discardDraft: draftId });
      else {
        await repos.prompts.create(
          { ...fields, source: 'custom', retired: false },
          { discardDraft: draftId },
        );
      }
      draft.settle();
      showToast('Prompt saved.');
      navigate('/prompts', { replace: true });
    } catch (error) {
      setSaveProblem(toStorageProblem(error).message);
    } finally {
      setSaving(false);
    }
  }

  if (promptId && missing) {
    return (
      <Screen title="Edit prompt">
        <p>
          This prompt is not in your library: it may have been removed, or it is one of the built-in
          prompts, which stay as they are.
        </p>
        <div class="actions">
          <a class="button button--primary" href="/prompts/new">
            Write your own prompt
          </a>
          <a class="button" href="/prompts">
            Back to the library
          </a>
        </div>
      </Screen>
    );
  }

  const choosePhase = (phase: PromptPhase) =>
    draft.update({ phase, timing: timingForPhase(phase, form?.timing ?? 'day-1') });

  return (
    <Screen title={promptId ? 'Edit prompt' : 'New prompt'}>
      {!form ? null : (
        <form class="editor" onSubmit={(event) => void save(event)} noValidate>
          {existing?.source === 'pack' ? (
            <p class="muted">{originLabel('pack', existing.packName)}. Your changes stay yours.</p>
          ) : null}
          <RestoredDraftNotice draft={draft} what="prompt" />
          <div class="field">
            <label class="field__label" for="prompt-text">
              Prompt
            </label>
            <textarea
              id="prompt-text"
              class="input"
              dir="auto"
              rows={4}
              maxLength={maxPromptLength}
              value={form.text}
              aria-describedby="prompt-text-hint"
              onInput={(e) => draft.update({ text: e.currentTarget.value })}
            />
            <span class="field__hint muted" id="prompt-text-hint">
              A question or an invitation, in your own words. Up to{' '}
              {maxPromptLength.toLocaleString('en-US')} characters.
            </span>
          </div>
          <ChoiceSelect
            label="Phase"
            choices={PROMPT_PHASES}
            labels={phaseLabels}
            value={form.phase}
            onChoose={(phase) => phase && choosePhase(phase)}
          />
          <ChoiceSelect
            label="When to suggest it"
            choices={PROMPT_TIMINGS}
            labels={timingLabels}
            value={form.timing}
            onChoose={(timing) => timing && draft.update({ timing })}
          />
          <ChoiceSelect
            label="Theme"
            choices={PROMPT_THEMES}
            labels={themeLabels}
            value={form.theme}
            onChoose={(theme) => theme && draft.update({ theme })}
          />
          <FormFooter
            problem={saveProblem}
            draft={draft}
            saving={saving}
            submitLabel={saving ? 'Saving…' : 'Save prompt'}
          >
            <a class="button" href="/prompts">
              Close
            </a>
          </FormFooter>
        </form>
      )}
    </Screen>
  );
}
