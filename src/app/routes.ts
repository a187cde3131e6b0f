// The route table. Every screen is its own lazily loaded chunk, precached by the service worker
// so it opens offline.
import type { ComponentType } from 'preact';
import { TodayScreen } from '../features/today/TodayScreen';

/** Values taken from a path, such as the `id` of `/sessions/:id`. */
export type RouteParams = Readonly<Record<string, string>>;

/** What every screen receives. */
export interface ScreenProps {
  readonly params: RouteParams;
}

/** One screen of the app. */
export interface RouteDefinition {
  /** Path patterns that show this screen; `:name` matches one segment. */
  readonly paths: readonly string[];
  /** Loads the screen's component. */
  readonly load: () => Promise<ComponentType<ScreenProps>>;
  /** The component itself when it is bundled with the shell: shown from the first render. */
  readonly bundled?: ComponentType<ScreenProps>;
  /** Which navigation item is highlighted. */
  readonly nav: NavKey | undefined;
}

/** The items of the main navigation. */
export type NavKey = 'today' | 'sessions' | 'journal' | 'insights' | 'share' | 'settings';

/** Every route, matched in order. */
export const routes: readonly RouteDefinition[] = [
  {
    paths: ['/'],
    nav: 'today',
    // Today is the start screen: bundled with the shell so the first visit fetches one file less,
    // and shown in the app's first render (a first visit's welcome stays on screen throughout).
    load: () => Promise.resolve(TodayScreen),
    bundled: TodayScreen,
  },
  {
    paths: ['/checkin', '/checkin/:id'],
    nav: 'today',
    load: () => import('../features/checkins/CheckInScreen').then((m) => m.CheckInScreen),
  },
  {
    paths: ['/sessions'],
    nav: 'sessions',
    load: () => import('../features/sessions/SessionsScreen').then((m) => m.SessionsScreen),
  },
  {
    // Before '/sessions/:id', which would otherwise take "new" for an id.
    paths: ['/sessions/new', '/sessions/:id/edit'],
    nav: 'sessions',
    load: () =>
      import('../features/sessions/SessionEditorScreen').then((m) => m.SessionEditorScreen),
  },
  {
    paths: ['/sessions/:id'],
    nav: 'sessions',
    load: () => import('../features/sessions/SessionScreen').then((m) => m.SessionScreen),
  },
  {
    paths: ['/journal'],
    nav: 'journal',
    load: () => import('../features/journal/JournalScreen').then((m) => m.JournalScreen),
  },
  {
    paths: ['/journal/new', '/journal/:id/edit'],
    nav: 'journal',
    load: () => import('../features/journal/EntryEditorScreen').then((m) => m.EntryEditorScreen),
  },
  {
    paths: ['/journal/:id'],
    nav: 'journal',
    load: () => import('../features/journal/EntryScreen').then((m) => m.EntryScreen),
  },
  {
    // The library, its editor and the pack import: one chunk (PromptScreens picks by path).
    paths: ['/prompts', '/prompts/new', '/prompts/import', '/prompts/:id/edit'],
    nav: 'journal',
    load: () => import('../features/prompts/PromptScreens').then((m) => m.PromptScreens),
  },
  {
    paths: ['/insights'],
    nav: 'insights',
    load: () => import('../features/insights/InsightsScreen').then((m) => m.InsightsScreen),
  },
  {
    paths: ['/questionnaires'],
    nav: 'insights',
    load: () =>
      import('../features/questionnaires/QuestionnairesScreen').then((m) => m.QuestionnairesScreen),
  },
  {
    paths: ['/questionnaires/:instrument'],
    nav: 'insights',
    load: () =>
      import('../features/questionnaires/QuestionnaireScreen').then((m) => m.QuestionnaireScreen),
  },
  {
    // /share/print: the print view, loaded by the Share screen (one route entry less at first load).
    paths: ['/share', '/share/print'],
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
    paths: ['/settings/lock'],
    nav: 'settings',
    load: () => import('../features/lock/LockSettingsScreen').then((m) => m.LockSettingsScreen),
  },
  {
    paths: ['/settings/backup', '/settings/import'],
    nav: 'settings',
    load: () => import('../features/backup/BackupScreens').then((m) => m.BackupScreens),
  },
  {
    paths: ['/settings/crisis'],
    nav: 'settings',
    load: () => import('../features/crisis/CrisisEditorScreen').then((m) => m.CrisisEditorScreen),
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

/** The params of a path for a pattern, or undefined when it does not match. */
export function matchPattern(pattern: string, path: string): RouteParams | undefined {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] ?? '';
    const value = have[i] ?? '';
    if (part.startsWith(':')) {
      if (!value) return undefined;
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) return undefined;
  }
  return params;
}

/** The route for a path and the params it carries. */
export function matchRoute(path: string): { route: RouteDefinition; params: RouteParams } {
  for (const route of routes) {
    for (const pattern of route.paths) {
      const params = matchPattern(pattern, path);
      if (params) return { route, params };
    }
  }
  return { route: notFoundRoute, params: {} };
}
