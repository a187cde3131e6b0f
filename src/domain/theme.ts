// Theme choice: follow the system, or force light or dark.

/** The user's theme preference. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Every theme choice, in the order settings lists them. */
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Narrows an unknown stored value to a theme choice, defaulting to the system theme. */
export function toThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}
