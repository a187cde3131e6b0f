// Applies the theme to the page and mirrors it to localStorage, which /theme-boot.js reads
// before first paint. IndexedDB (the settings repository) stays the source of truth.
import type { ThemeChoice } from '../domain/theme';

/** Where the pre-paint copy of the theme lives. */
export const themeMirrorKey = 'waypoint.theme';

/** Applies a theme choice to the document now and for the next first paint. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(themeMirrorKey);
    else localStorage.setItem(themeMirrorKey, choice);
  } catch {
    // Storage blocked: the theme still applies for this visit.
  }
}
