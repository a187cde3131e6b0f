// Deterministic ids for imported records that carry none: importing the same file twice must
// add nothing (product.md "Restore"). FNV-1a over the UTF-8 bytes, 64 bits wide so that even a
// library of hundreds of thousands of records is unlikely to see two texts share an id.

const offsetBasis = 0xcbf29ce484222325n;
const prime = 0x100000001b3n;
const mask = 0xffffffffffffffffn;

/** The 64-bit FNV-1a hash of a text, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = offsetBasis;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
