// The Waypoint domain model: plain data, no behaviour. See ../shared/design/product.md.
// Timestamps are epoch milliseconds; `day` is a local calendar date string (yyyy-MM-dd).

/** A local calendar date, yyyy-MM-dd, as the user saw it on their phone. */
export type DayString = string;

/** Fields every stored record carries. */
export interface RecordBase {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** How a record came to belong to a session: the app's phase rule, or the user's own choice. */
export type SessionLink = 'auto' | 'manual';

/** A session's life cycle. */
export type SessionStatus = 'planned' | 'completed' | 'cancelled';

/** How the ketamine was given. */
export type Route = 'sublingual-oral' | 'intramuscular' | 'intravenous' | 'intranasal' | 'other';

/** Where the session took place. */
export type Setting = 'clinic' | 'home-supervised' | 'other';

/** Blood pressure and pulse as the clinic recorded them. */
export interface Vitals {
  readonly systolic?: number;
  readonly diastolic?: number;
  readonly heartRate?: number;
}

/** Side effects clients commonly notice after a session. */
export type SideEffectKind =
  | 'dizziness'
  | 'nausea'
  | 'headache'
  | 'raised-heart-rate'
  | 'lingering-dissociation'
  | 'other';

/** One side effect and how strong it felt. */
export interface SideEffect {
  readonly kind: SideEffectKind;
  readonly severity: 'mild' | 'moderate' | 'severe';
  readonly note?: string;
}

/** One item of the preparation checklist. */
export interface ChecklistItem {
  readonly id: string;
  readonly label: string;
  readonly done: boolean;
}

/** The quick capture right after a session: a word or feeling and a short note. */
export interface AfterCapture {
  readonly word?: string;
  readonly note?: string;
  readonly at: number;
}

/** One ketamine session: planned, completed or cancelled. Its number is derived, never stored. */
export interface KapSession extends RecordBase {
  readonly status: SessionStatus;
  readonly startsAt: number;
  readonly day: DayString;
  readonly route?: Route;
  readonly doseMg?: number;
  readonly setting?: Setting;
  readonly clinician?: string;
  readonly therapist?: string;
  readonly supportPerson?: string;
  readonly intentions: readonly string[];
  readonly checklist: readonly ChecklistItem[];
  readonly vitalsBefore?: Vitals;
  readonly vitalsAfter?: Vitals;
  readonly sideEffects: readonly SideEffect[];
  readonly afterCapture?: AfterCapture;
  readonly notes?: string;
}

/** A journal entry. */
export interface JournalEntry extends RecordBase {
  readonly day: DayString;
  readonly sessionId?: string;
  readonly sessionLink: SessionLink;
  readonly promptId?: string;
  readonly title?: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly share: boolean;
  readonly discuss: boolean;
}

/** A mood check-in. Mood 1..10 (10 best); other ratings 0..10. */
export interface CheckIn extends RecordBase {
  readonly at: number;
  readonly day: DayString;
  readonly sessionId?: string;
  readonly sessionLink: SessionLink;
  readonly moment?: 'before-session' | 'after-session';
  readonly mood: number;
  readonly anxiety?: number;
  readonly energy?: number;
  readonly sleepHours?: number;
  readonly sleepQuality?: number;
  readonly pain?: number;
  readonly elevatedMood?: number;
  readonly irritability?: number;
  readonly emotions: readonly string[];
  /** Activities or labels, e.g. from a Daylio import ("walk", "friends"). */
  readonly tags?: readonly string[];
  readonly note?: string;
}

/** The standard questionnaires Waypoint scores. */
export type Instrument = 'phq9' | 'gad7' | 'pcl5';

/** A completed (or resumable) questionnaire. */
export interface Assessment extends RecordBase {
  readonly at: number;
  readonly day: DayString;
  readonly sessionId?: string;
  readonly sessionLink: SessionLink;
  readonly instrument: Instrument;
  readonly answers: readonly (number | null)[];
  readonly total?: number;
  readonly band?: string;
  readonly complete: boolean;
}

/** The KAP phase a prompt belongs to. */
export type PromptPhase = 'preparation' | 'session-day' | 'integration';

/** When in the integration rhythm a prompt is suggested. */
export type PromptTiming = 'same-evening' | 'day-1' | 'day-3' | 'day-7' | 'day-14' | 'before-next';

/** Integration themes. */
export type PromptTheme =
  | 'body'
  | 'emotions'
  | 'memories-imagery'
  | 'relationships'
  | 'meaning'
  | 'self-compassion'
  | 'change'
  | 'commitments';

/** A reflection prompt the user added or imported (built-in prompts live in code). */
export interface Prompt extends RecordBase {
  readonly source: 'custom' | 'pack';
  readonly packName?: string;
  readonly text: string;
  readonly phase: PromptPhase;
  readonly timing: PromptTiming;
  readonly theme: PromptTheme;
  readonly retired: boolean;
}

/** A prompt due on a day for a session. */
export interface PromptTask extends RecordBase {
  readonly sessionId?: string;
  readonly promptId: string;
  readonly dueDay: DayString;
  readonly status: 'due' | 'answered' | 'skipped';
  readonly entryId?: string;
}

/** When a commitment is looked back at: a week on, or the day before the next session. */
export type FollowUpSlot = 'day-7' | 'before-next';

/** How a commitment went when the client looked back at it. */
export interface CommitmentFollowUp {
  readonly at: number;
  readonly outcome: 'kept' | 'partly' | 'not-yet';
  readonly note?: string;
  /** The follow-up this answered, when it came from Today's due list. */
  readonly slot?: FollowUpSlot;
}

/** Something the client decided to change, taken from an entry. */
export interface Commitment extends RecordBase {
  readonly day: DayString;
  readonly sessionId?: string;
  readonly entryId?: string;
  readonly text: string;
  readonly followUps: readonly CommitmentFollowUp[];
  /** A due follow-up was snoozed: it waits until this day (sealed, so no schema change). */
  readonly snoozedUntil?: DayString;
}

/** A half-typed form kept so nothing the user types is lost. */
export interface Draft {
  readonly id: string;
  readonly updatedAt: number;
  readonly data: Readonly<Record<string, unknown>>;
}
