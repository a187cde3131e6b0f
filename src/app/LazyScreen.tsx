import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { RouteDefinition, RouteParams, ScreenProps } from './routes';

const loaded = new Map<RouteDefinition, ComponentType<ScreenProps>>();

/**
 * Loads a route's screen ahead of showing it (the screen behind the lock screen, while the
 * passcode is typed), so it renders at once when asked for. A failure is left to LazyScreen.
 */
export function preloadScreen(route: RouteDefinition): void {
  if (!loaded.has(route)) void loadScreen(route).catch(() => undefined);
}

const loading = new Map<RouteDefinition, Promise<ComponentType<ScreenProps>>>();

/** Loads a screen once, however many ask for it meanwhile; a failure can be retried. */
function loadScreen(route: RouteDefinition): Promise<ComponentType<ScreenProps>> {
  let promise = loading.get(route);
  if (!promise) {
    promise = route.load().then(
      (screen) => {
        loaded.set(route, screen);
        loading.delete(route);
        return screen;
      },
      (error: unknown) => {
        loading.delete(route);
        throw error;
      },
    );
    loading.set(route, promise);
  }
  return promise;
}

/** The route's screen if it is at hand: loaded before, or bundled with the shell. */
const screenAtHand = (route: RouteDefinition) => loaded.get(route) ?? route.bundled;

/** Loads a route's screen on demand and shows it; keeps loaded screens for instant returns. */
export function LazyScreen({
  route,
  params,
}: {
  route: RouteDefinition;
  params: RouteParams;
}): JSX.Element | null {
  const [component, setComponent] = useState<ComponentType<ScreenProps> | undefined>(() =>
    screenAtHand(route),
  );
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    const cached = screenAtHand(route);
    if (cached) {
      setComponent(() => cached);
      return;
    }
    loadScreen(route).then(
      (screen) => {
        if (!cancelled) setComponent(() => screen);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [route]);

  if (failed) {
    return (
      <div class="screen" role="alert">
        <h1 class="screen__title">This screen could not open</h1>
        <p>Part of the app could not be loaded. Reload the page; your journal is safe.</p>
        <button type="button" class="button button--primary" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  const Component = component && screenAtHand(route) === component ? component : undefined;
  return Component ? <Component params={params} /> : null;
}
