import type { JSX } from 'preact';
import { installOption, promptInstall } from '../../pwa/install';
import { useObservable } from '../../ui/useObservable';

/** Install: the browser's install button, or a short home-screen guide on iPhone and iPad. */
export function InstallSection(): JSX.Element {
  const option = useObservable(installOption);
  return (
    <section class="card" id="install" aria-labelledby="install-title">
      <h2 id="install-title">Install</h2>
      {option === 'installed' ? <p>Waypoint is installed on this device.</p> : null}
      {option === 'prompt' ? (
        <>
          <p>Install Waypoint so it opens from your home screen and works with no signal.</p>
          <button type="button" class="button button--primary" onClick={() => void promptInstall()}>
            Install Waypoint
          </button>
        </>
      ) : null}
      {option === 'ios-guide' ? (
        <>
          <p>To add Waypoint to your home screen in Safari:</p>
          <ol>
            <li>Tap the Share button at the bottom of the screen.</li>
            <li>Choose "Add to Home Screen", then "Add".</li>
          </ol>
          <p class="muted">
            The home-screen app keeps its own storage, separate from Safari: entries written here in
            Safari do not appear there. Start using the home-screen app before you write, or move
            your entries with a backup file.
          </p>
        </>
      ) : null}
      {option === 'none' ? (
        <p class="muted">
          Waypoint already works offline in this browser. If your browser offers "Install app" or
          "Add to Home Screen" in its menu, you can use that too.
        </p>
      ) : null}
    </section>
  );
}
