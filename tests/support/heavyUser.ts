// The heavy user of performance.md: five years of Waypoint use, generated deterministically from
// a seed, as the rows IndexedDB holds (the app's stored-row format: clear index fields at the top
// level, everything else in a plain `payload`, exactly as src/db/recordStore.ts `toRow` writes
// with the lock off). Used by unit tests (written with raw `idb`) and by Playwright benchmarks
// (written into the page with raw IndexedDB by `loadHeavyUserInPage`).
//
// What it makes (defaults): 60 KAP sessions (completed; 2-4 cancelled; 1-2 planned after `end`),
// 3,650 check-ins (two a day, before/after on session days), 1,500 journal entries averaging
// about 2 KB of UTF-8 (2 % between 10 and 20 KB; some with emoji and Hebrew, Arabic, Japanese,
// Greek or Cyrillic text), 400 prompt answers (entries with `promptId`, each with an answered
// prompt task), 24 custom or pack prompts, 60 questionnaires (PHQ-9, GAD-7, PCL-5 with totals
// and bands), 150 commitments taken from entries, and meta `firstRunDone`.
// Every record is linked as the app links it: `sessionForMoment` at the record's own moment
// (`createdAt` for entries and commitments, `at` for check-ins and questionnaires), with
// `sessionLink: 'auto'` where the record type has one (commitments do not).
//
// Days are local calendar days of the process's time zone, as on the phone. Every record lies
// on the 1,825 days before the day of `end`, so nothing is in the future; planned sessions lie
// a few days after `end`. No Math.random: a seeded mulberry32 drives every choice.
import type { Page } from '@playwright/test';
import {
  currentSchemaVersion,
  databaseName,
  type RecordTableName,
  type TableName,
} from '../../src/db/schema';
import { addDaysToDay, dayTimeToInstant, toDay } from '../../src/domain/dates';
import { type SessionTiming, sessionForMoment } from '../../src/domain/phase';
import type {
  Assessment,
  CheckIn,
  Commitment,
  CommitmentFollowUp,
  DayString,
  Instrument,
  JournalEntry,
  KapSession,
  Prompt,
  PromptPhase,
  PromptTask,
  PromptTheme,
  PromptTiming,
  Route,
  SideEffect,
  SideEffectKind,
} from '../../src/domain/types';

/** A row of settings or meta (JSON-compatible: it crosses into the page via page.evaluate). */
export type HeavyUserRow = Record<string, unknown>;

/** A record row: clear fields at the top level, the rest in a plain payload. */
export interface HeavyUserRecordRow {
  readonly id: string;
  readonly payload: { readonly scheme: 'plain'; readonly data: Record<string, unknown> };
  readonly [clearField: string]: unknown;
}

/** Rows per object store of src/db/schema.ts. */
export type HeavyUserData = { [K in RecordTableName]: HeavyUserRecordRow[] } & {
  [K in Exclude<TableName, RecordTableName>]: HeavyUserRow[];
};

/** How much to make. */
export interface HeavyUserCounts {
  /** Every session: completed, cancelled and planned. */
  readonly sessions: number;
  /** Days of history (two check-ins a day). */
  readonly days: number;
  /** Journal entries written freely (no prompt). */
  readonly entries: number;
  /** Entries answering a prompt (with promptId and an answered prompt task). */
  readonly promptAnswers: number;
  readonly prompts: number;
  readonly assessments: number;
  readonly commitments: number;
}

/** The defaults: the heavy user of performance.md. */
export const heavyUserCounts: HeavyUserCounts = {
  sessions: 60,
  days: 1825,
  entries: 1500,
  promptAnswers: 400,
  prompts: 24,
  assessments: 60,
  commitments: 150,
};

/** 1 June 2026, 18:00 UTC: the default end, so a seed alone always gives the same data. */
export const defaultHeavyUserEnd = Date.UTC(2026, 5, 1, 18, 0, 0);

