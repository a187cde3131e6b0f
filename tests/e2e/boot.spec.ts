// Start-up: index.html paints the app's own header before any script runs, Preact takes it
// over in place (no layout shift, no second header), no user ever sees a screen that is not
// theirs on the way, and a first visit paints the welcome before the app's code is fetched.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { BootPage } from './pages/BootPage';
import { axeViolations } from './support/axe';

test.use({ serviceWorkers: 'block' });

test('the HTML paints the header the app shows, usable before any script runs', async ({
  page,
}) => {
  const boot = new BootPage(page);
  const shell = new AppShell(page);
  await shell.open('/', 'Today');
  const appHeader = await boot.headerMarkup();
  expect(appHeader).toContain('Get help');

  // Without the app's scripts: only the shell from index.html is on screen.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.reload();
  await page.waitForLoadState('load');
  await expect(page.locator('header.boot-shell')).toBeVisible();
  expect(await boot.headerMarkup()).toBe(appHeader);
  // True for every start screen (Welcome, Today, the lock screen): no heading, no navigation.
  await expect(page.locator('h1')).toHaveCount(0);
  await expect(shell.nav).toHaveCount(0);
  // "Get help" is a real link already, and it leads to the crisis screen.
  await expect(shell.helpLink).toHaveAttribute('href', '/crisis');
  await page.unroute('**/assets/*.js');
  await shell.helpLink.click();
  await expect(shell.heading).toHaveText('Get help now');
});

test('Preact takes the painted header over in place: one header, no layout shift', async ({
  page,
}) => {
  const boot = new BootPage(page);
  await boot.record();
  // A slow phone: Today's data arrives frames after its first paint.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const shell = new AppShell(page);
  await shell.open('/', 'Today');
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('.boot-shell')).toHaveCount(0);
  const recorded = await boot.recorded();
  expect(recorded.sameHeader).toBe(true);
  // Nothing of the shell moved as the app took it over.
  expect(recorded.shellShift, recorded.shifted.join('; ')).toBe(0);
  // Nor did Today's own content as its data arrived: the phase card comes with the actions
  // below it, not after them.
  await expect(page.locator('#phase-title')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check in' })).toBeVisible();
  const settled = await boot.recorded();
  expect(settled.layoutShift, settled.shifted.join('; ')).toBe(0);
  // A returning user sees Today and nothing else on the way: no flash of the welcome.
  expect(recorded.headings).toEqual(['Today']);
  expect(boot.fetched('welcome')).toBe(false);
  expect(await axeViolations(page)).toEqual([]);
});

/** Holds the app's file (database code, shell, Today) back until the returned function runs. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/app-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('a first visit', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('paints the welcome before the app is fetched, then the app takes over in place', async ({
    page,
  }) => {
    const boot = new BootPage(page);
    await boot.record();
    const shell = new AppShell(page);
    await page.goto('/');
    await expect(shell.heading).toHaveText('Welcome to Waypoint');
    // The app (database code, shell, Today) arrives after the welcome was shown, and takes over.
    await expect.poll(async () => (await boot.recorded()).takenOverAt).not.toBeNull();
    await expect(page.getByRole('button', { name: 'Skip for now' })).toBeVisible();
    const recorded = await boot.recorded();
    expect(recorded.headings).toEqual(['Welcome to Waypoint']);
    expect(recorded.layoutShift, recorded.shifted.join('; ')).toBe(0);
    expect(recorded.appRequestedAt).not.toBeNull();
    expect(recorded.shownAt['Welcome to Waypoint']).toBeLessThan(recorded.appRequestedAt ?? 0);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a choice made before the app has loaded is kept and stored', async ({ page }) => {
    // A slow connection: the app's file is held back until the choice has been made.
    const release = await holdTheApp(page);
    const shell = new AppShell(page);
    await page.goto('/');
    await expect(shell.heading).toHaveText('Welcome to Waypoint');
    await page.getByRole('button', { name: 'Plan my next session' }).click();
    release();
    await expect(shell.heading).toHaveText('New session');
    await expect(page).toHaveURL(/\/sessions\/new$/);
    // Stored: the next visit starts at Today, not at the welcome.
    await page.goto('/');
    await expect(shell.heading).toHaveText('Today');
  });

  test('with the welcome on screen, the app keeps focus on the button that had it', async ({
    page,
  }) => {
    const release = await holdTheApp(page);
    const boot = new BootPage(page);
    await boot.record();
    await page.goto('/');
    const logAPast = page.getByRole('button', { name: 'Log a past session' });
    await logAPast.focus();
    release();
    await expect.poll(async () => (await boot.recorded()).takenOverAt).not.toBeNull();
    await expect(logAPast).toBeFocused();
    // And it is the app's own button now: it works.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sessions\/new\?past=1$/);
  });
});
