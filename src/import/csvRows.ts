// Helpers the CSV formats share: finding columns by name, the valibot schema of a text cell,
// skipped-row messages and the new-versus-present counts of a preview.
// POLICY: column names match case-insensitively, trimmed, in any order; extra columns are
// ignored. A text cell loses the exporting app's formula guard and its outer spaces, and may be
// at most MAX_IMPORT_TEXT_CHARS long (product.md "Size limits"): a longer one skips its row
// with a reason rather than being cut, because a cut text would be a lost text.
import * as v from 'valibot';
import { type SkippedRow, stripFormulaGuard } from './csv';
import { MAX_IMPORT_RECORDS, MAX_IMPORT_TEXT_CHARS } from './limits';
import type { Checked, ExistingRecords, RecordKind } from './pipeline';

const count = (n: number) => n.toLocaleString('en-US');

/** Maps each wanted column to the header's own spelling, or lists the ones missing. */
export function findColumns<TName extends string>(
  header: readonly string[],
  wanted: readonly TName[],
): { found: Record<TName, string | undefined>; missing: TName[] } {
  const byLowerName = new Map(header.map((name) => [name.trim().toLowerCase(), name]));
  const found = {} as Record<TName, string | undefined>;
  const missing: TName[] = [];
  for (const name of wanted) {
    found[name] = byLowerName.get(name.toLowerCase());
    if (found[name] === undefined) missing.push(name);
  }
  return { found, missing };
}

/**
 * The file's names for the format's columns, or the problem of a file that lacks a required
 * one (`notFormat` says what the file should have started with).
 */
export function requireColumns<TName extends string>(
  header: readonly string[],
  wanted: readonly TName[],
  optional: readonly NoInfer<TName>[],
  notFormat: string,
): Checked<Record<TName, string | undefined>> {
  const { found, missing } = findColumns(header, wanted);
  const required = missing.filter((name) => !optional.includes(name));
  if (required.length === 0) return { ok: true, value: found };
  const lacking = required.map((name) => `“${name}”`).join(', ');
  return {
    ok: false,
    problems: [`${notFormat} It has no ${lacking} column. Nothing was imported.`],
  };
}

/** The cells of a row under the format's own column names (missing columns read as empty). */
export function cellsByName<TName extends string>(
  cells: Readonly<Record<string, string>>,
  columns: Readonly<Record<TName, string | undefined>>,
): Record<TName, string> {
  const out = {} as Record<TName, string>;
  for (const name of Object.keys(columns) as TName[]) {
    const column = columns[name];
    out[name] = column === undefined ? '' : (cells[column] ?? '');
  }
  return out;
}

/** A text cell: formula guard stripped, trimmed, at most MAX_IMPORT_TEXT_CHARS characters. */
export function textCell(what: string) {
  return v.pipe(
    v.string(),
    v.transform(stripFormulaGuard),
    v.trim(),
    v.maxLength(
      MAX_IMPORT_TEXT_CHARS,
      (issue) =>
        `the ${what} is ${count(Number(issue.received))} characters long; Waypoint takes texts up to ${count(MAX_IMPORT_TEXT_CHARS)}`,
    ),
  );
}

/** A skipped row with its sentence: "Row 4 (Mar 2, 2026): Psilocybin, not ketamine." */
export function skippedRow(line: number, when: string, cause: string): SkippedRow {
  const where = when ? `Row ${line} (${when})` : `Row ${line}`;
  return { line, reason: `${where}: ${cause}.`, cause };
}

/** The first issue of a failed row check, as the reason the row is skipped. */
export function firstReason(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues[0]?.message ?? 'this row could not be read';
}

/** How many distinct records an import brings and how many of them are already stored. */
export interface PresenceCounts {
  total: number;
  new: number;
  present: number;
}

/** Counts distinct ids as new or already present; also returns the set of present ones. */
export async function countPresent(
  existing: ExistingRecords,
  kind: RecordKind,
  ids: readonly string[],
): Promise<{ counts: PresenceCounts; present: ReadonlySet<string> }> {
  const distinct = [...new Set(ids)];
  const present = distinct.length > 0 ? await existing.present(kind, distinct) : new Set<string>();
  const presentCount = distinct.filter((id) => present.has(id)).length;
  return {
    counts: { total: distinct.length, new: distinct.length - presentCount, present: presentCount },
    present,
  };
}

/** The first and last of some day strings (yyyy-MM-dd sorts as text). */
export function dayRange(days: readonly string[]): { firstDay?: string; lastDay?: string } {
  if (days.length === 0) return {};
  const sorted = [...days].sort();
  return { firstDay: sorted[0], lastDay: sorted.at(-1) };
}

/** A problem when a file would bring more records than any import may (MAX_IMPORT_RECORDS). */
export function tooManyRecords(records: number, what: string): string | undefined {
  if (records <= MAX_IMPORT_RECORDS) return undefined;
  return `This ${what} would bring ${count(records)} records; Waypoint imports at most ${count(MAX_IMPORT_RECORDS)} at a time. Split the file and import each part. Nothing was imported.`;
}

/** The problem for a file whose rows were all skipped: why, for the first few. */
export function noUsableRows(what: string, skipped: readonly SkippedRow[]): string[] {
  if (skipped.length === 0) {
    return [`This ${what} has no rows below its header. Nothing was imported.`];
  }
  return [
    `No row of this ${what} could be used. Nothing was imported.`,
    ...skipped.map((row) => row.reason),
  ];
}
