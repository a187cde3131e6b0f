// THE IMPORT PIPELINE. Every file Waypoint takes in (prompt packs today; backups, Daylio and
// Afterflow CSV next) passes the same stages in the same order:
//   detect the format → check the size → read → parse → validate (valibot) → preview
// and only after the user confirms the preview does the db layer commit it, all in one
// transaction (src/db/importCommit.ts). A failure at any stage returns a problem in plain words
// and changes nothing. The size is checked from the file's own size before the file is read.
// A new format is one more `ImportFormat`: a detector, a parser, a schema and a preview.
// Pure: no DOM and no database. Records already stored come in through `ExistingRecords`.
import { formatBytes, MAX_IMPORT_BYTES } from './limits';

/** How sure a format is that a file is one of its own. */
export type Detection = 'certain' | 'possible' | 'no';

/** A file to import: its name and size are known at once, its content is read on demand. */
export interface ImportSource {
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** The first few kilobytes as text, for recognising the format. */
  head(): Promise<string>;
  /** The whole file as text. */
  text(): Promise<string>;
}

/** A stage's outcome: a value, or the problems found, in plain words. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The kinds of record an import can bring (the names of the stores that keep them). */
export type RecordKind =
  | 'sessions'
  | 'entries'
  | 'checkins'
  | 'assessments'
  | 'prompts'
  | 'promptTasks'
  | 'commitments'
  | 'drafts';

/** Answers which of some record ids are already stored (so a preview can say "already here"). */
export interface ExistingRecords {
  present(kind: RecordKind, ids: readonly string[]): Promise<ReadonlySet<string>>;
  /** The stored `updatedAt` of those ids that are stored (so a preview can say "newer"). */
  updatedAt?(kind: RecordKind, ids: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Sessions stored that start between two moments (so a preview can spot likely repeats). */
  sessionsBetween?(from: number, to: number): Promise<readonly StoredSessionTime[]>;
}

/** When a stored session starts, and whether it still counts (cancelled ones do not). */
export interface StoredSessionTime {
  readonly id: string;
  readonly startsAt: number;
  readonly status: 'planned' | 'completed' | 'cancelled';
}

/** One kind of file the app can import. */
export interface ImportFormat<TValid, TPreview> {
  readonly id: string;
  /** What such a file is, for messages: "a Waypoint prompt pack". */
  readonly label: string;
  /** The largest file of this format, in bytes (at most MAX_IMPORT_BYTES). */
  readonly maxBytes: number;
  /** Whether a file with this name and first few kilobytes is one of this format. */
  detect(name: string, head: string): Detection;
  /** Turns the text into plain data (JSON, CSV rows); never throws. */
  parse(text: string): Checked<unknown>;
  /** Checks the data against the format's valibot schema and builds fresh objects from it. */
  validate(data: unknown): Checked<TValid>;
  /** What the import would do, compared with what is stored. */
  preview(valid: TValid, existing: ExistingRecords): Promise<TPreview>;
}

/** The stage an import stopped at. */
export type ImportStage = 'size' | 'detect' | 'read' | 'parse' | 'validate';

/** The result of reading a file: a preview to confirm, or why nothing can be imported. */
export type ImportResult<TValid, TPreview> =
  | {
      readonly ok: false;
      readonly stage: ImportStage;
      /** The first problem, in plain words. */
      readonly problem: string;
      /** Further problems, if the file has several (a few at most). */
      readonly more: readonly string[];
    }
  | {
      readonly ok: true;
      readonly format: ImportFormat<TValid, TPreview>;
      readonly data: TValid;
      readonly preview: TPreview;
    };

/** How many problems one result lists; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 5;

const nothingChanged = 'Nothing was imported.';

function failure<TValid, TPreview>(
  stage: ImportStage,
  problems: readonly string[],
): ImportResult<TValid, TPreview> {
  const [first = 'This file could not be imported.', ...rest] = problems;
  const listed = rest.slice(0, MAX_LISTED_PROBLEMS - 1);
  const unlisted = rest.length - listed.length;
  const more =
    unlisted > 0 ? [...listed, `…and ${unlisted.toLocaleString('en-US')} more.`] : listed;
  return { ok: false, stage, problem: first, more };
}

/** The format that claims the file: the first certain one, else the first possible one. */
export function detectFormat<TValid, TPreview>(
  name: string,
  head: string,
  formats: readonly ImportFormat<TValid, TPreview>[],
): ImportFormat<TValid, TPreview> | undefined {
  const verdicts = formats.map((format) => ({ format, verdict: format.detect(name, head) }));
  return (
    verdicts.find((v) => v.verdict === 'certain')?.format ??
    verdicts.find((v) => v.verdict === 'possible')?.format
  );
}

/** Runs a file through every stage up to the preview. Only `existing` may throw (storage). */
export async function readImport<TValid, TPreview>(
  source: ImportSource,
  formats: readonly ImportFormat<TValid, TPreview>[],
  existing: ExistingRecords,
): Promise<ImportResult<TValid, TPreview>> {
  const fileName = `“${source.name}”`;
  if (source.size === 0) return failure('size', [`${fileName} is empty. ${nothingChanged}`]);
  if (source.size > MAX_IMPORT_BYTES) {
    return failure('size', [
      `${fileName} is ${formatBytes(source.size)}; Waypoint imports files up to ${formatBytes(MAX_IMPORT_BYTES)}. ${nothingChanged}`,
    ]);
  }

  const head = await readSafely(() => source.head());
  if (head === undefined) return failure('read', [unreadable(fileName)]);
  const format = detectFormat(source.name, head, formats);
  if (!format) {
    const kinds = formats.map((f) => f.label).join(' or ');
    return failure('detect', [`${fileName} is not ${kinds}. ${nothingChanged}`]);
  }
  if (source.size > format.maxBytes) {
    return failure('size', [
      `${fileName} is ${formatBytes(source.size)}; ${format.label} can be at most ${formatBytes(format.maxBytes)}. ${nothingChanged}`,
    ]);
  }

  const text = await readSafely(() => source.text());
  if (text === undefined) return failure('read', [unreadable(fileName)]);
  const parsed = guard(() => format.parse(text));
  if (!parsed.ok) return failure('parse', parsed.problems);
  const valid = guard(() => format.validate(parsed.value));
  if (!valid.ok) return failure('validate', valid.problems);
  const preview = await format.preview(valid.value, existing);
  return { ok: true, format, data: valid.value, preview };
}

function unreadable(fileName: string): string {
  return `${fileName} could not be read. Check that the file is still there and try again. ${nothingChanged}`;
}

async function readSafely(read: () => Promise<string>): Promise<string | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

/** A parser or validator that throws anyway (a bug) still yields a problem, never a crash. */
function guard<T>(run: () => Checked<T>): Checked<T> {
  try {
    return run();
  } catch {
    return { ok: false, problems: [`This file could not be understood. ${nothingChanged}`] };
  }
}
