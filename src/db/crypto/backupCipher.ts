// Passphrase encryption of a backup file. POLICY (data-safety 1 and 22, product.md "Backups
// while locked"): the same derivation as the lock (PBKDF2-HMAC-SHA256, at least 600,000
// iterations, a fresh 16-byte salt, parameters stored in the file) gives an AES-KW key; it wraps
// a fresh random 256-bit AES-GCM file key, which encrypts the serialized plain backup with a
// random 96-bit IV. The header (format, version, KDF parameters) is bound as additional data, so
// a file whose iterations, salt or format were changed fails to open, exactly like a wrong
// passphrase: either way nothing is imported. The lock's own code is reused, not changed.
import { generateDataKey } from './dataKey';
import { type DeriveWrappingKey, deriveWrappingKey, type KdfParams, newKdfParams } from './pbkdf2';

/** The `format` value of an encrypted backup. */
export const ENCRYPTED_BACKUP_FORMAT = 'waypoint-backup-encrypted';

/** The version of the encrypted envelope this build writes. */
export const ENCRYPTED_BACKUP_VERSION = 1;

/** An encrypted backup as written to the file (every binary value in base64). */
export interface EncryptedBackupFile {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The random file key, wrapped (AES-KW) by the key derived from the passphrase. */
  wrappedKey: string;
  iv: string;
  /** AES-GCM ciphertext of the plain backup's JSON, tag appended. */
  ciphertext: string;
}

/** Thrown when a backup does not open: a wrong passphrase, or a file changed after it was made. */
export class BackupPassphraseError extends Error {
  override name = 'BackupPassphraseError';
  constructor() {
    super(
      'That passphrase does not open this backup, or the file was changed after it was made. Nothing was imported.',
    );
  }
}

/** Options of encryption: iterations (tests use fewer) and where derivation runs. */
export interface EncryptOptions {
  readonly iterations?: number;
  readonly derive?: DeriveWrappingKey;
}

const ivLength = 12;

/** The additional data: the header as a fixed-order list, so key order in the file is free. */
function headerBytes(file: Pick<EncryptedBackupFile, 'format' | 'version' | 'kdf'>): Uint8Array {
  const { name, hash, iterations, salt } = file.kdf;
  return new TextEncoder().encode(
    JSON.stringify([file.format, file.version, name, hash, iterations, salt]),
  );
}

/** Encrypts a serialized plain backup with a passphrase. */
export async function encryptBackup(
  plainJson: string,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<EncryptedBackupFile> {
  const derive = options.derive ?? deriveWrappingKey;
  const params = newKdfParams(options.iterations);
  const wrappingKey = await derive(passphrase, params);
  const fileKey = await generateDataKey();
  const wrapped = await crypto.subtle.wrapKey('raw', fileKey, wrappingKey, 'AES-KW');
  const header = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf: {
      name: params.name,
      hash: params.hash,
      iterations: params.iterations,
      salt: toBase64(params.salt),
    },
  } as const;
  const iv = crypto.getRandomValues(new Uint8Array(ivLength));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerBytes(header) as BufferSource },
    fileKey,
    new TextEncoder().encode(plainJson) as BufferSource,
  );
  return {
    ...header,
    kdf: { ...header.kdf },
    wrappedKey: toBase64(new Uint8Array(wrapped)),
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** Opens an encrypted backup; throws BackupPassphraseError when it does not open. */
export async function decryptBackup(
  file: EncryptedBackupFile,
  passphrase: string,
  options: { readonly derive?: DeriveWrappingKey } = {},
): Promise<string> {
  const derive = options.derive ?? deriveWrappingKey;
  let params: KdfParams;
  let wrapped: Uint8Array;
  let iv: Uint8Array;
  let ciphertext: Uint8Array;
  try {
    params = {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: file.kdf.iterations,
      salt: fromBase64(file.kdf.salt),
    };
    wrapped = fromBase64(file.wrappedKey);
    iv = fromBase64(file.iv);
    ciphertext = fromBase64(file.ciphertext);
  } catch {
    throw new BackupPassphraseError();
  }
  // A derivation failure is not the passphrase's fault: it is reported as it is.
  const wrappingKey = await derive(passphrase, params);
  try {
    const fileKey = await crypto.subtle.unwrapKey(
      'raw',
      wrapped as BufferSource,
      wrappingKey,
      'AES-KW',
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: iv as BufferSource,
        additionalData: headerBytes(file) as BufferSource,
      },
      fileKey,
      ciphertext as BufferSource,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    // AES-KW and AES-GCM both check integrity: a wrong key and a changed byte look the same.
    throw new BackupPassphraseError();
  }
}

// Base64 in chunks: a backup can be tens of megabytes, too long for one apply() call.
const chunkSize = 0x8000;

/** Bytes as standard base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunkSize));
  }
  return btoa(binary);
}

/** Standard base64 as bytes; throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
