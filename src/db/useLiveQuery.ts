// A Preact hook over Dexie's liveQuery: re-runs a repository read whenever the tables it read
// change, in this tab or another. Screens pass a repository call; they never see Dexie.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The state of a live read. */
export type LiveResult<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

/** Subscribes to a read and re-renders when its data changes. */
export function useLiveQuery<T>(read: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
