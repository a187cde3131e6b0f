// Round trip (data-safety 18), property-based: any dataset of every record type and the
// settings, with emoji, right-to-left text (Arabic, Hebrew), combining marks and some
// 100,000-character entries, survives export → wipe → import exactly, as a plain backup and as
// an encrypted one. Each run: commit the data into a fresh database ('replace'), read the
// snapshot, build and serialize the backup (encrypting it with a low injected iteration count for
// the encrypted variant), then import the text through the pipeline into another fresh database
// that holds some unrelated record ('replace' again) and read its snapshot: it must equal the
// first snapshot and the generated data.
// LINKS: an import re-links records linked to sessions automatically (the phase rule), as every
// session change does in the app, so the data the app holds is always a fixed point of
// re-linking. The generator therefore links records freely and then applies the domain's own
// `relink` rule once, as the app would have; commitments always follow the rule.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupSnapshot } from '../../../src/db/backupSnapshot';
import { decryptBackup, encryptBackup } from '../../../src/db/crypto/backupCipher';
import { commitImportedRecords } from '../../../src/db/importRecords';
import type { SettingsMap } from '../../../src/db/repositories/settings';
import { toDay } from '../../../src/domain/dates';
import { focusAreas } from '../../../src/domain/focusAreas';
import type { SessionTiming } from '../../../src/domain/phase';
import { PROMPT_PHASES, PROMPT_THEMES, PROMPT_TIMINGS } from '../../../src/domain/prompts/library';
import { relink } from '../../../src/domain/relink';
import type {
  Assessment,
  CheckIn,
  Commitment,
  Draft,
  JournalEntry,
  KapSession,
  Prompt,
  PromptTask,
} from '../../../src/domain/types';
import {
  type BackupRecords,
  type BackupSnapshot,
  buildBackup,
  serializeBackup,
} from '../../../src/export/backup';
import { backupFormat } from '../../../src/import/backup';
import { readImport } from '../../../src/import/pipeline';
import { sourceFromText } from '../../../src/import/source';
import { byId, makeEntry } from '../factories';
import { backupFormats, nothingStored } from '../import/backupFixtures';
import { closeTestDatabases, openTestDatabase } from './testDatabase';

afterEach(() => closeTestDatabases());

// ---- Text: emoji, right-to-left scripts, combining marks, any code point, some very long.

const samples = [
  'مرحبا، كيف حالك اليوم؟',
  'שלום, מה שלומך היום?',
  'e\u0301 a\u0308 n\u0303 Z\u0336\u0324\u0351',
  '👩‍👩‍👧‍👦 🏳️‍🌈 👋🏽 ❤️‍🔥',
  'mixed עברית and العربية with 123',
  '<img src=x onerror=alert(1)> javascript:alert(1)',
  '"quotes" \\ backslash \n new line \t tab \u0000 nul',
];

const shortText = fc.oneof(
  fc.constantFrom(...samples),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
);

/** A text of exactly 100,000 UTF-16 units, built from a sample (cheap to generate). */
const longText = fc
  .constantFrom(...samples)
  .map((sample) => sample.repeat(Math.ceil(100_000 / sample.length)).slice(0, 100_000));

const body = fc.oneof({ weight: 12, arbitrary: shortText }, { weight: 1, arbitrary: longText });
const id = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }));
const time = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) });
const texts = fc.array(shortText, { maxLength: 3 });
const rating = fc.integer({ min: 0, max: 10 });

/** A record list with distinct ids. */
const table = <T extends { id: string }>(record: fc.Arbitrary<T>) =>
  fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 3 });

// ---- Records

