// The Afterflow CSV format (product.md "Afterflow", "Formats other apps write"). Afterflow is an
// open-source iOS session log; its export has one row per session:
//   Date,Treatment Type,Administration,Intention,Mood Before,Mood After,Reflections,Music Link URL
// POLICY:
// - Dates are en-US, `MMM d, yyyy 'at' h:mm a`, read in the device's time zone (the local time
//   the user logged); the narrow no-break space newer iPhones put before "PM" is accepted.
// - Ketamine rows (any case) become COMPLETED sessions: the route from Administration
//   (Intravenous (IV), Intramuscular (IM), Oral, Nasal, Other; anything else counts as other),
//   the intention, and the music link kept as plain text in the notes ("Music: <url>"), never
//   fetched or made a link. Mood Before and Mood After (1-10) become check-ins before and one
//   minute after the session's start; Reflections become a journal entry "Reflections". These
//   belong to their session by construction, so they carry its id with `sessionLink: 'manual'`.
// - Other substances are not Waypoint's to keep: their rows are listed as skipped
//   ("Row 4 (Mar 2, 2026): Psilocybin, not ketamine"), as are rows with a date that cannot be
//   read, a mood that is not a whole number from 1 to 10, or a text over MAX_IMPORT_TEXT_CHARS.
//   The rest import. An empty mood just means no check-in.
// - Ids are hashes: a session's of its moment (one session per minute), a check-in's of the
//   moment, which one and the mood, the entry's of the moment and the text. The same file
//   imported twice adds nothing, and a row edited in Afterflow never brings a second session.
import * as v from 'valibot';
import type { CheckIn, JournalEntry, KapSession, Route } from '../domain/types';
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
import { type LocalMoment, localMoment, parseLocal, plainSpaces } from './daylioDates';
import { type LikelyDuplicate, likelySessionDuplicates } from './duplicates';
import { fnv1a64 } from './hash';
import { MAX_IMPORT_BYTES } from './limits';
import type { Checked, ExistingRecords, ImportFormat } from './pipeline';

/** One Afterflow ketamine session, as validated. */
export interface AfterflowRow {
  /** The row number as a spreadsheet counts (header = row 1). */
  readonly line: number;
  readonly at: number;
  readonly day: string;
  /** Local "HH:mm" of the session's start. */
  readonly time: string;
  readonly route: Route;
  readonly intention?: string;
  readonly moodBefore?: number;
  readonly moodAfter?: number;
  readonly reflections?: string;
  readonly musicUrl?: string;
  readonly sessionId: string;
  readonly beforeId?: string;
  readonly afterId?: string;
  readonly entryId?: string;
}

/** A validated Afterflow export: its ketamine sessions and the rows left out. */
export interface AfterflowImport {
  readonly rows: readonly AfterflowRow[];
  readonly skipped: readonly SkippedRow[];
}

/** One session as the preview lists it. */
export interface AfterflowSessionPreview {
  readonly id: string;
  readonly day: string;
  readonly at: number;
  readonly route: Route;
  readonly intention?: string;
  /** Already stored (imported before): importing leaves it as it is. */
  readonly present: boolean;
}

/** What importing an Afterflow export would do. */
export interface AfterflowPreview {
  readonly kind: 'afterflow';
  readonly sessions: readonly AfterflowSessionPreview[];
  readonly checkins: PresenceCounts;
  readonly entries: PresenceCounts;
  readonly firstDay?: string;
  readonly lastDay?: string;
  readonly skipped: readonly SkippedRow[];
  /** New sessions that are probably ones already logged here (see duplicates.ts). */
  readonly duplicates: readonly LikelyDuplicate[];
  readonly data: AfterflowImport;
}

const columns = [
  'Date',
  'Treatment Type',
  'Administration',
  'Intention',
  'Mood Before',
  'Mood After',
  'Reflections',
  'Music Link URL',
] as const;
/** Older exports may lack the music column; nothing else may be missing. */
const optionalColumns: readonly (typeof columns)[number][] = ['Music Link URL'];

const header = columns.join(',');
const notAfterflow = `This CSV is not an Afterflow export: its first line should be “${header}”.`;
const nothingImported = 'Nothing was imported.';
const dateFormat = "MMM d, yyyy 'at' h:mm a";
const dateExample = 'Mar 13, 2026 at 10:00 AM';

/** How long after the session's start its "after" check-in is dated. */
const AFTER_OFFSET_MS = 60_000;

const routes: Readonly<Record<string, Route>> = {
  'intravenous (iv)': 'intravenous',
  intravenous: 'intravenous',
  iv: 'intravenous',
  'intramuscular (im)': 'intramuscular',
  intramuscular: 'intramuscular',
  im: 'intramuscular',
  oral: 'sublingual-oral',
  sublingual: 'sublingual-oral',
  nasal: 'intranasal',
  intranasal: 'intranasal',
  other: 'other',
};

