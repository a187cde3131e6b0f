import { describe, expect, it } from 'vitest';
import { themeChoices, toThemeChoice } from '../../../src/domain/theme';

describe('toThemeChoice', () => {
  it('keeps the choices it knows', () => {
    expect(toThemeChoice('light')).toBe('light');
    expect(toThemeChoice('dark')).toBe('dark');
    expect(toThemeChoice('system')).toBe('system');
  });

  it('falls back to the system theme for anything else', () => {
    for (const value of [
      undefined,
      null,
      '',
      'Dark',
      'LIGHT',
      ' dark',
      'purple',
      1,
      true,
      {},
      ['dark'],
    ]) {
      expect(toThemeChoice(value), JSON.stringify(value)).toBe('system');
    }
  });
});

describe('themeChoices', () => {
  it('lists system, light and dark in that order', () => {
    expect(themeChoices).toEqual(['system', 'light', 'dark']);
  });

  it('round-trips every choice', () => {
    for (const choice of themeChoices) expect(toThemeChoice(choice)).toBe(choice);
  });
});
