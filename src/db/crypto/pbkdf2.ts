// Passcode key derivation. POLICY (data-safety 1 and 22): PBKDF2-HMAC-SHA256 with at least
// 600,000 iterations (OWASP and Bitwarden) and a 16-byte random salt; the parameters are stored
// with each wrap so a later version can raise them without locking anyone out.

/** The derivation parameters stored next to a wrapped key. */
export interface KdfParams {
  readonly name: 'PBKDF2';
  readonly hash: 'SHA-256';
  readonly iterations: number;
  readonly salt: Uint8Array;
}

/** Iterations for new wraps (the floor OWASP recommends for PBKDF2-HMAC-SHA256). */
export const productionIterations = 600_000;

/** Salt length in bytes. */
export const saltLength = 16;

/** Fresh parameters for a new wrap. */
export function newKdfParams(iterations = productionIterations): KdfParams {
  return {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt: crypto.getRandomValues(new Uint8Array(saltLength)),
  };
}

async function passcodeMaterial(passcode: string): Promise<CryptoKey> {
  // NFC so the same passphrase typed on two keyboards derives the same key.
  const bytes = new TextEncoder().encode(passcode.normalize('NFC'));
  return crypto.subtle.importKey('raw', bytes, 'PBKDF2', false, ['deriveBits', 'deriveKey']);
}

/** Raw PBKDF2-SHA256 output (used by the known-answer tests). */
export async function pbkdf2Sha256(
  passcode: string,
  salt: Uint8Array,
  iterations: number,
  lengthBytes: number,
): Promise<Uint8Array> {
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    await passcodeMaterial(passcode),
    lengthBytes * 8,
  );
  return new Uint8Array(bits);
}

/** Derives the non-extractable AES-KW key that wraps the data key. */
export async function deriveWrappingKey(passcode: string, params: KdfParams): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    {
      name: 'PBKDF2',
      hash: params.hash,
      salt: params.salt as BufferSource,
      iterations: params.iterations,
    },
    await passcodeMaterial(passcode),
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Turns a passcode and parameters into a wrapping key (injectable: worker, main thread, tests). */
export type DeriveWrappingKey = (passcode: string, params: KdfParams) => Promise<CryptoKey>;
