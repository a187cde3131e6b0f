// The valibot schemas of a Waypoint backup: one per record type, matching src/domain/types.ts
// exactly (a compile-time check below fails when a domain type gains, loses or changes the
// optionality of a field the schema does not follow), plus the settings and the encrypted
// envelope. POLICY (data-safety 16, product.md "Size limits"):
// - every record is checked: required fields, choices, ranges (mood 1..10, other ratings 0..10,
//   sleep 0..24 hours, questionnaire answers 0..3 or 0..4 or null), ids of 1 to 200 characters,
//   days as real yyyy-MM-dd dates, times as finite numbers within the range of a Date, texts of
//   at most MAX_IMPORT_TEXT_CHARS characters, lists of at most MAX_LIST_ITEMS items;
// - texts are taken exactly as written (never trimmed): a restore gives back what was backed up;
// - valibot builds fresh objects from the known keys only, so unknown keys, "__proto__",
//   "constructor" and "prototype" never reach an object; a draft's free-form data is copied key
//   by key into fresh objects without those three keys;
// - every message names the record ("Journal entry 12 has no body.").
import * as v from 'valibot';
import type { SettingsMap } from '../db/repositories/settings';
import type { CrisisResource } from '../domain/crisis';
import { isDayString } from '../domain/dates';
import { focusAreas } from '../domain/focusAreas';
import { PROMPT_PHASES, PROMPT_THEMES, PROMPT_TIMINGS } from '../domain/prompts/library';
import type { CadenceSetting } from '../domain/questionnaires/suggestions';
import type { DailyCheckInReminder } from '../domain/reminders';
import { themeChoices } from '../domain/theme';
import type {
  AfterCapture,
  Assessment,
  CheckIn,
  ChecklistItem,
  Commitment,
  CommitmentFollowUp,
  Draft,
  Instrument,
  JournalEntry,
  KapSession,
  Prompt,
  PromptTask,
  SideEffect,
  Vitals,
} from '../domain/types';
import type { BackupRecords } from '../export/backup';
import { MAX_IMPORT_TEXT_CHARS } from './limits';
import type { IssuePath, IssueWords } from './validate';

/** The longest id: generated ids are 36 characters; imported ones are hashes. */
export const MAX_ID_CHARS = 200;

/** The most items one list inside a record may hold (tags, intentions, follow-ups, …). */
export const MAX_LIST_ITEMS = 10_000;

/** How deeply a draft's saved form data may nest. */
export const MAX_DRAFT_DEPTH = 32;

/** The largest time a Date can hold, in milliseconds either side of 1970. */
const MAX_TIME = 8.64e15;

const count = (n: number | string) => Number(n).toLocaleString('en-US');
const list = (values: readonly (string | number)[]) => values.join(', ');

// ---- Field builders: each check writes its own words (valibot's defaults are for programmers).

const text = (what: string) =>
  v.pipe(
    v.string(`%s: the ${what} must be text.`),
    v.maxLength(
      MAX_IMPORT_TEXT_CHARS,
      (issue) =>
        `%s: the ${what} is ${count(issue.received)} characters long; the most is ${count(MAX_IMPORT_TEXT_CHARS)}.`,
    ),
  );

const id = (what: string) =>
  v.pipe(
    v.string(`%s: the ${what} must be text.`),
    v.minLength(1, `%s: the ${what} is empty.`),
    v.maxLength(MAX_ID_CHARS, `%s: the ${what} is longer than ${MAX_ID_CHARS} characters.`),
  );

const day = (what: string) =>
  v.pipe(
    v.string(`%s: the ${what} must be a date such as "2026-11-27".`),
    v.check(
      (value) => value.length === 10 && isDayString(value),
      (issue) => `%s: the ${what} "${String(issue.input)}" is not a date such as "2026-11-27".`,
    ),
  );

const time = (what: string) =>
  v.pipe(
    v.number(`%s: the ${what} must be a number (a time).`),
    v.check(
      (value) => Number.isFinite(value) && Math.abs(value) <= MAX_TIME,
      `%s: the ${what} is not a time Waypoint can show.`,
    ),
  );

