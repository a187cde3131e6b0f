// Starts the due-count badge (badge.ts) after first paint, and only once there is anything that
// could be due (a prompt task or a commitment): a new user's first visit loads none of it.
import { watchQuery } from '../db/watchQuery';
import type { Services } from './services';

/** Starts the badge when it has something to count; returns the stop function for cleanup. */
export function startBadgeAfterPaint(services: Services): () => void {
  const { repos } = services;
  let live = true;
  let stop: (() => void) | undefined;
  let loading = false;
  let unwatch: (() => void) | undefined;
  const timer = setTimeout(() => {
    unwatch = watchQuery(
      async () => (await repos.promptTasks.count()) + (await repos.commitments.count()),
      (records) => {
        if (records === 0 || loading) return;
        loading = true;
        unwatch?.();
        import('./badge').then(
          (m) => {
            if (live) stop = m.startBadge(services);
          },
          () => undefined,
        );
      },
    );
  }, 0);
  return () => {
    live = false;
    clearTimeout(timer);
    unwatch?.();
    stop?.();
  };
}
