// The heavy-user generator (tests/support/heavyUser.ts): deterministic, the sizes performance.md
// asks for, in the exact stored-row format the real repositories write and read, and linked to
// sessions the way the app links them.
import { type IDBPDatabase, openDB } from 'idb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase, openDatabase, type WaypointDexie } from '../../../src/db/database';
import { createRepositories, type Repositories } from '../../../src/db/repositories';
import type { TableName } from '../../../src/db/schema';
import { addDaysToDay, toDay } from '../../../src/domain/dates';
import { type SessionTiming, sessionForMoment } from '../../../src/domain/phase';
import { relink } from '../../../src/domain/relink';
import type { Instrument } from '../../../src/domain/types';
import {
  clearFieldsByTable,
  defaultHeavyUserEnd,
  generateHeavyUser,
  type HeavyUserData,
  type HeavyUserRecordRow,
  nativeSchemaVersion,
  writeHeavyUserRows,
} from '../../support/heavyUser';

type RecordTable = keyof typeof clearFieldsByTable;
const recordTables = Object.keys(clearFieldsByTable) as RecordTable[];

const seed = 20260301;
let data: HeavyUserData;

beforeAll(() => {
  data = generateHeavyUser(seed);
});

/** What the repositories return for a row: its payload opened, with the clear fields on top. */
const opened = (row: HeavyUserRecordRow): Record<string, unknown> => {
  const { payload, ...clear } = row;
  return { ...payload.data, ...clear };
};

const field = <T>(row: HeavyUserRecordRow, name: string): T => opened(row)[name] as T;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

const free = () => data.entries.filter((row) => row.promptId === undefined);

const opens: { close(): void }[] = [];
afterEach(() => {
  for (const db of opens.splice(0)) db.close();
});

async function appDatabase(): Promise<{ name: string; db: WaypointDexie; repos: Repositories }> {
  const name = `t-${crypto.randomUUID()}`;
  const db = await openDatabase(createDatabase(name));
  opens.push(db);
  const repos = createRepositories(db, {
    now: () => defaultHeavyUserEnd,
    newId: () => crypto.randomUUID(),
  });
  return { name, db, repos };
}

async function rawPut(name: string, rows: Partial<HeavyUserData>): Promise<void> {
  const raw: IDBPDatabase = await openDB(name);
  try {
    const stores = Object.keys(rows) as TableName[];
    const tx = raw.transaction(stores, 'readwrite');
    await Promise.all([
      ...stores.flatMap((store) =>
        (rows[store] ?? []).map((row) => tx.objectStore(store).put(row)),
      ),
      tx.done,
    ]);
  } finally {
    raw.close();
  }
}

async function rawGetAll(name: string, store: TableName): Promise<HeavyUserRecordRow[]> {
  const raw = await openDB(name);
  try {
    return (await raw.getAll(store)) as HeavyUserRecordRow[];
  } finally {
    raw.close();
  }
}

