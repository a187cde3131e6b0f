// Saving the record a draft form holds, the same way in every such form: the autosave is held
// (the record's own transaction removes the draft), the typing saved with the record is
// forgotten without re-rendering the form (a whole form re-rendered in the confirmation's frame
// delayed "saved" on a slow phone), and "saved" is painted before the caller moves on to the
// next screen. Anything typed after that is the form's again and stays pending (kept as a draft
// when the form closes). If the save fails, the typing is written to the draft.
import { endPerfAfterPaint } from '../../app/perf';
import { showToast } from '../../app/toast';
import { afterPaint } from '../../ui/afterPaint';
import type { DraftState } from './useDraft';

/**
 * Writes the record with `write`, then confirms with `saved.message` painted; rethrows failures.
 * The caller leaves the form once it returns.
 */
export async function saveWithDraft<R>(
  draft: Pick<DraftState<unknown>, 'hold' | 'forget' | 'flush'>,
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
  return record;
}
