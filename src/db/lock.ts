// The passcode lock. POLICIES (data-safety 1-7):
// - Turning the lock on seals every payload of every table with a fresh data key, and turning
//   it off opens them all; either way the whole conversion is written in ONE transaction over
//   every table plus the lock record, so an interruption leaves the old, readable state.
//   Sealing happens before that transaction (WebCrypto would auto-commit it); inside it we
//   check that nothing changed meanwhile, and start again if something did.
// - Tables are taken from the schema, never listed by feature: a new record type is covered.
// - No passcode hash is stored: a passcode is right when the data key unwraps.
// - A wrong passcode changes nothing but the clear failure counter; after 5 failures the next
//   try waits (30 s doubling to 1 h). Nothing is ever wiped without the user asking.
// - Changing the passcode or the recovery key rewraps the data key only.

import {
  afterFailure,
  type LockAttempts,
  noAttempts,
  type PasscodeKind,
  remainingWait,
} from '../domain/passcode';
import { generateDataKey, type KeyWrap, unwrapDataKey, wrapDataKey } from './crypto/dataKey';
import { createEncryptingVault } from './crypto/encryptingVault';
import type { DeriveWrappingKey, KdfParams } from './crypto/pbkdf2';
import { deriveWrappingKey, newKdfParams, productionIterations } from './crypto/pbkdf2';
import { looksLikeRecoveryKey, newRecoveryKey, normalizeRecoveryKey } from './crypto/recoveryKey';
import type { WaypointDexie } from './database';
import {
  type AutoLockMinutes,
  autoLockChoices,
  defaultAutoLockMinutes,
  type LockRecord,
} from './lockRecord';
import { clearSettings } from './repositories/settings';
import { schemaVersions, type TableName } from './schema';
import { lockedVault, plainVault, type Sealed, setVault, type Vault } from './vault';

/** The passcode (or recovery key) was wrong. */
export class WrongPasscodeError extends Error {
  override name = 'WrongPasscodeError';
}

/** Too many wrong tries: no try is accepted before `waitUntil`. */
export class LockWaitError extends Error {
  override name = 'LockWaitError';
  constructor(readonly waitUntil: number) {
    super('Too many wrong tries; wait before trying again.');
  }
}

/** The data changed while it was being converted, three times in a row. */
export class ConversionBusyError extends Error {
  override name = 'ConversionBusyError';
}

/** What the lock needs: the database, the clock, and (for tests) the key derivation. */
export interface LockDeps {
  readonly db: WaypointDexie;
  readonly now: () => number;
  /** Where PBKDF2 runs (a worker in the app; the main thread in unit tests). */
  readonly derive?: DeriveWrappingKey;
  /** Iterations for new wraps; bulk tests lower it, the app never does. */
  readonly iterations?: number;
}

/** The secret that proves the user may rewrap or remove the lock. */
export type LockSecret = string;

/** Every store declared by any schema version (Dexie versions add up; null removes a store). */
const lastStores: Record<string, string | null> = Object.assign(
  {},
  ...schemaVersions.map(({ stores }) => stores),
);

/** Every table that can hold a sealed payload, with its primary key field. */
const sealableTables: readonly { table: TableName; key: string }[] = Object.entries(lastStores)
  .filter((entry): entry is [string, string] => entry[0] !== 'meta' && entry[1] !== null)
  .map(([table, spec]) => ({
    table: table as TableName,
    key: (spec.split(',')[0] ?? 'id').trim(),
  }));

type Row = Record<string, unknown> & { payload?: Sealed };

/** How one payload is converted; undefined leaves the row as it is. */
type Convert = (table: TableName, key: string, payload: Sealed) => Promise<Sealed | undefined>;

function fingerprint(keyField: string, row: Row): string {
  const payload = row.payload;
  const iv = payload && payload.scheme === 'aes-gcm' ? Array.from(payload.iv).join('.') : '';
  return `${String(row[keyField])}|${String(row.updatedAt)}|${payload?.scheme ?? ''}|${iv}`;
}