export interface HeavyUserOptions {
  /** The moment the history ends ("now" for the app); records lie on the days before its day. */
  readonly end?: number;
  /** Smaller or larger datasets (tests); defaults to heavyUserCounts. */
  readonly counts?: Partial<HeavyUserCounts>;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** n different items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }
  /** A version-4-shaped UUID from the generator (deterministic, never crypto). */
  uuid(): string {
    let hex = '';
    for (let i = 0; i < 4; i++)
      hex += Math.floor(this.next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0');
    const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  /** "HH:mm" between two hours (the end hour excluded). */
  time(fromHour: number, toHour: number): string {
    const minutes = this.int(fromHour * 60, toHour * 60 - 1);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The stored-row format (mirror of src/db/recordStore.ts toRow with the plain vault).

/** Clear (index) fields per store, as each repository in src/db/repositories declares them. */
export const clearFieldsByTable = {
  sessions: ['status', 'startsAt', 'day', 'createdAt', 'updatedAt'],
  entries: ['day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink', 'promptId'],
  checkins: ['at', 'day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink'],
  assessments: ['at', 'day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink'],
  prompts: ['source', 'createdAt', 'updatedAt'],
  promptTasks: ['sessionId', 'promptId', 'dueDay', 'status', 'entryId', 'createdAt', 'updatedAt'],
  commitments: ['day', 'sessionId', 'entryId', 'createdAt', 'updatedAt'],
} as const;

type RecordTable = keyof typeof clearFieldsByTable;

/** Seals a record as the plain vault does: clear fields on top, the rest in the payload. */
export function toStoredRow(
  table: RecordTable,
  record: { readonly id: string },
): HeavyUserRecordRow {
  const clear = new Set<string>(['id', ...clearFieldsByTable[table]]);
  const row: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (clear.has(key)) row[key] = value;
    else data[key] = value;
  }
  return { ...row, id: record.id, payload: { scheme: 'plain', data } };
}

// ---------------------------------------------------------------------------------------------
// Text.

const englishSentences = [
  'I woke up before the alarm and lay still for a while, listening to the rain.',
  'The music in the session kept pulling me toward the same memory of the lake house.',
  'My chest felt tight in the morning, and by lunch it had loosened a little.',
  'I noticed how quickly I apologise, even when nothing was my fault.',
  'Talking to my sister was easier than I expected; she listened without fixing.',
  'There was a moment of floating above everything, and it did not feel frightening.',
  'I keep coming back to the image of a door left slightly open.',
  'Work was loud today, but I took three slow breaths before answering the email.',
  'Walking by the river helped; the cold air made everything sharper.',
  'I felt grief for the younger version of me who tried so hard to be good.',
  'The integration session helped me name what I was feeling: relief mixed with fear.',
  'I want to remember that the heaviness passed, as it always does.',
  'Sleep was broken, but the dreams were gentle and full of colour.',
  'I was irritable in the evening and then sad, and I let both be there.',
  'My body remembered the session before my mind did: warmth in the hands, then tears.',
  'I wrote a letter to my father that I will not send, and it still helped.',
  'Small things felt bright today: coffee, the cat on the windowsill, a kind message.',
  'I noticed the old voice that says I am too much, and I did not argue with it.',
  'The nausea after the session faded within an hour; the calm lasted longer.',
  'I am learning that rest is not the same as giving up.',
  'My therapist asked what the child in the memory needed, and I knew the answer at once.',
  'I cancelled plans and did not feel guilty, which is new.',
  'The fog lifted around noon, and I could think in full sentences again.',
  'I felt connected to everyone on the bus, which sounds strange written down.',
  'Anger came up about the divorce, clean and clear, not the muddy kind.',
  'I cooked a real dinner for the first time in weeks.',
  'There is a softness in me today that I do not want to lose.',
  'I noticed my jaw clenching during the meeting and let it go.',
  'The intention I set was to be curious instead of afraid, and mostly I was.',
  'Some days the changes feel huge; today they feel small but real.',
  'I called the clinic to ask about the next date and felt nervous and hopeful.',
  'My partner said I seem lighter, and I believed them.',
  'I spent the afternoon drawing the shapes I saw with my eyes closed.',
  'It is hard to explain the feeling of being held by nothing in particular.',
  'I want to bring up the recurring dream about the flooded house next time.',
  'Breathing into my belly calmed the panic faster than it used to.',
  'I noticed the urge to check my phone and chose to look out of the window instead.',
  'The week after a session always has a dip around the third day; this time I expected it.',
  'I felt proud of saying no to the extra shift.',
  'There was laughter in the session, unexpected and real.',
];

const nonLatinSentences = {
  hebrew: [
    'היום הרגשתי שקט בגוף.',
    'חלמתי על הים ועל אבא שלי.',
    'אני לומד להיות סבלני עם עצמי.',
    'הנשימה עזרה לי לחזור לרגע הזה.',
    'שָׁלוֹם לַגּוּף, שָׁלוֹם לַלֵּב.',
  ],
  arabic: [
    'شعرت اليوم بهدوء عميق.',
    'تذكرت جدتي وبيتها القديم.',
    'أحاول أن أكون لطيفًا مع نفسي.',
    'الموسيقى ساعدتني على التنفس.',
    'مَرْحَبًا بِالصَّبَاحِ الْجَدِيدِ.',
  ],
  japanese: [
    '今日は体が軽く感じた。',
    '海の夢を見て、父のことを思い出した。',
    '自分に優しくすることを練習している。',
    '音楽が呼吸を助けてくれた。',
    'セッションの後、長い散歩をした。',
  ],
  greek: [
    'Σήμερα ένιωσα ηρεμία στο σώμα μου.',
    'Θυμήθηκα τη γιαγιά μου και το σπίτι της.',
    'Μαθαίνω να είμαι υπομονετικός με τον εαυτό μου.',
    'Η ΑΝΑΠΝΟΗ ΜΕ ΒΟΗΘΗΣΕ ΝΑ ΓΥΡΙΣΩ ΣΤΟ ΤΩΡΑ.',
    'Η μουσική άνοιξε κάτι μέσα μου.',
  ],
  cyrillic: [
    'Сегодня я почувствовал спокойствие в теле.',
    'Мне снилось море и мой отец.',
    'Я учусь быть терпеливым к себе.',
    'Музыка помогла мне дышать.',
    'После сеанса я долго гулял у реки.',
  ],
} as const;

/** The scripts the non-Latin text is written in. */
export type HeavyUserScript = keyof typeof nonLatinSentences;
export const heavyUserScripts = Object.keys(nonLatinSentences) as HeavyUserScript[];

const emoji = ['🌊', '🌱', '💛', '🙏', '✨', '🌙', '😌', '🫶', '❤️', '👍🏽', '🧘‍♀️', '🌧️', '☀️'];

const utf8 = new TextEncoder();
const bytes = (text: string) => utf8.encode(text).length;

/**
 * Text of about `target` UTF-8 bytes (never more than `target` + one sentence), in paragraphs.
 * Sometimes in another script, sometimes with emoji.
 */
function makeText(random: Random, target: number): string {
  const script = random.chance(0.2) ? random.pick(heavyUserScripts) : undefined;
  const mostlyScript = script !== undefined && random.chance(0.25);
  const withEmoji = random.chance(0.25);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < target) {
    const useScript = script !== undefined && (mostlyScript || random.chance(0.3));
    const bank: readonly string[] = useScript ? nonLatinSentences[script] : englishSentences;
    const sentences: string[] = [];
    const count = random.int(2, 6);
    for (let i = 0; i < count && size < target; i++) {
      let sentence = random.pick(bank);
      if (withEmoji && random.chance(0.2)) sentence += ` ${random.pick(emoji)}`;
      sentences.push(sentence);
      size += bytes(sentence) + 1;
    }
    paragraphs.push(sentences.join(' '));
    size += 1;
  }
  return paragraphs.join('\n\n');
}

/** Body size for a free journal entry: about 2 KB on average, 2 % between 10 and 20 KB. */
function journalSize(random: Random): number {
  const roll = random.float();
  if (roll < 0.02) return random.int(10_000, 19_500);
  if (roll < 0.12) return random.int(2_500, 8_000);
  return random.int(250, 2_600);
}

const titles = [
  'Morning pages',
  'After the session',
  'Day three dip',
  'What the music showed me',
  'Letter to my younger self',
  'Before the next session',
  'Body check',
  'A good day',
  'Heavy evening',
  'Dream notes',
  'Integration thoughts',
  'Notes for my therapist',
];
const tags = [
  'sleep',
  'family',
  'body',
  'grief',
  'work',
  'dreams',
  'gratitude',
  'anger',
  'music',
  'relationships',
  'self-compassion',
  'anxiety',
  'nature',
];
const emotions = [
  'calm',
  'hopeful',
  'anxious',
  'sad',
  'tired',
  'grateful',
  'irritable',
  'tender',
  'restless',
  'content',
  'numb',
  'joyful',
];
const checkInNotes = [
  'Slept badly.',
  'Good walk at lunch.',
  'Headache in the afternoon.',
  'Felt lighter today 🌱',
  'Tense meeting.',
  'שקט.',
  '穏やかな一日。',
  'Спокойно.',
  'Long call with mum.',
  'Tired but OK.',
];
const commitmentTexts = [
  'Walk outside every morning before work',
  'Call my sister once a week',
  'Say no to extra shifts',
  'Write three lines before bed',
  'Take the stairs and notice my breath',
  'Put the phone away at dinner',
  'Ask for help when the week gets heavy',
  'Keep the Sunday afternoon free',
  'Cook one real meal a day',
  'Tell my partner when I feel overwhelmed',
];
const clinicians = ['Dr. Rivera', 'Dr. Okafor', 'Dr. Lindqvist'];
const therapists = ['Sam Cohen', 'Noor Haddad'];
const routes: readonly Route[] = ['intramuscular', 'sublingual-oral', 'intravenous'];
const sideEffectKinds: readonly SideEffectKind[] = [
  'dizziness',
  'nausea',
  'headache',
  'raised-heart-rate',
  'lingering-dissociation',
];
const promptTexts = [
  'What did your body tell you today?',
  'Which image from the session keeps coming back?',
  'Who did you think of, and what would you say to them?',
  'What felt different this morning?',
  'What do you want to carry into the next week?',
  'Where did you feel tension, and where ease?',
  'What would kindness toward yourself look like today?',
  'What surprised you since the session?',
  'Which old story about yourself felt less true?',
  'What is one small change you could try?',
  'How did the commitment from last week go?',
  'What do you want to ask at the next integration session?',
];
const promptPhases: readonly PromptPhase[] = ['preparation', 'session-day', 'integration'];
const promptTimings: readonly PromptTiming[] = [
  'same-evening',
  'day-1',
  'day-3',
  'day-7',
  'day-14',
  'before-next',
];
const promptThemes: readonly PromptTheme[] = [
  'body',
  'emotions',
  'memories-imagery',
  'relationships',
  'meaning',
  'self-compassion',
  'change',
  'commitments',
];

// ---------------------------------------------------------------------------------------------
// Questionnaires (product.md "Questionnaires").

const instruments: Record<Instrument, { items: number; max: number }> = {
  phq9: { items: 9, max: 3 },
  gad7: { items: 7, max: 3 },
  pcl5: { items: 20, max: 4 },
};

/** The band of a total, per product.md. */
export function heavyUserBand(instrument: Instrument, total: number): string {
  if (instrument === 'pcl5') return total >= 33 ? 'probable PTSD' : 'below threshold';
  if (total <= 4) return 'minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  if (instrument === 'phq9') return total <= 19 ? 'moderately severe' : 'severe';
  return 'severe';
}

// ---------------------------------------------------------------------------------------------
// The generator.

const hour = 3_600_000;
const minute = 60_000;
const dayMs = 24 * hour;

/** Generates the heavy user's rows, the same for the same seed, options and time zone. */
export function generateHeavyUser(seed: number, options: HeavyUserOptions = {}): HeavyUserData {
  const counts = { ...heavyUserCounts, ...options.counts };
  const end = options.end ?? defaultHeavyUserEnd;
  const random = new Random(seed);
  const endDay = toDay(end);
  const firstDay = addDaysToDay(endDay, -counts.days);
  const days: DayString[] = Array.from({ length: counts.days }, (_, i) =>
    addDaysToDay(firstDay, i),
  );
  const lastDay = days.at(-1) ?? firstDay;
  const dayIndex = new Map(days.map((day, i) => [day, i]));
  const atTime = (day: DayString, time: string) => dayTimeToInstant(day, time);

  // Sessions: the past ones spread over the span in courses (about weekly) and boosters (about
  // monthly), the first a few weeks in (a preparation phase), the last a few days before the
  // end; 1-2 planned after `end`.
  const planned = Math.min(counts.sessions, random.int(1, 2));
  const past = counts.sessions - planned;
  const gaps = Array.from({ length: Math.max(0, past - 1) }, (_, i) =>
    i < 5 || random.chance(0.2) ? random.int(5, 10) : random.int(18, 50),
  );
  const firstOffset = Math.min(counts.days - 1, random.int(21, 35));
  const room = Math.max(0, counts.days - 4 - firstOffset);
  const gapSum = gaps.reduce((a, b) => a + b, 0) || 1;
  const scale = room / gapSum; // stretch or squeeze so the last session is a few days before end
  const sessionDays: DayString[] = [];
  let offset = firstOffset;
  for (let i = 0; i < past; i++) {
    if (i > 0) offset += Math.max(1, Math.floor((gaps[i - 1] ?? 1) * scale));
    sessionDays.push(days[Math.min(offset, days.length - 1)] ?? lastDay);
  }
  const cancelledCount = past > 6 ? random.int(2, 4) : 0;
  const cancelledIndexes = new Set(
    random.sample(
      Array.from({ length: Math.max(0, past - 2) }, (_, i) => i + 1),
      cancelledCount,
    ),
  );
  const sessions: KapSession[] = [];
  const makeSession = (day: DayString, status: KapSession['status']): KapSession => {
    const startsAt = atTime(day, random.time(9, 15));
    const createdAt = Math.max(
      atTime(firstDay, '08:00'),
      Math.min(end - dayMs, startsAt - 14 * dayMs),
    );
    const base = {
      id: random.uuid(),
      status,
      startsAt,
      day: toDay(startsAt),
      createdAt,
      route: random.pick(routes),
      setting: random.chance(0.8) ? ('clinic' as const) : ('home-supervised' as const),
      clinician: random.pick(clinicians),
      therapist: random.pick(therapists),
      intentions: random.sample(
        [
          'Be curious instead of afraid',
          'Listen to my body',
          'Meet the grief gently',
          'Let go of control',
          'Ask what I need',
        ],
        random.int(1, 3),
      ),
      checklist: [
        { id: 'ride', label: 'Ride home arranged', done: status !== 'planned' },
        { id: 'fast', label: 'No food for 4 hours', done: status !== 'planned' },
        {
          id: 'music',
          label: 'Playlist and headphones',
          done: status !== 'planned' || random.chance(0.5),
        },
      ],
    };
    if (status !== 'completed') {
      return {
        ...base,
        updatedAt: status === 'cancelled' ? Math.max(createdAt, startsAt - dayMs) : createdAt,
        sideEffects: [],
      };
    }
    const sideEffects: SideEffect[] = random
      .sample(sideEffectKinds, random.int(0, 2))
      .map((kind) => ({ kind, severity: random.chance(0.8) ? 'mild' : 'moderate' }));
    return {
      ...base,
      updatedAt: startsAt + 5 * hour,
      doseMg: base.route === 'intravenous' ? random.int(35, 70) : random.int(50, 150),
      supportPerson: random.chance(0.5) ? 'Alex' : undefined,
      vitalsBefore: {
        systolic: random.int(110, 132),
        diastolic: random.int(70, 85),
        heartRate: random.int(60, 80),
      },
      vitalsAfter: {
        systolic: random.int(120, 145),
        diastolic: random.int(75, 92),
        heartRate: random.int(68, 95),
      },
      sideEffects,
      afterCapture: {
        word: random.pick(['open', 'held', 'tired', 'clear', 'tender', 'vast']),
        note: makeText(random, random.int(40, 200)),
        at: startsAt + 2 * hour,
      },
      notes: makeText(random, random.int(80, 600)),
    };
  };
  sessionDays.forEach((day, i) => {
    sessions.push(makeSession(day, cancelledIndexes.has(i) ? 'cancelled' : 'completed'));
  });
  let plannedDay = addDaysToDay(endDay, random.int(3, 10));
  for (let i = 0; i < planned; i++) {
    sessions.push(makeSession(plannedDay, 'planned'));
    plannedDay = addDaysToDay(plannedDay, random.int(7, 14));
  }
  const timings: SessionTiming[] = sessions.map(({ id, status, startsAt, day }) => ({
    id,
    status,
    startsAt,
    day,
  }));
  const linkAt = (moment: number) => sessionForMoment(timings, moment);
  const completed = sessions.filter((s) => s.status === 'completed');
  const completedByDay = new Map(completed.map((s) => [s.day, s]));

  // Days weighted toward integration (the two weeks after a completed session).
  const afterSession = new Set<number>();
  for (const session of completed) {
    const index = dayIndex.get(session.day) ?? -1;
    for (let d = 0; d <= 14; d++) if (index + d < days.length) afterSession.add(index + d);
  }
  const weightedDay = (): DayString => {
    for (;;) {
      const index = random.int(0, days.length - 1);
      if (afterSession.has(index) || random.chance(0.35)) return days[index] ?? lastDay;
    }
  };

  // Check-ins: morning and evening every day; before/after the session on session days.
  const checkins: CheckIn[] = [];
  days.forEach((day, index) => {
    const progress = index / Math.max(1, days.length - 1);
    const session = completedByDay.get(day);
    const lift = afterSession.has(index) ? 1 : 0;
    const moments: { at: number; moment?: CheckIn['moment'] }[] = session
      ? [
          { at: session.startsAt - 45 * minute, moment: 'before-session' },
          { at: session.startsAt + 3 * hour, moment: 'after-session' },
        ]
      : [{ at: atTime(day, random.time(6, 10)) }, { at: atTime(day, random.time(19, 23)) }];
    moments.forEach(({ at, moment }, half) => {
      const mood = Math.max(
        1,
        Math.min(10, Math.round(4 + 3 * progress + lift + (random.float() - 0.5) * 4)),
      );
      const record: CheckIn = {
        id: random.uuid(),
        createdAt: at,
        updatedAt: at,
        at,
        day: toDay(at),
        sessionId: linkAt(at),
        sessionLink: 'auto',
        moment,
        mood,
        anxiety: Math.max(
          0,
          Math.min(10, Math.round(6 - 3 * progress + (random.float() - 0.5) * 4)),
        ),
        energy: random.int(2, 9),
        sleepHours: half === 0 ? random.int(18, 36) / 4 : undefined,
        sleepQuality: half === 0 ? random.int(2, 9) : undefined,
        emotions: random.sample(emotions, random.int(1, 3)),
        note: random.chance(0.3) ? random.pick(checkInNotes) : undefined,
      };
      checkins.push(record);
    });
  });

  // Prompts, written before the first session.
  const promptsCreated = atTime(firstDay, '09:00');
  const prompts: Prompt[] = Array.from({ length: counts.prompts }, (_, i) => {
    const fromPack = i % 2 === 1;
    return {
      id: random.uuid(),
      createdAt: promptsCreated + i * minute,
      updatedAt: promptsCreated + i * minute,
      source: fromPack ? 'pack' : 'custom',
      packName: fromPack ? 'Integration Circle' : undefined,
      text: promptTexts[i % promptTexts.length] ?? 'What stayed with you?',
      phase: random.pick(promptPhases),
      timing: random.pick(promptTimings),
      theme: random.pick(promptThemes),
      retired: random.chance(0.1),
    };
  });

  // Journal entries and prompt answers.
  const entries: JournalEntry[] = [];
  const promptTasks: PromptTask[] = [];
  const makeEntry = (day: DayString, size: number, promptId?: string): JournalEntry => {
    const createdAt = atTime(day, random.time(6, 24));
    const edited = random.chance(0.2)
      ? Math.min(end - minute, createdAt + random.int(5, 60 * 24 * 3) * minute)
      : createdAt;
    return {
      id: random.uuid(),
      createdAt,
      updatedAt: edited,
      day: toDay(createdAt),
      sessionId: linkAt(createdAt),
      sessionLink: 'auto',
      promptId,
      title: promptId === undefined && random.chance(0.6) ? random.pick(titles) : undefined,
      body: makeText(random, size),
      tags: random.sample(tags, random.int(0, 4)),
      share: random.chance(0.25),
      discuss: random.chance(0.15),
    };
  };
  for (let i = 0; i < counts.entries; i++)
    entries.push(makeEntry(weightedDay(), journalSize(random)));
  for (let i = 0; i < counts.promptAnswers; i++) {
    const prompt = random.pick(prompts);
    const entry = makeEntry(weightedDay(), random.int(200, 1_500), prompt.id);
    entries.push(entry);
    promptTasks.push({
      id: random.uuid(),
      createdAt: atTime(entry.day, '00:00'),
      updatedAt: entry.createdAt,
      sessionId: entry.sessionId,
      promptId: prompt.id,
      dueDay: entry.day,
      status: 'answered',
      entryId: entry.id,
    });
  }
  entries.sort((a, b) => a.createdAt - b.createdAt);

  // Questionnaires: the evening before sessions, spread over the course; severity eases.
  const assessments: Assessment[] = [];
  const cycle: readonly Instrument[] = ['phq9', 'gad7', 'phq9', 'pcl5', 'gad7'];
  for (let i = 0; i < counts.assessments && completed.length > 0; i++) {
    const session = completed[
      Math.floor((i * completed.length) / counts.assessments)
    ] as KapSession;
    const instrument = cycle[i % cycle.length] as Instrument;
    const { items, max } = instruments[instrument];
    const at = atTime(addDaysToDay(session.day, -1), '20:00') + (i % 2) * 10 * minute;
    const severity = 0.6 - 0.45 * ((at - atTime(firstDay, '00:00')) / (counts.days * dayMs));
    const answers = Array.from({ length: items }, (_, item) =>
      instrument === 'phq9' && item === 8
        ? 0
        : Math.max(0, Math.min(max, Math.round(severity * max + (random.float() - 0.5) * 2))),
    );
    const total = answers.reduce((a, b) => a + b, 0);
    assessments.push({
      id: random.uuid(),
      createdAt: at,
      updatedAt: at + 4 * minute,
      at,
      day: toDay(at),
      sessionId: linkAt(at),
      sessionLink: 'auto',
      instrument,
      answers,
      total,
      band: heavyUserBand(instrument, total),
      complete: true,
    });
  }

  // Commitments, taken from free entries written during integration.
  const sources = random.sample(
    entries.filter((e) => e.promptId === undefined && e.createdAt + 10 * minute < end),
    counts.commitments,
  );
  const commitments: Commitment[] = sources.map((entry) => {
    const createdAt = entry.createdAt + random.int(1, 10) * minute;
    const followUps: CommitmentFollowUp[] = [];
    let next = createdAt + random.int(3, 10) * dayMs;
    for (let f = random.int(0, 3); f > 0 && next < end; f--) {
      followUps.push({
        at: next,
        outcome: random.pick(['kept', 'partly', 'not-yet'] as const),
        note: random.chance(0.5) ? makeText(random, random.int(30, 160)) : undefined,
      });
      next += random.int(5, 20) * dayMs;
    }
    return {
      id: random.uuid(),
      createdAt,
      updatedAt: followUps.at(-1)?.at ?? createdAt,
      day: toDay(createdAt),
      sessionId: linkAt(createdAt),
      entryId: entry.id,
      text: random.pick(commitmentTexts),
      followUps,
    };
  });
  commitments.sort((a, b) => a.createdAt - b.createdAt);

  const clean = <T extends object>(record: T): T => JSON.parse(JSON.stringify(record)) as T; // drops undefined fields, as IndexedDB rows lack them
  return {
    sessions: sessions.map((r) => toStoredRow('sessions', clean(r))),
    entries: entries.map((r) => toStoredRow('entries', clean(r))),
    checkins: checkins.map((r) => toStoredRow('checkins', clean(r))),
    assessments: assessments.map((r) => toStoredRow('assessments', clean(r))),
    prompts: prompts.map((r) => toStoredRow('prompts', clean(r))),
    promptTasks: promptTasks.map((r) => toStoredRow('promptTasks', clean(r))),
    commitments: commitments.map((r) => toStoredRow('commitments', clean(r))),
    settings: [],
    drafts: [],
    meta: [{ key: 'firstRunDone', value: true }],
  };
}

// ---------------------------------------------------------------------------------------------
// Loading into IndexedDB.

/** What writeHeavyUserRows needs (plain data: it runs inside the page). */
export interface WriteRowsRequest {
  readonly name: string;
  /** The native IndexedDB version: Dexie opens schema version N as N * 10. */
  readonly version: number;
  readonly data: HeavyUserData;
}

/** The native IndexedDB version of the app's current schema (Dexie multiplies by ten). */
export const nativeSchemaVersion = currentSchemaVersion * 10;

/**
 * Writes the rows with raw IndexedDB in ONE transaction over every store: record stores are
 * cleared first (settings kept), then every row is put. Self-contained (no imports, no
 * closures) so Playwright can run it inside the page; unit tests run it on fake-indexeddb.
 * Fails, without creating anything, when the database does not exist at that version yet.
 */
export async function writeHeavyUserRows(request: WriteRowsRequest): Promise<number> {
  const { name, version, data } = request;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, version);
    open.onupgradeneeded = () => {
      open.transaction?.abort();
      reject(
        new Error(
          `The ${name} database does not exist at version ${version}: open the app once (so it creates its database) before loading the heavy user.`,
        ),
      );
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error(`Could not open ${name}`));
    open.onblocked = () => reject(new Error(`Opening ${name} was blocked by another connection`));
  });
  try {
    const stores = Object.keys(data).filter((store) => db.objectStoreNames.contains(store));
    const missing = Object.keys(data).filter((store) => !db.objectStoreNames.contains(store));
    if (missing.length > 0)
      throw new Error(`The ${name} database has no store ${missing.join(', ')}`);
    let written = 0;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('The heavy-user transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('The heavy-user transaction was aborted'));
      for (const store of stores) {
        const objectStore = tx.objectStore(store);
        if (store !== 'settings' && store !== 'meta') objectStore.clear();
        for (const row of data[store as keyof typeof data]) {
          objectStore.put(row);
          written++;
        }
      }
    });
    return written;
  } finally {
    db.close();
  }
}

