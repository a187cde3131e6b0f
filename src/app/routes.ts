// The route table. Every screen is its own lazily loaded chunk, precached by the service worker
// so it opens offline.
import type { ComponentType } from 'preact';

/** One screen of the app. */
export interface RouteDefinition {
  /** Paths that show this screen. */
  readonly paths: readonly string[];
  /** Loads the screen's component. */
  readonly load: () => Promise<ComponentType>;
  /** Which navigation item is highlighted. */
  readonly nav: NavKey | undefined;
}

/** The items of the main navigation. */
export type NavKey = 'today' | 'sessions' | 'journal' | 'insights' | 'share' | 'settings';

/** Every route, matched in order. */
export const routes: readonly RouteDefinition[] = [
  {
    paths: ['/', '/checkin'],
    nav: 'today',
    load: () => import('../features/today/TodayScreen').then((m) => m.TodayScreen),
  },
  {
    paths: ['/sessions'],
    nav: 'sessions',
    load: () => import('../features/sessions/SessionsScreen').then((m) => m.SessionsScreen),
  },
  {
    paths: ['/journal', '/journal/new'],
    nav: 'journal',
    load: () => import('../features/journal/JournalScreen').then((m) => m.JournalScreen),
  },
  {
    paths: ['/insights'],
    nav: 'insights',
    load: () => import('../features/insights/InsightsScreen').then((m) => m.InsightsScreen),
  },
  {
    paths: ['/share'],
    nav: 'share',
    load: () => import('../features/share/ShareScreen').then((m) => m.ShareScreen),
  },
  {
    paths: ['/settings'],
    nav: 'settings',
    load: () => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
  },
  {
    paths: ['/settings/about'],
    nav: 'settings',
    load: () => import('../features/settings/AboutScreen').then((m) => m.AboutScreen),
  },
  {
    paths: ['/crisis'],
    nav: undefined,
    load: () => import('../features/crisis/CrisisScreen').then((m) => m.CrisisScreen),
  },
];

/** The screen shown for a path nobody defined. */
export const notFoundRoute: RouteDefinition = {
  paths: [],
  nav: undefined,
  load: () => import('./NotFoundScreen').then((m) => m.NotFoundScreen),
};

/** The route for a path. */
export function matchRoute(path: string): RouteDefinition {
  return routes.find((route) => route.paths.includes(path)) ?? notFoundRoute;
}
