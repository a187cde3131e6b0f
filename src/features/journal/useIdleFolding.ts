// Search folding done ahead, in idle time: after the timeline is painted, every entry and
// check-in is folded for search in small slices between frames, so the first keystroke only
// compares strings (performance.md: a search keystroke within 50 ms on a slow phone, and no
// work on the main thread while the user types). Whatever is not folded yet when a search
// starts is folded by that search itself, so results never wait for this.
import { useEffect } from 'preact/hooks';
import { foldedCheckIn, type SearchableEntry } from '../../domain/timeline';
import type { CheckIn } from '../../domain/types';

/** How long one slice may fold: well under a long task (50 ms), even on a slow phone. */
const sliceMs = 8;

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
    // Fold while the browser says it is idle (or for a few milliseconds), then yield.
    const slice = (deadline?: IdleDeadline) => {
      const until = performance.now() + sliceMs;
      const more = () => (deadline ? deadline.timeRemaining() > 1 : performance.now() < until);
      do work[next++]?.();
      while (next < work.length && more());
      if (next < work.length) schedule();
    };
    const schedule = () => {
      if (typeof requestIdleCallback === 'function') {
        const handle = requestIdleCallback(slice, { timeout: 500 });
        cancel = () => cancelIdleCallback(handle);
      } else {
        // Safari has no requestIdleCallback: a timer still yields to input between slices.
        const handle = setTimeout(() => slice(), 0);
        cancel = () => clearTimeout(handle);
      }
    };
    schedule();
    return () => cancel();
  }, [ready, entries, checkIns]);
}
