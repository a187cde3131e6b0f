// Page models of "Back up your journal" (/settings/backup) and "Restore or import"
// (/settings/import).
import { expect, type Locator, type Page } from '@playwright/test';

/** The backup screen: protection choice, passphrase, "Back up now". */
export class BackupPage {
  readonly heading: Locator;
  readonly withPassphrase: Locator;
  readonly withoutPassphrase: Locator;
  readonly passphrase: Locator;
  readonly confirm: Locator;
  readonly passcode: Locator;
  readonly backUp: Locator;
  readonly problem: Locator;
  readonly lastBackup: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Back up your journal' });
    this.withPassphrase = page.getByLabel(/^Encrypt it with a passphrase/);
    this.withoutPassphrase = page.getByLabel(/^No passphrase/);
    this.passphrase = page.getByLabel('Passphrase for this backup');
    this.confirm = page.getByLabel('Type the passphrase again');
    this.passcode = page.getByLabel('Enter your passcode to make an unencrypted backup');
    this.backUp = page.getByRole('button', { name: 'Back up now' });
    this.problem = page.locator('form .problem');
    this.lastBackup = page.getByTestId('last-backup');
  }

  /** Opens the screen. */
  async open(): Promise<void> {
    await this.page.goto('/settings/backup');
    await expect(this.heading).toBeVisible();
  }

  /** Makes a backup and returns the path of the downloaded file and its name. */
  async download(passphrase?: string): Promise<{ path: string; name: string }> {
    if (passphrase === undefined) await this.withoutPassphrase.check();
    else {
      await this.withPassphrase.check();
      await this.passphrase.fill(passphrase);
      await this.confirm.fill(passphrase);
    }
    const downloading = this.page.waitForEvent('download');
    await this.backUp.click();
    const download = await downloading;
    const path = await download.path();
    return { path, name: download.suggestedFilename() };
  }
}

/** The import screen: the file, the preview, and the commit. */
export class ImportPage {
  readonly heading: Locator;
  readonly file: Locator;
  readonly problem: Locator;
  readonly preview: Locator;
  readonly passphrase: Locator;
  readonly openBackup: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Restore or import' });
    this.file = page.getByLabel('File to restore or import');
    this.problem = page.getByRole('alert');
    this.preview = page.locator('section.import-preview, section.pack-preview');
    this.passphrase = page.getByLabel('Backup passphrase');
    this.openBackup = page.getByRole('button', { name: 'Open the backup' });
    this.result = page.getByTestId('import-result');
  }

  /** Opens the screen. */
  async open(): Promise<void> {
    await this.page.goto('/settings/import');
    await expect(this.heading).toBeVisible();
  }

  /** The button that commits what the preview shows ("Import", "Restore", "Replace …"). */
  commit(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The row of the backup preview's table for a kind ("Journal entries"). */
  countRow(label: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(`^${label}`) });
  }
}
