// Page models for storage safety: the "Storage on this phone" section of Settings, the backup
// nudge on Today, and raw IndexedDB access from inside a page (what rests in the database, as
// another tab or a test would see it, bypassing the app).
import { expect, type Locator, type Page } from '@playwright/test';

/** The database the app opens (src/db/schema.ts). */
export const DATABASE_NAME = 'waypoint';

/** What `navigator.storage` answers, for `stubStorage`. */
export interface StorageStub {
  readonly persisted: boolean;
  /** What `persist()` answers when asked again. */
  readonly persist: boolean;
  readonly usage: number;
  readonly quota: number;
}

/** Replaces `navigator.storage` before the app loads; `persist()` calls are counted. */
export async function stubStorage(page: Page, stub: StorageStub): Promise<void> {
  await page.addInitScript((s: StorageStub) => {
    const calls = { persist: 0 };
    (window as unknown as { __persistCalls: typeof calls }).__persistCalls = calls;
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => s.persisted,
        persist: async () => {
          calls.persist++;
          return s.persist;
        },
        estimate: async () => ({ usage: s.usage, quota: s.quota }),
      },
    });
  }, stub);
}

/** How often the app called `navigator.storage.persist()` on this page. */
export function persistCalls(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __persistCalls: { persist: number } }).__persistCalls.persist,
  );
}

/** The "Storage on this phone" card of Settings. */
export class StorageSettings {
  readonly section: Locator;
  readonly protection: Locator;
  readonly space: Locator;
  readonly warning: Locator;
  readonly askAgain: Locator;
  readonly iosHint: Locator;
  readonly moving: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Storage on this phone' });
    this.protection = this.section.getByTestId('storage-protection');
    this.space = this.section.getByTestId('storage-space');
    this.warning = this.section.getByRole('alert');
    this.askAgain = this.section.getByRole('button', { name: 'Ask again' });
    this.iosHint = this.section.getByTestId('ios-storage-hint');
    this.moving = page.getByRole('region', { name: 'Moving to a new phone' });
  }

  /** Opens Settings and waits for the storage facts. */
  async open(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(this.protection).toBeVisible();
  }
}

/** The "Back up your journal" card on Today. */
export class BackupNudgeCard {
  readonly card: Locator;
  readonly backUpNow: Locator;
  readonly notNow: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Back up your journal' });
    this.backUpNow = this.card.getByRole('link', { name: 'Back up now' });
    this.notNow = this.card.getByRole('button', { name: 'Not now' });
  }

  /** Opens Today and waits until its content (the actions) has rendered. */
  async openToday(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Today');
    await expect(this.page.getByRole('link', { name: 'Check in' })).toBeVisible();
  }

  /** Waits long enough for the lazily loaded nudge to have appeared if it were going to. */
  async expectAbsent(): Promise<void> {
    await this.page.waitForLoadState('networkidle');
    await expect(this.card).toHaveCount(0);
  }
}

/** Every row of one store, read with raw IndexedDB inside the page (opens any version). */
export function readRawStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction(store, 'readonly').objectStore(store).getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            resolve(read.result as Record<string, unknown>[]);
          };
        };
      }),
    { name: DATABASE_NAME, store },
  );
}

/** Writes a meta value the way `recordBackupMade` stores it (`{ key, value }`), raw. */
export function writeRawMeta(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ({ name, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key, value });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, key, value },
  );
}

/** The native IndexedDB version of the app's database, as a page sees it. */
export function nativeVersion(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const found = (await indexedDB.databases()).find((db) => db.name === name);
    return found?.version ?? 0;
  }, DATABASE_NAME);
}

/** Opens the app's database at a higher native version, as a newer app in another tab would. */
export function upgradeFromAnotherTab(page: Page, version: number): Promise<number> {
  return page.evaluate(
    ({ name, version }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const reached = db.version;
          db.close();
          resolve(reached);
        };
      }),
    { name: DATABASE_NAME, version },
  );
}
