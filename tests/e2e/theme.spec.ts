// The theme setting: a choice applies at once, persists in IndexedDB, is painted before any app
// code runs (theme-boot.js reads the localStorage mirror), works offline, and "Same as this
// device" hands control back to the system colour scheme.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';
import { expectStoredSetting } from './support/storedSetting';
import { bodyBackground, bodyBackgroundOf, themeMirrorOf } from './support/theme';

const html = (page: Page) => page.locator('html');

/** The theme override on <html>, read once (no waiting): undefined when following the system. */
function dataThemeNow(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.theme);
}

test('choosing Dark applies at once and survives a reload', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  // A fresh profile follows the (light) system theme.
  await expect(settings.themeOption('Same as this device')).toBeChecked();
  await expect(html(page)).not.toHaveAttribute('data-theme');
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.light);

  await settings.chooseTheme('Dark');
  // Applied at once, without a reload or any further waiting.
  expect(await dataThemeNow(page)).toBe('dark');
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.dark);
  expect(await themeMirrorOf(page)).toBe('dark');
  await expectStoredSetting(page, 'theme', 'dark');

  await page.reload();
  await expect(settings.shell.heading).toHaveText('Settings');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.dark);
  await expect(settings.themeOption('Dark')).toBeChecked();
});

test.describe('with the service worker', () => {
  // Offline use needs the worker's precache (the suite blocks it by default).
  test.use({ serviceWorkers: 'allow' });

  test('a dark theme survives an offline reload', async ({ page, context }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.chooseTheme('Dark');
    expect(await dataThemeNow(page)).toBe('dark');
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);

    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect(settings.shell.heading).toHaveText('Settings');
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBackgroundOf(page)).toBe(bodyBackground.dark);
    await expect(settings.themeOption('Dark')).toBeChecked();
  });
});

test.describe('before any app code runs', () => {
  // page.route cannot see requests a service worker answers from its cache.
  test.use({ serviceWorkers: 'block' });

  test('the chosen theme is painted with the app script aborted (no flash)', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.chooseTheme('Dark');

    const aborted: string[] = [];
    await page.route('**/assets/index-*.js', (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
    await page.reload();
    await page.waitForLoadState('load');

    // The app never ran: its script was aborted and the boot shell from index.html remains.
    expect(aborted.length).toBeGreaterThan(0);
    await expect(page.locator('.boot-shell')).toBeAttached();
    await expect(page.locator('h1')).toHaveCount(0);
    // Yet the page is dark: theme-boot.js applied the choice before any app code.
    expect(await dataThemeNow(page)).toBe('dark');
    expect(await bodyBackgroundOf(page)).toBe(bodyBackground.dark);

    // Control: without theme-boot.js as well, nothing else makes the page dark before the app.
    await page.route('**/theme-boot.js', (route) => route.abort());
    await page.reload();
    await page.waitForLoadState('load');
    await expect(page.locator('.boot-shell')).toBeAttached();
    expect(await dataThemeNow(page)).toBeUndefined();
    expect(await bodyBackgroundOf(page)).toBe(bodyBackground.light);
  });
});

test('"Same as this device" removes the override and follows the system', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.chooseTheme('Dark');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');

  await settings.chooseTheme('Same as this device');
  expect(await dataThemeNow(page)).toBeUndefined();
  expect(await themeMirrorOf(page)).toBeNull();
  // The emulated system scheme is light: the page is light again.
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.light);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => bodyBackgroundOf(page)).toBe(bodyBackground.dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => bodyBackgroundOf(page)).toBe(bodyBackground.light);

  // The choice is stored: after a reload the page still follows the system.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(settings.themeOption('Same as this device')).toBeEnabled();
  await expect(settings.themeOption('Same as this device')).toBeChecked();
  await expect(html(page)).not.toHaveAttribute('data-theme');
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.dark);
});

test('IndexedDB is the source of truth: the app restores Light after localStorage is cleared', async ({
  page,
}) => {
  // A dark system scheme, so a Light choice is visibly different from following the system.
  await page.emulateMedia({ colorScheme: 'dark' });
  const settings = new SettingsPage(page);
  await settings.open();
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.dark);
  await settings.chooseTheme('Light');
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.light);
  await expectStoredSetting(page, 'theme', 'light');

  await page.evaluate(() => localStorage.clear());
  expect(await themeMirrorOf(page)).toBeNull();
  await page.reload();

  await expect(settings.shell.heading).toHaveText('Settings');
  await expect(settings.themeOption('Light')).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  expect(await bodyBackgroundOf(page)).toBe(bodyBackground.light);
  // The app also rewrote the pre-paint mirror from IndexedDB.
  expect(await themeMirrorOf(page)).toBe('light');
});