/** The lock's operations over one database. */
export function createLock(deps: LockDeps) {
  const { db, now } = deps;
  const derive = deps.derive ?? deriveWrappingKey;
  const iterations = deps.iterations ?? productionIterations;

  const readRecord = async () =>
    ((await db.meta.get('lock')) as { value: LockRecord } | undefined)?.value;
  const readAttempts = async () =>
    ((await db.meta.get('lockAttempts')) as { value: LockAttempts } | undefined)?.value ??
    noAttempts;

  async function wrapUnder(secret: string, dataKey: CryptoKey, reuse?: (key: CryptoKey) => void) {
    const kdf: KdfParams = newKdfParams(iterations);
    const wrappingKey = await derive(secret, kdf);
    reuse?.(wrappingKey);
    return wrapDataKey(dataKey, wrappingKey, kdf);
  }

  /** Converts every sealable row and, in the same transaction, runs `finish` on meta. */
  async function convertAll(convert: Convert, finish: () => Promise<void>): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const seen = new Map<TableName, string[]>();
      const converted = new Map<TableName, Row[]>();
      for (const { table, key } of sealableTables) {
        const rows = (await db[table].toArray()) as Row[];
        seen.set(
          table,
          rows.map((row) => fingerprint(key, row)),
        );
        const out: Row[] = [];
        for (const row of rows) {
          if (!row.payload) continue;
          const next = await convert(table, String(row[key]), row.payload);
          if (next) out.push({ ...row, payload: next });
        }
        converted.set(table, out);
      }
      const changed = await db.transaction(
        'rw',
        [...sealableTables.map(({ table }) => table), 'meta'],
        async () => {
          for (const { table, key } of sealableTables) {
            const rows = (await db[table].toArray()) as Row[];
            const current = rows.map((row) => fingerprint(key, row));
            if (current.join('\n') !== (seen.get(table) ?? []).join('\n')) return true;
          }
          for (const { table } of sealableTables) {
            const rows = converted.get(table) ?? [];
            if (rows.length > 0) await db[table].bulkPut(rows);
          }
          await finish();
          return false;
        },
      );
      if (!changed) return;
    }
    throw new ConversionBusyError('The journal kept changing while it was being converted.');
  }

  /** Unwraps the data key with the passcode, or with the recovery key if that is what was typed. */
  async function unwrapWith(
    record: LockRecord,
    secret: LockSecret,
    extractable: boolean,
  ): Promise<CryptoKey> {
    const wait = remainingWait(await readAttempts(), now());
    if (wait > 0) throw new LockWaitError(now() + wait);
    const tries: [KeyWrap, string][] = [[record.passcode, secret]];
    if (record.recovery && looksLikeRecoveryKey(secret)) {
      tries.push([record.recovery, normalizeRecoveryKey(secret)]);
    }
    for (const [wrap, typed] of tries) {
      try {
        const key = await unwrapDataKey(wrap, await derive(typed, wrap.kdf), extractable);
        await db.transaction('rw', db.meta, () => db.meta.delete('lockAttempts'));
        return key;
      } catch {
        // Try the next wrap; a failure of all of them counts once.
      }
    }
    const attempts = afterFailure(await readAttempts(), now());
    await db.transaction('rw', db.meta, () =>
      db.meta.put({ key: 'lockAttempts', value: attempts }),
    );
    if (attempts.waitUntil > 0) throw new LockWaitError(attempts.waitUntil);
    throw new WrongPasscodeError('That passcode is not right.');
  }

  async function requireRecord(): Promise<LockRecord> {
    const record = await readRecord();
    if (!record) throw new Error('The lock is not on.');
    return record;
  }

  const sealsSetting = (table: TableName, key: string) =>
    !(table === 'settings' && clearSettings.has(key as never));

  return {
    /** The stored lock record, or undefined while the lock is off. */
    record: readRecord,
    /** The failed-attempt counter. */
    attempts: readAttempts,

    /** Idle minutes before auto-lock (the default until the user chooses). */
    async autoLockMinutes(): Promise<AutoLockMinutes> {
      const row = (await db.meta.get('autoLockMinutes')) as { value: AutoLockMinutes } | undefined;
      return row && autoLockChoices.includes(row.value) ? row.value : defaultAutoLockMinutes;
    },

    /** Saves the idle minutes before auto-lock. */
    async setAutoLockMinutes(minutes: AutoLockMinutes): Promise<void> {
      await db.transaction('rw', db.meta, () =>
        db.meta.put({ key: 'autoLockMinutes', value: minutes }),
      );
    },

    /**
     * Turns the lock on: seals everything under a new data key wrapped by the passcode (and a
     * recovery key when asked), then puts the encrypting vault in force. Returns the recovery key.
     */
    async enable(
      passcode: string,
      kind: PasscodeKind,
      options: { recoveryKey?: boolean } = {},
    ): Promise<{ recoveryKey?: string }> {
      if (await readRecord()) throw new Error('The lock is already on.');
      const dataKey = await generateDataKey();
      let passcodeKey: CryptoKey | undefined;
      const passcodeWrap = await wrapUnder(passcode, dataKey, (key) => {
        passcodeKey = key;
      });
      const recoveryKey = options.recoveryKey ? newRecoveryKey() : undefined;
      const recoveryWrap = recoveryKey ? await wrapUnder(recoveryKey, dataKey) : undefined;
      const record: LockRecord = {
        version: 1,
        kind,
        passcode: passcodeWrap,
        ...(recoveryWrap ? { recovery: recoveryWrap } : {}),
        createdAt: now(),
      };
      // Everyday use gets a non-extractable copy; the extractable one is dropped here.
      const vault = createEncryptingVault(
        await unwrapDataKey(
          passcodeWrap,
          passcodeKey ?? (await derive(passcode, passcodeWrap.kdf)),
        ),
      );
      await convertAll(
        async (table, key, payload) =>
          payload.scheme === 'plain' && sealsSetting(table, key)
            ? vault.seal(table, key, payload.data)
            : undefined,
        async () => {
          await db.meta.put({ key: 'lock', value: record });
          await db.meta.delete('lockAttempts');
        },
      );
      setVault(vault);
      return recoveryKey ? { recoveryKey } : {};
    },

    /** Turns the lock off with the current passcode or recovery key: opens everything. */
    async disable(secret: LockSecret): Promise<void> {
      const record = await requireRecord();
      const vault: Vault = createEncryptingVault(await unwrapWith(record, secret, false));
      await convertAll(
        async (table, key, payload) =>
          payload.scheme === 'plain'
            ? undefined
            : { scheme: 'plain', data: await vault.open(table, key, payload) },
        async () => {
          await db.meta.delete('lock');
          await db.meta.delete('lockAttempts');
        },
      );
      setVault(plainVault);
    },

    /** Unlocks with the passcode or recovery key: the data key goes into memory, non-extractable. */
    async unlock(secret: LockSecret): Promise<void> {
      const record = await requireRecord();
      setVault(createEncryptingVault(await unwrapWith(record, secret, false)));
    },

    /** Drops the key from memory; nothing can be read or written until the next unlock. */
    lock(): void {
      setVault(lockedVault);
    },

    /** Rewraps the data key under a new passcode; every ciphertext stays as it is. */
    async changePasscode(current: LockSecret, next: string, kind: PasscodeKind): Promise<void> {
      const record = await requireRecord();
      const dataKey = await unwrapWith(record, current, true);
      const updated: LockRecord = { ...record, kind, passcode: await wrapUnder(next, dataKey) };
      await db.transaction('rw', db.meta, () => db.meta.put({ key: 'lock', value: updated }));
    },

    /** Replaces the recovery key (the old one stops working); returns the new one to show once. */
    async newRecoveryKey(current: LockSecret): Promise<string> {
      const record = await requireRecord();
      const dataKey = await unwrapWith(record, current, true);
      const recoveryKey = newRecoveryKey();
      const updated: LockRecord = { ...record, recovery: await wrapUnder(recoveryKey, dataKey) };
      await db.transaction('rw', db.meta, () => db.meta.put({ key: 'lock', value: updated }));
      return recoveryKey;
    },

    /** Deletes the whole database and the app's local storage (a deliberate, confirmed wipe). */
    async wipe(): Promise<void> {
      setVault(plainVault);
      await db.delete();
      try {
        localStorage.clear();
        sessionStorage.clear();
      } catch {
        // Storage may be unavailable (private mode); the database is what holds the journal.
      }
    },
  };
}

/** The lock's operations. */
export type Lock = ReturnType<typeof createLock>;