const between = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`%s: the ${what} must be a number from ${min} to ${max}.`),
    v.check(
      (value) => Number.isFinite(value) && value >= min && value <= max,
      (issue) => `%s: the ${what} is ${String(issue.input)}; it must be from ${min} to ${max}.`,
    ),
  );

const flag = (what: string) => v.boolean(`%s: "${what}" must be true or false.`);

const choice = <const T extends string | number>(what: string, values: readonly T[]) =>
  v.picklist(
    values,
    (issue) => `%s: the ${what} ${issue.received} is not one Waypoint knows (${list(values)}).`,
  );

const listOf = <TItem extends v.GenericSchema>(what: string, item: TItem) =>
  v.pipe(
    v.array(item, `%s: the ${what} must be a list in square brackets.`),
    v.maxLength(
      MAX_LIST_ITEMS,
      `%s has more than ${count(MAX_LIST_ITEMS)} ${what}; Waypoint keeps at most that many.`,
    ),
  );

const texts = (what: string) => listOf(what, text(what.replace(/s$/, '')));

const objectOf = <TEntries extends v.ObjectEntries>(what: string, entries: TEntries) =>
  v.object(entries, `%s: the ${what} must be an object in curly braces.`);

const record = <TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.object(entries, '%s must be an object in curly braces.');

const base = {
  id: id('id'),
  createdAt: time('creation time'),
  updatedAt: time('time of the last change'),
};

const sessionLink = choice('session link', ['auto', 'manual'] as const);

// ---- Records

const vitalsSchema = (what: string) =>
  objectOf(what, {
    systolic: v.optional(between('systolic pressure', 0, 400)),
    diastolic: v.optional(between('diastolic pressure', 0, 400)),
    heartRate: v.optional(between('heart rate', 0, 400)),
  });

const sideEffectSchema = objectOf('side effect', {
  kind: choice('side effect', [
    'dizziness',
    'nausea',
    'headache',
    'raised-heart-rate',
    'lingering-dissociation',
    'other',
  ] as const),
  severity: choice('severity', ['mild', 'moderate', 'severe'] as const),
  note: v.optional(text('side effect note')),
});

const checklistItemSchema = objectOf('checklist item', {
  id: id('checklist item id'),
  label: text('checklist item'),
  done: flag('done'),
});

const afterCaptureSchema = objectOf('after-session capture', {
  word: v.optional(text('after-session word')),
  note: v.optional(text('after-session note')),
  at: time('time of the after-session capture'),
});

/** A KAP session. */
export const sessionSchema = record({
  ...base,
  status: choice('status', ['planned', 'completed', 'cancelled'] as const),
  startsAt: time('start time'),
  day: day('day'),
  route: v.optional(
    choice('route', [
      'sublingual-oral',
      'intramuscular',
      'intravenous',
      'intranasal',
      'other',
    ] as const),
  ),
  doseMg: v.optional(between('dose (mg)', 0, 100_000)),
  setting: v.optional(choice('setting', ['clinic', 'home-supervised', 'other'] as const)),
  clinician: v.optional(text('clinician')),
  therapist: v.optional(text('therapist')),
  supportPerson: v.optional(text('support person')),
  intentions: texts('intentions'),
  checklist: listOf('checklist items', checklistItemSchema),
  vitalsBefore: v.optional(vitalsSchema('vitals before')),
  vitalsAfter: v.optional(vitalsSchema('vitals after')),
  sideEffects: listOf('side effects', sideEffectSchema),
  afterCapture: v.optional(afterCaptureSchema),
  notes: v.optional(text('notes')),
});

/** A journal entry. */
export const entrySchema = record({
  ...base,
  day: day('day'),
  sessionId: v.optional(id('session id')),
  sessionLink,
  promptId: v.optional(id('prompt id')),
  title: v.optional(text('title')),
  body: text('body'),
  tags: texts('tags'),
  share: flag('share'),
  discuss: flag('discuss'),
});

