// The prompt editor's form value, its checks in plain words, and conversions to and from
// stored prompts. A prompt the user writes follows the same limit as a prompt in a pack, so
// every prompt can be exported and imported again.

import type { Prompt, PromptPhase, PromptTheme, PromptTiming } from '../../domain/types';
import { promptPackLimits } from '../../import/promptPackLimits';

/** What the editor holds while the user types (kept as the draft). */
export interface PromptForm extends Record<string, unknown> {
  text: string;
  phase: PromptPhase;
  timing: PromptTiming;
  theme: PromptTheme;
}

/** The longest prompt, in characters. */
export const maxPromptLength = promptPackLimits.maxTextChars;

/** A blank prompt. */
export const emptyPromptForm: PromptForm = {
  text: '',
  phase: 'integration',
  timing: 'day-1',
  theme: 'emotions',
};

/** The form for editing a stored prompt. */
export function promptToForm(prompt: Prompt): PromptForm {
  return { text: prompt.text, phase: prompt.phase, timing: prompt.timing, theme: prompt.theme };
}

/**
 * The timing that usually goes with a phase, when the current one does not: preparation
 * prompts come before the next session, session-day prompts the same evening.
 */
export function timingForPhase(phase: PromptPhase, timing: PromptTiming): PromptTiming {
  if (phase === 'preparation') return 'before-next';
  if (phase === 'session-day') return 'same-evening';
  return timing === 'same-evening' ? 'day-1' : timing;
}

/** What is wrong with the form, in plain words, or undefined when it can be saved. */
export function promptFormProblem(form: PromptForm): string | undefined {
  const text = form.text.trim();
  if (!text) return 'Write the prompt first: it is empty.';
  if (text.length > maxPromptLength) {
    return `A prompt can be at most ${maxPromptLength.toLocaleString('en-US')} characters; this one has ${text.length.toLocaleString('en-US')}. Your text is still here.`;
  }
  return undefined;
}

/** The stored fields a valid form describes. */
export function formToFields(
  form: PromptForm,
): Pick<Prompt, 'text' | 'phase' | 'timing' | 'theme'> {
  return { text: form.text.trim(), phase: form.phase, timing: form.timing, theme: form.theme };
}
