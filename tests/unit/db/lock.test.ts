// @vitest-environment happy-dom
// The passcode lock over a real (fake-indexeddb) database, read back raw with `idb`: requirements
// 1-7 of data-safety.md. Bulk tests derive with 1,000 iterations; the production count is
// proven in crypto/knownVectors.test.ts and by one enable/unlock here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { createEncryptingVault } from '../../../src/db/crypto/encryptingVault';
import { productionIterations } from '../../../src/db/crypto/pbkdf2';
import { createDatabase, openDatabase } from '../../../src/db/database';
import { createLock, type Lock, LockWaitError, WrongPasscodeError } from '../../../src/db/lock';
import type { LockRecord } from '../../../src/db/lockRecord';
import type { Repositories } from '../../../src/db/repositories';
import { createRepositories } from '../../../src/db/repositories';
import { schemaV1, type TableName } from '../../../src/db/schema';
import { currentVault, plainVault, setVault, VaultLockedError } from '../../../src/db/vault';
import {
  assessmentFields,
  checkInFields,
  commitmentFields,
  entryFields,
  promptFields,
  promptTaskFields,
  sessionFields,
} from '../factories';
import { allText } from './allText';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRows,
  type TestDatabase,
} from './testDatabase';

const SECRET = 'my-trauma-phrase-Qx9';
const PASSCODE = 'river stones at dusk';
const tables = Object.keys(schemaV1) as TableName[];
const dataTables = tables.filter((table) => table !== 'meta');

afterEach(() => {
  setVault(plainVault);
  closeTestDatabases();
});

/** The raw content of every table, as comparable text (bytes as hex). */
async function rawSnapshot(name: string, only: readonly TableName[] = tables): Promise<string> {
  const parts: string[] = [];
  for (const table of only) {
    const rows = await readRawRows(name, table);
    parts.push(
      `${table}:${JSON.stringify(rows, (_key, value) =>
        value instanceof ArrayBuffer || ArrayBuffer.isView(value)
          ? `hex:${Buffer.from(value as Uint8Array).toString('hex')}`
          : value,
      )}`,
    );
  }
  return parts.join('\n');
}

/** Writes SECRET into every table: one record per record table, a draft and a sealed setting. */
async function seedEverything(repos: Repositories): Promise<Record<string, string>> {
  const session = await repos.sessions.create(
    sessionFields({ notes: SECRET, intentions: [SECRET] }),
  );
  const entry = await repos.entries.create(
    entryFields({ title: 'Known', body: `I wrote ${SECRET}` }),
  );
  const checkin = await repos.checkins.create(checkInFields({ note: SECRET, mood: 2 }));
  const assessment = await repos.assessments.create(assessmentFields({ band: SECRET }));
  const prompt = await repos.prompts.create(promptFields({ source: 'custom', text: SECRET }));
  const task = await repos.promptTasks.create(promptTaskFields({ sessionId: session.id }));
  const commitment = await repos.commitments.create(commitmentFields({ text: SECRET }));
  await repos.drafts.save('entry:new', { body: `draft ${SECRET}` });
  await repos.settings.set('focusAreas', [SECRET as never]);
  await repos.settings.setTheme('dark');
  return {
    sessions: session.id,
    entries: entry.id,
    checkins: checkin.id,
    assessments: assessment.id,
    prompts: prompt.id,
    promptTasks: task.id,
    commitments: commitment.id,
  };
}

async function lockedUp(iterations = 1000): Promise<{ t: TestDatabase; lock: Lock }> {
  const t = await openTestDatabase();
  const lock = createLock({ db: t.db, now: t.clock.now, iterations });
  return { t, lock };
}

