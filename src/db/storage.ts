// Persistent storage and quota. Browsers may evict a site's data under pressure unless it is
// granted persistent storage; we ask once, after the first record is saved (asking on a blank
// app is refused more often and means nothing to the user).
import type { MetaRepository } from './repositories/meta';

/** What the browser says about this site's storage. */
export interface StorageStatus {
  readonly persisted: boolean | undefined;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
}

// Saves that finish together each call in before the first has recorded that it asked; they
// share its request instead of asking again.
const pending = new WeakMap<MetaRepository, Promise<void>>();

/** Asks for persistent storage once per install; later calls do nothing. */
export function requestPersistenceOnce(meta: MetaRepository): Promise<void> {
  let request = pending.get(meta);
  if (!request) {
    request = askOnce(meta).finally(() => pending.delete(meta));
    pending.set(meta, request);
  }
  return request;
}

async function askOnce(meta: MetaRepository): Promise<void> {
  if (await meta.get('persistenceRequested')) return;
  await meta.set('persistenceRequested', true);
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  try {
    await navigator.storage.persist();
  } catch {
    // Some browsers throw instead of answering false; either way the data stays where it is.
  }
}

/** Whether storage is persistent and how much is used, where the browser says. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const persisted = storage?.persisted
    ? await storage.persisted().catch(() => undefined)
    : undefined;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  return { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}
