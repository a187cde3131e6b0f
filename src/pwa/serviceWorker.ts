// Service-worker registration. UPDATE POLICY: a new version never takes over by itself. When one
// is waiting, the page shows "Update available"; only when the user accepts does it save every
// open draft, ask the waiting worker to take over, and reload once it controls the page.
import type { Workbox } from 'workbox-window';
import { observable } from '../domain/observable';

/** What the service worker is doing, as the page shows it. */
export interface ServiceWorkerState {
  /** The app was just cached for offline use for the first time. */
  readonly offlineReady: boolean;
  /** A new version is installed and waiting for the user's go-ahead. */
  readonly updateAvailable: boolean;
}

/** The current service-worker state. */
export const serviceWorkerState = observable<ServiceWorkerState>({
  offlineReady: false,
  updateAvailable: false,
});

let workbox: Workbox | undefined;

/** How long "Ready to work offline" stays on screen. */
export const offlineReadyVisibleMs = 6000;

/** Registers /sw.js (production builds only). */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  workbox = wb;
  wb.addEventListener('installed', (event) => {
    // Workbox marks an update found later in the session (a second one, or one after its first
    // minute) as "external" and leaves isUpdate unset: that is an update, not a first install.
    if (event.isUpdate || event.isExternal) return;
    serviceWorkerState.set({ ...serviceWorkerState.get(), offlineReady: true });
    // A reassurance, not a task: it goes away by itself so it never covers the screen for long.
    setTimeout(dismissOfflineReady, offlineReadyVisibleMs);
  });
  wb.addEventListener('waiting', () => {
    serviceWorkerState.set({ ...serviceWorkerState.get(), updateAvailable: true });
  });
  await wb.register();
}

/** Applies the waiting update: flushes drafts, activates the new worker, reloads once it controls. */
export async function acceptUpdate(flushDrafts: () => Promise<void>): Promise<void> {
  const wb = workbox;
  if (!wb) return;
  await flushDrafts();
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}

/** Hides the "ready to work offline" notice. */
export function dismissOfflineReady(): void {
  serviceWorkerState.set({ ...serviceWorkerState.get(), offlineReady: false });
}

/** Checks the server for a new version now (used on app focus). */
export async function checkForUpdate(): Promise<void> {
  await workbox?.update();
}
