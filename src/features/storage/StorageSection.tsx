// Settings: "Storage on this phone" and "Moving to a new phone". Everything Waypoint keeps lives
// in this browser's storage on this phone, so the user is told plainly whether the browser may
// clear it, how full it is, and that a backup file is the only way to move or recover it.
import type { JSX } from 'preact';
import {
  formatBytes,
  inIosSafariTab,
  STORAGE_WARNING_SHARE,
  type StorageStatusState,
  usedShare,
  useStorageStatus,
} from './useStorageStatus';

/** The "Storage on this phone" card of Settings. */
export function StorageSection(): JSX.Element {
  const state = useStorageStatus();
  const { status } = state;
  const share = status ? usedShare(status) : undefined;
  return (
    <section class="card" id="storage" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage on this phone</h2>
      {status ? <Persistence state={state} /> : <p class="muted">Checking storage…</p>}
      {status?.usageBytes !== undefined ? (
        <p data-testid="storage-space">
          Space used: {formatBytes(status.usageBytes)}
          {status.quotaBytes !== undefined
            ? `. Free for Waypoint: ${formatBytes(status.quotaBytes - status.usageBytes)}.`
            : '.'}
        </p>
      ) : null}
      {share !== undefined && share > STORAGE_WARNING_SHARE ? (
        <p class="problem" role="alert">
          Storage is {Math.round(share * 100)} % full. <a href="/settings/backup">Back up now</a>,
          then free some space on this phone (old photos, videos or apps), or new entries may not be
          saved.
        </p>
      ) : null}
      {inIosSafariTab() ? <IosHomeScreenHint /> : null}
    </section>
  );
}

function Persistence({ state }: { state: StorageStatusState }): JSX.Element {
  const { status, asking, answer, askAgain } = state;
  if (status?.persisted) {
    return (
      <p data-testid="storage-protection">
        Protected: the browser will not clear Waypoint's data to free space.
      </p>
    );
  }
  if (status?.persisted === undefined) {
    return (
      <p data-testid="storage-protection">
        This browser does not say whether it may clear Waypoint's data. Back up regularly.
      </p>
    );
  }
  return (
    <>
      <p data-testid="storage-protection">
        Not protected: the browser may clear Waypoint's data when the phone is low on space. Install
        Waypoint and back up regularly.
      </p>
      <div class="actions">
        <button type="button" class="button" disabled={asking} onClick={() => void askAgain()}>
          Ask again
        </button>
      </div>
      {answer === 'refused' ? (
        <p class="muted" role="status">
          The browser said no. Browsers usually agree for installed apps and sites used often:
          install Waypoint, keep backing up, and try again later.
        </p>
      ) : null}
      {answer === 'unavailable' ? (
        <p class="muted" role="status">
          This browser cannot protect Waypoint's data. Back up regularly.
        </p>
      ) : null}
    </>
  );
}

/** Safari on iPhone and iPad: install, but know that the home-screen app starts empty. */
export function IosHomeScreenHint(): JSX.Element {
  return (
    <div data-testid="ios-storage-hint">
      <h3>On iPhone and iPad</h3>
      <p>
        Safari may clear Waypoint's data if you do not open it for a week. Add Waypoint to your home
        screen to keep it safer (<a href="/settings#install">how to install</a>).
      </p>
      <p>
        <strong>The home-screen app starts empty:</strong> it does not see what you wrote here in
        Safari. To move your journal, <a href="/settings/backup">back up here</a>, then open the
        home-screen app and import the backup there. Removing the home-screen icon removes its data
        too.
      </p>
    </div>
  );
}

/** "Moving to a new phone": a backup file is the way across. */
export function MovingSection(): JSX.Element {
  return (
    <section class="card" id="moving" aria-labelledby="moving-title">
      <h2 id="moving-title">Moving to a new phone</h2>
      <p>
        Waypoint keeps everything on this phone only; there is no account and no copy anywhere else.
        To move:
      </p>
      <ol>
        <li>
          Here, <a href="/settings/backup">back up your journal</a> and keep the file somewhere you
          can reach from the new phone (for example, send it to yourself or save it to your
          computer).
        </li>
        <li>
          On the new phone, open Waypoint (install it first if you want the home-screen app), then
          go to <a href="/settings/import">Restore or import</a> and choose the file.
        </li>
        <li>Check that your entries are there before you remove anything from the old phone.</li>
      </ol>
    </section>
  );
}