const rating = (what: string) => v.optional(between(what, 0, 10));

/** A mood check-in. */
export const checkInSchema = record({
  ...base,
  at: time('time'),
  day: day('day'),
  sessionId: v.optional(id('session id')),
  sessionLink,
  moment: v.optional(choice('moment', ['before-session', 'after-session'] as const)),
  mood: between('mood', 1, 10),
  anxiety: rating('anxiety'),
  energy: rating('energy'),
  sleepHours: v.optional(between('hours of sleep', 0, 24)),
  sleepQuality: rating('sleep quality'),
  pain: rating('pain'),
  elevatedMood: rating('elevated mood'),
  irritability: rating('irritability'),
  emotions: texts('emotions'),
  tags: v.optional(texts('tags')),
  note: v.optional(text('note')),
});

/** How many answers each questionnaire keeps (scored items, plus PHQ-9's unscored tenth). */
const answerShape: Readonly<Record<Instrument, { count: number; max: number }>> = {
  phq9: { count: 10, max: 3 },
  gad7: { count: 7, max: 3 },
  pcl5: { count: 20, max: 4 },
};

const instruments = Object.keys(answerShape) as Instrument[];

/** A questionnaire, complete or resumable. */
export const assessmentSchema = v.pipe(
  record({
    ...base,
    at: time('time'),
    day: day('day'),
    sessionId: v.optional(id('session id')),
    sessionLink,
    instrument: choice('questionnaire', instruments),
    answers: listOf('answers', v.nullable(between('answer', 0, 4))),
    total: v.optional(between('total', 0, 1000)),
    band: v.optional(text('band')),
    complete: flag('complete'),
  }),
  v.check(({ instrument, answers }) => {
    const { count: most, max } = answerShape[instrument];
    return answers.length <= most && answers.every((a) => a === null || a <= max);
  }, '%s: its answers do not fit the questionnaire (too many, or above the highest answer).'),
);

/** A custom or imported prompt. */
export const promptSchema = record({
  ...base,
  source: choice('source', ['custom', 'pack'] as const),
  packName: v.optional(text('pack name')),
  text: text('text'),
  phase: choice('phase', PROMPT_PHASES),
  timing: choice('timing', PROMPT_TIMINGS),
  theme: choice('theme', PROMPT_THEMES),
  retired: flag('retired'),
});

/** A prompt due on a day. */
export const promptTaskSchema = record({
  ...base,
  sessionId: v.optional(id('session id')),
  promptId: id('prompt id'),
  dueDay: day('due day'),
  status: choice('status', ['due', 'answered', 'skipped'] as const),
  entryId: v.optional(id('entry id')),
});

const followUpSchema = objectOf('follow-up', {
  at: time('time of the follow-up'),
  outcome: choice('outcome', ['kept', 'partly', 'not-yet'] as const),
  note: v.optional(text('follow-up note')),
  slot: v.optional(choice('follow-up slot', ['day-7', 'before-next'] as const)),
});

/** A commitment. */
export const commitmentSchema = record({
  ...base,
  day: day('day'),
  sessionId: v.optional(id('session id')),
  entryId: v.optional(id('entry id')),
  text: text('text'),
  followUps: listOf('follow-ups', followUpSchema),
  snoozedUntil: v.optional(day('snoozed-until day')),
});

// ---- Drafts: free-form data of a half-typed form, copied into fresh objects.

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** True when a value is JSON data Waypoint can keep: not too deep, no text too long. */
function isKeepableJson(value: unknown, depth = 0): boolean {
  if (depth > MAX_DRAFT_DEPTH) return false;
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= MAX_IMPORT_TEXT_CHARS;
  if (Array.isArray(value)) return value.every((item) => isKeepableJson(item, depth + 1));
  if (typeof value !== 'object') return false;
  return Object.values(value).every((item) => isKeepableJson(item, depth + 1));
}

