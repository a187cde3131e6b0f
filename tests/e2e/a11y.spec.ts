// Accessibility: axe-core finds no violations on any route, in the light and in the dark colour
// scheme, and every route has one h1 and a document language.
import { expect, test } from './fixtures';
import { AppShell, allScreens } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';
import { axeViolations } from './support/axe';
import { bodyBackground, bodyBackgroundOf } from './support/theme';

// About the service worker and what it shows (the suite blocks it by default).
test.use({ serviceWorkers: 'allow' });

/** Screens per test: one service-worker install per group instead of one per screen. */
const groupCount = 3;
const screenGroups = Array.from({ length: groupCount }, (_, group) =>
  allScreens.filter((_, index) => index % groupCount === group),
);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    for (const group of screenGroups) {
      const names = group.map((screen) => screen.path).join(', ');
      test(`${names} have no axe violations`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme });
        const shell = new AppShell(page);
        for (const [index, screen] of group.entries()) {
          await shell.open(screen.path, screen.heading);
          if (screen.path === '/settings') {
            // The theme choices are disabled until the stored theme loads; check them enabled.
            await expect(new SettingsPage(page).themeOption('Light')).toBeEnabled();
          }
          if (index === 0) {
            // Let the first visit install the service worker, so its "Ready to work offline"
            // notice is on screen and checked too (once per group: it shows on the first visit).
            await shell.waitForServiceWorker();
            await expect(shell.notices).toContainText('Ready to work offline');
          }
          await page.waitForLoadState('networkidle');
          // The page is really painted in the scheme under test, so contrast is checked in it.
          expect(await bodyBackgroundOf(page), screen.path).toBe(bodyBackground[colorScheme]);

          await expect(page.locator('h1'), screen.path).toHaveCount(1);
          await expect(page.locator('html')).toHaveAttribute(
            'lang',
            /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/,
          );

          expect(await axeViolations(page), screen.path).toEqual([]);
        }
      });
    }
  });
}

test('the axe check reports real violations (it is not vacuous)', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/', 'Today');
  // Break the page on purpose, through the DOM (no inline script or style markup, so the CSP
  // guard stays quiet): an image with no text alternative and text barely visible on its card.
  await page.evaluate(() => {
    const main = document.getElementById('main');
    const image = document.createElement('img');
    image.src = '/icons/icon.svg';
    const faint = document.createElement('p');
    faint.textContent = 'Barely visible text';
    faint.style.color = '#f0f0f0';
    faint.style.background = '#ffffff';
    main?.append(image, faint);
  });
  const ids = (await axeViolations(page)).map((violation) => violation.id);
  expect(ids).toContain('image-alt');
  expect(ids).toContain('color-contrast');
});
