// Reading CSV files for import (Daylio, Afterflow). RFC 4180 via papaparse: quoted cells may
// hold commas, doubled quotes and line breaks; records end in CRLF or LF; a byte-order mark is
// dropped. POLICY:
// - Rows are numbered as a spreadsheet shows them (the header is row 1), so a skipped row can be
//   found in the file; a quoted multi-line cell is still one row.
// - Blank lines are passed over (they hold nothing), but still counted.
// - A quoted cell that never ends swallows the rest of the file, so nothing after it can be
//   trusted: the whole file is refused. Smaller damage (a stray quote, more cells than the
//   header names) marks only that row, which the format then lists as skipped.
// - Cells are returned exactly as written; formats strip the formula guard (`stripFormulaGuard`)
//   themselves, because only they know which cells are text.
import Papa from 'papaparse';
import type { Checked } from './pipeline';

/** One data row: its number as a spreadsheet counts (header = row 1) and its cells by column. */
export interface CsvRow {
  /** 1-based row number as a user counts in a spreadsheet: the header is row 1. */
  readonly line: number;
  /** Cells by header name (trimmed); a cell the row lacks is empty text. */
  readonly cells: Readonly<Record<string, string>>;
  /** Why the row's shape cannot be trusted, when it cannot (a stray quote, too many cells). */
  readonly problem?: string;
}

/** A parsed CSV file: its header and its data rows (blank lines left out). */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** A row an import leaves out, and why, so the preview can list it. */
export interface SkippedRow {
  /** The row number as a spreadsheet counts (header = row 1). */
  readonly line: number;
  /** The sentence the preview shows: "Row 4 (Mar 2, 2026): Psilocybin, not ketamine." */
  readonly reason: string;
  /** Just why, in plain words: "Psilocybin, not ketamine". */
  readonly cause: string;
}

const nothingImported = 'Nothing was imported.';

/** Parses CSV text into a header and rows; never throws. */
export function parseCsv(text: string): Checked<CsvTable> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, problems: [`The file is empty. ${nothingImported}`] };

  const result = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });
  const unterminated = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unterminated) {
    const row = typeof unterminated.row === 'number' ? ` in row ${unterminated.row + 1}` : '';
    return {
      ok: false,
      problems: [
        `A quoted cell${row} never ends, so the rest of the file cannot be read. The file may be cut off or damaged; export it again. ${nothingImported}`,
      ],
    };
  }
  const damaged = new Set(
    result.errors.flatMap((error) => (typeof error.row === 'number' ? [error.row] : [])),
  );

  const [first = [], ...records] = result.data;
  const header = first.map((name) => name.trim());
  if (header.every((name) => name === '')) {
    return {
      ok: false,
      problems: [`The file's first line is empty; it should name the columns. ${nothingImported}`],
    };
  }

  const rows: CsvRow[] = [];
  records.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const line = index + 2;
    const cells: Record<string, string> = {};
    header.forEach((name, column) => {
      if (name && !(name in cells)) cells[name] = record[column] ?? '';
    });
    const problem = damaged.has(index + 1)
      ? 'a quote in this row is out of place, so its cells cannot be told apart'
      : record.length > header.length && record.slice(header.length).some((cell) => cell !== '')
        ? `it has ${record.length} cells but the header names ${header.length}`
        : undefined;
    rows.push(problem ? { line, cells, problem } : { line, cells });
  });
  return { ok: true, value: { header, rows } };
}

/** A cell starts with this guard when the exporting app defused a formula-like value. */
const guarded = /^' *[=+\-@\t\r]/;

/** A cell without the `'` an exporting app puts before formula-like values (`'=SUM(A1)`). */
export function stripFormulaGuard(cell: string): string {
  return guarded.test(cell) ? cell.slice(1) : cell;
}
