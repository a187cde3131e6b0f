// Undo after a delete: nothing the user wrote disappears without a way back.
import { toStorageProblem } from '../db/errors';
import { storageNotice } from './storageNotice';
import { showToast } from './toast';

/** Shows `deleted` with an Undo that runs `restore`; says `restored`, or the problem in plain words. */
export function offerUndo(
  deleted: string,
  restored: string,
  restore: () => Promise<unknown>,
): void {
  showToast(deleted, {
    label: 'Undo',
    run: async () => {
      try {
        await restore();
        showToast(restored);
      } catch (error) {
        storageNotice.set(toStorageProblem(error).message);
      }
    },
  });
}
