// A live read outside components (the app badge): re-runs a repository read whenever the tables
// it read change, in this tab or another, like useLiveQuery does for screens.
import { liveQuery } from 'dexie';

/** Calls `onValue` with the read's result now and after every change; returns the unsubscribe. */
export function watchQuery<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const subscription = liveQuery(read).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
