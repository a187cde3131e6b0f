// The therapist summary as data: what the client chose (options) and what it contains (Summary).
// Every exporter (Markdown, plain text, CSV, PDF, print view) reads only a Summary, so a
// section or item left out here is absent from every format.
import type { EmotionCount, MoodFigure, MoodPoint, SessionComparison } from '../insights';
import type {
  Assessment,
  CheckIn,
  Commitment,
  CommitmentFollowUp,
  DayString,
  Instrument,
  JournalEntry,
  KapSession,
  Route,
  SideEffect,
  Vitals,
} from '../types';

/** A range of local days, both included. */
export interface SummaryRange {
  readonly from: DayString;
  readonly to: DayString;
}

/** The sections of a summary, in the order they are shown. */
export const summarySections = [
  'topics',
  'sessions',
  'mood',
  'questionnaires',
  'emotions',
  'commitments',
  'entries',
] as const;

/** One section of a summary. */
export type SummarySection = (typeof summarySections)[number];

/** Details inside sections that are off unless the client turns them on. */
export interface SummaryDetails {
  /** The dose of each session (Sessions). */
  readonly dose: boolean;
  /** Blood pressure and pulse before and after each session (Sessions). */
  readonly vitals: boolean;
  /** The notes typed on check-ins (Mood, and the CSV). */
  readonly checkInNotes: boolean;
}

/** Everything the client chose on the Share screen. */
export interface SummaryOptions {
  readonly range: SummaryRange;
  readonly sections: Readonly<Record<SummarySection, boolean>>;
  readonly details: SummaryDetails;
  /** Items left out, as item keys (see `itemKey`). */
  readonly excluded: readonly string[];
  /** Entries shared as an excerpt: entry id → indices of the chosen passages. */
  readonly excerpts: Readonly<Record<string, readonly number[]>>;
}

/** The kinds of item that can be left out one by one. */
export type SummaryItemKind =
  | 'topic'
  | 'entry'
  | 'session'
  | 'checkin'
  | 'assessment'
  | 'commitment';

/** The records a summary is built from (every record; the range is applied here). */
export interface SummaryData {
  readonly sessions: readonly KapSession[];
  readonly entries: readonly JournalEntry[];
  readonly checkins: readonly CheckIn[];
  readonly assessments: readonly Assessment[];
  readonly commitments: readonly Commitment[];
}

/** A topic the client wants to raise: the entry's title or first line, never its body. */
export interface SummaryTopic {
  readonly entryId: string;
  readonly day: DayString;
  readonly text: string;
}

/** A session as shared. Dose and vitals are present only when the client chose them. */
export interface SummarySession {
  readonly id: string;
  readonly number: number;
  readonly day: DayString;
  readonly route?: Route;
  readonly intentions: readonly string[];
  readonly sideEffects: readonly SideEffect[];
  readonly doseMg?: number;
  readonly vitalsBefore?: Vitals;
  readonly vitalsAfter?: Vitals;
}

/** One check-in as shared (the note only when the client chose notes). */
export interface SummaryCheckIn {
  readonly id: string;
  readonly at: number;
  readonly day: DayString;
  readonly sessionNumber?: number;
  readonly moment?: CheckIn['moment'];
  readonly mood: number;
  readonly anxiety?: number;
  readonly energy?: number;
  readonly sleepHours?: number;
  readonly sleepQuality?: number;
  readonly emotions: readonly string[];
  readonly note?: string;
}

/** Mood over the range. */
export interface SummaryMood {
  readonly checkins: readonly SummaryCheckIn[];
  /** Mean mood per day with check-ins. */
  readonly points: readonly MoodPoint[];
  /** Completed sessions in the range, for the chart. */
  readonly markers: readonly { readonly day: DayString; readonly number: number }[];
  /** Mood just before/after and the days around each session in the range. */
  readonly comparisons: readonly SessionComparison[];
  readonly average?: MoodFigure;
  /** The days either side a session that `daysBefore` / `daysAfter` cover. */
  readonly windowDays: number;
}

/** One questionnaire result as shared. */
export interface SummaryResult {
  readonly id: string;
  readonly day: DayString;
  readonly total: number;
  readonly band?: string;
  /** This result's total minus the baseline's; absent for the baseline itself. */
  readonly change?: number;
  readonly isBaseline: boolean;
}

/** One questionnaire's results: the baseline (its first result) and those in the range. */
export interface SummaryQuestionnaire {
  readonly instrument: Instrument;
  readonly name: string;
  readonly max: number;
  readonly results: readonly SummaryResult[];
}

/** A commitment and how it went. */
export interface SummaryCommitment {
  readonly id: string;
  readonly day: DayString;
  readonly text: string;
  readonly followUps: readonly (CommitmentFollowUp & { readonly day: DayString })[];
}

/** A shared entry: in full, or the chosen passages. */
export interface SummaryEntry {
  readonly id: string;
  readonly day: DayString;
  readonly title?: string;
  /** The passages shared, in order; one item holds the whole body when shared in full. */
  readonly passages: readonly string[];
  readonly excerpt: boolean;
}

/** A built summary. A section left out is undefined, so no exporter can show it. */
export interface Summary {
  readonly range: SummaryRange;
  readonly createdAt: number;
  readonly topics?: readonly SummaryTopic[];
  readonly sessions?: readonly SummarySession[];
  readonly mood?: SummaryMood;
  readonly questionnaires?: readonly SummaryQuestionnaire[];
  readonly emotions?: readonly EmotionCount[];
  readonly commitments?: readonly SummaryCommitment[];
  readonly entries?: readonly SummaryEntry[];
}
