// Page model of the app shell: header, navigation, notices, and the current screen's heading.
import { expect, type Locator, type Page } from '@playwright/test';

/** Every screen reachable from the navigation, with its heading. */
export const navScreens = [
  { label: 'Today', path: '/', heading: 'Today' },
  { label: 'Sessions', path: '/sessions', heading: 'Sessions' },
  { label: 'Journal', path: '/journal', heading: 'Journal' },
  { label: 'Insights', path: '/insights', heading: 'Insights' },
  { label: 'Share', path: '/share', heading: 'Share' },
  { label: 'Settings', path: '/settings', heading: 'Settings' },
] as const;

/** Every route with its heading, including those outside the navigation. */
export const allScreens = [
  ...navScreens,
  { label: 'About', path: '/settings/about', heading: 'About Waypoint' },
  { label: 'Crisis', path: '/crisis', heading: 'Get help now' },
  { label: 'Crisis resources', path: '/settings/crisis', heading: 'Crisis resources' },
  { label: 'Questionnaires', path: '/questionnaires', heading: 'Questionnaires' },
  { label: 'Prompt library', path: '/prompts', heading: 'Prompt library' },
  { label: 'New prompt', path: '/prompts/new', heading: 'New prompt' },
  { label: 'Import a prompt pack', path: '/prompts/import', heading: 'Import a prompt pack' },
  { label: 'Passcode lock', path: '/settings/lock', heading: 'Passcode lock' },
  { label: 'Back up', path: '/settings/backup', heading: 'Back up your journal' },
  { label: 'Restore or import', path: '/settings/import', heading: 'Restore or import' },
  { label: 'Print view', path: '/share/print', heading: 'Summary for my therapist' },
] as const;

/** The app shell around every screen. */
export class AppShell {
  readonly nav: Locator;
  readonly heading: Locator;
  readonly helpLink: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.helpLink = page.getByRole('link', { name: 'Get help' });
    // The app-wide live region (screens may have their own status lines).
    this.notices = page.locator('.notices[role="status"]');
  }

  /** Opens a path and waits for its screen's heading. */
  async open(path: string, heading: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.heading).toHaveText(heading);
  }

  /** Opens the app as a brand-new user: answers the first-run welcome with "Skip for now". */
  async openFirstTime(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toHaveText('Welcome to Waypoint');
    await this.page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(this.heading).toHaveText('Today');
  }

  /** Follows a navigation item and waits for the screen. */
  async navigateTo(label: string, heading: string): Promise<void> {
    await this.nav.getByRole('link', { name: label, exact: true }).click();
    await expect(this.heading).toHaveText(heading);
  }

  /** Waits until the service worker controls the page (after the first visit installs it). */
  async waitForServiceWorker(): Promise<void> {
    await this.page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return !!registration.active && !!navigator.serviceWorker.controller;
    });
  }
}