describe('determinism', () => {
  it('gives identical output for the same seed', () => {
    expect(generateHeavyUser(seed)).toEqual(data);
  });

  it('gives different output for a different seed', () => {
    const other = generateHeavyUser(seed + 1);
    expect(other).not.toEqual(data);
    expect(other.entries[0]?.id).not.toBe(data.entries[0]?.id);
    expect(other.entries.map((r) => field(r, 'body'))).not.toEqual(
      data.entries.map((r) => field(r, 'body')),
    );
    expect(other.sessions.map((r) => r.day)).not.toEqual(data.sessions.map((r) => r.day));
  });

  it('never uses Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    generateHeavyUser(3, {
      counts: { days: 200, sessions: 10, entries: 40, promptAnswers: 10, commitments: 5 },
    });
    expect(random).not.toHaveBeenCalled();
  });

  it('gives unique ids across every store', () => {
    const ids = recordTables.flatMap((table) => data[table].map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('counts', () => {
  it('has 60 sessions: mostly completed, a few cancelled, one or two planned after the end', () => {
    expect(data.sessions).toHaveLength(60);
    const status = (s: string) => data.sessions.filter((row) => row.status === s);
    expect(status('cancelled').length).toBeGreaterThanOrEqual(2);
    expect(status('cancelled').length).toBeLessThanOrEqual(4);
    expect(status('planned').length).toBeGreaterThanOrEqual(1);
    expect(status('planned').length).toBeLessThanOrEqual(2);
    expect(status('completed').length).toBe(
      60 - status('cancelled').length - status('planned').length,
    );
    for (const row of status('planned'))
      expect(row.startsAt as number).toBeGreaterThan(defaultHeavyUserEnd);
    for (const row of [...status('completed'), ...status('cancelled')]) {
      expect(row.startsAt as number).toBeLessThan(defaultHeavyUserEnd);
    }
  });

  it('has two check-ins on each of the 1,825 days before the end day, and nothing later', () => {
    expect(data.checkins).toHaveLength(3650);
    const perDay = new Map<string, number>();
    for (const row of data.checkins)
      perDay.set(row.day as string, (perDay.get(row.day as string) ?? 0) + 1);
    expect(perDay.size).toBe(1825);
    expect([...perDay.values()].every((n) => n === 2)).toBe(true);
    const endDay = toDay(defaultHeavyUserEnd);
    expect(perDay.has(addDaysToDay(endDay, -1))).toBe(true);
    expect(perDay.has(addDaysToDay(endDay, -1825))).toBe(true);
    expect(perDay.has(endDay)).toBe(false);
    for (const table of ['entries', 'checkins', 'assessments', 'commitments'] as const) {
      for (const row of data[table])
        expect(Number(row.createdAt)).toBeLessThan(defaultHeavyUserEnd);
    }
  });

  it('has 1,500 journal entries and 400 prompt answers, each answering a stored prompt', () => {
    expect(free()).toHaveLength(1500);
    const answers = data.entries.filter((row) => row.promptId !== undefined);
    expect(answers).toHaveLength(400);
    const promptIds = new Set(data.prompts.map((row) => row.id));
    expect(answers.every((row) => promptIds.has(row.promptId as string))).toBe(true);
    // Each answer has its answered task.
    expect(data.promptTasks).toHaveLength(400);
    const tasksByEntry = new Map(data.promptTasks.map((row) => [row.entryId, row]));
    for (const answer of answers) {
      const task = tasksByEntry.get(answer.id);
      expect(task).toMatchObject({
        status: 'answered',
        promptId: answer.promptId,
        dueDay: answer.day,
      });
    }
  });

  it('has 60 questionnaires of all three instruments and 150 commitments taken from entries', () => {
    expect(data.assessments).toHaveLength(60);
    const instruments = new Set(
      data.assessments.map((row) => field<Instrument>(row, 'instrument')),
    );
    expect(instruments).toEqual(new Set(['phq9', 'gad7', 'pcl5']));
    expect(data.commitments).toHaveLength(150);
    const entryIds = new Set(data.entries.map((row) => row.id));
    expect(data.commitments.every((row) => entryIds.has(row.entryId as string))).toBe(true);
    expect(data.meta).toEqual([{ key: 'firstRunDone', value: true }]);
    expect(data.settings).toEqual([]);
    expect(data.drafts).toEqual([]);
  });
});

describe('sizes and scripts', () => {
  const bodySizes = () => free().map((row) => utf8Bytes(field<string>(row, 'body')));

  it('averages about 2 KB per journal entry', () => {
    const sizes = bodySizes();
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(1800);
    expect(mean).toBeLessThan(2400);
    const sorted = [...sizes].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(2048);
  });

  it('has some long entries up to, never over, 20 KB', () => {
    const sizes = bodySizes();
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20 * 1024);
    expect(Math.max(...sizes)).toBeGreaterThan(15_000);
    expect(sizes.filter((n) => n > 10_000).length).toBeGreaterThanOrEqual(15);
    expect(sizes.filter((n) => n > 10_000).length).toBeLessThanOrEqual(60);
    expect(Math.min(...sizes)).toBeGreaterThan(100);
  });

  it('has emoji and Hebrew, Arabic, Japanese, Greek and Cyrillic text', () => {
    const bodies = data.entries.map((row) => field<string>(row, 'body'));
    const count = (pattern: RegExp) => bodies.filter((body) => pattern.test(body)).length;
    expect(count(/\p{Script=Hebrew}/u)).toBeGreaterThanOrEqual(20);
    expect(count(/\p{Script=Arabic}/u)).toBeGreaterThanOrEqual(20);
    expect(count(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u)).toBeGreaterThanOrEqual(
      20,
    );
    expect(count(/\p{Script=Greek}/u)).toBeGreaterThanOrEqual(20);
    expect(count(/\p{Script=Cyrillic}/u)).toBeGreaterThanOrEqual(20);
    expect(count(/\p{Extended_Pictographic}/u)).toBeGreaterThanOrEqual(100);
    // Most of the journal is still in English.
    expect(count(/^[\x20-\x7e\n]*$/)).toBeGreaterThan(bodies.length / 2);
  });
});

describe('stored-row format', () => {
  it('keeps only the clear fields at the top level and everything else in a plain payload', () => {
    for (const table of recordTables) {
      const allowed = new Set(['id', 'payload', ...clearFieldsByTable[table]]);
      for (const row of data[table]) {
        for (const key of Object.keys(row)) expect(allowed.has(key), `${table}.${key}`).toBe(true);
        const payload = row.payload as { scheme: string; data: Record<string, unknown> };
        expect(payload.scheme).toBe('plain');
        for (const key of Object.keys(payload.data)) {
          expect(allowed.has(key), `${table} payload.${key}`).toBe(false);
        }
      }
    }
  });

  it('is exactly what the real repositories write for the same records', async () => {
    const { name, repos } = await appDatabase();
    const pick = (table: RecordTable) => data[table].filter((_, i) => i % 97 === 0).slice(0, 8);
    const samples = Object.fromEntries(recordTables.map((table) => [table, pick(table)])) as Record<
      RecordTable,
      HeavyUserRecordRow[]
    >;
    const put = (table: RecordTable, row: HeavyUserRecordRow) => {
      const record = opened(row) as never;
      switch (table) {
        case 'entries':
          return repos.entries.put(record);
        case 'checkins':
          return repos.checkins.put(record);
        case 'assessments':
          return repos.assessments.put(record);
        case 'prompts':
          return repos.prompts.put(record);
        case 'promptTasks':
          return repos.promptTasks.put(record);
        case 'commitments':
          return repos.commitments.put(record);
        case 'sessions':
          return repos.sessions.put(record);
      }
    };
    // Records first, then every session: saving a session re-links all records, so links
    // that differ from the app's own rule would change here.
    for (const table of recordTables.filter((t) => t !== 'sessions')) {
      for (const row of samples[table]) await put(table, row);
    }
    for (const row of data.sessions) await put('sessions', row);

    for (const table of recordTables) {
      const expected = table === 'sessions' ? data.sessions : samples[table];
      // Saving a planned or recent session also plans its prompt tasks (ids `ptask-…`, proven in
      // taskPlanning.test.ts); this test is about the row format of the records written here.
      const stored = (await rawGetAll(name, table)).filter(
        (row) => table !== 'promptTasks' || !row.id.startsWith('ptask-'),
      );
      const byId = (rows: HeavyUserRecordRow[]) =>
        [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(stored), table).toEqual(byId(expected));
    }
  });
});

describe('opening through the real repositories', () => {
  it('reads every raw-written row back through createRepositories', async () => {
    const { name, repos } = await appDatabase();
    await rawPut(name, data);

    expect(await repos.sessions.count()).toBe(60);
    expect(await repos.entries.count()).toBe(1900);
    expect(await repos.checkins.count()).toBe(3650);
    expect(await repos.assessments.count()).toBe(60);
    expect(await repos.prompts.count()).toBe(data.prompts.length);
    expect(await repos.promptTasks.count()).toBe(400);
    expect(await repos.commitments.count()).toBe(150);
    expect(await repos.meta.get('firstRunDone')).toBe(true);

    const lists = {
      sessions: await repos.sessions.listByDate(),
      entries: await repos.entries.all(),
      checkins: await repos.checkins.all(),
      assessments: await repos.assessments.all(),
      prompts: await repos.prompts.all(),
      promptTasks: await repos.promptTasks.all(),
      commitments: await repos.commitments.all(),
    };
    for (const table of recordTables) {
      const byId = <T extends { id: string }>(rows: readonly T[]) =>
        [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(lists[table] as { id: string }[]), table).toEqual(
        byId(data[table].map(opened) as { id: string }[]),
      );
    }
    // Index queries work on the clear fields.
    const session = lists.sessions.find((s) => s.status === 'completed')!;
    const linked = data.entries.filter((row) => row.sessionId === session.id).length;
    expect(linked).toBeGreaterThan(0);
    expect(await repos.entries.listBySession(session.id)).toHaveLength(linked);
    const day = data.checkins[100]!.day as string;
    expect(await repos.checkins.listBetweenDays(day, day)).toHaveLength(2);
  });

  it('loads through the in-page writer only into a database the app created', async () => {
    const small = generateHeavyUser(5, {
      counts: {
        days: 120,
        sessions: 10,
        entries: 30,
        promptAnswers: 8,
        prompts: 4,
        assessments: 6,
        commitments: 5,
      },
    });
    const missing = `t-${crypto.randomUUID()}`;
    await expect(
      writeHeavyUserRows({ name: missing, version: nativeSchemaVersion, data: small }),
    ).rejects.toThrow(/open the app once/);
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(missing);

    const { name, db, repos } = await appDatabase();
    const raw = await openDB(name);
    expect(raw.version).toBe(nativeSchemaVersion);
    raw.close();
    // Whatever was there is replaced; settings stay.
    await repos.settings.set('theme', 'dark');
    await repos.entries.create({
      day: '2026-01-01',
      sessionLink: 'auto',
      body: 'old',
      tags: [],
      share: false,
      discuss: false,
    });
    db.close();

    const total = Object.values(small).reduce((n, rows) => n + rows.length, 0);
    expect(await writeHeavyUserRows({ name, version: nativeSchemaVersion, data: small })).toBe(
      total,
    );

    const reopened = await openDatabase(createDatabase(name));
    opens.push(reopened);
    const after = createRepositories(reopened, { now: () => 0, newId: () => 'x' });
    expect(await after.entries.count()).toBe(38);
    expect(await after.sessions.count()).toBe(10);
    expect(await after.checkins.count()).toBe(240);
    expect(await after.meta.get('firstRunDone')).toBe(true);
    expect(await after.settings.get('theme')).toBe('dark');
    expect((await after.entries.all()).some((e) => e.body === 'old')).toBe(false);
  });
});

describe('links', () => {
  const timings = (): SessionTiming[] =>
    data.sessions.map((row) => ({
      id: row.id,
      status: row.status as SessionTiming['status'],
      startsAt: row.startsAt as number,
      day: row.day as string,
    }));

  it('links every record to the session of its phase at its own moment', () => {
    const sessions = timings();
    const moment = {
      entries: 'createdAt',
      checkins: 'at',
      assessments: 'at',
      commitments: 'createdAt',
    } as const;
    for (const table of ['entries', 'checkins', 'assessments', 'commitments'] as const) {
      for (const row of data[table]) {
        expect(row.sessionId, `${table} ${row.id}`).toBe(
          sessionForMoment(sessions, Number(row[moment[table]])),
        );
        if (table === 'commitments') expect(row).not.toHaveProperty('sessionLink');
        else expect(row.sessionLink).toBe('auto');
      }
    }
    for (const task of data.promptTasks) {
      const entry = data.entries.find((row) => row.id === task.entryId);
      expect(task.sessionId).toBe(entry?.sessionId);
    }
  });

  it('needs no re-linking by the app', () => {
    const sessions = timings();
    for (const table of ['entries', 'checkins', 'assessments'] as const) {
      const records = data[table].map((row) => ({
        id: row.id,
        sessionId: row.sessionId as string | undefined,
        sessionLink: row.sessionLink as 'auto',
        at: Number(table === 'entries' ? row.createdAt : row.at),
      }));
      expect(relink(records, sessions, (r) => r.at)).toEqual([]);
    }
  });

  it('covers preparation, session days and integration', () => {
    const sessions = timings();
    const first = data.sessions.find((row) => row.status === 'completed')!;
    const before = data.checkins.filter(
      (row) => (row.at as number) < (first.startsAt as number) && row.day !== first.day,
    );
    expect(before.length).toBeGreaterThan(10);
    // Before the first session: preparing for it.
    expect(before.every((row) => row.sessionId === first.id)).toBe(true);
    // On session days: before/after check-ins around the session, linked to it.
    const completed = data.sessions.filter((row) => row.status === 'completed');
    for (const session of completed) {
      const around = data.checkins.filter((row) => row.day === session.day);
      expect(around.map((row) => field(row, 'moment'))).toEqual([
        'before-session',
        'after-session',
      ]);
      expect(around.every((row) => row.sessionId === session.id)).toBe(true);
      expect(around[0]!.at as number).toBeLessThan(session.startsAt as number);
      expect(around[1]!.at as number).toBeGreaterThan(session.startsAt as number);
    }
    // Every completed session has records linked to it; cancelled ones have none.
    for (const session of completed)
      expect(data.entries.some((row) => row.sessionId === session.id)).toBe(true);
    for (const session of data.sessions.filter((row) => row.status === 'cancelled')) {
      expect(data.checkins.some((row) => row.sessionId === session.id)).toBe(false);
    }
    expect(sessions.length).toBe(60);
  });

  it('stores each record on the local day of its moment', () => {
    for (const row of data.checkins) expect(row.day).toBe(toDay(row.at as number));
    for (const row of data.entries) expect(row.day).toBe(toDay(row.createdAt as number));
    for (const row of data.sessions) expect(row.day).toBe(toDay(row.startsAt as number));
  });
});

describe('questionnaires', () => {
  const expectedBand = (instrument: Instrument, total: number) => {
    if (instrument === 'pcl5') return total >= 33 ? 'probable PTSD' : 'below threshold';
    const bands =
      instrument === 'phq9'
        ? [
            [4, 'minimal'],
            [9, 'mild'],
            [14, 'moderate'],
            [19, 'moderately severe'],
            [27, 'severe'],
          ]
        : [
            [4, 'minimal'],
            [9, 'mild'],
            [14, 'moderate'],
            [21, 'severe'],
          ];
    return (bands as [number, string][]).find(([upTo]) => total <= upTo)?.[1];
  };

  it('has plausible answers, the right totals and bands', () => {
    const shape = { phq9: [9, 3], gad7: [7, 3], pcl5: [20, 4] } as const;
    for (const row of data.assessments) {
      const a = opened(row) as {
        instrument: Instrument;
        answers: number[];
        total: number;
        band: string;
        complete: boolean;
      };
      const [items, max] = shape[a.instrument];
      expect(a.answers).toHaveLength(items);
      for (const answer of a.answers) {
        expect(Number.isInteger(answer)).toBe(true);
        expect(answer).toBeGreaterThanOrEqual(0);
        expect(answer).toBeLessThanOrEqual(max);
      }
      expect(a.total).toBe(a.answers.reduce((x, y) => x + y, 0));
      expect(a.band).toBe(expectedBand(a.instrument, a.total));
      expect(a.complete).toBe(true);
    }
  });

  it('shows improvement over the years', () => {
    const phq9 = data.assessments.filter((row) => field(row, 'instrument') === 'phq9');
    const third = Math.floor(phq9.length / 3);
    const mean = (rows: HeavyUserRecordRow[]) =>
      rows.reduce((n, row) => n + field<number>(row, 'total'), 0) / rows.length;
    expect(mean(phq9.slice(0, third))).toBeGreaterThan(mean(phq9.slice(-third)));
  });
});
