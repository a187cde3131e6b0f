// Parsing JSON files for import. A byte-order mark is dropped; a syntax error becomes a plain
// sentence with the line and column where the file stops making sense (files cut off by a
// failed download are the common case). JSON.parse never touches Object.prototype: a
// "__proto__" key becomes an ordinary property, which validation then drops.
import type { Checked } from './pipeline';

/** Parses JSON text; says where it is broken when it is. */
export function parseJson(text: string): Checked<unknown> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, problems: ['The file is empty. Nothing was imported.'] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const where = locate(body, error);
    return {
      ok: false,
      problems: [
        `The file is not valid JSON${where}, so it cannot be read. It may be cut off or damaged; ask for a fresh copy. Nothing was imported.`,
      ],
    };
  }
}

/** " near line L, column C" from the position a JSON error names, or nothing. */
function locate(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const line = /\(line (\d+) column (\d+)\)/.exec(message);
  if (line) return ` near line ${line[1]}, column ${line[2]}`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1])).split('\n');
    return ` near line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  }
  if (/end of (JSON|data) input|Unexpected end/i.test(message)) return ' (it ends too soon)';
  return '';
}