/** A fresh copy of JSON data without "__proto__", "constructor" or "prototype" keys. */
function freshJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(freshJson);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!forbiddenKeys.has(key)) out[key] = freshJson(item);
  }
  return out;
}

const draftData = v.pipe(
  v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    '%s: its saved form ("data") must be an object in curly braces.',
  ),
  v.check(
    (value) => isKeepableJson(value),
    `%s: its saved form nests deeper than ${MAX_DRAFT_DEPTH} levels or holds a text longer than ${count(MAX_IMPORT_TEXT_CHARS)} characters.`,
  ),
  v.transform((value) => freshJson(value) as Record<string, unknown>),
);

/** A half-typed form. */
export const draftSchema = record({
  id: id('id'),
  updatedAt: time('time of the last change'),
  data: draftData,
});

// ---- Settings: every key optional, each validated to its type.

const crisisResourceSchema = objectOf('crisis resource', {
  id: id('crisis resource id'),
  name: text('name'),
  region: text('region'),
  description: text('description'),
  phone: v.optional(text('phone number')),
  phoneLabel: v.optional(text('phone label')),
  canCall: flag('canCall'),
  canText: flag('canText'),
  textBody: v.optional(text('text to send')),
});

const clockTime = (what: string) =>
  v.pipe(
    v.string(`%s: the ${what} must be a time such as "19:00".`),
    v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, `%s: the ${what} must be a time such as "19:00".`),
  );

/** The settings a backup carries (the keys of SettingsMap, each optional). */
export const settingsSchema = v.object(
  {
    theme: v.optional(choice('theme', themeChoices)),
    crisisResources: v.optional(listOf('crisis resources', crisisResourceSchema)),
    focusAreas: v.optional(listOf('focus areas', choice('focus area', focusAreas))),
    questionnaireCadence: v.optional(
      objectOf('questionnaire cadence', {
        everyDays: choice('number of days', [0, 7, 14, 28] as const),
        beforeSessions: flag('beforeSessions'),
      }),
    ),
    reminderTime: v.optional(clockTime('reminder time')),
    dailyCheckInReminder: v.optional(
      objectOf('daily check-in reminder', {
        enabled: flag('enabled'),
        time: clockTime('reminder time'),
      }),
    ),
    lastSummarySharedAt: v.optional(time('time of the last summary')),
  },
  '%s: "settings" must be an object in curly braces.',
);

// ---- The whole file (after the header is checked and the version upgraded).

const table = <TItem extends v.GenericSchema>(item: TItem) =>
  v.optional(v.array(item, '%s: this list of records must be in square brackets.'), []);

/** The records part of a backup; a table the file does not list counts as empty. */
export const recordsSchema = v.object(
  {
    sessions: table(sessionSchema),
    entries: table(entrySchema),
    checkins: table(checkInSchema),
    assessments: table(assessmentSchema),
    prompts: table(promptSchema),
    promptTasks: table(promptTaskSchema),
    commitments: table(commitmentSchema),
    drafts: table(draftSchema),
  },
  'The backup has no "records" object in curly braces. Nothing was imported.',
);

/** A backup file of the current version, minus format and version (checked first). */
export const backupBodySchema = v.object({
  exportedAt: v.pipe(
    v.string('%s: "exportedAt" must be a date and time in double quotes.'),
    v.maxLength(40, '%s: "exportedAt" is not a date and time.'),
    v.check(
      (value) => !Number.isNaN(Date.parse(value)),
      '%s: "exportedAt" is not a date and time.',
    ),
  ),
  appVersion: v.pipe(
    v.string('%s: "appVersion" must be text.'),
    v.maxLength(100, '%s: "appVersion" is longer than 100 characters.'),
  ),
  schemaVersion: v.pipe(
    v.number('%s: "schemaVersion" must be a number.'),
    v.integer('%s: "schemaVersion" must be a whole number.'),
    v.minValue(1, '%s: "schemaVersion" must be 1 or more.'),
  ),
  records: recordsSchema,
  settings: v.optional(settingsSchema, {}),
});

