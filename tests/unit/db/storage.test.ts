// @vitest-environment happy-dom
// Persistent storage: asked for once, after the first record is saved; and what the browser
// says about persistence and quota.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStorageStatus, requestPersistenceOnce } from '../../../src/db/storage';
import { checkInFields, entryFields } from '../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from './testDatabase';

type StorageStub = {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimate>;
};

/** Puts a stand-in StorageManager on navigator (happy-dom has none). */
function stubStorage(storage: StorageStub | undefined): void {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => {
  delete (navigator as { storage?: unknown }).storage;
});

describe('requestPersistenceOnce', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('asks the browser once and remembers that it asked', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist });
    await requestPersistenceOnce(t.repos.meta);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await t.repos.meta.get('persistenceRequested')).toBe(true);

    await requestPersistenceOnce(t.repos.meta);
    await requestPersistenceOnce(t.repos.meta);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks once even when called several times at the same moment', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist });
    await Promise.all([
      requestPersistenceOnce(t.repos.meta),
      requestPersistenceOnce(t.repos.meta),
      requestPersistenceOnce(t.repos.meta),
    ]);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when an earlier run already asked (after a reload)', async () => {
    await t.repos.meta.set('persistenceRequested', true);
    const persist = vi.fn(async () => true);
    stubStorage({ persist });
    await requestPersistenceOnce(t.repos.meta);
    expect(persist).not.toHaveBeenCalled();
  });

  it('counts a refusal as asked', async () => {
    const persist = vi.fn(async () => false);
    stubStorage({ persist });
    await requestPersistenceOnce(t.repos.meta);
    await requestPersistenceOnce(t.repos.meta);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await t.repos.meta.get('persistenceRequested')).toBe(true);
  });

  it('swallows a browser that throws instead of answering', async () => {
    const persist = vi.fn(async (): Promise<boolean> => {
      throw new DOMException('Not allowed', 'NotAllowedError');
    });
    stubStorage({ persist });
    await expect(requestPersistenceOnce(t.repos.meta)).resolves.toBeUndefined();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await t.repos.meta.get('persistenceRequested')).toBe(true);
  });

  it('does nothing harmful where the browser has no storage API', async () => {
    stubStorage(undefined);
    await expect(requestPersistenceOnce(t.repos.meta)).resolves.toBeUndefined();
    expect(await t.repos.meta.get('persistenceRequested')).toBe(true);
    stubStorage({});
    await expect(requestPersistenceOnce(t.repos.meta)).resolves.toBeUndefined();
  });
});

describe('asking for persistence after saves', () => {
  let t: TestDatabase;
  let persist: ReturnType<typeof vi.fn<() => Promise<boolean>>>;

  beforeEach(async () => {
    persist = vi.fn(async () => true);
    stubStorage({ persist });
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  const asked = () =>
    vi.waitFor(async () => {
      expect(await t.repos.meta.get('persistenceRequested')).toBe(true);
      expect(persist).toHaveBeenCalled();
    });

  it('does not ask before anything is saved', async () => {
    await t.repos.entries.all();
    await t.repos.settings.getTheme();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(persist).not.toHaveBeenCalled();
    expect(await t.repos.meta.get('persistenceRequested')).toBeUndefined();
  });

  it('asks after the first record is saved', async () => {
    await t.repos.entries.create(entryFields());
    await asked();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks exactly once across several saves, one after another', async () => {
    const entry = await t.repos.entries.create(entryFields());
    await t.repos.entries.update(entry.id, { body: 'more' });
    await t.repos.checkins.create(checkInFields());
    await t.repos.entries.create(entryFields());
    await asked();
    await t.repos.entries.create(entryFields());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks exactly once when several saves finish together', async () => {
    await Promise.all([
      t.repos.entries.create(entryFields()),
      t.repos.entries.create(entryFields()),
      t.repos.checkins.create(checkInFields()),
      t.repos.entries.create(entryFields()),
    ]);
    await asked();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('never lets a failing request break the save', async () => {
    persist.mockRejectedValue(new Error('storage manager crashed'));
    const entry = await t.repos.entries.create(entryFields({ body: 'kept' }));
    await asked();
    expect((await t.repos.entries.get(entry.id))?.body).toBe('kept');
  });
});

describe('readStorageStatus', () => {
  it('reports persistence, usage and quota as the browser gives them', async () => {
    stubStorage({
      persisted: async () => true,
      estimate: async () => ({ usage: 1_234_567, quota: 9_000_000 }),
    });
    expect(await readStorageStatus()).toEqual({
      persisted: true,
      usageBytes: 1_234_567,
      quotaBytes: 9_000_000,
    });
  });

  it('reports a storage that is not persistent', async () => {
    stubStorage({ persisted: async () => false, estimate: async () => ({ usage: 0, quota: 10 }) });
    expect(await readStorageStatus()).toEqual({ persisted: false, usageBytes: 0, quotaBytes: 10 });
  });

  it('reports nothing known where the browser has no storage API', async () => {
    stubStorage(undefined);
    expect(await readStorageStatus()).toEqual({
      persisted: undefined,
      usageBytes: undefined,
      quotaBytes: undefined,
    });
  });

  it('keeps what it can learn when one question fails', async () => {
    stubStorage({
      persisted: async () => {
        throw new Error('no');
      },
      estimate: async () => ({ usage: 5, quota: 50 }),
    });
    expect(await readStorageStatus()).toEqual({
      persisted: undefined,
      usageBytes: 5,
      quotaBytes: 50,
    });

    stubStorage({
      persisted: async () => true,
      estimate: async () => {
        throw new Error('no');
      },
    });
    expect(await readStorageStatus()).toEqual({
      persisted: true,
      usageBytes: undefined,
      quotaBytes: undefined,
    });
  });

  it('handles a browser that only answers some of the questions', async () => {
    stubStorage({ estimate: async () => ({ usage: 7 }) });
    expect(await readStorageStatus()).toEqual({
      persisted: undefined,
      usageBytes: 7,
      quotaBytes: undefined,
    });
  });
});