/** The route an Administration value names; anything unknown is 'other'. */
export function afterflowRoute(administration: string): Route {
  return routes[plainSpaces(administration).toLowerCase()] ?? 'other';
}

/** The local moment of an Afterflow date ("Mar 13, 2026 at 10:00 AM"). */
export function afterflowMoment(text: string): LocalMoment | undefined {
  const date = parseLocal(plainSpaces(text), [dateFormat]);
  return date ? localMoment(date) : undefined;
}

/** A mood cell: empty (no check-in) or a whole number 1..10. */
function moodCell(what: string) {
  return v.pipe(
    textCell(what),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const text = dataset.value;
      if (text === '') return undefined;
      const mood = Number(text);
      if (!Number.isInteger(mood) || mood < 1 || mood > 10) {
        addIssue({ message: `the ${what} “${text}” is not a whole number from 1 to 10` });
        return NEVER;
      }
      return mood;
    }),
  );
}

// Entries run in this order, so the first reason is the one that matters most: a row that is
// not ketamine is skipped for that, whatever else it holds.
const rowSchema = v.object({
  'Treatment Type': v.pipe(
    textCell('treatment type'),
    v.nonEmpty('there is no treatment type'),
    v.check(
      (type) => type.toLowerCase() === 'ketamine',
      (issue) => `${issue.input}, not ketamine`,
    ),
  ),
  Date: v.pipe(
    v.string(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const moment = afterflowMoment(dataset.value);
      if (moment) return moment;
      addIssue({
        message: dataset.value.trim()
          ? `the date “${dataset.value.trim()}” could not be read (Afterflow writes “${dateExample}”)`
          : 'there is no date',
      });
      return NEVER;
    }),
  ),
  'Mood Before': moodCell('mood before'),
  'Mood After': moodCell('mood after'),
  Administration: textCell('administration'),
  Intention: textCell('intention'),
  Reflections: textCell('reflections text'),
  'Music Link URL': textCell('music link'),
});

const hashOf = (...parts: string[]) =>
  fnv1a64(['afterflow', ...parts].map((part) => part.normalize('NFC')).join('\u001f'));

function isCsvTable(data: unknown): data is CsvTable {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as CsvTable).header) &&
    Array.isArray((data as CsvTable).rows)
  );
}

/** The date part of an Afterflow date, for messages: "Mar 2, 2026". */
function dateOnly(text: string): string {
  return plainSpaces(text).replace(/\s+at\s+.*$/i, '');
}

/** Checks a parsed CSV file against the Afterflow format; rows that cannot be used are skipped. */
export function validateAfterflow(data: unknown): Checked<AfterflowImport> {
  if (!isCsvTable(data)) return { ok: false, problems: [`${notAfterflow} ${nothingImported}`] };
  const columnsFound = requireColumns(data.header, columns, optionalColumns, notAfterflow);
  if (!columnsFound.ok) return columnsFound;
  const found = columnsFound.value;
  const tooMany = tooManyRecords(data.rows.length * 4, 'Afterflow export');
  if (tooMany) return { ok: false, problems: [tooMany] };

  const rows: AfterflowRow[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of data.rows) {
    const cells = cellsByName(row.cells, found);
    const when = dateOnly(cells.Date);
    if (row.problem) {
      skipped.push(skippedRow(row.line, when, row.problem));
      continue;
    }
    const parsed = v.safeParse(rowSchema, cells);
    if (!parsed.success) {
      skipped.push(skippedRow(row.line, when, firstReason(parsed.issues)));
      continue;
    }
    const { Date: moment, Intention: intention, Reflections: reflections } = parsed.output;
    const moodBefore = parsed.output['Mood Before'];
    const moodAfter = parsed.output['Mood After'];
    const musicUrl = parsed.output['Music Link URL'];
    const { day, time } = moment;
    rows.push({
      line: row.line,
      ...moment,
      route: afterflowRoute(parsed.output.Administration),
      ...(intention ? { intention } : {}),
      ...(moodBefore !== undefined
        ? {
            moodBefore,
            beforeId: `afterflow-checkin-before-${hashOf(day, time, String(moodBefore))}`,
          }
        : {}),
      ...(moodAfter !== undefined
        ? { moodAfter, afterId: `afterflow-checkin-after-${hashOf(day, time, String(moodAfter))}` }
        : {}),
      ...(reflections
        ? { reflections, entryId: `afterflow-entry-${hashOf(day, time, reflections)}` }
        : {}),
      ...(musicUrl ? { musicUrl } : {}),
      sessionId: `afterflow-session-${hashOf(day, time)}`,
    });
  }
  if (rows.length === 0) {
    return { ok: false, problems: noUsableRows('Afterflow export', skipped) };
  }
  return { ok: true, value: { rows, skipped } };
}

