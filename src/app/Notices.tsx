import type { JSX } from 'preact';
import { acceptUpdate, dismissOfflineReady, serviceWorkerState } from '../pwa/serviceWorker';
import { useObservable } from '../ui/useObservable';
import { storageNotice } from './storageNotice';
import { flushAll } from './unsavedWork';

/** App-wide notices: ready to work offline, and an update waiting for the user's go-ahead. */
export function Notices(): JSX.Element {
  const state = useObservable(serviceWorkerState);
  const problem = useObservable(storageNotice);
  return (
    <div class="notices" role="status" aria-live="polite">
      {problem ? (
        <div class="notice notice--error">
          <span>{problem}</span>
          <button type="button" class="button" onClick={() => storageNotice.set(undefined)}>
            OK
          </button>
        </div>
      ) : null}
      {state.offlineReady ? (
        <div class="notice">
          <span>Ready to work offline.</span>
          <button type="button" class="button" onClick={dismissOfflineReady}>
            OK
          </button>
        </div>
      ) : null}
      {state.updateAvailable ? (
        <div class="notice">
          <span>Update available.</span>
          <button type="button" class="button" onClick={() => void acceptUpdate(flushAll)}>
            Update now
          </button>
        </div>
      ) : null}
    </div>
  );
}
