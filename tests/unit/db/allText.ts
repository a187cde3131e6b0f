// What "a phrase is absent at rest" searches: every string in a raw row, byte buffers included.

/** Every string anywhere in a value, with byte buffers decoded as text. */
export function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const view = ArrayBuffer.isView(value)
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      : new Uint8Array(value);
    return new TextDecoder().decode(view);
  }
  if (Array.isArray(value)) return value.map(allText).join('\n');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) => `${key}\n${allText(inner)}`)
      .join('\n');
  }
  return String(value);
}