const session: fc.Arbitrary<KapSession> = fc
  .record(
    {
      id,
      createdAt: time,
      updatedAt: time,
      status: fc.constantFrom('planned', 'completed', 'cancelled'),
      startsAt: time,
      route: fc.constantFrom(
        'sublingual-oral',
        'intramuscular',
        'intravenous',
        'intranasal',
        'other',
      ),
      doseMg: fc.integer({ min: 0, max: 500 }),
      setting: fc.constantFrom('clinic', 'home-supervised', 'other'),
      clinician: shortText,
      therapist: shortText,
      supportPerson: shortText,
      intentions: texts,
      checklist: fc.array(fc.record({ id, label: shortText, done: fc.boolean() }), {
        maxLength: 2,
      }),
      vitalsBefore: fc.record(
        {
          systolic: fc.integer({ min: 80, max: 200 }),
          diastolic: fc.integer({ min: 40, max: 120 }),
          heartRate: fc.integer({ min: 40, max: 180 }),
        },
        { requiredKeys: [] },
      ),
      vitalsAfter: fc.record({ systolic: fc.integer({ min: 80, max: 200 }) }, { requiredKeys: [] }),
      sideEffects: fc.array(
        fc.record(
          {
            kind: fc.constantFrom(
              'dizziness',
              'nausea',
              'headache',
              'raised-heart-rate',
              'lingering-dissociation',
              'other',
            ),
            severity: fc.constantFrom('mild', 'moderate', 'severe'),
            note: shortText,
          },
          { requiredKeys: ['kind', 'severity'] },
        ),
        { maxLength: 2 },
      ),
      afterCapture: fc.record({ word: shortText, note: body, at: time }, { requiredKeys: ['at'] }),
      notes: body,
    },
    {
      requiredKeys: [
        'id',
        'createdAt',
        'updatedAt',
        'status',
        'startsAt',
        'intentions',
        'checklist',
        'sideEffects',
      ],
    },
  )
  .map((s) => ({ ...s, day: toDay(s.startsAt) }) as KapSession);

const link = fc.record(
  { sessionLink: fc.constantFrom('auto' as const, 'manual' as const), pick: fc.nat(3) },
  { requiredKeys: ['sessionLink', 'pick'] },
);

const entry = fc
  .record(
    {
      id,
      createdAt: time,
      updatedAt: time,
      link,
      promptId: id,
      title: shortText,
      body,
      tags: texts,
      share: fc.boolean(),
      discuss: fc.boolean(),
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'link', 'body', 'tags', 'share', 'discuss'] },
  )
  .map(({ link: l, ...e }) => ({
    ...e,
    day: toDay(e.createdAt),
    sessionLink: l.sessionLink,
    pick: l.pick,
  }));

const checkin = fc
  .record(
    {
      id,
      createdAt: time,
      updatedAt: time,
      at: time,
      link,
      moment: fc.constantFrom('before-session', 'after-session'),
      mood: fc.integer({ min: 1, max: 10 }),
      anxiety: rating,
      energy: rating,
      sleepHours: fc.double({ min: 0, max: 24, noNaN: true }),
      sleepQuality: rating,
      pain: rating,
      elevatedMood: rating,
      irritability: rating,
      emotions: texts,
      tags: texts,
      note: body,
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'at', 'link', 'mood', 'emotions'] },
  )
  .map(({ link: l, ...c }) => ({
    ...c,
    day: toDay(c.at),
    sessionLink: l.sessionLink,
    pick: l.pick,
  }));

const answerShapes = { phq9: [10, 3], gad7: [7, 3], pcl5: [20, 4] } as const;

const assessment = fc
  .record(
    {
      id,
      createdAt: time,
      updatedAt: time,
      at: time,
      link,
      instrument: fc.constantFrom('phq9', 'gad7', 'pcl5'),
      seed: fc.array(fc.option(fc.nat(4), { nil: null }), { maxLength: 20 }),
      total: fc.integer({ min: 0, max: 80 }),
      band: shortText,
      complete: fc.boolean(),
    },
    {
      requiredKeys: [
        'id',
        'createdAt',
        'updatedAt',
        'at',
        'link',
        'instrument',
        'seed',
        'complete',
      ],
    },
  )
  .map(({ link: l, seed, ...a }) => {
    const [count, max] = answerShapes[a.instrument];
    const answers = seed.slice(0, count).map((x) => (x === null ? null : Math.min(x, max)));
    return { ...a, answers, day: toDay(a.at), sessionLink: l.sessionLink, pick: l.pick };
  });

const prompt: fc.Arbitrary<Prompt> = fc.record(
  {
    id,
    createdAt: time,
    updatedAt: time,
    source: fc.constantFrom('custom', 'pack'),
    packName: shortText,
    text: body,
    phase: fc.constantFrom(...PROMPT_PHASES),
    timing: fc.constantFrom(...PROMPT_TIMINGS),
    theme: fc.constantFrom(...PROMPT_THEMES),
    retired: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'source',
      'text',
      'phase',
      'timing',
      'theme',
      'retired',
    ],
  },
);

