import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLockGate } from '../features/lock/lockGate';
import { AppHeader } from './AppHeader';
import { startBadgeAfterPaint } from './badgeStart';
import { LazyScreen } from './LazyScreen';
import { Navigation } from './Navigation';
import { Notices, UpdateBanner } from './Notices';
import { interceptLinkClicks, usePath } from './router';
import { matchRoute } from './routes';
import { type Services, ServicesContext } from './services';

/** The app shell: header with the crisis link, the current screen, navigation and notices. */
export function App({ services }: { services: Services }): JSX.Element {
  const path = usePath();
  const { route, params } = matchRoute(path);
  useEffect(() => interceptLinkClicks(document.body), []);
  useEffect(() => startBadgeAfterPaint(services), [services]);
  // While locked the lock screen replaces everything, so no journal text stays in the page.
  const lockScreen = useLockGate();
  if (lockScreen) {
    return <ServicesContext.Provider value={services}>{lockScreen}</ServicesContext.Provider>;
  }

  return (
    <ServicesContext.Provider value={services}>
      <AppHeader />
      <UpdateBanner />
      <main class="app-main" id="main">
        <LazyScreen route={route} params={params} key={path} />
      </main>
      <Navigation current={route.nav} />
      <Notices />
    </ServicesContext.Provider>
  );
}
