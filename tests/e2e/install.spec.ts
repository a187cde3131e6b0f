// Installing the app: the Install button appears in Settings when the browser offers
// installation (beforeinstallprompt), and iPhone Safari gets an "Add to Home Screen" guide.
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';
import { TodayPage } from './pages/TodayPage';

/** iPhone Safari on iOS 17. */
const iPhoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

/** What the page records about the synthetic install offer. */
type OfferWindow = Window & { __promptCalls?: number };

/**
 * Fires a synthetic beforeinstallprompt, as Chromium does when the app is installable (headless
 * Chromium never fires it by itself). Its prompt() counts calls; userChoice resolves with the
 * given outcome. Returns whether the app called preventDefault() to keep the offer for later.
 */
async function offerInstall(
  page: import('@playwright/test').Page,
  outcome: 'accepted' | 'dismissed',
): Promise<boolean> {
  return page.evaluate((outcome) => {
    const win = window as OfferWindow;
    win.__promptCalls = 0;
    const event = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(event, {
      prompt: () => {
        win.__promptCalls = (win.__promptCalls ?? 0) + 1;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome, platform: 'web' }),
    });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  }, outcome);
}

function promptCalls(page: import('@playwright/test').Page): Promise<number | undefined> {
  return page.evaluate(() => (window as OfferWindow).__promptCalls);
}

test('the Install button appears when the browser offers installation, and installs', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const settings = new SettingsPage(page);
  await shell.open('/settings', 'Settings');
  await expect(settings.installSection).toHaveAttribute('id', 'install');
  await expect(settings.noPromptMessage).toBeVisible();
  await expect(settings.installButton).toHaveCount(0);

  expect(await offerInstall(page, 'accepted'), 'the app keeps the offer (preventDefault)').toBe(
    true,
  );
  await expect(settings.installButton).toBeVisible();
  await expect(settings.noPromptMessage).toBeHidden();
  expect(await promptCalls(page)).toBe(0);

  await settings.installButton.click();
  await expect.poll(() => promptCalls(page)).toBe(1);
  await expect(settings.installedMessage).toBeVisible();
  await expect(settings.installButton).toHaveCount(0);
});

test('a declined install offer is not shown again', async ({ page }) => {
  const shell = new AppShell(page);
  const settings = new SettingsPage(page);
  await shell.open('/settings', 'Settings');
  await offerInstall(page, 'dismissed');
  await settings.installButton.click();
  await expect.poll(() => promptCalls(page)).toBe(1);
  // The browser's offer can be shown only once; the section falls back to its plain note.
  await expect(settings.installButton).toHaveCount(0);
  await expect(settings.installedMessage).toHaveCount(0);
  await expect(settings.noPromptMessage).toBeVisible();
});

test('Today suggests installing when the browser offers it', async ({ page }) => {
  const shell = new AppShell(page);
  const today = new TodayPage(page);
  await shell.open('/', 'Today');
  await expect(today.installCardHeading).toHaveCount(0);
  await offerInstall(page, 'accepted');
  await expect(today.installCardHeading).toBeVisible();
  await today.howToInstall.click();
  await expect(shell.heading).toHaveText('Settings');
  await expect(new SettingsPage(page).installButton).toBeInViewport();
});

test.describe('on iPhone Safari', () => {
  test.use({ userAgent: iPhoneSafari });

  test('Settings shows the Add to Home Screen guide and its storage warning', async ({ page }) => {
    const shell = new AppShell(page);
    const settings = new SettingsPage(page);
    await shell.open('/settings', 'Settings');
    await expect(settings.homeScreenGuide).toBeVisible();
    await expect(settings.homeScreenSteps).toHaveText([
      'Tap the Share button at the bottom of the screen.',
      'Choose "Add to Home Screen", then "Add".',
    ]);
    await expect(settings.separateStorageWarning).toBeVisible();
    await expect(settings.separateStorageWarning).toContainText(
      'entries written here in Safari do not appear there',
    );
    await expect(settings.installButton).toHaveCount(0);
    await expect(settings.noPromptMessage).toHaveCount(0);
  });

  test('Today shows the "Use Waypoint offline" card, which leads to the guide', async ({
    page,
  }) => {
    const shell = new AppShell(page);
    const today = new TodayPage(page);
    await shell.open('/', 'Today');
    await expect(today.installCardHeading).toBeVisible();
    await expect(today.howToInstall).toHaveAttribute('href', '/settings#install');
    await today.howToInstall.click();
    await expect(shell.heading).toHaveText('Settings');
    await expect(new SettingsPage(page).homeScreenGuide).toBeInViewport();
  });
});