const promptTask: fc.Arbitrary<PromptTask> = fc
  .record(
    {
      id,
      createdAt: time,
      updatedAt: time,
      sessionId: id,
      promptId: id,
      due: time,
      status: fc.constantFrom('due', 'answered', 'skipped'),
      entryId: id,
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'promptId', 'due', 'status'] },
  )
  .map(({ due, ...task }) => ({ ...task, dueDay: toDay(due) }) as PromptTask);

const commitment = fc
  .record(
    {
      id,
      createdAt: time,
      updatedAt: time,
      entryId: id,
      text: body,
      followUps: fc.array(
        fc.record(
          {
            at: time,
            outcome: fc.constantFrom('kept', 'partly', 'not-yet'),
            note: shortText,
            slot: fc.constantFrom('day-7', 'before-next'),
          },
          { requiredKeys: ['at', 'outcome'] },
        ),
        { maxLength: 2 },
      ),
      snooze: time,
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'text', 'followUps'] },
  )
  .map(({ snooze, ...c }) => ({
    ...c,
    day: toDay(c.createdAt),
    ...(snooze === undefined ? {} : { snoozedUntil: toDay(snooze) }),
  }));

// Drafts hold whatever a form held: JSON of any shape (never "__proto__"-like keys, which the
// import drops on purpose; -0 is written by JSON as 0, so the generator uses 0).
const forbidden = new Set(['__proto__', 'constructor', 'prototype']);
function cleanJson(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !forbidden.has(key))
      .map(([key, inner]) => [key, cleanJson(inner)]),
  );
}
const draft: fc.Arbitrary<Draft> = fc.record({
  id,
  updatedAt: time,
  data: fc
    .dictionary(fc.string({ maxLength: 12 }), fc.oneof(body, fc.jsonValue({ maxDepth: 3 })), {
      maxKeys: 4,
    })
    .map((data) => cleanJson(data) as Draft['data']),
});

const settings: fc.Arbitrary<Partial<SettingsMap>> = fc.record(
  {
    theme: fc.constantFrom('system', 'light', 'dark'),
    crisisResources: fc.array(
      fc.record(
        {
          id,
          name: shortText,
          region: shortText,
          description: shortText,
          phone: fc.constantFrom('988', '+441234567890'),
          phoneLabel: shortText,
          canCall: fc.boolean(),
          canText: fc.boolean(),
          textBody: shortText,
        },
        { requiredKeys: ['id', 'name', 'region', 'description', 'canCall', 'canText'] },
      ),
      { maxLength: 2 },
    ),
    focusAreas: fc.uniqueArray(fc.constantFrom(...focusAreas)),
    questionnaireCadence: fc.record({
      everyDays: fc.constantFrom(0 as const, 7 as const, 14 as const, 28 as const),
      beforeSessions: fc.boolean(),
    }),
    reminderTime: fc.constantFrom('00:00', '07:30', '19:00', '23:59'),
    dailyCheckInReminder: fc.record({
      enabled: fc.boolean(),
      time: fc.constantFrom('08:00', '20:00'),
    }),
    lastSummarySharedAt: time,
  },
  { requiredKeys: [] },
);

// ---- Links as the app keeps them (see LINKS above).

type Picked = { sessionLink: 'auto' | 'manual'; pick: number };

/** Gives each record the session its pick names (or none), then applies the phase rule. */
function linked<T extends { id: string } & Picked>(
  records: readonly T[],
  sessions: readonly SessionTiming[],
  momentOf: (record: T) => number,
): Omit<T, 'pick'>[] {
  type Linked = T & { sessionId?: string };
  const chosen = records.map(({ pick, ...record }) => {
    const session = sessions[pick];
    return { ...record, ...(session ? { sessionId: session.id } : {}) } as unknown as Linked;
  });
  const changed = new Map(relink(chosen, sessions, momentOf).map((r) => [r.id, r]));
  return chosen.map((record) => {
    const { sessionId, ...rest } = changed.get(record.id) ?? record;
    return { ...rest, ...(sessionId === undefined ? {} : { sessionId }) } as unknown as Omit<
      T,
      'pick'
    >;
  });
}

