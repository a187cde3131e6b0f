// Saving the record a draft form holds, the same way in every such form: the autosave is held
// (the record's own transaction removes the draft), then "saved" is painted, and only then is
// the form shown clean and the screen moved on: re-rendering a whole form in the same frame as
// the confirmation delayed it on a slow phone. The pending typing is forgotten at once, so no
// draft write can follow the record's. If the save fails, the typing is written to the draft.
import { endPerfAfterPaint } from '../../app/perf';
import { showToast } from '../../app/toast';
import { afterPaint } from '../../ui/afterPaint';
import type { DraftState } from './useDraft';

/** Writes the record with `write`, then confirms with `saved.message` painted; rethrows failures. */
export async function saveWithDraft<R>(
  draft: Pick<DraftState<unknown>, 'hold' | 'forget' | 'settle' | 'flush'>,
  write: () => Promise<R>,
  saved: { readonly message: string; readonly perf: string },
): Promise<R> {
  let record: R;
  try {
    await draft.hold();
    record = await write();
  } catch (error) {
    await draft.flush();
    throw error;
  }
  draft.forget();
  showToast(saved.message);
  endPerfAfterPaint(saved.perf); // bench: Save tapped → the confirmation painted
  await afterPaint();
  draft.settle();
  return record;
}
