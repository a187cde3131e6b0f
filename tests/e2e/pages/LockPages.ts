// Page models of the passcode lock: the lock screen, /settings/lock, and a raw read of what
// rests in the page's IndexedDB (every store, byte buffers decoded as text).
import { expect, type Locator, type Page } from '@playwright/test';

/** The lock screen that replaces the app while locked. */
export class LockScreenPage {
  readonly heading: Locator;
  readonly passcode: Locator;
  readonly unlockButton: Locator;
  readonly status: Locator;
  readonly helpLink: Locator;
  readonly forgot: Locator;
  readonly recoveryKey: Locator;
  readonly unlockWithRecovery: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Waypoint is locked' });
    this.passcode = page.getByLabel(/^Your (passphrase|PIN)$/);
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
    this.status = page.locator('.lock-status');
    this.helpLink = page.getByRole('link', { name: 'Get help now, without unlocking' });
    this.forgot = page.getByRole('button', { name: 'Forgot your passcode?' });
    this.recoveryKey = page.getByLabel('Recovery key');
    this.unlockWithRecovery = page.getByRole('button', { name: 'Unlock with recovery key' });
  }

  /** Waits for the lock screen. */
  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Types the passcode and unlocks; returns how long the unlock took in the page (ms). */
  async unlock(passcode: string): Promise<number> {
    await this.passcode.fill(passcode);
    const started = Date.now();
    await this.unlockButton.click();
    await expect(this.heading).toHaveCount(0, { timeout: 30_000 });
    return Date.now() - started;
  }

  /** Types a wrong passcode and waits for the answer. */
  async tryWrong(passcode: string): Promise<void> {
    await this.passcode.fill(passcode);
    await this.unlockButton.click();
    await expect(this.status).toHaveText(/not the right passcode|Too many wrong tries/, {
      timeout: 30_000,
    });
  }
}

/** What /settings/lock offers. */
export class LockSettingsPage {
  readonly heading: Locator;
  readonly shownRecoveryKey: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Passcode lock' });
    this.shownRecoveryKey = page.getByTestId('recovery-key');
  }

  /** Opens the screen. */
  async open(): Promise<void> {
    await this.page.goto('/settings/lock');
    await expect(this.heading).toBeVisible();
  }

  /** Turns the lock on with a passphrase; returns the recovery key shown once, if made. */
  async turnOn(
    passphrase: string,
    options: { recoveryKey?: boolean } = {},
  ): Promise<string | undefined> {
    const section = this.page.getByRole('region', { name: 'Lock Waypoint with a passcode' });
    await section.getByLabel('New passphrase', { exact: true }).fill(passphrase);
    await section.getByLabel('Type the new passphrase again').fill(passphrase);
    const recovery = section.getByLabel('Make a recovery key too (recommended)');
    if (options.recoveryKey === false) await recovery.uncheck();
    await section.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(this.page.getByRole('heading', { name: 'The lock is on' })).toBeVisible({
      timeout: 30_000,
    });
    if (options.recoveryKey === false) return undefined;
    const key = (await this.shownRecoveryKey.textContent()) ?? '';
    await this.page.getByRole('button', { name: 'I have saved it' }).click();
    await expect(this.shownRecoveryKey).toHaveCount(0);
    return key;
  }

  /** Locks at once. */
  async lockNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock now' }).click();
  }

  /** Turns the lock off with the current passcode. */
  async turnOff(current: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Turn off the lock' });
    await section.getByLabel('Current passcode or recovery key').fill(current);
    await section.getByRole('button', { name: 'Turn off the lock' }).click();
    await expect(this.page.getByText('The lock is off.')).toBeVisible({ timeout: 30_000 });
  }

  /** Changes the passcode to a PIN, giving the current passcode. */
  async changeToPin(current: string, pin: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Change passcode' });
    await section.getByLabel('Current passcode or recovery key').fill(current);
    await section.getByLabel('A PIN of 6 or more digits').check();
    await section.getByLabel('New PIN', { exact: true }).fill(pin);
    await section.getByLabel('Type the new PIN again').fill(pin);
    await section.getByRole('button', { name: 'Change passcode' }).click();
    await expect(this.page.getByText('Your passcode was changed.')).toBeVisible({
      timeout: 30_000,
    });
  }

  /** Wipes all data through the two confirmation steps. */
  async wipe(): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Wipe all data' });
    await section.getByRole('button', { name: 'Wipe all data…' }).click();
    const confirm = section.getByRole('button', { name: 'Delete everything' });
    await expect(confirm).toBeDisabled();
    await section.getByLabel('Type DELETE to confirm').fill('DELETE');
    await confirm.click();
  }
}

/** Every row of every store of the app's database, as text (byte buffers decoded as UTF-8). */
export function readRawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waypoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const decode = (_key: string, value: unknown) =>
      value instanceof ArrayBuffer
        ? new TextDecoder().decode(value)
        : ArrayBuffer.isView(value)
          ? new TextDecoder().decode(value as Uint8Array)
          : value;
    const parts: string[] = [];
    try {
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(`${name}: ${JSON.stringify(rows, decode)}`);
      }
    } finally {
      db.close();
    }
    return parts.join('\n');
  });
}
