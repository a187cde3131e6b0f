import type { JSX } from 'preact';
import { acceptUpdate, dismissOfflineReady, serviceWorkerState } from '../pwa/serviceWorker';
import { useObservable } from '../ui/useObservable';
import { storageNotice } from './storageNotice';
import { currentToast, dismissToast } from './toast';
import { flushAll } from './unsavedWork';

/** "Update available": a banner at the top, in the page flow, so it never covers what you type. */
export function UpdateBanner(): JSX.Element | null {
  const state = useObservable(serviceWorkerState);
  if (!state.updateAvailable) return null;
  return (
    <div class="update-banner" role="status">
      <span>Update available. Your writing is saved before it restarts.</span>
      <button type="button" class="button" onClick={() => void acceptUpdate(flushAll)}>
        Update now
      </button>
    </div>
  );
}

/** Passing notices above the navigation: storage problems, toasts, "ready to work offline". */
export function Notices(): JSX.Element {
  const state = useObservable(serviceWorkerState);
  const problem = useObservable(storageNotice);
  const toast = useObservable(currentToast);
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
      {toast ? (
        <div class="notice" key={toast.id}>
          <span>{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              class="button"
              onClick={() => {
                const action = toast.action;
                dismissToast();
                void action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
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
    </div>
  );
}
