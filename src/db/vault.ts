// THE VAULT SEAM. Every repository seals a record's user-written payload on the way into the
// database and opens it on the way out, through the vault in force. Today that vault is a
// pass-through; the passcode lock swaps in an encrypting vault without touching any screen.
// Sealing and opening happen outside IndexedDB transactions: a transaction auto-commits when
// it waits on anything else (WebCrypto included), so callers seal first, then write.
import type { TableName } from './schema';

/** A payload at rest: plain data, or ciphertext from the encrypting vault. */
export type Sealed =
  | { readonly scheme: 'plain'; readonly data: unknown }
  | { readonly scheme: 'aes-gcm'; readonly iv: Uint8Array; readonly ciphertext: ArrayBuffer };

/** Seals and opens payloads. `table` and `id` bind a payload to its record. */
export interface Vault {
  seal(table: TableName, id: string, data: unknown): Promise<Sealed>;
  open(table: TableName, id: string, sealed: Sealed): Promise<unknown>;
}

/** Thrown when a payload cannot be opened with the vault in force (for example, locked). */
export class VaultLockedError extends Error {
  override name = 'VaultLockedError';
}

/** The vault used while no passcode is set: payloads are stored as they are. */
export const plainVault: Vault = {
  async seal(_table, _id, data) {
    return { scheme: 'plain', data };
  },
  async open(table, id, sealed) {
    if (sealed.scheme === 'plain') return sealed.data;
    throw new VaultLockedError(`The ${table} record ${id} is encrypted and the journal is locked.`);
  },
};

/** The vault while the lock is on and closed: nothing is read or written until unlocked. */
export const lockedVault: Vault = {
  async seal() {
    // Refusing (rather than storing in clear) keeps the promise that nothing rests unsealed.
    throw new VaultLockedError('The journal is locked.');
  },
  open: plainVault.open,
};

let current: Vault = plainVault;

/** The vault repositories use right now. */
export function currentVault(): Vault {
  return current;
}

/** Swaps the vault in force (the lock feature calls this on unlock and lock). */
export function setVault(vault: Vault): void {
  current = vault;
}
