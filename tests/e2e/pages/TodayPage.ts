// Page model of Today, in particular the card that suggests installing the app.
import type { Locator, Page } from '@playwright/test';

/** The Today screen. */
export class TodayPage {
  /** The "Use Waypoint offline" card, shown when the app can be installed. */
  readonly installCard: Locator;
  readonly installCardHeading: Locator;
  readonly howToInstall: Locator;

  constructor(readonly page: Page) {
    this.installCardHeading = page.getByRole('heading', { name: 'Use Waypoint offline', level: 2 });
    this.installCard = page.locator('section', { has: this.installCardHeading });
    this.howToInstall = this.installCard.getByRole('link', { name: 'How to install' });
  }
}
