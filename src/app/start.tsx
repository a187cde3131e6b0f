// Starting the app: open the database, build the services, render the app, then register the
// service worker. If storage cannot be opened the app explains and offers a retry; it never
// deletes. Only what the first screen needs runs before it is painted (bootSchedule.ts).
import { render } from 'preact';
import { createDatabase, openDatabase } from '../db/database';
import { storageMessage, toStorageProblem } from '../db/errors';
import { createRepositories } from '../db/repositories';
import { initLockGate } from '../features/lock/lockGate';
import { watchInstallability } from '../pwa/install';
import { checkForUpdate, registerServiceWorker } from '../pwa/serviceWorker';
import { App } from './App';
import { afterNextPaint, nextTask } from './bootSchedule';
import { removeLeftoverShell } from './bootShell';
import type { Services } from './services';
import { storageNotice } from './storageNotice';
import { applyTheme } from './theme';
import { flushAll } from './unsavedWork';

/**
 * Opens the database and renders the app into `root`; its services, or null if it could not.
 * `takeOver` runs the app's first render when something else is on screen (a first visit).
 */
export async function startApp(
  root: HTMLElement,
  takeOver: (renderApp: () => void) => void = (renderApp) => renderApp(),
): Promise<Services | null> {
  // Evaluating this module (Preact, Dexie and the app) and creating the database are each long
  // on a slow phone: apart, so neither adds to the other's blocking time.
  await nextTask();
  const db = createDatabase(undefined, {
    onVersionChange: async () => {
      await flushAll();
      setTimeout(() => location.reload(), 0);
    },
    onBlocked: () => storageNotice.set(storageMessage('blocked')),
  });
  try {
    await openDatabase(db);
    // Before anything renders: with the lock on, the vault stays closed until the passcode.
    await initLockGate(db);
  } catch (error) {
    // Rare path, loaded on demand: it explains in plain words and never deletes anything.
    const { StorageFailure } = await import('./StorageFailure');
    render(<StorageFailure message={toStorageProblem(error).message} />, root);
    removeLeftoverShell(root);
    return null;
  }
  const now = () => Date.now();
  const repos = createRepositories(db, { now, newId: () => crypto.randomUUID() });
  const services: Services = { repos, now };
  // Opening the database and drawing the first screen are each long on a slow phone: apart.
  await nextTask();
  takeOver(() => render(<App services={services} />, root));
  removeLeftoverShell(root);
  // Listening is cheap and must start before the browser offers installation.
  watchInstallability();
  // theme-boot.js already painted the mirrored theme; the stored choice can follow the paint.
  afterNextPaint(() => void repos.settings.getTheme().then(applyTheme, () => undefined));
  if (import.meta.env.PROD) {
    // Offline support is for the next visit: it waits until the first screen is painted.
    afterNextPaint(() => void registerServiceWorker().catch(() => undefined));
    // Look for a new version whenever the app comes back to the foreground (it is only offered).
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void checkForUpdate().catch(() => undefined);
    });
  }
  return services;
}
