import type { ComponentChildren, JSX } from 'preact';
import type { PromptOrigin } from './libraryItems';
import { phaseLabels, themeLabels, timingLabels } from './promptLabels';

/** What a prompt card shows of a prompt. */
export interface PromptCardData {
  readonly text: string;
  readonly phase: keyof typeof phaseLabels;
  readonly timing: keyof typeof timingLabels;
  readonly theme: keyof typeof themeLabels;
  readonly origin?: PromptOrigin;
  readonly packName?: string;
}

/** Where a prompt came from, in words. */
export function originLabel(origin: PromptOrigin, packName?: string): string {
  if (origin === 'builtin') return 'Built in';
  if (origin === 'custom') return 'Written by you';
  return packName ? `From the pack “${packName}”` : 'From a pack';
}

/** One prompt: its text (as text, never markup), phase, timing, theme, source, and actions. */
export function PromptCard({
  prompt,
  children,
}: {
  prompt: PromptCardData;
  children?: ComponentChildren;
}): JSX.Element {
  return (
    <li class="card prompt-card">
      <p class="user-text prompt-card__text" dir="auto">
        {prompt.text}
      </p>
      <p class="chips prompt-card__meta">
        <span class="badge">{phaseLabels[prompt.phase]}</span>
        <span class="tag">{timingLabels[prompt.timing]}</span>
        <span class="tag">{themeLabels[prompt.theme]}</span>
      </p>
      {prompt.origin ? (
        <p class="muted prompt-card__source">{originLabel(prompt.origin, prompt.packName)}</p>
      ) : null}
      {children}
    </li>
  );
}