/** Offsets from UTC (minutes) at instants spread over the data, to compare time zones. */
function offsetsAt(instants: readonly number[]): number[] {
  return instants.map((at) => new Date(at).getTimezoneOffset());
}

/**
 * Loads the heavy user into the page's `waypoint` database with raw IndexedDB, in one
 * transaction, and sets meta firstRunDone = true.
 *
 * Callers must visit the app once first (`await page.goto('/')` and wait for it to start), so the
 * app creates its database at the current schema version; then call this, then reload the page
 * so the app reads the data. `end` defaults to now, so the planned sessions lie just ahead.
 * The page must run in the same time zone as this Node process (days are computed here).
 * Returns the generated data (for counts and raw comparisons).
 */
export async function loadHeavyUserInPage(
  page: Page,
  seed: number,
  options: HeavyUserOptions = {},
): Promise<HeavyUserData> {
  const end = options.end ?? Date.now();
  const instants = Array.from({ length: 12 }, (_, i) => end - i * 183 * dayMs);
  const pageOffsets = await page.evaluate(
    (list) => list.map((at) => new Date(at).getTimezoneOffset()),
    instants,
  );
  if (JSON.stringify(pageOffsets) !== JSON.stringify(offsetsAt(instants))) {
    throw new Error(
      'The page runs in another time zone than Node: set the same TZ for both (for example Playwright timezoneId) so record days match.',
    );
  }
  const data = generateHeavyUser(seed, { ...options, end });
  await page.evaluate(writeHeavyUserRows, {
    name: databaseName,
    version: nativeSchemaVersion,
    data,
  });
  return data;
}