const idsOf = (rows: readonly AfterflowRow[], pick: (row: AfterflowRow) => string | undefined) =>
  rows.flatMap((row) => {
    const id = pick(row);
    return id ? [id] : [];
  });

/** Compares an Afterflow export with what is stored. */
export async function previewAfterflow(
  data: AfterflowImport,
  existing: ExistingRecords,
): Promise<AfterflowPreview> {
  const sessions = await countPresent(
    existing,
    'sessions',
    data.rows.map((row) => row.sessionId),
  );
  const checkins = await countPresent(existing, 'checkins', [
    ...idsOf(data.rows, (row) => row.beforeId),
    ...idsOf(data.rows, (row) => row.afterId),
  ]);
  const entries = await countPresent(
    existing,
    'entries',
    idsOf(data.rows, (row) => row.entryId),
  );
  const listed = new Map<string, AfterflowSessionPreview>();
  for (const row of data.rows) {
    if (listed.has(row.sessionId)) continue;
    listed.set(row.sessionId, {
      id: row.sessionId,
      day: row.day,
      at: row.at,
      route: row.route,
      ...(row.intention ? { intention: row.intention } : {}),
      present: sessions.present.has(row.sessionId),
    });
  }
  const newSessions = [...listed.values()].filter((session) => !session.present);
  return {
    kind: 'afterflow',
    sessions: [...listed.values()],
    duplicates: await likelySessionDuplicates(newSessions, existing),
    checkins: checkins.counts,
    entries: entries.counts,
    ...dayRange(data.rows.map((row) => row.day)),
    skipped: data.skipped,
    data,
  };
}

/** Sessions, mood check-ins and reflection entries for the rows; `now` stamps createdAt/updatedAt. */
export function afterflowRecords(
  data: AfterflowImport,
  now: number,
): { sessions: KapSession[]; checkins: CheckIn[]; entries: JournalEntry[] } {
  const sessions = new Map<string, KapSession>();
  const checkins = new Map<string, CheckIn>();
  const entries = new Map<string, JournalEntry>();
  for (const row of data.rows) {
    if (sessions.has(row.sessionId)) continue;
    const sessionId = row.sessionId;
    sessions.set(sessionId, {
      id: sessionId,
      createdAt: now,
      updatedAt: now,
      status: 'completed',
      startsAt: row.at,
      day: row.day,
      route: row.route,
      intentions: row.intention ? [row.intention] : [],
      checklist: [],
      sideEffects: [],
      ...(row.musicUrl ? { notes: `Music: ${row.musicUrl}` } : {}),
    });
    const checkin = (id: string, mood: number, moment: 'before-session' | 'after-session') => {
      const at = moment === 'before-session' ? row.at : row.at + AFTER_OFFSET_MS;
      checkins.set(id, {
        id,
        createdAt: now,
        updatedAt: now,
        at,
        day: row.day,
        sessionId,
        sessionLink: 'manual',
        moment,
        mood,
        emotions: [],
      });
    };
    if (row.beforeId && row.moodBefore !== undefined) {
      checkin(row.beforeId, row.moodBefore, 'before-session');
    }
    if (row.afterId && row.moodAfter !== undefined) {
      checkin(row.afterId, row.moodAfter, 'after-session');
    }
    if (row.entryId && row.reflections) {
      entries.set(row.entryId, {
        id: row.entryId,
        createdAt: row.at + AFTER_OFFSET_MS,
        updatedAt: now,
        day: row.day,
        sessionId,
        sessionLink: 'manual',
        title: 'Reflections',
        body: row.reflections,
        tags: [],
        share: false,
        discuss: false,
      });
    }
  }
  return {
    sessions: [...sessions.values()],
    checkins: [...checkins.values()],
    entries: [...entries.values()],
  };
}

/** The Afterflow CSV format for the import pipeline. */
export const afterflowFormat: ImportFormat<AfterflowImport, AfterflowPreview> = {
  id: 'afterflow-csv',
  label: 'an Afterflow CSV export',
  maxBytes: MAX_IMPORT_BYTES,
  detect(name, head) {
    const text = head.startsWith('\uFEFF') ? head.slice(1) : head;
    const line = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase().replace(/\s*,\s*/g, ',');
    if (line.trim().startsWith('date,treatment type,administration')) return 'certain';
    return /\.csv$/i.test(name) ? 'possible' : 'no';
  },
  parse: parseCsv,
  validate: validateAfterflow,
  preview: previewAfterflow,
};
