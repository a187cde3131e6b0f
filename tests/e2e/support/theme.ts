// What the theme looks like from outside: the html[data-theme] override, the localStorage mirror
// and the colour the body is actually painted with.
import type { Page } from '@playwright/test';

/** The body background of each theme, as getComputedStyle reports --color-bg (tokens.css). */
export const bodyBackground = {
  light: 'rgb(247, 245, 240)',
  dark: 'rgb(18, 23, 24)',
} as const;

/** The localStorage key theme-boot.js reads before first paint. */
export const themeMirrorKey = 'waypoint.theme';

/** The computed background colour of the body. */
export function bodyBackgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/** The pre-paint mirror of the theme in localStorage, or null when there is none. */
export function themeMirrorOf(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), themeMirrorKey);
}
