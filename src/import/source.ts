// Import sources: a file the user picked, or text already in memory (tests, pasted text).
// Reading a file is lazy so the pipeline can check its size before reading all of it.
import { DETECT_HEAD_BYTES } from './limits';
import type { ImportSource } from './pipeline';

/** A picked file (or any Blob with a name) as an import source. */
export function sourceFromBlob(blob: Blob, name: string): ImportSource {
  return {
    name,
    size: blob.size,
    head: () => blob.slice(0, DETECT_HEAD_BYTES).text(),
    text: () => blob.text(),
  };
}

/** Text in memory as an import source; its size is its length in UTF-8 bytes. */
export function sourceFromText(name: string, text: string): ImportSource {
  return {
    name,
    size: new TextEncoder().encode(text).byteLength,
    head: async () => text.slice(0, DETECT_HEAD_BYTES),
    text: async () => text,
  };
}
