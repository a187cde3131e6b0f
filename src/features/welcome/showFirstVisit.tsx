// The boot of a first visit. POLICY (boot order): the welcome is painted first and the app,
// with the database code, is loaded only once the welcome has been shown; then the app takes
// its place without a visible change (FirstVisit.tsx renders the app's own markup).
import { render } from 'preact';
import { afterNextPaint } from '../../app/bootSchedule';
import { removeLeftoverShell } from '../../app/bootShell';
import type { Services } from '../../app/services';
import { FirstVisit } from './FirstVisit';

/** Starts the app, handing it a way to take over what is on screen; its services or null. */
export type StartApp = (takeOver: (renderApp: () => void) => void) => Promise<Services | null>;

/** Paints the welcome into `root`, then starts the app once the welcome has been shown. */
export async function showFirstVisit(root: HTMLElement, startApp: StartApp): Promise<void> {
  let started: (services: Services | null) => void = () => undefined;
  const app = new Promise<Services | null>((resolve) => {
    started = resolve;
  });
  render(<FirstVisit app={app} />, root);
  removeLeftoverShell(root);
  await afterWelcomeShown();
  // The app's own welcome takes this one's place in the same frame; focus stays where it was.
  started(await startApp((renderApp) => keepFocusAcross(root, renderApp)));
}

/**
 * Resolves once what was just rendered into `main` has been shown: the browser's report of the
 * largest paint there, or, where no such report comes (no API, nothing larger painted), a frame
 * and `fallbackMs` later.
 */
export function afterWelcomeShown(fallbackMs = 300): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    try {
      if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
        observer = new PerformanceObserver((list) => {
          const entries = list.getEntries() as LargestContentfulPaint[];
          if (entries.some((entry) => entry.element?.closest('main'))) done();
        });
        // Not buffered: only paints from now on.
        observer.observe({ type: 'largest-contentful-paint' });
      }
    } catch {
      observer = undefined;
    }
    afterNextPaint(() => setTimeout(done, observer ? fallbackMs * 3 : fallbackMs));
  });
}

/**
 * Runs a render that replaces what is in `root` with the same controls (the app taking over a
 * first visit's welcome) and gives focus back to the control at the same place, if one had it.
 */
export function keepFocusAcross(root: Element, renderApp: () => void): void {
  const controls = () => [...root.querySelectorAll<HTMLElement>('a[href], button')];
  const focused = document.activeElement;
  const index = focused && root.contains(focused) ? controls().indexOf(focused as HTMLElement) : -1;
  renderApp();
  if (index >= 0 && document.activeElement !== focused) controls()[index]?.focus();
}
