// Recovery keys: 160 random bits written in base32 (no 0/1/8/9 confusion: RFC 4648 alphabet),
// in groups of four, for example "ABCD-EFGH-…". Typing is forgiving: case, spaces and dashes
// are ignored, and O, I, L read as 0-free look-alikes.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A new recovery key (160 bits, 32 characters in 8 groups). */
export function newRecoveryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** The canonical form of a typed recovery key (what is fed to key derivation). */
export function normalizeRecoveryKey(typed: string): string {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  return compact.match(/.{1,4}/g)?.join('-') ?? compact;
}

/** True when the text could be a recovery key (right length and alphabet). */
export function looksLikeRecoveryKey(typed: string): boolean {
  const compact = normalizeRecoveryKey(typed).replace(/-/g, '');
  return compact.length === 32 && [...compact].every((c) => alphabet.includes(c));
}
