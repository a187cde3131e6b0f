// Every form that autosaves a draft ends the same way: the problem with saving, whether the
// draft is safe, then the save button and the form's other actions. One footer keeps the error,
// the draft state and the save buttons looking and behaving alike in all of them.
import type { ComponentChildren, JSX } from 'preact';
import { DraftStatus } from '../journal/DraftStatus';
import type { DraftState } from './useDraft';

/** A draft form's end: its problem, its draft state, Save, then `children` (other actions). */
export function FormFooter({
  problem,
  problemId,
  draft,
  saving,
  submitLabel,
  children,
}: {
  /** Why the record was not saved; nothing is shown when undefined. */
  problem?: string | undefined;
  /** An id for the problem, for a field's aria-describedby. */
  problemId?: string;
  draft: Pick<DraftState<unknown>, 'saveState' | 'problem'>;
  saving: boolean;
  submitLabel: string;
  children?: ComponentChildren;
}): JSX.Element {
  return (
    <>
      {problem ? (
        <p class="problem" role="alert" id={problemId}>
          {problem}
        </p>
      ) : null}
      <DraftStatus state={draft.saveState} problem={draft.problem} />
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {children}
      </div>
    </>
  );
}
