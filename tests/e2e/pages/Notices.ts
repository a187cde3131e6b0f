// Page model of the app's service-worker notices: "Ready to work offline" and "Update available".
// Located by role and text, not by layout, so moving a notice (say, to a banner) keeps them valid.
import type { Locator, Page } from '@playwright/test';

/** The live status messages about the app itself. */
export class Notices {
  readonly offlineReady: Locator;
  readonly dismissOfflineReady: Locator;
  readonly updateAvailable: Locator;
  readonly updateNow: Locator;

  constructor(readonly page: Page) {
    const status = page.getByRole('status');
    const offlineText = page.getByText('Ready to work offline.', { exact: true });
    this.offlineReady = status.locator(offlineText);
    this.dismissOfflineReady = status
      .locator('.notice')
      .filter({ has: offlineText })
      .getByRole('button', { name: 'OK' });
    this.updateAvailable = status.getByText(/^Update available\./);
    this.updateNow = status.getByRole('button', { name: 'Update now' });
  }
}
