import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

// These tests start as a brand-new user, not from the shared "welcome answered" state.
test.use({ storageState: { cookies: [], origins: [] } });

test('the first run welcomes, says the data stays here, and never shows again', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await page.goto('/');
  await expect(shell.heading).toHaveText('Welcome to Waypoint');
  await expect(page.getByText('Everything stays on this phone.')).toBeVisible();
  await expect(page.getByText(/No one monitors it/)).toBeVisible();

  await page.getByRole('button', { name: 'Plan my next session' }).click();
  await expect(page).toHaveURL('/sessions/new');
  await expect(shell.heading).toHaveText('New session');

  await page.goto('/');
  await expect(shell.heading).toHaveText('Today');
  await page.reload();
  await expect(shell.heading).toHaveText('Today');
});

test('"Log a past session" opens the editor ready to record one that happened', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Log a past session' }).click();
  await expect(page).toHaveURL(/\/sessions\/new\?past=1$/);
  await expect(page.getByLabel('This session already happened')).toBeChecked();
});

test('"Skip for now" goes straight to Today, for good', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.openFirstTime();
  await page.reload();
  await expect(shell.heading).toHaveText('Today');
  await expect(page.getByRole('heading', { name: 'Welcome to Waypoint' })).toHaveCount(0);
});
