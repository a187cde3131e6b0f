import type { JSX } from 'preact';
import type { DraftSaveState } from '../drafts/useDraft';

const labels: Record<DraftSaveState, string> = {
  clean: '',
  pending: 'Saving draft…',
  saved: 'Draft saved on this phone.',
  error: '',
};

/** A quiet line saying whether the typing is safe, and a plain message when it is not. */
export function DraftStatus({
  state,
  problem,
}: {
  state: DraftSaveState;
  problem: string | undefined;
}): JSX.Element {
  return (
    <p
      class={state === 'error' ? 'problem' : 'muted draft-status'}
      role="status"
      aria-live="polite"
    >
      {state === 'error' ? `Your draft could not be saved: ${problem ?? ''}` : labels[state]}
    </p>
  );
}
