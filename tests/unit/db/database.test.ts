// Opening and keeping the database: retry once, never delete, reconnect once after a lost
// connection, and step aside (after saving) when another tab upgrades the schema.
import Dexie from 'dexie';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDatabase,
  openDatabase,
  type WaypointDexie,
  withReconnect,
} from '../../../src/db/database';
import { createRepositories } from '../../../src/db/repositories';
import { currentSchemaVersion } from '../../../src/db/schema';
import { createTestClock, entryFields } from '../factories';

const opened: WaypointDexie[] = [];
const uniqueName = () => `test-${crypto.randomUUID()}`;

/** createDatabase, remembered so the test closes it afterwards. */
function track(db: WaypointDexie): WaypointDexie {
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A promise the test resolves or rejects by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Writes one entry into a new database, closes it, and returns the name and entry id. */
async function seedDatabase(): Promise<{ name: string; entryId: string }> {
  const name = uniqueName();
  const db = await openDatabase(createDatabase(name));
  const { entries, meta } = createRepositories(db, createTestClock());
  const entry = await entries.create(entryFields({ body: 'must survive' }));
  // Let the first save's persistence request finish, so nothing reopens the database later.
  await vi.waitFor(async () => expect(await meta.get('persistenceRequested')).toBe(true));
  db.close();
  return { name, entryId: entry.id };
}

async function readEntryBody(name: string, id: string): Promise<unknown> {
  const db = track(await openDatabase(createDatabase(name)));
  const { entries } = createRepositories(db, createTestClock());
  return (await entries.get(id))?.body;
}

describe('createDatabase', () => {
  it('declares the current schema but does not open until asked', async () => {
    const db = track(createDatabase(uniqueName()));
    expect(db.isOpen()).toBe(false);
    expect(db.verno).toBe(currentSchemaVersion);
    await expect(db.entries.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('uses the name it is given', () => {
    const name = uniqueName();
    expect(track(createDatabase(name)).name).toBe(name);
  });
});

describe('openDatabase', () => {
  it('opens and returns the same database', async () => {
    const db = track(createDatabase(uniqueName()));
    expect(await openDatabase(db)).toBe(db);
    expect(db.isOpen()).toBe(true);
    expect(await db.entries.count()).toBe(0);
  });

  it('retries once after a failed open, without deleting anything', async () => {
    const { name, entryId } = await seedDatabase();
    const deleteSpy = vi.spyOn(indexedDB, 'deleteDatabase');
    const realOpen = indexedDB.open.bind(indexedDB);
    const openSpy = vi
      .spyOn(indexedDB, 'open')
      .mockImplementationOnce(() => {
        throw new DOMException('The connection was interrupted', 'AbortError');
      })
      .mockImplementation(realOpen);

    const db = track(createDatabase(name));
    await expect(openDatabase(db)).resolves.toBe(db);
    expect(db.isOpen()).toBe(true);
    expect(openSpy).toHaveBeenCalledTimes(2);
    expect(deleteSpy).not.toHaveBeenCalled();
    const { entries } = createRepositories(db, createTestClock());
    expect((await entries.get(entryId))?.body).toBe('must survive');
  });

  it('reports the failure after the second try, still without deleting anything', async () => {
    const { name, entryId } = await seedDatabase();
    const deleteSpy = vi.spyOn(indexedDB, 'deleteDatabase');
    const openSpy = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The backing store is corrupt', 'AbortError');
    });

    const db = track(createDatabase(name));
    await expect(openDatabase(db)).rejects.toMatchObject({ name: 'AbortError' });
    expect(openSpy).toHaveBeenCalledTimes(2);
    expect(deleteSpy).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);

    openSpy.mockRestore();
    expect(await readEntryBody(name, entryId)).toBe('must survive');
    expect(deleteSpy).not.toHaveBeenCalled();
  });

  it('retries a Dexie OpenFailedError once and succeeds', async () => {
    const db = track(createDatabase(uniqueName()));
    const realOpen = db.open.bind(db);
    const openSpy = vi
      .spyOn(db, 'open')
      .mockRejectedValueOnce(new Dexie.OpenFailedError('first try failed'))
      .mockImplementation(realOpen);
    const closeSpy = vi.spyOn(db, 'close');
    await expect(openDatabase(db)).resolves.toBe(db);
    expect(openSpy).toHaveBeenCalledTimes(2);
    expect(closeSpy).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(true);
  });

  it('does not retry a VersionError (a newer app wrote this database)', async () => {
    const db = track(createDatabase(uniqueName()));
    const versionError = new Dexie.VersionError('The database is newer than this app');
    const openSpy = vi.spyOn(db, 'open').mockRejectedValue(versionError);
    const deleteSpy = vi.spyOn(indexedDB, 'deleteDatabase');
    await expect(openDatabase(db)).rejects.toBe(versionError);
    expect(openSpy).toHaveBeenCalledTimes(1);
    expect(deleteSpy).not.toHaveBeenCalled();
  });
});

describe('withReconnect', () => {
  it('runs the operation once when it succeeds', async () => {
    const db = track(await openDatabase(createDatabase(uniqueName())));
    const closeSpy = vi.spyOn(db, 'close');
    const operation = vi.fn(async () => 'done');
    expect(await withReconnect(db, operation)).toBe('done');
    expect(operation).toHaveBeenCalledTimes(1);
    expect(closeSpy).not.toHaveBeenCalled();
  });

  it('reopens a closed database and retries the operation', async () => {
    const db = track(await openDatabase(createDatabase(uniqueName())));
    await db.entries.put({ id: 'a', day: '2026-03-01', payload: { scheme: 'plain', data: {} } });
    db.close();
    await expect(db.entries.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    const operation = vi.fn(() => db.entries.count());
    expect(await withReconnect(db, operation)).toBe(1);
    expect(operation).toHaveBeenCalledTimes(2);
    expect(db.isOpen()).toBe(true);
  });

  it.each([
    ['DatabaseClosedError', () => new Dexie.DatabaseClosedError()],
    ['InvalidStateError', () => new DOMException('The connection is closing', 'InvalidStateError')],
  ])('closes, reopens and retries once after %s', async (_name, makeError) => {
    const db = track(await openDatabase(createDatabase(uniqueName())));
    const closeSpy = vi.spyOn(db, 'close');
    const openSpy = vi.spyOn(db, 'open');
    const operation = vi.fn().mockRejectedValueOnce(makeError()).mockResolvedValueOnce(7);

    expect(await withReconnect(db, operation)).toBe(7);
    expect(operation).toHaveBeenCalledTimes(2);
    expect(closeSpy).toHaveBeenCalledTimes(1);
    expect(openSpy).toHaveBeenCalledTimes(1);
    expect(closeSpy.mock.invocationCallOrder[0]!).toBeLessThan(
      openSpy.mock.invocationCallOrder[0]!,
    );
    expect(openSpy.mock.invocationCallOrder[0]!).toBeLessThan(
      operation.mock.invocationCallOrder[1]!,
    );
  });

  it('retries only once: a second lost connection is reported', async () => {
    const db = track(await openDatabase(createDatabase(uniqueName())));
    const second = new Dexie.DatabaseClosedError('still closed');
    const operation = vi
      .fn()
      .mockRejectedValueOnce(new Dexie.DatabaseClosedError())
      .mockRejectedValueOnce(second)
      .mockResolvedValue('never');
    await expect(withReconnect(db, operation)).rejects.toBe(second);
    expect(operation).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a quota error', () => new DOMException('full', 'QuotaExceededError')],
    ['a constraint error', () => new Dexie.ConstraintError('duplicate key')],
    ['a locked vault', () => Object.assign(new Error('locked'), { name: 'VaultLockedError' })],
    ['a plain Error', () => new Error('boom')],
  ])('rethrows %s at once, without reopening', async (_label, makeError) => {
    const db = track(await openDatabase(createDatabase(uniqueName())));
    const closeSpy = vi.spyOn(db, 'close');
    const openSpy = vi.spyOn(db, 'open');
    const error = makeError();
    const operation = vi.fn().mockRejectedValue(error);
    await expect(withReconnect(db, operation)).rejects.toBe(error);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(closeSpy).not.toHaveBeenCalled();
    expect(openSpy).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(true);
  });

  it('lets a repository read after the connection was lost', async () => {
    const db = track(await openDatabase(createDatabase(uniqueName())));
    const { entries } = createRepositories(db, createTestClock());
    const entry = await entries.create(entryFields({ body: 'after sleep' }));
    db.close();
    expect((await entries.get(entry.id))?.body).toBe('after sleep');
    db.close();
    await entries.update(entry.id, { body: 'after another sleep' });
    expect((await entries.get(entry.id))?.body).toBe('after another sleep');
  });
});

describe('another tab upgrading the schema', () => {
  it('calls onVersionChange, waits for it, then closes so the upgrade can proceed', async () => {
    const name = uniqueName();
    const flushed = deferred();
    const openWhenCalled: boolean[] = [];
    let db!: WaypointDexie;
    const onVersionChange = vi.fn(async () => {
      openWhenCalled.push(db.isOpen());
      await flushed.promise;
    });
    db = track(await openDatabase(createDatabase(name, { onVersionChange })));
    const closeSpy = vi.spyOn(db, 'close');
    const nativeVersion = db.backendDB().version;

    const upgraded = vi.fn();
    const otherTab = openDB(name, nativeVersion + 1, { upgrade: upgraded });
    await vi.waitFor(() => expect(onVersionChange).toHaveBeenCalledTimes(1));
    expect(openWhenCalled).toEqual([true]);

    // While the flush is pending the connection stays open and the upgrade waits.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(db.isOpen()).toBe(true);
    expect(closeSpy).not.toHaveBeenCalled();
    expect(upgraded).not.toHaveBeenCalled();

    flushed.resolve();
    const raw = await otherTab;
    expect(upgraded).toHaveBeenCalledTimes(1);
    expect(raw.version).toBe(nativeVersion + 1);
    expect(closeSpy).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    raw.close();
  });

  it('closes even when no callback was given', async () => {
    const name = uniqueName();
    const db = track(await openDatabase(createDatabase(name)));
    const raw = await openDB(name, db.backendDB().version + 1);
    expect(raw.version).toBe(db.verno * 10 + 1);
    expect(db.isOpen()).toBe(false);
    raw.close();
  });

  it('closes even when saving before the upgrade fails, and reports the failure', async () => {
    const name = uniqueName();
    const failure = new Error('could not flush the draft');
    const onVersionChange = vi.fn(async () => {
      throw failure;
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = track(await openDatabase(createDatabase(name, { onVersionChange })));
    const raw = await openDB(name, db.backendDB().version + 1);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    expect(consoleError).toHaveBeenCalledWith(failure);
    raw.close();
  });
});

describe('our upgrade blocked by another tab', () => {
  it('calls onBlocked, and opens once the other tab lets go', async () => {
    const name = uniqueName();
    // Another tab holds an older version open and ignores the request to close.
    const older = await openDB(name, 1);
    const onBlocked = vi.fn();
    const db = track(createDatabase(name, { onBlocked }));
    const opening = openDatabase(db);
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    expect(db.isOpen()).toBe(false);

    older.close();
    await expect(opening).resolves.toBe(db);
    expect(db.isOpen()).toBe(true);
    expect(await db.entries.count()).toBe(0);
  });
});
