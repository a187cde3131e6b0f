// Boot: open the database, build the services, render the app, then register the service
// worker. If storage cannot be opened the app explains and offers a retry; it never deletes.
import './ui/tokens.css';
import './ui/base.css';
import './ui/forms.css';
import './ui/sessions.css';
import { render } from 'preact';
import { App } from './app/App';
import { storageNotice } from './app/storageNotice';
import { applyTheme } from './app/theme';
import { flushAll } from './app/unsavedWork';
import { createDatabase, openDatabase } from './db/database';
import { storageMessage, toStorageProblem } from './db/errors';
import { createRepositories } from './db/repositories';
import { initLockGate } from './features/lock/lockGate';
import { watchInstallability } from './pwa/install';
import { checkForUpdate, registerServiceWorker } from './pwa/serviceWorker';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
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
    return;
  }
  const now = () => Date.now();
  const repos = createRepositories(db, { now, newId: () => crypto.randomUUID() });
  render(<App services={{ repos, now }} />, root);
  void repos.settings.getTheme().then(applyTheme, () => undefined);
  watchInstallability();
  if (import.meta.env.PROD) {
    void registerServiceWorker().catch(() => undefined);
    // Look for a new version whenever the app comes back to the foreground (it is only offered).
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void checkForUpdate().catch(() => undefined);
    });
  }
}

void boot();
