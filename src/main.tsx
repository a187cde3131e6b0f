// Boot: open the database, build the services, render the app, then register the service
// worker. If storage cannot be opened the app explains and offers a retry; it never deletes.
// Only what the first screen needs runs before it is painted (bootSchedule.ts); on a first
// visit the welcome screen is fetched while the database is being created.
import './ui/tokens.css';
import './ui/base.css';
import './ui/forms.css';
import './ui/sessions.css';
import { render } from 'preact';
import { App } from './app/App';
import { afterNextPaint, isFirstVisit, nextTask } from './app/bootSchedule';
import { removeLeftoverShell } from './app/bootShell';
import { storageNotice } from './app/storageNotice';
import { applyTheme } from './app/theme';
import { flushAll } from './app/unsavedWork';
import { createDatabase, openDatabase } from './db/database';
import { storageMessage, toStorageProblem } from './db/errors';
import { createRepositories } from './db/repositories';
import { databaseName } from './db/schema';
import { initLockGate } from './features/lock/lockGate';
import { watchInstallability } from './pwa/install';
import { checkForUpdate, registerServiceWorker } from './pwa/serviceWorker';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // No database yet means the welcome will show: fetch it alongside the database's creation.
  void isFirstVisit(databaseName).then((first) => {
    if (first) void import('./features/welcome/WelcomeScreen').catch(() => undefined);
  });
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
    const { StorageFailure } = await import('./app/StorageFailure');
    render(<StorageFailure message={toStorageProblem(error).message} />, root);
    removeLeftoverShell(root);
    return;
  }
  const now = () => Date.now();
  const repos = createRepositories(db, { now, newId: () => crypto.randomUUID() });
  // Opening the database and drawing the first screen are each long on a slow phone: apart.
  await nextTask();
  render(<App services={{ repos, now }} />, root);
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
}

void boot();
