import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { Icon } from '../ui/icons';

/**
 * Shown when the database cannot be opened even after a retry. It never deletes anything: it
 * explains, offers to try again, shows how to restore from a backup elsewhere (a journal that
 * cannot be opened cannot be restored into), and keeps the crisis resources reachable.
 */
export function StorageFailure({ message }: { message: string }): JSX.Element {
  const [restoreSteps, setRestoreSteps] = useState(false);
  return (
    <>
      <header class="app-header">
        <span class="app-header__title">Waypoint</span>
        <a class="help-link" href="/crisis">
          <Icon name="help" />
          Get help
        </a>
      </header>
      <main class="app-main">
        <div class="screen" role="alert">
          <h1 class="screen__title">Your journal could not be opened</h1>
          <p>{message}</p>
          <p class="muted">
            Waypoint never deletes a journal it cannot open. If this keeps happening, "Restore from
            a backup" shows how to get your journal back from a backup file.
          </p>
          <div class="actions">
            <button type="button" class="button button--primary" onClick={() => location.reload()}>
              Try again
            </button>
            <button
              type="button"
              class="button"
              aria-expanded={restoreSteps}
              onClick={() => setRestoreSteps(!restoreSteps)}
            >
              Restore from a backup
            </button>
          </div>
          {restoreSteps ? <RestoreSteps /> : null}
        </div>
      </main>
    </>
  );
}

/** How to get the journal back from a backup file while this copy cannot be opened. */
function RestoreSteps(): JSX.Element {
  return (
    <section class="card" aria-labelledby="restore-steps-title">
      <h2 id="restore-steps-title">Restore from a backup</h2>
      <p>
        The journal in this browser cannot be opened, so a backup cannot be restored into it. Leave
        it as it is: Waypoint never deletes it, and it may open again after a restart or an update.
      </p>
      <ol>
        <li>Close other Waypoint tabs, restart the phone, and press "Try again" once more.</li>
        <li>
          If it still does not open, open Waypoint in another browser or in the home-screen app, on
          this phone or another one.
        </li>
        <li>
          There, open Settings, choose "Restore or import", and pick your most recent Waypoint
          backup file.
        </li>
      </ol>
      <p class="muted">No backup file? Keep trying here later; nothing has been removed.</p>
    </section>
  );
}
