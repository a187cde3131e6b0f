// AES-GCM sealing of one payload. POLICY (data-safety 1): a fresh random 96-bit IV for every
// write, and the table and record id bound as additional data, so a ciphertext copied onto
// another record fails to open instead of showing the wrong text.

/** Length of the random IV of every sealed payload, in bytes (96 bits, as GCM recommends). */
export const ivLength = 12;

/** The additional data that binds a payload to its record. */
export function boundTo(table: string, id: string): Uint8Array {
  return new TextEncoder().encode(`${table}:${id}`);
}

/** Encrypts bytes with a fresh IV; returns the IV and the ciphertext (tag appended). */
export async function encryptBytes(
  key: CryptoKey,
  plaintext: Uint8Array,
  additionalData: Uint8Array,
  iv: Uint8Array = crypto.getRandomValues(new Uint8Array(ivLength)),
): Promise<{ iv: Uint8Array; ciphertext: ArrayBuffer }> {
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: additionalData as BufferSource },
    key,
    plaintext as BufferSource,
  );
  return { iv, ciphertext };
}

/** Decrypts and authenticates; throws when the key, IV, data or binding do not match. */
export async function decryptBytes(
  key: CryptoKey,
  iv: Uint8Array,
  ciphertext: ArrayBuffer | Uint8Array,
  additionalData: Uint8Array,
): Promise<Uint8Array> {
  const plaintext = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: additionalData as BufferSource },
    key,
    ciphertext as BufferSource,
  );
  return new Uint8Array(plaintext);
}
