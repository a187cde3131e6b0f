import { expect, test } from './fixtures';
import { AppShell, allScreens, navScreens } from './pages/AppShell';

test('every route shows exactly one h1 and a navigation', async ({ page }) => {
  const shell = new AppShell(page);
  for (const screen of allScreens) {
    await shell.open(screen.path, screen.heading);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(shell.nav).toBeVisible();
  }
});

test('the bottom navigation reaches every screen and marks the current one', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/', 'Today');
  for (const screen of navScreens) {
    await shell.navigateTo(screen.label, screen.heading);
    await expect(page).toHaveURL(screen.path);
    await expect(shell.nav.getByRole('link', { name: screen.label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
  const box = await shell.nav.boundingBox();
  expect(box?.y ?? 0).toBeGreaterThan(844 - 120);
});

test('crisis resources are one tap away from every screen', async ({ page }) => {
  const shell = new AppShell(page);
  for (const screen of allScreens) {
    await shell.open(screen.path, screen.heading);
    await shell.helpLink.click();
    await expect(shell.heading).toHaveText('Get help now');
    await expect(page.getByRole('link', { name: 'Call 988' }).first()).toHaveAttribute(
      'href',
      'tel:988',
    );
  }
});

test('an unknown address shows a page-not-found screen', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/no-such-page', 'Page not found');
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(shell.heading).toHaveText('Today');
});
