// Page model of the check-in screen at /checkin and /checkin/:id.
import { expect, type Locator, type Page } from '@playwright/test';

/** The check-in screen; `taps` counts the clicks made through `tap`. */
export class CheckInPage {
  readonly heading: Locator;
  readonly save: Locator;
  readonly addMore: Locator;
  readonly date: Locator;
  readonly time: Locator;
  readonly session: Locator;
  readonly note: Locator;
  readonly delete: Locator;
  taps = 0;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.save = page.getByRole('button', { name: 'Save check-in' });
    this.addMore = page.getByRole('button', { name: 'Add more' });
    this.date = page.getByLabel('Date', { exact: true });
    this.time = page.getByLabel('Time', { exact: true });
    this.session = page.getByLabel('Session', { exact: true });
    this.note = page.getByLabel('Note (optional)');
    this.delete = page.getByRole('button', { name: 'Delete check-in' });
  }

  /** The mood button for a number from 1 to 10. */
  mood(n: number): Locator {
    return this.page
      .getByRole('group', { name: /How are you feeling/ })
      .getByRole('button', { name: String(n), exact: true });
  }

  /** An optional 0-10 rating by its label ("Anxiety", "Pain"...). */
  rating(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** An emotion word's toggle. */
  emotion(word: string): Locator {
    return this.page.getByRole('button', { name: word, exact: true });
  }

  /** Clicks and counts the tap. */
  async tap(locator: Locator): Promise<void> {
    this.taps++;
    await locator.click();
  }

  /** Opens a blank check-in directly. */
  async openNew(): Promise<void> {
    await this.page.goto('/checkin');
    await expect(this.heading).toHaveText('Check in');
    await expect(this.mood(1)).toBeVisible();
  }
}
