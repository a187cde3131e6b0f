// The Daylio CSV format (product.md "Daylio mood mapping", "Formats other apps write").
//   full_date,date,weekday,time,mood,activities,note_title,note[,scales]   (newer exports)
//   year,date,weekday,time,mood,activities,note                            (older exports)
// POLICY:
// - Each row becomes a check-in at its local moment; its ` | `-separated activities become the
//   check-in's tags. A row with a note or a note title also becomes a journal entry of the same
//   moment with the same tags: body = the note, title = the note title; when only a title was
//   written the title becomes the body (and no title is set), so no entry is empty and no text
//   is shown twice. Columns Waypoint has no place for (weekday, scales) are ignored.
// - Moods are labels the user may have renamed or added. Defaults: rad 9, good 7, meh 5, bad 3,
//   awful 1 (trimmed, any case); any other label has no default and the user picks its value in
//   the preview before anything is stored (`daylioRecords` refuses a mapping that misses one).
// - A row that cannot be used (no mood, a date or time that cannot be read, a text over
//   MAX_IMPORT_TEXT_CHARS) is skipped and listed with its row number; the rest import.
// - Ids are hashes of what a row says, so the same file imported twice adds nothing. The
//   check-in's id covers its moment, mood and activities; the entry's its moment, title and
//   note: a note edited in Daylio later brings a new entry but never a second check-in.
// - Imported records are linked to sessions by phase (`sessionLink: 'auto'`, no sessionId);
//   an entry is dated by its `createdAt`, so an entry's `createdAt` is the row's moment.
import * as v from 'valibot';
import type { CheckIn, JournalEntry } from '../domain/types';
import { type CsvTable, parseCsv, type SkippedRow } from './csv';
import {
  cellsByName,
  countPresent,
  dayRange,
  firstReason,
  noUsableRows,
  type PresenceCounts,
  requireColumns,
  skippedRow,
  textCell,
  tooManyRecords,
} from './csvRows';
import { daylioMoment, type LocalMoment, oldDaylioMoment } from './daylioDates';
import { fnv1a64 } from './hash';
import { MAX_IMPORT_BYTES } from './limits';
import type { Checked, ExistingRecords, ImportFormat } from './pipeline';

export type { SkippedRow } from './csv';

/** One usable Daylio row. */
export interface DaylioRow {
  /** The row number as a spreadsheet counts (header = row 1). */
  readonly line: number;
  readonly at: number;
  readonly day: string;
  /** Local "HH:mm" of the moment. */
  readonly time: string;
  /** The mood label as written (trimmed). */
  readonly mood: string;
  readonly activities: readonly string[];
  readonly title?: string;
  readonly note?: string;
  /** The id the row's check-in gets. */
  readonly checkinId: string;
  /** The id the row's journal entry gets, when the row has a note or title. */
  readonly entryId?: string;
}

/** A validated Daylio export: its usable rows and the rows left out. */
export interface DaylioImport {
  readonly rows: readonly DaylioRow[];
  readonly skipped: readonly SkippedRow[];
  readonly headerVariant: 'full_date' | 'year';
}

/** A distinct mood label of the file, how many rows use it and its default value. */
export interface MoodLabel {
  readonly label: string;
  readonly count: number;
  /** The default value 1..10; undefined when the user must choose one. */
  readonly suggested: number | undefined;
}

/** What importing a Daylio export would do. */
export interface DaylioPreview {
  readonly kind: 'daylio';
  /** Every distinct label, with its default (undefined = must be chosen). */
  readonly moods: readonly MoodLabel[];
  readonly checkins: PresenceCounts;
  readonly entries: PresenceCounts;
  readonly firstDay?: string;
  readonly lastDay?: string;
  readonly skipped: readonly SkippedRow[];
  /** The validated rows, so the records can be built after the mapping step. */
  readonly data: DaylioImport;
}

/** Daylio's own five moods and the value each gets unless the user changes it. */
export const DEFAULT_DAYLIO_MOODS: Readonly<Record<string, number>> = {
  rad: 9,
  good: 7,
  meh: 5,
  bad: 3,
  awful: 1,
};

const newHeader = 'full_date,date,weekday,time,mood,activities,note_title,note';
const oldHeader = 'year,date,weekday,time,mood,activities,note';
const notDaylio = `This CSV is not a Daylio export: its first line should be “${newHeader}” (older Daylio versions write “${oldHeader}”).`;
const nothingImported = 'Nothing was imported.';

const moodKey = (label: string) => label.trim().toLowerCase();
const nfc = (text: string) => text.normalize('NFC');

/** The longest mood label Waypoint reads (Daylio's own are a word or two). */
const MAX_MOOD_LABEL_CHARS = 100;

const textFields = {
  time: v.string(),
  mood: v.pipe(
    textCell('mood'),
    v.nonEmpty('there is no mood'),
    v.maxLength(
      MAX_MOOD_LABEL_CHARS,
      `the mood label is longer than ${MAX_MOOD_LABEL_CHARS} characters`,
    ),
  ),
  activities: textCell('activities'),
  note_title: textCell('note title'),
  note: textCell('note'),
};

