// When a form opens with a kept draft, it says so the same way everywhere: what was kept, from
// when, and a way to throw it away.
import type { JSX } from 'preact';
import type { DraftState } from './useDraft';

/** "Your unsaved {what} from {time} was kept…" with Discard draft, while a restored draft shows. */
export function RestoredDraftNotice({
  draft,
  what,
  onDiscard = () => void draft.discard(),
}: {
  draft: Pick<DraftState<never>, 'restoredFrom' | 'discard'>;
  /** What was kept, in the sentence: "writing", "check-in", "prompt". */
  what: string;
  /** What Discard draft does; by default it throws the draft away. */
  onDiscard?: () => void;
}): JSX.Element | null {
  if (!draft.restoredFrom) return null;
  return (
    <div class="card card--notice" role="status">
      <p>
        Your unsaved {what} from {new Date(draft.restoredFrom).toLocaleString()} was kept and is
        back below.
      </p>
      <button type="button" class="button" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  );
}