describe('turning the lock on', () => {
  it('seals the known phrase in every table, drafts and sealed settings included', async () => {
    const { t, lock } = await lockedUp();
    const ids = await seedEverything(t.repos);
    expect(allText(await rawSnapshot(t.name))).toContain(SECRET);

    await lock.enable(PASSCODE, 'passphrase');

    for (const table of tables) {
      const rows = await readRawRows(t.name, table);
      expect(allText(rows), `raw ${table}`).not.toContain(SECRET);
    }
    // Every record table's row is now ciphertext, while the clear index fields stay.
    for (const [table, id] of Object.entries(ids)) {
      const [row] = (await readRawRows(t.name, table as TableName)).filter((r) => r.id === id);
      expect(row?.payload, table).toMatchObject({ scheme: 'aes-gcm' });
      expect(row?.updatedAt).toBeTypeOf('number');
    }
    const [draft] = await readRawRows(t.name, 'drafts');
    expect(draft?.payload).toMatchObject({ scheme: 'aes-gcm' });
    const settings = await readRawRows(t.name, 'settings');
    expect(settings.find((r) => r.key === 'focusAreas')?.payload).toMatchObject({
      scheme: 'aes-gcm',
    });
    // The theme stays clear so the lock screen can be painted.
    expect(settings.find((r) => r.key === 'theme')?.payload).toEqual({
      scheme: 'plain',
      data: 'dark',
    });

    // Reading through the app still works with the key in memory.
    expect((await t.repos.entries.get(ids.entries ?? ''))?.body).toBe(`I wrote ${SECRET}`);
    expect((await t.repos.drafts.get('entry:new'))?.data).toEqual({ body: `draft ${SECRET}` });
    expect(await t.repos.settings.get('focusAreas')).toEqual([SECRET]);
  });

  it('seals what is written after it, with a fresh IV on every write', async () => {
    const { t, lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase');
    const entry = await t.repos.entries.create(entryFields({ body: SECRET }));
    const first = (await readRawRows(t.name, 'entries'))[0]?.payload as { iv: Uint8Array };
    await t.repos.entries.update(entry.id, { body: SECRET });
    const second = (await readRawRows(t.name, 'entries'))[0]?.payload as { iv: Uint8Array };
    await t.repos.drafts.save('entry:x', { body: SECRET });
    expect(allText(await rawSnapshot(t.name))).not.toContain(SECRET);
    expect(Buffer.from(first.iv).toString('hex')).not.toBe(Buffer.from(second.iv).toString('hex'));
  });

  it('stores no passcode hash, no CryptoKey and no raw 32-byte key; the key in memory is non-extractable', async () => {
    const { t, lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase', { recoveryKey: true });
    const vault = currentVault() as ReturnType<typeof createEncryptingVault>;
    expect(vault.dataKey.extractable).toBe(false);
    expect(vault.dataKey.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });

    const found: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) found.push(path);
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        if ((value as ArrayBuffer).byteLength === 32) found.push(path);
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
      }
    };
    for (const table of tables) walk(await readRawRows(t.name, table), table);
    expect(found).toEqual([]);
    const record = (await t.repos.meta.get('lock')) as LockRecord;
    expect(record.passcode.wrapped.byteLength).toBe(40);
    expect(record.passcode.kdf).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: 1000,
    });
    expect(allText(record)).not.toContain(PASSCODE);
  });

  it('leaves everything plain and readable when the conversion fails halfway', async () => {
    const { t, lock } = await lockedUp();
    const ids = await seedEverything(t.repos);
    const before = await rawSnapshot(t.name);
    // Record tables are written first; failing on drafts proves they were rolled back.
    vi.spyOn(t.db.drafts, 'bulkPut').mockImplementation(() => {
      throw new Error('injected failure');
    });

    await expect(lock.enable(PASSCODE, 'passphrase')).rejects.toThrow('injected failure');

    expect(await rawSnapshot(t.name)).toBe(before);
    expect(await t.repos.meta.get('lock')).toBeUndefined();
    expect(currentVault()).toBe(plainVault);
    expect((await t.repos.entries.get(ids.entries ?? ''))?.body).toBe(`I wrote ${SECRET}`);
  });

  it('starts the conversion over when the journal changes while it is being sealed', async () => {
    const { t, lock } = await lockedUp();
    await seedEverything(t.repos);
    const toArray = t.db.entries.toArray.bind(t.db.entries);
    let calls = 0;
    const spy = vi.spyOn(t.db.entries, 'toArray') as unknown as {
      mockImplementation(fn: () => Promise<Record<string, unknown>[]>): void;
    };
    spy.mockImplementation(async () => {
      calls++;
      // Right after the first read, another part of the app saves a new entry in clear.
      if (calls === 1) {
        const rows = await toArray();
        await t.db.entries.put({
          id: 'late',
          day: '2026-03-01',
          createdAt: 1,
          updatedAt: 1,
          payload: { scheme: 'plain', data: { body: `late ${SECRET}` } },
        });
        return rows;
      }
      return toArray();
    });
    await lock.enable(PASSCODE, 'passphrase');
    expect(allText(await rawSnapshot(t.name))).not.toContain(SECRET);
    expect((await t.repos.entries.get('late'))?.body).toBe(`late ${SECRET}`);
  });
});

