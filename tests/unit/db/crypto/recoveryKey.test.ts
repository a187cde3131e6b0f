import { describe, expect, it } from 'vitest';
import {
  looksLikeRecoveryKey,
  newRecoveryKey,
  normalizeRecoveryKey,
} from '../../../../src/db/crypto/recoveryKey';

describe('recovery keys', () => {
  it('are 160 random bits in eight groups of four base32 characters', () => {
    const key = newRecoveryKey();
    expect(key).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    expect(newRecoveryKey()).not.toBe(key);
    expect(looksLikeRecoveryKey(key)).toBe(true);
  });

  it('forgive case, spaces, missing dashes and look-alike digits', () => {
    const key = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567';
    expect(normalizeRecoveryKey('abcd efgh ijkl mnop qrst uvwx yz23 4567')).toBe(key);
    expect(normalizeRecoveryKey('ABCDEFGH1JKLMN0PQRSTUVWXYZ234567')).toBe(key);
  });

  it('tell a recovery key from a passcode', () => {
    expect(looksLikeRecoveryKey('correct horse battery')).toBe(false);
    expect(looksLikeRecoveryKey('123456')).toBe(false);
  });
});