type RowText = v.InferOutput<v.ObjectSchema<typeof textFields, undefined>>;

type Cells = Readonly<Record<string, string>>;

/** A row schema: the text cells, then the moment read from the variant's date columns. */
function rowSchema(
  read: (cells: Cells) => LocalMoment | undefined,
  when: (cells: Cells) => string,
) {
  return v.pipe(
    v.looseObject(textFields),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const cells = dataset.value as RowText & Cells;
      const moment = read(cells);
      if (!moment) {
        const time = cells.time.trim();
        addIssue({
          message: time
            ? `the date “${when(cells)}” and time “${time}” could not be read`
            : 'there is no time',
        });
        return NEVER;
      }
      return { ...(cells as RowText), ...moment };
    }),
  );
}

/** How the two header variants name and read a row's moment. */
interface Variant {
  readonly columns: readonly string[];
  readonly optional: readonly string[];
  /** The row's date as written, for messages. */
  readonly when: (cells: Cells) => string;
  readonly schema: ReturnType<typeof rowSchema>;
}

const fullDateWhen = (cells: Cells) => cells.full_date?.trim() ?? '';
const yearWhen = (cells: Cells) =>
  [cells.date?.trim(), cells.year?.trim()].filter(Boolean).join(' ');

const variants: Readonly<Record<DaylioImport['headerVariant'], Variant>> = {
  full_date: {
    columns: ['full_date', 'time', 'mood', 'activities', 'note_title', 'note'],
    optional: ['note_title'],
    when: fullDateWhen,
    schema: rowSchema((c) => daylioMoment(c.full_date ?? '', c.time ?? ''), fullDateWhen),
  },
  year: {
    columns: ['year', 'date', 'time', 'mood', 'activities', 'note_title', 'note'],
    optional: ['note_title'],
    when: yearWhen,
    schema: rowSchema((c) => oldDaylioMoment(c.year ?? '', c.date ?? '', c.time ?? ''), yearWhen),
  },
};

/** `walk | friends | music` as distinct tags. */
function splitActivities(text: string): string[] {
  return [
    ...new Set(
      text
        .split('|')
        .map((activity) => activity.trim())
        .filter(Boolean),
    ),
  ];
}

function checkinId(day: string, time: string, mood: string, activities: readonly string[]) {
  const key = ['daylio', day, time, moodKey(mood), ...activities].map(nfc).join('\u001f');
  return `daylio-checkin-${fnv1a64(key)}`;
}

function entryId(day: string, time: string, title: string, note: string) {
  const key = ['daylio', day, time, title, note].map(nfc).join('\u001f');
  return `daylio-entry-${fnv1a64(key)}`;
}

function isCsvTable(data: unknown): data is CsvTable {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as CsvTable).header) &&
    Array.isArray((data as CsvTable).rows)
  );
}

/** Checks a parsed CSV file against the Daylio format; rows that cannot be used are skipped. */
export function validateDaylio(data: unknown): Checked<DaylioImport> {
  if (!isCsvTable(data)) return { ok: false, problems: [`${notDaylio} ${nothingImported}`] };
  const headerVariant = data.header.some((name) => name.toLowerCase() === 'full_date')
    ? 'full_date'
    : 'year';
  const variant = variants[headerVariant];
  const columnsFound = requireColumns(data.header, variant.columns, variant.optional, notDaylio);
  if (!columnsFound.ok) return columnsFound;
  const found = columnsFound.value;
  const tooMany = tooManyRecords(data.rows.length * 2, 'Daylio export');
  if (tooMany) return { ok: false, problems: [tooMany] };

  const rows: DaylioRow[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of data.rows) {
    const when = variant.when(cellsByName(row.cells, found));
    if (row.problem) {
      skipped.push(skippedRow(row.line, when, row.problem));
      continue;
    }
    const parsed = v.safeParse(variant.schema, cellsByName(row.cells, found));
    if (!parsed.success) {
      skipped.push(skippedRow(row.line, when, firstReason(parsed.issues)));
      continue;
    }
    const { at, day, time, mood, note_title: title, note } = parsed.output;
    const activities = splitActivities(parsed.output.activities);
    const hasEntry = Boolean(title || note);
    rows.push({
      line: row.line,
      at,
      day,
      time,
      mood,
      activities,
      ...(title ? { title } : {}),
      ...(note ? { note } : {}),
      checkinId: checkinId(day, time, mood, activities),
      ...(hasEntry ? { entryId: entryId(day, time, title, note) } : {}),
    });
  }
  if (rows.length === 0) return { ok: false, problems: noUsableRows('Daylio export', skipped) };
  return { ok: true, value: { rows, skipped, headerVariant } };
}

