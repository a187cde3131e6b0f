// Settings save on change, asynchronously: a reload in the same instant can end the page before
// the write commits. Steps that reload or navigate right after changing a setting first wait
// here until the value is really stored (read raw from IndexedDB, the lock being off).
import { expect, type Page } from '@playwright/test';

/** The value stored for a setting, or undefined when it was never set. */
export function storedSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (settingKey) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('settings').objectStore('settings').get(settingKey);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            const row = get.result as { payload?: { data?: unknown } } | undefined;
            resolve(row?.payload?.data);
          };
        };
      }),
    key,
  );
}

/** Waits until a setting is stored with the expected value. */
export async function expectStoredSetting(
  page: Page,
  key: string,
  expected: unknown,
): Promise<void> {
  await expect.poll(() => storedSetting(page, key)).toEqual(expected);
}
