import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  classifyStorageError,
  type StorageProblemKind,
  storageMessage,
  toStorageProblem,
} from '../../../src/db/errors';
import { VaultLockedError } from '../../../src/db/vault';

const named = (name: string, message = `${name} happened at line 42`) =>
  Object.assign(new Error(message), { name });

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const allKinds: StorageProblemKind[] = [
  'quota',
  'open-failed',
  'newer-version',
  'connection-lost',
  'blocked',
  'locked',
  'unknown',
];

const errorNames = [
  'QuotaExceededError',
  'AbortError',
  'OpenFailedError',
  'VersionError',
  'DatabaseClosedError',
  'InvalidStateError',
  'BlockedError',
  'VaultLockedError',
  'UnknownError',
  'MissingAPIError',
  'DOMException',
  'Error',
];

/** A message fit for the user: plain words, no stack trace, no error type names. */
function expectPlainMessage(message: string, thrown?: unknown): void {
  expect(message.length).toBeGreaterThan(20);
  expect(message).not.toMatch(/\n\s*at\s/);
  expect(message).not.toMatch(/\.(ts|js):\d+/);
  expect(message).not.toContain('\n');
  for (const name of errorNames) expect(message).not.toContain(name);
  if (thrown instanceof Error) {
    expect(message).not.toContain(thrown.message);
    if (thrown.stack) expect(message).not.toContain(thrown.stack);
  }
}

describe('classifyStorageError and toStorageProblem', () => {
  const cases: { label: string; error: () => unknown; kind: StorageProblemKind }[] = [
    { label: 'a direct QuotaExceededError', error: quota, kind: 'quota' },
    {
      label: 'a QuotaExceededError wrapped in an AbortError (.inner)',
      error: () => Object.assign(named('AbortError'), { inner: quota() }),
      kind: 'quota',
    },
    {
      label: "Dexie's AbortError wrapping a QuotaExceededError",
      error: () => new Dexie.AbortError('Transaction aborted', quota()),
      kind: 'quota',
    },
    {
      label: 'a QuotaExceededError wrapped via .cause',
      error: () => new Error('Saving failed', { cause: quota() }),
      kind: 'quota',
    },
    {
      label: 'a QuotaExceededError in an IndexedDB event (.target.error)',
      error: () => ({ type: 'abort', target: { error: quota() } }),
      kind: 'quota',
    },
    {
      label: 'a QuotaExceededError three levels deep',
      error: () =>
        new Error('outer', {
          cause: Object.assign(named('AbortError'), {
            inner: new Dexie.AbortError('Transaction aborted', quota()),
          }),
        }),
      kind: 'quota',
    },
    {
      label: "Dexie's own QuotaExceededError",
      error: () => new Dexie.QuotaExceededError('Quota exceeded'),
      kind: 'quota',
    },
    { label: 'an OpenFailedError', error: () => named('OpenFailedError'), kind: 'open-failed' },
    {
      label: "Dexie's OpenFailedError",
      error: () => new Dexie.OpenFailedError(new DOMException('crash', 'UnknownError')),
      kind: 'open-failed',
    },
    { label: 'an UnknownError', error: () => named('UnknownError'), kind: 'open-failed' },
    { label: 'a MissingAPIError', error: () => new Dexie.MissingAPIError(), kind: 'open-failed' },
    { label: 'a VersionError', error: () => named('VersionError'), kind: 'newer-version' },
    {
      label: "Dexie's VersionError",
      error: () => new Dexie.VersionError('The requested version is less'),
      kind: 'newer-version',
    },
    {
      label: 'a VersionError inside an OpenFailedError',
      error: () => new Dexie.OpenFailedError(named('VersionError')),
      kind: 'newer-version',
    },
    {
      label: 'a DatabaseClosedError',
      error: () => new Dexie.DatabaseClosedError(),
      kind: 'connection-lost',
    },
    {
      label: 'an InvalidStateError',
      error: () => new DOMException('The database connection is closing.', 'InvalidStateError'),
      kind: 'connection-lost',
    },
    { label: 'a BlockedError', error: () => named('BlockedError'), kind: 'blocked' },
    {
      label: 'a VaultLockedError',
      error: () => new VaultLockedError('The entries record x is encrypted'),
      kind: 'locked',
    },
    { label: 'a plain Error', error: () => new Error('boom'), kind: 'unknown' },
    { label: 'a TypeError', error: () => new TypeError('x is undefined'), kind: 'unknown' },
    {
      label: 'an AbortError with nothing inside',
      error: () => new Dexie.AbortError(),
      kind: 'unknown',
    },
    { label: 'a thrown string', error: () => 'QuotaExceededError', kind: 'unknown' },
    { label: 'undefined', error: () => undefined, kind: 'unknown' },
    { label: 'null', error: () => null, kind: 'unknown' },
    { label: 'a number', error: () => 42, kind: 'unknown' },
  ];

  it.each(cases)('maps $label to $kind with a plain message', ({ error, kind }) => {
    const thrown = error();
    expect(classifyStorageError(thrown)).toBe(kind);
    const problem = toStorageProblem(thrown);
    expect(problem).toEqual({ kind, message: storageMessage(kind) });
    expectPlainMessage(problem.message, thrown);
  });

  it('prefers quota over everything else in the chain', () => {
    const error = Object.assign(named('DatabaseClosedError'), {
      inner: Object.assign(named('VersionError'), { inner: quota() }),
    });
    expect(classifyStorageError(error)).toBe('quota');
  });

  it('prefers a locked vault over a connection problem', () => {
    const error = new Dexie.DatabaseClosedError(new VaultLockedError('locked'));
    expect(classifyStorageError(error)).toBe('locked');
  });

  it('stops following a chain that loops back on itself', () => {
    const looped: { name: string; cause?: unknown } = { name: 'AbortError' };
    looped.cause = looped;
    expect(classifyStorageError(looped)).toBe('unknown');
  });
});

describe('storageMessage', () => {
  it('has a distinct plain message for every kind', () => {
    const messages = allKinds.map((kind) => storageMessage(kind));
    expect(new Set(messages).size).toBe(allKinds.length);
    for (const message of messages) expectPlainMessage(message);
  });

  it('tells the user their text is kept and what to do when the disk is full', () => {
    const message = storageMessage('quota');
    expect(message).toMatch(/not saved/i);
    expect(message).toMatch(/still here/i);
    expect(message).toMatch(/free some space/i);
  });

  it('promises nothing was deleted when the database cannot be opened', () => {
    expect(storageMessage('open-failed')).toMatch(/nothing has been deleted/i);
    expect(storageMessage('open-failed')).toMatch(/backup/i);
  });

  it('asks to close other tabs when blocked', () => {
    expect(storageMessage('blocked')).toMatch(/close the other waypoint tabs/i);
  });
});
