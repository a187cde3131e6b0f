// Search folding done ahead, in idle time: after the timeline is painted, every entry and
// check-in is folded for search in small slices between frames, so the first keystroke only
// compares strings (performance.md: a search keystroke within 50 ms on a slow phone, and no
// work on the main thread while the user types). Whatever is not folded yet when a search
// starts is folded by that search itself, so results never wait for this.
import { useEffect } from 'preact/hooks';
import { foldedCheckIn, type SearchableEntry } from '../../domain/timeline';
import type { CheckIn } from '../../domain/types';

/** Items folded per slice: a few milliseconds on a slow phone, well under a long task. */
const sliceSize = 40;

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** Folds the entries and check-ins for search in idle slices once `ready` (timeline painted). */
export function useIdleFolding(
  ready: boolean,
  entries: readonly SearchableEntry[],
  checkIns: readonly CheckIn[],
): void {
  useEffect(() => {
    if (!ready) return;
    const work: (() => void)[] = [
      ...entries.map((item) => () => void item.folded),
      ...checkIns.map((checkIn) => () => void foldedCheckIn(checkIn)),
    ];
    let next = 0;
    let cancel = () => {};
    const slice = () => {
      const end = Math.min(work.length, next + sliceSize);
      for (; next < end; next++) work[next]?.();
      if (next < work.length) schedule();
    };
    const schedule = () => {
      const idle = window as IdleWindow;
      if (idle.requestIdleCallback && idle.cancelIdleCallback) {
        const handle = idle.requestIdleCallback(slice, { timeout: 500 });
        const cancelIdle = idle.cancelIdleCallback;
        cancel = () => cancelIdle(handle);
      } else {
        // Safari has no requestIdleCallback: a timer still yields to input between slices.
        const handle = setTimeout(slice, 0);
        cancel = () => clearTimeout(handle);
      }
    };
    schedule();
    return () => cancel();
  }, [ready, entries, checkIns]);
}
