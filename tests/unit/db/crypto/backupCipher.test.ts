// The backup cipher (data-safety 1 and 22): passphrase round trip, wrong passphrase, tampered
// header or content, and the production parameters. Bulk tests derive with 1,000 iterations.
import { describe, expect, it, vi } from 'vitest';
import {
  BackupPassphraseError,
  decryptBackup,
  ENCRYPTED_BACKUP_FORMAT,
  type EncryptedBackupFile,
  encryptBackup,
  fromBase64,
  toBase64,
} from '../../../../src/db/crypto/backupCipher';
import { deriveWrappingKey, productionIterations } from '../../../../src/db/crypto/pbkdf2';

const fast = { iterations: 1000 };
const plain = JSON.stringify({ format: 'waypoint-backup', body: 'مرحبا 👋 שלום e\u0301' });
const message =
  'That passphrase does not open this backup, or the file was changed after it was made. Nothing was imported.';

/** Flips one bit of a base64 value's byte at `index`. */
function flipped(value: string, index = 0): string {
  const bytes = fromBase64(value);
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return toBase64(bytes);
}

describe('backup cipher', () => {
  it('round-trips with the right passphrase', async () => {
    const file = await encryptBackup(plain, 'correct horse', fast);
    expect(await decryptBackup(file, 'correct horse')).toBe(plain);
  });

  it('writes the documented envelope, with no plain text in it', async () => {
    const file = await encryptBackup(plain, 'pass', fast);
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'kdf',
      'wrappedKey',
      'iv',
      'ciphertext',
    ]);
    expect(file.format).toBe(ENCRYPTED_BACKUP_FORMAT);
    expect(file.version).toBe(1);
    expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 });
    expect(fromBase64(file.kdf.salt)).toHaveLength(16);
    expect(fromBase64(file.iv)).toHaveLength(12);
    expect(fromBase64(file.wrappedKey)).toHaveLength(40);
    expect(JSON.stringify(file)).not.toContain('waypoint-backup"');
    expect(JSON.stringify(file)).not.toContain('body');
  });

  it('uses a fresh salt, key and IV every time', async () => {
    const one = await encryptBackup(plain, 'pass', fast);
    const two = await encryptBackup(plain, 'pass', fast);
    expect(one.kdf.salt).not.toBe(two.kdf.salt);
    expect(one.iv).not.toBe(two.iv);
    expect(one.ciphertext).not.toBe(two.ciphertext);
  });

  it('refuses a wrong passphrase with the plain message', async () => {
    const file = await encryptBackup(plain, 'right', fast);
    const attempt = decryptBackup(file, 'wrong');
    await expect(attempt).rejects.toBeInstanceOf(BackupPassphraseError);
    await expect(decryptBackup(file, 'wrong')).rejects.toThrow(message);
  });

  it('normalizes the passphrase (NFC), like the lock', async () => {
    const file = await encryptBackup(plain, 'caf\u00e9', fast);
    expect(await decryptBackup(file, 'cafe\u0301')).toBe(plain);
  });

  const tamperings: [string, (file: EncryptedBackupFile) => EncryptedBackupFile][] = [
    ['a ciphertext byte', (f) => ({ ...f, ciphertext: flipped(f.ciphertext, 3) })],
    [
      'the tag (last byte)',
      (f) => ({ ...f, ciphertext: flipped(f.ciphertext, fromBase64(f.ciphertext).length - 1) }),
    ],
    ['the IV', (f) => ({ ...f, iv: flipped(f.iv) })],
    ['the wrapped key', (f) => ({ ...f, wrappedKey: flipped(f.wrappedKey, 5) })],
    ['the salt', (f) => ({ ...f, kdf: { ...f.kdf, salt: flipped(f.kdf.salt) } })],
    ['the iterations', (f) => ({ ...f, kdf: { ...f.kdf, iterations: 1001 } })],
    ['the version', (f) => ({ ...f, version: 2 })],
    ['the format', (f) => ({ ...f, format: 'waypoint-backup-encrypted ' as never })],
    ['the base64 itself', (f) => ({ ...f, iv: '***' })],
  ];

  it.each(tamperings)('refuses a file whose %s was changed', async (_what, tamper) => {
    const file = await encryptBackup(plain, 'pass', fast);
    await expect(decryptBackup(tamper(file), 'pass')).rejects.toThrow(message);
    // The untouched file still opens: the refusal is the tampering's doing.
    expect(await decryptBackup(file, 'pass')).toBe(plain);
  });

  it('derives through the injected function (the app passes the worker)', async () => {
    const derive = vi.fn(deriveWrappingKey);
    const file = await encryptBackup(plain, 'pass', { ...fast, derive });
    expect(await decryptBackup(file, 'pass', { derive })).toBe(plain);
    expect(derive).toHaveBeenCalledTimes(2);
    expect(derive.mock.calls[1]?.[1]).toMatchObject({ iterations: 1000 });
  });

  it('stores at least 600,000 iterations by default and opens with them', async () => {
    expect(productionIterations).toBeGreaterThanOrEqual(600_000);
    const file = await encryptBackup(plain, 'pass');
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(await decryptBackup(file, 'pass')).toBe(plain);
  }, 30_000);

  it('base64 round-trips every byte value and long inputs', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(new Uint8Array([0xff, 0xfe, 0x00]))).toBe(btoa('\xff\xfe\x00'));
  });
});
