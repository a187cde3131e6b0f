import type { JSX } from 'preact';
import { Icon } from '../ui/icons';

/**
 * Shown when the database cannot be opened even after a retry. It never deletes anything: it
 * explains, offers to try again, and keeps the crisis resources reachable.
 */
export function StorageFailure({ message }: { message: string }): JSX.Element {
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
            Nothing has been deleted. If this keeps happening, you can restore from a backup file
            once the journal opens, or on another browser.
          </p>
          <button type="button" class="button button--primary" onClick={() => location.reload()}>
            Try again
          </button>
        </div>
      </main>
    </>
  );
}
