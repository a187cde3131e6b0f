// The library's list: the built-in prompts and the user's own and imported ones, in one order
// (phase, then timing, then theme, built-in first), filtered by phase, theme and source.
import {
  BUILT_IN_PROMPTS,
  PROMPT_PHASES,
  PROMPT_THEMES,
  PROMPT_TIMINGS,
} from '../../domain/prompts/library';
import type { Prompt, PromptPhase, PromptTheme, PromptTiming } from '../../domain/types';

/** Where a prompt came from. */
export type PromptOrigin = 'builtin' | 'custom' | 'pack';

/** One prompt as the library lists it. */
export interface LibraryPrompt {
  readonly id: string;
  readonly text: string;
  readonly phase: PromptPhase;
  readonly timing: PromptTiming;
  readonly theme: PromptTheme;
  readonly origin: PromptOrigin;
  readonly packName?: string;
  readonly retired: boolean;
  /** Stored prompts (the user's and imported ones) can be edited and retired. */
  readonly stored?: Prompt;
}

/** What the library shows. */
export interface LibraryFilter {
  readonly phase?: PromptPhase;
  readonly theme?: PromptTheme;
  readonly origin?: PromptOrigin;
}

const originOrder: readonly PromptOrigin[] = ['builtin', 'custom', 'pack'];

function fromStored(prompt: Prompt): LibraryPrompt {
  const { id, text, phase, timing, theme, source, packName, retired } = prompt;
  const base = { id, text, phase, timing, theme, origin: source, retired, stored: prompt };
  return packName ? { ...base, packName } : base;
}

/** Every prompt of the library, built-in and stored, in the library's order. */
export function libraryPrompts(stored: readonly Prompt[]): LibraryPrompt[] {
  const builtIn: LibraryPrompt[] = BUILT_IN_PROMPTS.map(({ id, text, phase, timing, theme }) => ({
    id,
    text,
    phase,
    timing,
    theme,
    origin: 'builtin',
    retired: false,
  }));
  const rank = (p: LibraryPrompt) => [
    PROMPT_PHASES.indexOf(p.phase),
    PROMPT_TIMINGS.indexOf(p.timing),
    PROMPT_THEMES.indexOf(p.theme),
    originOrder.indexOf(p.origin),
    p.stored?.createdAt ?? 0,
  ];
  const ordered = [...builtIn, ...stored.map(fromStored)].map((p) => ({ p, r: rank(p) }));
  ordered.sort((a, b) => compareRanks(a.r, b.r));
  return ordered.map(({ p }) => p);
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The prompts that match a filter. */
export function filterPrompts(
  prompts: readonly LibraryPrompt[],
  filter: LibraryFilter,
): LibraryPrompt[] {
  return prompts.filter(
    (p) =>
      (!filter.phase || p.phase === filter.phase) &&
      (!filter.theme || p.theme === filter.theme) &&
      (!filter.origin || p.origin === filter.origin),
  );
}
