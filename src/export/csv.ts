// The summary's check-ins and questionnaire totals as one CSV file (RFC 4180), a `type` column
// telling the rows apart. Only sections the client kept in are written. QUOTING: records end
// in CRLF; a field holding a comma, double quote, CR or LF is quoted, its quotes doubled.
// INJECTION POLICY (data-safety.md 20): a cell whose first character after leading spaces is
// = + - @ TAB or CR gets a leading `'`, so no spreadsheet runs it as a formula; read back, the
// cell equals the original with that prefix.
import { toTimeOfDay } from '../domain/dates';
import type { Summary } from '../domain/summary/types';

/** The columns, in order. */
export const csvColumns = [
  'type',
  'date',
  'time',
  'session',
  'moment',
  'mood',
  'anxiety',
  'energy',
  'sleep_hours',
  'sleep_quality',
  'emotions',
  'note',
  'questionnaire',
  'total',
  'band',
  'baseline',
] as const;

type Column = (typeof csvColumns)[number];
type Row = Partial<Record<Column, string | number | undefined>>;

const risky = /^ *[=+\-@\t\r]/;

/** A cell made safe from formula injection. */
export function defuseCell(value: string): string {
  return risky.test(value) ? `'${value}` : value;
}

/** One field, quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  const safe = defuseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as RFC 4180 text, every record ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** The summary's rows (header first) as cells, before quoting. */
export function summaryCsvRows(summary: Summary): string[][] {
  const rows: Row[] = [];
  for (const c of summary.mood?.checkins ?? []) {
    rows.push({
      type: 'check-in',
      date: c.day,
      time: toTimeOfDay(c.at),
      session: c.sessionNumber,
      moment: c.moment,
      mood: c.mood,
      anxiety: c.anxiety,
      energy: c.energy,
      sleep_hours: c.sleepHours,
      sleep_quality: c.sleepQuality,
      emotions: c.emotions.join('; '),
      note: c.note,
    });
  }
  for (const q of summary.questionnaires ?? []) {
    for (const r of q.results) {
      rows.push({
        type: 'questionnaire',
        date: r.day,
        questionnaire: q.name,
        total: r.total,
        band: r.band,
        baseline: r.isBaseline ? 'yes' : 'no',
      });
    }
  }
  return [[...csvColumns], ...rows.map((row) => csvColumns.map((column) => text(row[column])))];
}

/** The summary as CSV text; `bom` adds the byte-order mark spreadsheets need to read UTF-8. */
export function summaryCsv(summary: Summary, options: { bom?: boolean } = {}): string {
  return `${options.bom ? '\uFEFF' : ''}${toCsv(summaryCsvRows(summary))}`;
}

/** True when the summary has any rows to write. */
export function hasCsvRows(summary: Summary): boolean {
  return (summary.mood?.checkins.length ?? 0) + (summary.questionnaires?.length ?? 0) > 0;
}
