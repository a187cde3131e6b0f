// The app badge while the app is open: how many items are due today (prompt tasks and
// commitment follow-ups). Where the Badging API exists the icon shows the number; the document
// title shows "(n) Waypoint" everywhere, so every browser says it. Recomputed on every data
// change (a live query), when the day changes at local midnight and when the app comes back to
// the foreground. Loaded after first paint.
import { watchQuery } from '../db/watchQuery';
import { toDay } from '../domain/dates';
import { countDue } from '../features/due/dueCount';
import type { Services } from './services';

type BadgeNavigator = Navigator & {
  setAppBadge?: (count?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
};

const prefix = /^\(\d+\) /;

/** The title with the count in front ("(3) Waypoint"), or without it at 0. */
export function titleWithCount(title: string, count: number): string {
  const bare = title.replace(prefix, '');
  return count > 0 ? `(${count}) ${bare}` : bare;
}

function applyTitle(count: number): void {
  const next = titleWithCount(document.title, count);
  if (document.title !== next) document.title = next;
}

/** Shows `count` on the app icon (where supported) and in the title. */
export function showCount(count: number, nav: BadgeNavigator = navigator): void {
  try {
    const badge = count > 0 ? nav.setAppBadge?.(count) : nav.clearAppBadge?.();
    void badge?.catch(() => undefined);
  } catch {
    // The badge is a courtesy: a browser refusing it changes nothing else.
  }
  applyTitle(count);
}

/** Milliseconds from `now` to the next local midnight (at least one second). */
export function msToNextDay(now: number): number {
  const date = new Date(now);
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  return Math.max(1000, midnight - now);
}

/** Keeps the badge and title up to date until the returned stop function is called. */
export function startBadge({ repos, now }: Services): () => void {
  let count = 0;
  let started = false;
  let unwatch: () => void = () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const watchDay = () => {
    unwatch();
    const today = toDay(now());
    unwatch = watchQuery(
      // While locked, sealed commitments cannot be read: keep the last count until they can.
      () => countDue(repos, today).catch(() => count),
      (value) => {
        if (value === count && started) return;
        started = true;
        count = value;
        showCount(count);
      },
    );
    // A new day can make more items due without any data change.
    timer = setTimeout(watchDay, msToNextDay(now()));
  };
  watchDay();

  // Screens set their own title on arrival; put the count back in front of it.
  const observer = new MutationObserver(() => applyTitle(count));
  const title = document.querySelector('title');
  if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });

  // Back in the foreground (or after unlocking): count again, the day may have changed too.
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    if (timer) clearTimeout(timer);
    watchDay();
  };
  document.addEventListener('visibilitychange', onVisible);

  return () => {
    unwatch();
    if (timer) clearTimeout(timer);
    observer.disconnect();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