// ---- How messages name things.

/** How each table's records are named in messages ("Journal entry 12"). */
export const recordNames: Readonly<Record<keyof BackupRecords, string>> = {
  sessions: 'Session',
  entries: 'Journal entry',
  checkins: 'Check-in',
  assessments: 'Questionnaire',
  prompts: 'Prompt',
  promptTasks: 'Prompt task',
  commitments: 'Commitment',
  drafts: 'Draft',
};

const fieldWords: Readonly<Record<string, string>> = {
  createdAt: 'creation time ("createdAt")',
  updatedAt: 'time of the last change ("updatedAt")',
  startsAt: 'start time ("startsAt")',
  at: 'time ("at")',
  day: 'day',
  dueDay: 'due day ("dueDay")',
  sessionLink: 'session link ("auto" or "manual")',
  promptId: 'prompt ("promptId")',
  followUps: 'follow-ups ("followUps")',
  sideEffects: 'side effects ("sideEffects")',
  exportedAt: 'export time ("exportedAt")',
  appVersion: 'app version ("appVersion")',
  schemaVersion: 'schema version ("schemaVersion")',
};

/** How a backup names its parts in messages. */
export const backupWords: IssueWords = {
  subject(path: IssuePath) {
    const [first, second, third] = path;
    if (first === 'records' && typeof second === 'string' && second in recordNames) {
      const name = recordNames[second as keyof BackupRecords];
      if (typeof third === 'number') return `${name} ${count(third + 1)}`;
      return `The list of ${name.toLowerCase()} records`;
    }
    if (first === 'settings' && typeof second === 'string') return `The setting "${second}"`;
    if (first === 'settings') return 'The settings';
    return 'The backup';
  },
  field: (key) => fieldWords[key] ?? key,
};

// ---- Compile-time proof that each schema matches its domain type, key for key.

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
type SameKeys<A, B> = [keyof A, OptionalKeys<A>] extends [keyof B, OptionalKeys<B>]
  ? [keyof B, OptionalKeys<B>] extends [keyof A, OptionalKeys<A>]
    ? true
    : false
  : false;
type Matches<TSchema extends v.GenericSchema, T> =
  SameKeys<v.InferOutput<TSchema>, T> extends true
    ? v.InferOutput<TSchema> extends T
      ? true
      : false
    : false;
type Out<TSchema extends v.GenericSchema> = v.InferOutput<TSchema>;

/** True only while every schema follows its domain type; a drift is a compile error here. */
export type SchemasMatchDomain = [
  Matches<typeof sessionSchema, KapSession>,
  Matches<typeof entrySchema, JournalEntry>,
  Matches<typeof checkInSchema, CheckIn>,
  Matches<typeof assessmentSchema, Assessment>,
  Matches<typeof promptSchema, Prompt>,
  Matches<typeof promptTaskSchema, PromptTask>,
  Matches<typeof commitmentSchema, Commitment>,
  SameKeys<Out<typeof draftSchema>, Draft>,
  SameKeys<Out<ReturnType<typeof vitalsSchema>>, Vitals>,
  Matches<typeof sideEffectSchema, SideEffect>,
  Matches<typeof checklistItemSchema, ChecklistItem>,
  Matches<typeof afterCaptureSchema, AfterCapture>,
  Matches<typeof followUpSchema, CommitmentFollowUp>,
  Matches<typeof crisisResourceSchema, CrisisResource>,
  SameKeys<NonNullable<Out<typeof settingsSchema>['questionnaireCadence']>, CadenceSetting>,
  SameKeys<NonNullable<Out<typeof settingsSchema>['dailyCheckInReminder']>, DailyCheckInReminder>,
  SameKeys<Out<typeof settingsSchema>, Partial<SettingsMap>>,
  Out<typeof settingsSchema> extends Partial<SettingsMap> ? true : false,
] extends true[]
  ? true
  : never;

/** Fails to compile when a schema drifts from its domain type. */
export const schemasMatchDomain: SchemasMatchDomain = true;
