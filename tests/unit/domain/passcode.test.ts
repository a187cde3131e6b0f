import { describe, expect, it } from 'vitest';
import { commonPasswords } from '../../../src/domain/commonPasswords';
import {
  afterFailure,
  noAttempts,
  passcodeProblem,
  remainingWait,
  waitAfterFailures,
} from '../../../src/domain/passcode';

describe('passcode rules', () => {
  it('accept a passphrase of 8 characters or more and a PIN of 6 digits or more', () => {
    expect(passcodeProblem('passphrase', 'blue kettle')).toBeUndefined();
    expect(passcodeProblem('passphrase', 'Ünïcødé!')).toBeUndefined();
    expect(passcodeProblem('pin', '583920')).toBeUndefined();
    expect(passcodeProblem('pin', '58392017')).toBeUndefined();
  });

  it('refuse short ones with the rule in plain words', () => {
    expect(passcodeProblem('passphrase', 'short')).toBe(
      'A passphrase needs at least 8 characters.',
    );
    expect(passcodeProblem('passphrase', '        ')).toBe('Type a passphrase.');
    expect(passcodeProblem('pin', '58392')).toBe('A PIN needs at least 6 digits.');
    expect(passcodeProblem('pin', '58a920')).toBe('A PIN can only contain digits.');
  });

  it('refuse common passwords and PINs, whatever the case', () => {
    for (const common of ['password', 'Password1', 'iloveyou', 'QWERTYUIOP', 'letmein1']) {
      expect(passcodeProblem('passphrase', common), common).toMatch(/first that anyone would try/);
    }
    for (const common of ['123456', '000000', '121212', '987654321', '112233']) {
      expect(passcodeProblem('pin', common), common).toMatch(/first that anyone would try/);
    }
  });

  it('refuse trivial runs that are not on the list', () => {
    expect(passcodeProblem('pin', '3456789')).toMatch(/first that anyone would try/);
    expect(passcodeProblem('pin', '4444444')).toMatch(/first that anyone would try/);
    expect(passcodeProblem('passphrase', 'zzzzzzzzz')).toMatch(/first that anyone would try/);
  });

  it('keeps a list of about two hundred entries, all lower case', () => {
    expect(commonPasswords.size).toBeGreaterThan(200);
    for (const word of commonPasswords) expect(word).toBe(word.toLowerCase());
  });
});

describe('wrong-passcode backoff', () => {
  it('is free for 5 tries, then waits 30 s, doubling up to one hour', () => {
    expect([0, 1, 4].map(waitAfterFailures)).toEqual([0, 0, 0]);
    expect(waitAfterFailures(5)).toBe(30_000);
    expect(waitAfterFailures(6)).toBe(60_000);
    expect(waitAfterFailures(7)).toBe(120_000);
    expect(waitAfterFailures(12)).toBe(3_600_000);
    expect(waitAfterFailures(500)).toBe(3_600_000);
  });

  it('counts failures and says how long remains', () => {
    let attempts = noAttempts;
    for (let i = 0; i < 4; i++) attempts = afterFailure(attempts, 1000);
    expect(attempts).toEqual({ failures: 4, waitUntil: 0 });
    attempts = afterFailure(attempts, 1000);
    expect(attempts).toEqual({ failures: 5, waitUntil: 31_000 });
    expect(remainingWait(attempts, 1000)).toBe(30_000);
    expect(remainingWait(attempts, 31_000)).toBe(0);
  });
});
