// Known-answer tests (data-safety 22): our PBKDF2 and AES-GCM calls reproduce the published
// vectors, and new wraps use at least 600,000 iterations.
import { describe, expect, it } from 'vitest';
import { decryptBytes, encryptBytes } from '../../../../src/db/crypto/aesGcm';
import {
  deriveWrappingKey,
  newKdfParams,
  pbkdf2Sha256,
  productionIterations,
} from '../../../../src/db/crypto/pbkdf2';

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
const ascii = (text: string) => new TextEncoder().encode(text);

describe('PBKDF2-HMAC-SHA256 (RFC 7914 section 11)', () => {
  it('derives the first vector: P="passwd", S="salt", c=1, dkLen=64', async () => {
    const out = await pbkdf2Sha256('passwd', ascii('salt'), 1, 64);
    expect(hex(out)).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
        '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('derives the second vector: P="Password", S="NaCl", c=80000, dkLen=64', async () => {
    const out = await pbkdf2Sha256('Password', ascii('NaCl'), 80_000, 64);
    expect(hex(out)).toBe(
      '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56' +
        'a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
    );
  });
});

describe('AES-GCM (NIST GCM test case 2)', () => {
  it('encrypts 16 zero bytes under the zero key and IV to the published ciphertext and tag', async () => {
    const key = await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    const { ciphertext } = await encryptBytes(
      key,
      new Uint8Array(16),
      new Uint8Array(0),
      new Uint8Array(12),
    );
    expect(hex(ciphertext)).toBe(
      '0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf',
    );
    const back = await decryptBytes(key, new Uint8Array(12), ciphertext, new Uint8Array(0));
    expect(hex(back)).toBe('00'.repeat(16));
  });

  it('refuses a ciphertext whose tag was altered', async () => {
    const key = await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    const { ciphertext } = await encryptBytes(
      key,
      new Uint8Array(16),
      new Uint8Array(0),
      new Uint8Array(12),
    );
    const tampered = new Uint8Array(ciphertext);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    await expect(
      decryptBytes(key, new Uint8Array(12), tampered, new Uint8Array(0)),
    ).rejects.toThrow();
  });
});

describe('production key derivation parameters', () => {
  it('uses PBKDF2-SHA256 with at least 600,000 iterations and a 16-byte random salt', () => {
    expect(productionIterations).toBeGreaterThanOrEqual(600_000);
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: productionIterations });
    expect(a.salt).toHaveLength(16);
    expect(hex(a.salt)).not.toBe(hex(b.salt));
  });

  it('derives a non-extractable wrapping key with the production parameters', async () => {
    const key = await deriveWrappingKey('correct horse battery', newKdfParams());
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-KW', length: 256 });
    expect(key.usages.sort()).toEqual(['unwrapKey', 'wrapKey']);
  }, 30_000);
});
