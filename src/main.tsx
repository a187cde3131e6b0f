// Boot. POLICY (boot order): the first screen is painted before anything it does not need is
// even fetched. A first visit (no database yet) needs no stored data: the welcome is painted
// straight away and the app, with the database code, loads once it is shown (showFirstVisit.tsx).
// Every other visit starts the app at once (app/start.tsx), which opens the database first.
import './ui/tokens.css';
import './ui/base.css';
import './ui/forms.css';
import './ui/sessions.css';
import { isFirstVisit } from './app/bootSchedule';
import type { Services } from './app/services';
import { databaseName } from './db/schema';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  if (location.pathname === '/' && (await isFirstVisit(databaseName))) {
    const { showFirstVisit } = await import('./features/welcome/showFirstVisit');
    await showFirstVisit(root, (takeOver) => loadAndStart(root, takeOver));
    return;
  }
  await loadAndStart(root);
}

/** Loads the app's code and starts it; null if it could not be loaded or started. */
async function loadAndStart(
  root: HTMLElement,
  takeOver?: (renderApp: () => void) => void,
): Promise<Services | null> {
  try {
    const { startApp } = await import('./app/start');
    return await startApp(root, takeOver);
  } catch {
    // The code could not be fetched (the connection dropped on a first visit): what is on
    // screen stays, and its links load the app afresh.
    return null;
  }
}

void boot();
