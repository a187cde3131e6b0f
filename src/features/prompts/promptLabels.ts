// Words for a prompt's phase, timing, theme and source, as the library and its editor show them.
import type { PromptPhase, PromptTheme, PromptTiming } from '../../domain/types';

/** How each phase is named. */
export const phaseLabels: Record<PromptPhase, string> = {
  preparation: 'Preparation',
  'session-day': 'Session day',
  integration: 'Integration',
};

/** How each timing is named. */
export const timingLabels: Record<PromptTiming, string> = {
  'same-evening': 'The same evening',
  'day-1': 'A day after',
  'day-3': 'Three days after',
  'day-7': 'A week after',
  'day-14': 'Two weeks after',
  'before-next': 'Before the next session',
};

/** How each theme is named. */
export const themeLabels: Record<PromptTheme, string> = {
  body: 'Body',
  emotions: 'Emotions',
  'memories-imagery': 'Memories and imagery',
  relationships: 'Relationships',
  meaning: 'Meaning',
  'self-compassion': 'Self-compassion',
  change: 'Change',
  commitments: 'Commitments',
};