describe('ciphertext binding', () => {
  it('refuses to open a ciphertext moved onto another record', async () => {
    const { t, lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase');
    const a = await t.repos.entries.create(entryFields({ body: 'first' }));
    const b = await t.repos.entries.create(entryFields({ body: 'second' }));
    const rows = await readRawRows(t.name, 'entries');
    const rowA = rows.find((r) => r.id === a.id);
    const rowB = rows.find((r) => r.id === b.id);
    await t.db.entries.bulkPut([
      { ...rowA, payload: rowB?.payload },
      { ...rowB, payload: rowA?.payload },
    ] as Record<string, unknown>[]);
    await expect(t.repos.entries.get(a.id)).rejects.toThrow();
    await expect(t.repos.entries.get(b.id)).rejects.toThrow();
  });

  it('refuses a ciphertext moved to another table under the same id', async () => {
    const { t, lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase');
    const entry = await t.repos.entries.create(entryFields({ id: 'same', body: 'text' }));
    const [row] = await readRawRows(t.name, 'entries');
    await t.db.checkins.put({
      id: entry.id,
      at: 1,
      day: '2026-03-01',
      createdAt: 1,
      updatedAt: 1,
      payload: row?.payload,
    });
    await expect(t.repos.checkins.get('same')).rejects.toThrow();
  });
});

describe('unlocking and locking', () => {
  it('unlocks with the passcode after a reload and reads everything', async () => {
    const { t, lock } = await lockedUp();
    const ids = await seedEverything(t.repos);
    await lock.enable(PASSCODE, 'passphrase');
    lock.lock();
    await expect(t.repos.entries.get(ids.entries ?? '')).rejects.toBeInstanceOf(VaultLockedError);

    // A fresh connection, as after a reload.
    const db2 = await openDatabase(createDatabase(t.name));
    const lock2 = createLock({ db: db2, now: t.clock.now });
    const repos2 = createRepositories(db2, t.clock);
    await lock2.unlock(PASSCODE);
    expect((await repos2.entries.get(ids.entries ?? ''))?.body).toBe(`I wrote ${SECRET}`);
    expect(await repos2.sessions.count()).toBe(1);
    db2.close();
  });

  it('while locked refuses to save anything, so nothing is ever written in clear', async () => {
    const { t, lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase');
    lock.lock();
    const before = await rawSnapshot(t.name);
    await expect(t.repos.entries.create(entryFields({ body: SECRET }))).rejects.toBeInstanceOf(
      VaultLockedError,
    );
    await expect(t.repos.drafts.save('entry:new', { body: SECRET })).rejects.toBeInstanceOf(
      VaultLockedError,
    );
    expect(await rawSnapshot(t.name)).toBe(before);
    // Clear settings still read while locked (the lock screen's theme, the crisis list).
    expect(await t.repos.settings.getTheme()).toBe('system');
  });

  it('a wrong passcode opens nothing and changes no stored data', async () => {
    const { t, lock } = await lockedUp();
    await seedEverything(t.repos);
    await lock.enable(PASSCODE, 'passphrase');
    lock.lock();
    const before = await rawSnapshot(t.name, dataTables);
    const lockBefore = await rawSnapshot(t.name, ['meta']);

    await expect(lock.unlock('river stones at dawn')).rejects.toBeInstanceOf(WrongPasscodeError);

    expect(await rawSnapshot(t.name, dataTables)).toBe(before);
    expect(await t.repos.entries.all().catch((e: unknown) => e)).toBeInstanceOf(VaultLockedError);
    expect(await lock.attempts()).toEqual({ failures: 1, waitUntil: 0 });
    // The lock record itself is untouched (only the clear failure counter was added).
    const record = (await t.repos.meta.get('lock')) as LockRecord;
    expect(lockBefore).toContain(Buffer.from(record.passcode.wrapped).toString('hex'));
  });

  it('after 5 wrong tries refuses the 6th, even the right one, until the wait ends, across a reload', async () => {
    const { t, lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase');
    lock.lock();
    for (let i = 1; i <= 4; i++) {
      await expect(lock.unlock(`wrong ${i}`)).rejects.toBeInstanceOf(WrongPasscodeError);
    }
    const fifth = await lock.unlock('wrong 5').catch((e: unknown) => e);
    expect(fifth).toBeInstanceOf(LockWaitError);
    expect((fifth as LockWaitError).waitUntil).toBe(t.clock.now() + 30_000);

    // Reload: a new connection and a new lock object still see the wait.
    const db2 = await openDatabase(createDatabase(t.name));
    const lock2 = createLock({ db: db2, now: t.clock.now, iterations: 1000 });
    t.clock.advance(29_000);
    await expect(lock2.unlock(PASSCODE)).rejects.toBeInstanceOf(LockWaitError);
    // Still locked: nothing can be saved.
    await expect(t.repos.entries.create(entryFields({ body: 'x' }))).rejects.toBeInstanceOf(
      VaultLockedError,
    );
    expect((await lock2.attempts()).failures).toBe(5);

    t.clock.advance(1_000);
    // The 6th wrong try doubles the wait.
    const sixth = await lock2.unlock('wrong 6').catch((e: unknown) => e);
    expect((sixth as LockWaitError).waitUntil).toBe(t.clock.now() + 60_000);
    t.clock.advance(60_000);
    await lock2.unlock(PASSCODE);
    expect(await lock2.attempts()).toEqual({ failures: 0, waitUntil: 0 });
    db2.close();
  });

  it('unlocks with the production iteration count', async () => {
    const { t, lock } = await lockedUp(productionIterations);
    await t.repos.entries.create(entryFields({ body: SECRET }));
    await lock.enable(PASSCODE, 'passphrase');
    lock.lock();
    await lock.unlock(PASSCODE);
    const record = (await t.repos.meta.get('lock')) as LockRecord;
    expect(record.passcode.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect((await t.repos.entries.all())[0]?.body).toBe(SECRET);
  }, 60_000);
});

describe('changing the passcode', () => {
  it('rewraps only: ciphertexts are byte-identical, the old passcode fails and the new one works', async () => {
    const { t, lock } = await lockedUp();
    const ids = await seedEverything(t.repos);
    await lock.enable(PASSCODE, 'passphrase');
    const before = await rawSnapshot(t.name, dataTables);

    await lock.changePasscode(PASSCODE, '58203917', 'pin');

    expect(await rawSnapshot(t.name, dataTables)).toBe(before);
    expect(((await t.repos.meta.get('lock')) as LockRecord).kind).toBe('pin');
    lock.lock();
    await expect(lock.unlock(PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
    await lock.unlock('58203917');
    expect((await t.repos.entries.get(ids.entries ?? ''))?.body).toBe(`I wrote ${SECRET}`);
  });

  it('refuses without the right current passcode and changes nothing', async () => {
    const { t, lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase');
    const before = await rawSnapshot(
      t.name,
      tables.filter((table) => table !== 'meta'),
    );
    const record = await t.repos.meta.get('lock');
    await expect(
      lock.changePasscode('not it at all', 'new passphrase', 'passphrase'),
    ).rejects.toBeInstanceOf(WrongPasscodeError);
    expect(await t.repos.meta.get('lock')).toEqual(record);
    expect(await rawSnapshot(t.name, dataTables)).toBe(before);
  });
});

describe('recovery key', () => {
  it('unlocks after the passcode is forgotten, and lets the user set a new passcode', async () => {
    const { t, lock } = await lockedUp();
    const ids = await seedEverything(t.repos);
    const { recoveryKey } = await lock.enable(PASSCODE, 'passphrase', { recoveryKey: true });
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    lock.lock();

    await lock.unlock((recoveryKey ?? '').toLowerCase().replace(/-/g, ' '));
    expect((await t.repos.entries.get(ids.entries ?? ''))?.body).toBe(`I wrote ${SECRET}`);
    await lock.changePasscode(recoveryKey ?? '', 'a brand new passphrase', 'passphrase');
    lock.lock();
    await lock.unlock('a brand new passphrase');
  });

  it('can be regenerated: the old recovery key stops working, the new one works', async () => {
    const { lock } = await lockedUp();
    const { recoveryKey: first } = await lock.enable(PASSCODE, 'passphrase', { recoveryKey: true });
    const second = await lock.newRecoveryKey(PASSCODE);
    expect(second).not.toBe(first);
    lock.lock();
    await expect(lock.unlock(first ?? '')).rejects.toBeInstanceOf(WrongPasscodeError);
    await lock.unlock(second);
  });

  it('is not accepted when none was made', async () => {
    const { lock } = await lockedUp();
    await lock.enable(PASSCODE, 'passphrase');
    lock.lock();
    await expect(lock.unlock('ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567')).rejects.toBeInstanceOf(
      WrongPasscodeError,
    );
  });
});

describe('turning the lock off', () => {
  it('opens everything back into plain payloads and removes the lock record', async () => {
    const { t, lock } = await lockedUp();
    const ids = await seedEverything(t.repos);
    await lock.enable(PASSCODE, 'passphrase');
    await lock.disable(PASSCODE);

    expect(currentVault()).toBe(plainVault);
    expect(await t.repos.meta.get('lock')).toBeUndefined();
    for (const table of dataTables) {
      for (const row of await readRawRows(t.name, table)) {
        expect(row.payload, table).toMatchObject({ scheme: 'plain' });
      }
    }
    expect(allText(await rawSnapshot(t.name))).toContain(`I wrote ${SECRET}`);
    expect((await t.repos.entries.get(ids.entries ?? ''))?.body).toBe(`I wrote ${SECRET}`);
    expect(await t.repos.settings.get('focusAreas')).toEqual([SECRET]);
  });

  it('leaves everything encrypted and the lock in place when the conversion fails halfway', async () => {
    const { t, lock } = await lockedUp();
    await seedEverything(t.repos);
    await lock.enable(PASSCODE, 'passphrase');
    const before = await rawSnapshot(t.name);
    vi.spyOn(t.db.settings, 'bulkPut').mockImplementation(() => {
      throw new Error('injected failure');
    });
    await expect(lock.disable(PASSCODE)).rejects.toThrow('injected failure');
    expect(await rawSnapshot(t.name)).toBe(before);
    lock.lock();
    await lock.unlock(PASSCODE);
    expect((await t.repos.entries.all())[0]?.body).toBe(`I wrote ${SECRET}`);
  });

  it('refuses a wrong passcode and changes nothing', async () => {
    const { t, lock } = await lockedUp();
    await seedEverything(t.repos);
    await lock.enable(PASSCODE, 'passphrase');
    const before = await rawSnapshot(t.name, dataTables);
    await expect(lock.disable('guess guess guess')).rejects.toBeInstanceOf(WrongPasscodeError);
    expect(await rawSnapshot(t.name, dataTables)).toBe(before);
    expect(await t.repos.meta.get('lock')).toBeDefined();
  });
});

describe('wiping all data', () => {
  it('deletes the database', async () => {
    const { t, lock } = await lockedUp();
    await seedEverything(t.repos);
    await lock.enable(PASSCODE, 'passphrase');
    localStorage.setItem('waypoint-theme', 'dark');
    await lock.wipe();
    const names = (await indexedDB.databases()).map((info) => info.name);
    expect(names).not.toContain(t.name);
    expect(localStorage.getItem('waypoint-theme')).toBeNull();
    expect(currentVault()).toBe(plainVault);
  });
});
