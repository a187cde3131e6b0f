// How much an import may hold. The general limits come from product.md ("Size limits"): they are
// set so everything the app can make, it can restore. A format may set tighter limits of its
// own (prompt packs do: see promptPack.ts); the README documents both.

/** The largest file any import reads: 100 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** The longest single text any import accepts, in characters. */
export const MAX_IMPORT_TEXT_CHARS = 200_000;

/** The most records one import may hold. */
export const MAX_IMPORT_RECORDS = 500_000;

/** How much of a file's start is read to recognise its format. */
export const DETECT_HEAD_BYTES = 4096;

/** A byte count in plain words ("1 MB", "250 KB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimNumber(value: number): string {
  return value >= 10
    ? Math.round(value).toLocaleString('en-US')
    : String(Math.round(value * 10) / 10);
}
