// The vault in force while the journal is unlocked: payloads become AES-GCM ciphertext of their
// JSON, bound to table and id.
import type { Sealed, Vault } from '../vault';
import { boundTo, decryptBytes, encryptBytes } from './aesGcm';

/** A vault that encrypts with a data key held in memory only. */
export interface EncryptingVault extends Vault {
  /** The data key in force (non-extractable once unlocked); never stored. */
  readonly dataKey: CryptoKey;
}

/** An encrypting vault over a (non-extractable) data key. */
export function createEncryptingVault(dataKey: CryptoKey): EncryptingVault {
  return {
    dataKey,
    async seal(table, id, data): Promise<Sealed> {
      const bytes = new TextEncoder().encode(JSON.stringify(data ?? null));
      const { iv, ciphertext } = await encryptBytes(dataKey, bytes, boundTo(table, id));
      return { scheme: 'aes-gcm', iv, ciphertext };
    },
    async open(table, id, sealed) {
      // A plain payload can only be a clear setting or a row written before the lock existed.
      if (sealed.scheme === 'plain') return sealed.data;
      const bytes = await decryptBytes(dataKey, sealed.iv, sealed.ciphertext, boundTo(table, id));
      return JSON.parse(new TextDecoder().decode(bytes));
    },
  };
}
