// Factories for valid domain records and a controllable clock, shared by unit tests.
// `xFields()` gives what a caller passes to `repository.create`; `makeX()` gives a complete
// stored record (with id and timestamps) for `repository.put` or for pure domain code.
import type { NewRecord, RepositoryClock } from '../../src/db/repositories/entityRepository';
import type {
  Assessment,
  CheckIn,
  Commitment,
  JournalEntry,
  KapSession,
  Prompt,
  PromptTask,
  RecordBase,
} from '../../src/domain/types';

/** A clock whose time only moves when the test says so, and whose ids are predictable. */
export interface TestClock extends RepositoryClock {
  /** Sets the current time (epoch ms). */
  set(at: number): void;
  /** Moves the current time forward by `ms`. */
  advance(ms: number): void;
  /** Every id handed out so far, in order. */
  readonly issuedIds: readonly string[];
}

/** 1 March 2026, 15:00 UTC: the default "now" of the test clock. */
export const defaultNow = Date.UTC(2026, 2, 1, 15, 0, 0);

/** A test clock starting at `start`, issuing ids `id-0001`, `id-0002`, ... */
export function createTestClock(start: number = defaultNow): TestClock {
  let current = start;
  const issuedIds: string[] = [];
  return {
    now: () => current,
    newId: () => {
      const id = `id-${String(issuedIds.length + 1).padStart(4, '0')}`;
      issuedIds.push(id);
      return id;
    },
    set(at) {
      current = at;
    },
    advance(ms) {
      current += ms;
    },
    issuedIds,
  };
}

function stamp<T extends RecordBase>(fields: NewRecord<T>, overrides: Partial<T>): T {
  const at = defaultNow;
  return {
    ...fields,
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    ...overrides,
  } as unknown as T;
}

/** Fields of a valid planned session. */
export function sessionFields(
  overrides: Partial<NewRecord<KapSession>> = {},
): NewRecord<KapSession> {
  return {
    status: 'planned',
    startsAt: Date.UTC(2026, 2, 5, 14, 0, 0),
    day: '2026-03-05',
    route: 'intramuscular',
    doseMg: 50,
    setting: 'clinic',
    clinician: 'Dr. Rivera',
    intentions: ['Be kind to myself'],
    checklist: [{ id: 'fast', label: 'No food for 4 hours', done: false }],
    sideEffects: [],
    notes: 'Bring headphones',
    ...overrides,
  };
}

/** A complete valid session record. */
export function makeSession(overrides: Partial<KapSession> = {}): KapSession {
  return stamp<KapSession>(sessionFields(), overrides);
}

/** Fields of a valid journal entry. */
export function entryFields(
  overrides: Partial<NewRecord<JournalEntry>> = {},
): NewRecord<JournalEntry> {
  return {
    day: '2026-03-01',
    sessionLink: 'auto',
    title: 'Morning pages',
    body: 'I noticed the light through the window.',
    tags: ['gratitude'],
    share: false,
    discuss: true,
    ...overrides,
  };
}

/** A complete valid journal entry. */
export function makeEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return stamp<JournalEntry>(entryFields(), overrides);
}

/** Fields of a valid mood check-in. */
export function checkInFields(overrides: Partial<NewRecord<CheckIn>> = {}): NewRecord<CheckIn> {
  return {
    at: Date.UTC(2026, 2, 1, 9, 30, 0),
    day: '2026-03-01',
    sessionLink: 'auto',
    mood: 6,
    anxiety: 3,
    energy: 5,
    sleepHours: 7.5,
    emotions: ['calm'],
    note: 'Slept well',
    ...overrides,
  };
}

/** A complete valid check-in. */
export function makeCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return stamp<CheckIn>(checkInFields(), overrides);
}

/** Fields of a valid, complete PHQ-9 assessment. */
export function assessmentFields(
  overrides: Partial<NewRecord<Assessment>> = {},
): NewRecord<Assessment> {
  return {
    at: Date.UTC(2026, 2, 1, 10, 0, 0),
    day: '2026-03-01',
    sessionLink: 'auto',
    instrument: 'phq9',
    answers: [1, 0, 2, 1, 0, 1, 0, 0, 0],
    total: 5,
    band: 'mild',
    complete: true,
    ...overrides,
  };
}

/** A complete valid assessment. */
export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return stamp<Assessment>(assessmentFields(), overrides);
}

/** Fields of a valid custom prompt. */
export function promptFields(overrides: Partial<NewRecord<Prompt>> = {}): NewRecord<Prompt> {
  return {
    source: 'custom',
    text: 'What did your body tell you today?',
    phase: 'integration',
    timing: 'day-1',
    theme: 'body',
    retired: false,
    ...overrides,
  };
}

/** A complete valid prompt. */
export function makePrompt(overrides: Partial<Prompt> = {}): Prompt {
  return stamp<Prompt>(promptFields(), overrides);
}

/** Fields of a valid due prompt task. */
export function promptTaskFields(
  overrides: Partial<NewRecord<PromptTask>> = {},
): NewRecord<PromptTask> {
  return {
    promptId: 'builtin-body-1',
    dueDay: '2026-03-02',
    status: 'due',
    ...overrides,
  };
}

/** A complete valid prompt task. */
export function makePromptTask(overrides: Partial<PromptTask> = {}): PromptTask {
  return stamp<PromptTask>(promptTaskFields(), overrides);
}

/** Fields of a valid commitment. */
export function commitmentFields(
  overrides: Partial<NewRecord<Commitment>> = {},
): NewRecord<Commitment> {
  return {
    day: '2026-03-01',
    text: 'Walk outside every morning',
    followUps: [],
    ...overrides,
  };
}

/** A complete valid commitment. */
export function makeCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return stamp<Commitment>(commitmentFields(), overrides);
}

/** Sorts records by id, for comparing query results without depending on their order. */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The ids of records, sorted. */
export function idsOf(records: readonly { id: string }[]): string[] {
  return records.map((record) => record.id).sort();
}
