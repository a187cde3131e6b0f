// The data key and its wraps. POLICY (data-safety 4): the data key never rests unwrapped. It is
// stored only wrapped (AES-KW) under a key derived from the passcode, or from the recovery key.
// For everyday use it is unwrapped as a NON-extractable key; only a rewrap (passcode change,
// new recovery key) unwraps an extractable copy, which lives just for that operation.
import type { KdfParams } from './pbkdf2';

/** A wrapped data key with the parameters needed to derive its wrapping key. */
export interface KeyWrap {
  readonly kdf: KdfParams;
  readonly wrapped: ArrayBuffer;
}

const dataKeyAlgorithm = { name: 'AES-GCM', length: 256 } as const;
const usages: KeyUsage[] = ['encrypt', 'decrypt'];

/** A fresh random 256-bit data key, extractable only so it can be wrapped. */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(dataKeyAlgorithm, true, usages) as Promise<CryptoKey>;
}

/** Wraps an (extractable) data key with a wrapping key. */
export async function wrapDataKey(
  dataKey: CryptoKey,
  wrappingKey: CryptoKey,
  kdf: KdfParams,
): Promise<KeyWrap> {
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, 'AES-KW');
  return { kdf, wrapped };
}

/** Unwraps the data key; throws when the wrapping key is wrong (AES-KW checks integrity). */
export function unwrapDataKey(
  wrap: KeyWrap,
  wrappingKey: CryptoKey,
  extractable = false,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    wrap.wrapped,
    wrappingKey,
    'AES-KW',
    dataKeyAlgorithm,
    extractable,
    usages,
  );
}