const dataset: fc.Arbitrary<BackupSnapshot> = fc
  .record({
    sessions: table(session),
    entries: table(entry),
    checkins: table(checkin),
    assessments: table(assessment),
    prompts: table(prompt),
    promptTasks: table(promptTask),
    commitments: table(commitment),
    drafts: table(draft),
    settings,
  })
  .map(({ settings: chosenSettings, ...r }) => {
    const timings = r.sessions;
    const commitments = linked(
      r.commitments.map((c, i) => ({ ...c, sessionLink: 'auto' as const, pick: i })),
      timings,
      (c) => c.createdAt,
    ).map(({ sessionLink: _auto, ...c }) => c as Commitment);
    const records: BackupRecords = {
      sessions: r.sessions,
      entries: linked(r.entries, timings, (e) => e.createdAt) as JournalEntry[],
      checkins: linked(r.checkins, timings, (c) => c.at) as CheckIn[],
      assessments: linked(r.assessments, timings, (a) => a.at) as Assessment[],
      prompts: r.prompts,
      promptTasks: r.promptTasks,
      commitments,
      drafts: r.drafts,
    };
    return { records, settings: chosenSettings };
  });

// ---- The round trip

/** The snapshot as a database returns it: lists in id order. */
function sorted(snapshot: BackupSnapshot): BackupSnapshot {
  const records = Object.fromEntries(
    Object.entries(snapshot.records).map(([name, list]) => [name, byId(list)]),
  ) as unknown as BackupRecords;
  return { records, settings: snapshot.settings };
}

async function exportAndRestore(data: BackupSnapshot, encrypted: boolean): Promise<void> {
  const first = await openTestDatabase();
  await commitImportedRecords(first.db, data.records, { mode: 'replace', settings: data.settings });
  const exported = await readBackupSnapshot(first.db);
  expect(exported).toEqual(sorted(data));
  const json = serializeBackup(
    buildBackup(exported, { exportedAt: Date.UTC(2026, 10, 27), appVersion: 'test' }),
  );

  // Wipe: a new database (holding one unrelated record, which 'replace' must remove).
  const second = await openTestDatabase();
  await second.repos.entries.put(makeEntry({ id: '\u0000unrelated' }));
  let text = json;
  if (encrypted) {
    const file = await encryptBackup(json, 'passphrase 🔑', { iterations: 1000 });
    const opened = await readImport(
      sourceFromText('backup.encrypted.json', JSON.stringify(file)),
      backupFormats,
      nothingStored,
    );
    if (!opened.ok || opened.preview.kind !== 'encrypted-backup') throw new Error('not recognised');
    text = await decryptBackup(opened.preview.file, 'passphrase 🔑');
  }
  const result = await readImport(
    sourceFromText('backup.json', text),
    [backupFormat],
    nothingStored,
  );
  if (!result.ok) throw new Error(`${result.problem} ${result.more.join(' ')}`);
  await commitImportedRecords(second.db, result.preview.data.records, {
    mode: 'replace',
    settings: result.preview.data.settings,
  });
  const restored = await readBackupSnapshot(second.db);
  expect(restored).toEqual(exported);
  expect(restored).toEqual(sorted(data));
  closeTestDatabases();
  indexedDB.deleteDatabase(first.name);
  indexedDB.deleteDatabase(second.name);
}

describe('backup round trip (property)', () => {
  it('export → wipe → import reproduces any dataset exactly (plain)', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, (data) => exportAndRestore(data, false)),
      { numRuns: 200 },
    );
  }, 120_000);

  it('export → wipe → import reproduces any dataset exactly (encrypted)', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, (data) => exportAndRestore(data, true)),
      { numRuns: 200 },
    );
  }, 120_000);

  it('the generator covers long texts, right-to-left text and every record type', () => {
    const runs = fc.sample(dataset, { numRuns: 200, seed: 7 });
    const all = JSON.stringify(runs);
    expect(all).toContain('שלום');
    expect(all).toContain('مرحبا');
    expect(all).toContain('\u0301');
    const longest = Math.max(...runs.flatMap((r) => r.records.entries.map((e) => e.body.length)));
    expect(longest).toBe(100_000);
    for (const name of Object.keys(runs[0]?.records ?? {}) as (keyof BackupRecords)[]) {
      expect(runs.some((r) => r.records[name].length > 0)).toBe(true);
    }
    expect(runs.some((r) => r.records.entries.some((e) => e.sessionId !== undefined))).toBe(true);
  });
});
