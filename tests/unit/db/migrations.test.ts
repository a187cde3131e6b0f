// Tested migrations (data-safety 12). MIGRATION POLICY: every schema version the app has ever
// shipped has a FIXTURE below: a database exactly as that version wrote it, created with raw
// `idb` (native version = Dexie version x 10, stores and indexes as that version declared them,
// rows in their stored shape), and the records today's repositories must read from it. Every
// fixture is opened with today's createDatabase/openDatabase, so adding schema version N + 1
// automatically tests the upgrade from N. A new version without its own fixture fails the
// structural test, so the next one after it is tested too. A failing upgrade must leave the
// version and every row exactly as they were (IndexedDB rolls back the versionchange transaction;
// the test proves Dexie does not get in the way).
import Dexie from 'dexie';
import { type IDBPDatabase, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type WaypointDexie } from '../../../src/db/database';
import { createRepositories, type Repositories } from '../../../src/db/repositories';
import { currentSchemaVersion, schemaVersions } from '../../../src/db/schema';
import type {
  Assessment,
  CheckIn,
  Commitment,
  JournalEntry,
  KapSession,
  Prompt,
  PromptTask,
} from '../../../src/domain/types';
import { createTestClock } from '../factories';

/** A database as one schema version wrote it, and what today's code must read from it. */
interface Fixture {
  /** Store definitions exactly as that version declared them (Dexie syntax, plain indexes). */
  readonly stores: Readonly<Record<string, string>>;
  /** Rows exactly as that version stored them. */
  readonly rows: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  /** Reads everything through today's repositories and checks it. */
  readonly check: (repos: Repositories) => Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Version 1 (frozen copy: never edit it, add the next version's fixture instead).

const v1Stores = {
  sessions: 'id, startsAt, day, status, updatedAt',
  entries: 'id, day, createdAt, updatedAt, sessionId, promptId',
  checkins: 'id, at, day, updatedAt, sessionId',
  assessments: 'id, at, day, updatedAt, sessionId',
  prompts: 'id, updatedAt, source',
  promptTasks: 'id, dueDay, sessionId, promptId, status, updatedAt',
  commitments: 'id, day, createdAt, updatedAt, sessionId, entryId',
  settings: 'key',
  drafts: 'id, updatedAt',
  meta: 'key',
};

/** The fields version 1 kept clear (outside the sealed payload), per store. */
const v1Clear: Record<string, readonly string[]> = {
  sessions: ['status', 'startsAt', 'day', 'createdAt', 'updatedAt'],
  entries: ['day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink', 'promptId'],
  checkins: ['at', 'day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink'],
  assessments: ['at', 'day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink'],
  prompts: ['source', 'createdAt', 'updatedAt'],
  promptTasks: ['sessionId', 'promptId', 'dueDay', 'status', 'createdAt', 'updatedAt'],
  commitments: ['day', 'sessionId', 'entryId', 'createdAt', 'updatedAt'],
};

/** A record as version 1 stored it: clear index fields, the rest in a plain payload. */
function v1Row(table: string, record: { id: string }): Record<string, unknown> {
  const clear = new Set(['id', ...(v1Clear[table] ?? [])]);
  const row: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (clear.has(key)) row[key] = value;
    else data[key] = value;
  }
  return { ...row, id: record.id, payload: { scheme: 'plain', data } };
}

const t0 = Date.UTC(2026, 2, 1, 15, 0, 0);
const session: KapSession = {
  id: 's-1',
  status: 'completed',
  startsAt: t0,
  day: '2026-03-01',
  createdAt: t0 - 86_400_000,
  updatedAt: t0,
  route: 'intramuscular',
  doseMg: 50,
  setting: 'clinic',
  intentions: ['Be kind to myself'],
  checklist: [{ id: 'c-1', label: 'Ride home', done: true }],
  vitalsBefore: { systolic: 120, diastolic: 80, heartRate: 70 },
  sideEffects: [{ kind: 'nausea', severity: 'mild' }],
  afterCapture: { word: 'open', at: t0 + 3_600_000 },
  notes: 'Music: a quiet playlist',
};
const entry: JournalEntry = {
  id: 'e-1',
  day: '2026-03-02',
  createdAt: t0 + 86_400_000,
  updatedAt: t0 + 90_000_000,
  sessionId: 's-1',
  sessionLink: 'auto',
  promptId: 'builtin-body-1',
  title: 'Day one',
  body: 'Emoji 🌊 and right-to-left: שלום עולם',
  tags: ['body', 'sleep'],
  share: true,
  discuss: false,
};
const checkIn: CheckIn = {
  id: 'k-1',
  at: t0 - 3_600_000,
  day: '2026-03-01',
  createdAt: t0 - 3_600_000,
  updatedAt: t0 - 3_600_000,
  sessionId: 's-1',
  sessionLink: 'manual',
  moment: 'before-session',
  mood: 4,
  anxiety: 7,
  emotions: ['nervous'],
  note: 'Before',
};
const assessment: Assessment = {
  id: 'a-1',
  at: t0 - 7 * 86_400_000,
  day: '2026-02-22',
  createdAt: t0 - 7 * 86_400_000,
  updatedAt: t0 - 7 * 86_400_000,
  sessionLink: 'auto',
  instrument: 'phq9',
  answers: [1, 2, 1, 0, 3, 1, 2, 0, 0],
  total: 10,
  band: 'moderate',
  complete: true,
};
const prompt: Prompt = {
  id: 'p-1',
  createdAt: t0,
  updatedAt: t0,
  source: 'custom',
  text: 'What did your body tell you?',
  phase: 'integration',
  timing: 'day-1',
  theme: 'body',
  retired: false,
};
const task: PromptTask = {
  id: 't-1',
  createdAt: t0,
  updatedAt: t0,
  sessionId: 's-1',
  promptId: 'p-1',
  dueDay: '2026-03-02',
  status: 'answered',
  entryId: 'e-1',
};
const commitment: Commitment = {
  id: 'm-1',
  day: '2026-03-02',
  createdAt: t0 + 86_400_000,
  updatedAt: t0 + 86_400_000,
  sessionId: 's-1',
  entryId: 'e-1',
  text: 'Walk every morning',
  followUps: [{ at: t0 + 8 * 86_400_000, outcome: 'partly', slot: 'day-7' }],
};

const v1: Fixture = {
  stores: v1Stores,
  rows: {
    sessions: [v1Row('sessions', session)],
    entries: [v1Row('entries', entry)],
    checkins: [v1Row('checkins', checkIn)],
    assessments: [v1Row('assessments', assessment)],
    prompts: [v1Row('prompts', prompt)],
    promptTasks: [v1Row('promptTasks', task)],
    commitments: [v1Row('commitments', commitment)],
    settings: [
      { key: 'theme', updatedAt: t0, payload: { scheme: 'plain', data: 'dark' } },
      { key: 'reminderTime', updatedAt: t0, payload: { scheme: 'plain', data: '20:15' } },
    ],
    drafts: [
      {
        id: 'entry:new',
        updatedAt: t0,
        payload: { scheme: 'plain', data: { body: 'half typed' } },
      },
    ],
    meta: [
      { key: 'firstRunDone', value: true },
      { key: 'lastBackupAt', value: t0 - 86_400_000 },
    ],
  },
  async check(repos) {
    expect(await repos.sessions.all()).toEqual([session]);
    expect(await repos.sessions.listByDate()).toEqual([session]);
    expect(await repos.entries.all()).toEqual([entry]);
    expect(await repos.entries.listBySession('s-1')).toEqual([entry]);
    expect(await repos.checkins.all()).toEqual([checkIn]);
    expect(await repos.assessments.all()).toEqual([assessment]);
    expect(await repos.prompts.all()).toEqual([prompt]);
    expect(await repos.promptTasks.all()).toEqual([task]);
    expect(await repos.commitments.all()).toEqual([commitment]);
    expect(await repos.settings.getTheme()).toBe('dark');
    expect(await repos.settings.get('reminderTime')).toBe('20:15');
    expect(await repos.drafts.get('entry:new')).toEqual({
      id: 'entry:new',
      updatedAt: t0,
      data: { body: 'half typed' },
    });
    expect(await repos.meta.get('firstRunDone')).toBe(true);
    expect(await repos.meta.get('lastBackupAt')).toBe(t0 - 86_400_000);
  },
};

// ---------------------------------------------------------------------------------------------

/** One fixture per shipped schema version, keyed by the version that wrote it. */
const fixtures: Readonly<Record<number, Fixture>> = { 1: v1 };

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Creates a database exactly as `version` wrote it, with raw IndexedDB (through `idb`). */
async function seed(version: number, fixture: Fixture): Promise<string> {
  const name = `migration-v${version}-${crypto.randomUUID()}`;
  const raw = await openDB(name, version * 10, {
    upgrade(db) {
      for (const [store, spec] of Object.entries(fixture.stores)) {
        const [keyPath, ...indexes] = spec.split(',').map((part) => part.trim());
        const objectStore = db.createObjectStore(store, { keyPath });
        for (const index of indexes) objectStore.createIndex(index, index);
      }
    },
  });
  const stores = Object.keys(fixture.rows);
  const tx = raw.transaction(stores, 'readwrite');
  for (const store of stores) {
    for (const row of fixture.rows[store] ?? []) await tx.objectStore(store).put(row);
  }
  await tx.done;
  raw.close();
  return name;
}

/** Every store's rows and the native version, read raw. */
async function snapshot(
  name: string,
): Promise<{ version: number; rows: Record<string, unknown[]> }> {
  const raw: IDBPDatabase = await openDB(name);
  try {
    const rows: Record<string, unknown[]> = {};
    for (const store of [...raw.objectStoreNames].sort()) rows[store] = await raw.getAll(store);
    return { version: raw.version, rows };
  } finally {
    raw.close();
  }
}

describe('every shipped schema version has a fixture', () => {
  it('lists a fixture for each version in schemaVersions, and none for versions never shipped', () => {
    const shipped = schemaVersions.map((v) => v.version);
    expect(
      Object.keys(fixtures)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(shipped);
  });

  it('keeps each fixture store layout equal to what that version declares', () => {
    for (const { version, stores } of schemaVersions) {
      expect(fixtures[version]?.stores, `fixture of version ${version}`).toEqual(stores);
    }
  });
});

describe.each(
  Object.entries(fixtures).map(([version, fixture]) => [Number(version), fixture] as const),
)('a database written by version %i', (version, fixture) => {
  it(`opens with today's code (version ${currentSchemaVersion}) and every record reads back`, async () => {
    const name = await seed(version, fixture);
    const db = await openDatabase(createDatabase(name));
    opened.push(db);
    expect(db.verno).toBe(currentSchemaVersion);
    expect(db.backendDB().version).toBe(currentSchemaVersion * 10);
    await fixture.check(createRepositories(db, createTestClock()));
  });

  it('is left unchanged, version and rows, when an upgrade fails halfway', async () => {
    const name = await seed(version, fixture);
    const before = await snapshot(name);
    expect(before.version).toBe(version * 10);

    // A test-only next version whose upgrade changes rows in two stores and then fails.
    const next = new Dexie(name, { autoOpen: false });
    const declared = schemaVersions.find((v) => v.version === version);
    next.version(version).stores({ ...(declared?.stores ?? {}) });
    next
      .version(version + 1)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('entries').toCollection().modify({ body: 'rewritten by a bad upgrade' });
        await tx.table('meta').put({ key: 'firstRunDone', value: false });
        await tx.table('drafts').clear();
        throw new Error('the upgrade failed halfway');
      });
    opened.push(next);
    await expect(next.open()).rejects.toThrow();
    next.close();

    const after = await snapshot(name);
    expect(after.version).toBe(version * 10);
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));

    // And today's app still opens it and reads everything.
    const db: WaypointDexie = await openDatabase(createDatabase(name));
    opened.push(db);
    await fixture.check(createRepositories(db, createTestClock()));
  });
});