/** Every distinct mood label (any case counts as one, first spelling kept) with its default. */
export function daylioMoodLabels(data: DaylioImport): MoodLabel[] {
  const labels = new Map<string, { label: string; count: number; order: number }>();
  for (const row of data.rows) {
    const key = moodKey(row.mood);
    const known = labels.get(key);
    if (known) known.count++;
    else labels.set(key, { label: row.mood, count: 1, order: labels.size });
  }
  return [...labels]
    .map(([key, { label, count, order }]) => ({
      label,
      count,
      suggested: DEFAULT_DAYLIO_MOODS[key],
      order,
    }))
    .sort(
      (a, b) =>
        (b.suggested ?? Number.NEGATIVE_INFINITY) - (a.suggested ?? Number.NEGATIVE_INFINITY) ||
        a.order - b.order,
    )
    .map(({ label, count, suggested }) => ({ label, count, suggested }));
}

/** Compares a Daylio export with what is stored. */
export async function previewDaylio(
  data: DaylioImport,
  existing: ExistingRecords,
): Promise<DaylioPreview> {
  const checkins = await countPresent(
    existing,
    'checkins',
    data.rows.map((row) => row.checkinId),
  );
  const entries = await countPresent(
    existing,
    'entries',
    data.rows.flatMap((row) => (row.entryId ? [row.entryId] : [])),
  );
  return {
    kind: 'daylio',
    moods: daylioMoodLabels(data),
    checkins: checkins.counts,
    entries: entries.counts,
    ...dayRange(data.rows.map((row) => row.day)),
    skipped: data.skipped,
    data,
  };
}

/** The default mapping for a file: each label Daylio ships with, to its default value. */
export function defaultDaylioMapping(data: DaylioImport): Record<string, number> {
  const mapping: Record<string, number> = {};
  for (const { label, suggested } of daylioMoodLabels(data)) {
    if (suggested !== undefined) mapping[label] = suggested;
  }
  return mapping;
}

const isMoodValue = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;

/** The mapping's values by trimmed lower-case label, whole numbers 1..10 only. */
function normalise(mapping: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(
    Object.entries(mapping)
      .filter(([, value]) => isMoodValue(value))
      .map(([label, value]) => [moodKey(label), value]),
  );
}

/** The labels of the file that the mapping gives no value 1..10 (the preview asks for these). */
export function unmappedDaylioMoods(
  data: DaylioImport,
  mapping: Readonly<Record<string, number>>,
): string[] {
  const values = normalise(mapping);
  return daylioMoodLabels(data)
    .filter(({ label }) => !values.has(moodKey(label)))
    .map(({ label }) => label);
}

/**
 * Check-ins and entries for the rows, with the user's mood mapping (label → 1..10, any case);
 * `now` stamps createdAt/updatedAt (an entry's createdAt is its moment, as the journal dates
 * entries by it). Throws a RangeError when a label has no value: check `unmappedDaylioMoods`.
 */
export function daylioRecords(
  data: DaylioImport,
  mapping: Readonly<Record<string, number>>,
  now: number,
): { checkins: CheckIn[]; entries: JournalEntry[] } {
  const unmapped = unmappedDaylioMoods(data, mapping);
  if (unmapped.length > 0) {
    throw new RangeError(`No mood value chosen for: ${unmapped.join(', ')}`);
  }
  const values = normalise(mapping);
  const checkins = new Map<string, CheckIn>();
  const entries = new Map<string, JournalEntry>();
  for (const row of data.rows) {
    const tags = [...row.activities];
    checkins.set(row.checkinId, {
      id: row.checkinId,
      createdAt: now,
      updatedAt: now,
      at: row.at,
      day: row.day,
      sessionLink: 'auto',
      mood: values.get(moodKey(row.mood)) as number,
      emotions: [],
      ...(tags.length > 0 ? { tags } : {}),
    });
    const body = row.note || row.title;
    if (row.entryId && body) {
      entries.set(row.entryId, {
        id: row.entryId,
        createdAt: row.at,
        updatedAt: now,
        day: row.day,
        sessionLink: 'auto',
        ...(row.note && row.title ? { title: row.title } : {}),
        body,
        tags,
        share: false,
        discuss: false,
      });
    }
  }
  return { checkins: [...checkins.values()], entries: [...entries.values()] };
}

/** The first line of a text, lower-cased, without a byte-order mark. */
function firstLine(head: string): string {
  const text = head.startsWith('\uFEFF') ? head.slice(1) : head;
  return (text.split(/\r?\n/, 1)[0] ?? '').trim().toLowerCase();
}

/** The Daylio CSV format for the import pipeline. */
export const daylioFormat: ImportFormat<DaylioImport, DaylioPreview> = {
  id: 'daylio-csv',
  label: 'a Daylio CSV export',
  maxBytes: MAX_IMPORT_BYTES,
  detect(name, head) {
    const line = firstLine(head).replace(/\s*,\s*/g, ',');
    if (line.startsWith('full_date,date,weekday,time,mood')) return 'certain';
    if (line.startsWith('year,date,weekday,time,mood')) return 'certain';
    return /\.csv$/i.test(name) ? 'possible' : 'no';
  },
  parse: parseCsv,
  validate: validateDaylio,
  preview: previewDaylio,
};
