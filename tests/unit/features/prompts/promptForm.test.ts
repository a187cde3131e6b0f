import { describe, expect, it } from 'vitest';
import {
  emptyPromptForm,
  formToFields,
  promptFormProblem,
  timingForPhase,
} from '../../../../src/features/prompts/promptForm';

describe('the prompt editor form', () => {
  it('says in plain words when the prompt is empty or too long', () => {
    expect(promptFormProblem({ ...emptyPromptForm, text: '   ' })).toBe(
      'Write the prompt first: it is empty.',
    );
    expect(promptFormProblem({ ...emptyPromptForm, text: 'x'.repeat(1001) })).toBe(
      'A prompt can be at most 1,000 characters; this one has 1,001. Your text is still here.',
    );
    expect(promptFormProblem({ ...emptyPromptForm, text: 'x'.repeat(1000) })).toBeUndefined();
  });

  it('saves the text trimmed', () => {
    expect(formToFields({ ...emptyPromptForm, text: '  Where are you now?\n' }).text).toBe(
      'Where are you now?',
    );
  });

  it('suggests the timing that goes with a phase', () => {
    expect(timingForPhase('preparation', 'day-3')).toBe('before-next');
    expect(timingForPhase('session-day', 'day-3')).toBe('same-evening');
    expect(timingForPhase('integration', 'same-evening')).toBe('day-1');
    expect(timingForPhase('integration', 'day-7')).toBe('day-7');
  });
});
