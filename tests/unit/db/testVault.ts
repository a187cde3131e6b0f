// A stand-in for the encrypting vault. It "seals" a payload by writing its JSON (with the table
// and record id it belongs to) backwards into bytes, shaped like an AES-GCM payload, and
// refuses to open a payload bound to another record or a plain one. It logs every call.
import type { TableName } from '../../../src/db/schema';
import { type Sealed, type Vault, VaultLockedError } from '../../../src/db/vault';

/** One call the vault received. */
export interface VaultCall {
  readonly op: 'seal' | 'open';
  readonly table: TableName;
  readonly id: string;
  /** What was sealed, or what opening returned. */
  readonly data: unknown;
}

/** The scrambling vault and the log of its calls. */
export interface ScramblingVault extends Vault {
  readonly calls: VaultCall[];
}

const reverse = (text: string) => [...text].reverse().join('');

/** Decodes a sealed payload's bytes to the text the vault wrote (for asserting on it). */
export function ciphertextText(sealed: unknown): string {
  const { ciphertext } = sealed as { ciphertext: ArrayBuffer };
  return new TextDecoder().decode(new Uint8Array(ciphertext));
}

/** Creates a fresh scrambling vault with an empty call log. */
export function createScramblingVault(): ScramblingVault {
  const calls: VaultCall[] = [];
  return {
    calls,
    async seal(table, id, data): Promise<Sealed> {
      calls.push({ op: 'seal', table, id, data });
      const bytes = new TextEncoder().encode(reverse(JSON.stringify({ table, id, data })));
      return {
        scheme: 'aes-gcm',
        iv: crypto.getRandomValues(new Uint8Array(12)),
        ciphertext: bytes.buffer,
      };
    },
    async open(table, id, sealed) {
      if (sealed.scheme !== 'aes-gcm') throw new VaultLockedError('Expected a sealed payload');
      const bound = JSON.parse(reverse(ciphertextText(sealed))) as {
        table: string;
        id: string;
        data: unknown;
      };
      if (bound.table !== table || bound.id !== id) {
        throw new VaultLockedError(
          `Payload of ${bound.table}/${bound.id} opened as ${table}/${id}`,
        );
      }
      calls.push({ op: 'open', table, id, data: bound.data });
      return bound.data;
    },
  };
}
