// Saves link by the session timings kept since the last session write (src/db/keptTimings.ts):
// no read of every session in the save's transaction, and never a link by stale timings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, openDatabase, type WaypointDexie } from '../../../src/db/database';
import { keptTimings } from '../../../src/db/keptTimings';
import { createRepositories, type Repositories } from '../../../src/db/repositories';
import { toDay } from '../../../src/domain/dates';

/** Local noon of a 2026 date; month is 1-based. */
const at = (m: number, d: number) => new Date(2026, m - 1, d, 12).getTime();

let name: string;
let db: WaypointDexie;
let repos: Repositories;
let nextId: number;

function reposOver(database: WaypointDexie): Repositories {
  return createRepositories(database, {
    now: () => at(1, 1),
    newId: () => `id-${String(++nextId).padStart(3, '0')}`,
  });
}

beforeEach(async () => {
  name = `t-${crypto.randomUUID()}`;
  db = await openDatabase(createDatabase(name));
  nextId = 0;
  repos = reposOver(db);
});

afterEach(() => {
  db.close();
});

const completed = (id: string, startsAt: number) => ({
  id,
  status: 'completed' as const,
  startsAt,
  day: toDay(startsAt),
  route: 'intramuscular' as const,
  doseMg: 60,
  intentions: [],
  checklist: [],
  sideEffects: [],
});

/** A new check-in linked automatically at `moment`. */
const checkInAt = (id: string, moment: number) =>
  repos.checkins.create(
    { id, at: moment, day: toDay(moment), mood: 6, emotions: [], sessionLink: 'auto' },
    { linkAt: moment },
  );

describe('kept session timings', () => {
  it("are kept from a save's read, and the next save links by them without reading sessions", async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    expect((await checkInAt('c0', at(3, 2))).sessionId).toBe('s1');
    expect(keptTimings(db)?.map((t) => t.id)).toEqual(['s1']);

    const readSessions = vi.spyOn(db.sessions, 'toArray');
    const saved = await checkInAt('c1', at(3, 3));
    expect(saved.sessionId).toBe('s1');
    expect(readSessions).not.toHaveBeenCalled();
    expect((await db.checkins.get('c1'))?.sessionId).toBe('s1');
  });

  it('are forgotten when a session is written, so the next save sees the new session', async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    await checkInAt('c0', at(3, 2));
    await repos.sessions.create(completed('s2', at(4, 6)));
    expect(keptTimings(db)).toBeUndefined();

    const saved = await checkInAt('c1', at(4, 7));
    expect(saved.sessionId).toBe('s2');
    // The save read them in its own transaction, and keeps what it read.
    expect(
      keptTimings(db)
        ?.map((t) => t.id)
        .sort(),
    ).toEqual(['s1', 's2']);
  });

  it('are forgotten when another connection to the database (another tab) writes a session', async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    await checkInAt('c0', at(3, 2));
    const other = await openDatabase(createDatabase(name));
    try {
      await reposOver(other).sessions.create(completed('s2', at(4, 6)));
      expect(keptTimings(db)).toBeUndefined();
      expect((await checkInAt('c1', at(4, 7))).sessionId).toBe('s2');
    } finally {
      other.close();
    }
  });

  it('are forgotten when a session is deleted, so a save no longer links to it', async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    await checkInAt('c0', at(3, 2));
    await repos.sessions.remove('s1');
    const saved = await checkInAt('c1', at(3, 3));
    expect(saved.sessionId).toBeUndefined();
  });

  it("are not kept from a save's read that a session write overtook", async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    const saving = checkInAt('c0', at(4, 7));
    const writing = repos.sessions.create(completed('s2', at(4, 6)));
    await Promise.all([saving, writing]);
    const kept = keptTimings(db);
    // Either the save read both sessions (it ran after the write), or nothing is kept.
    if (kept) expect(kept.map((t) => t.id).sort()).toEqual(['s1', 's2']);
    expect((await checkInAt('c1', at(4, 7))).sessionId).toBe('s2');
  });

  it('are read ahead of the first save by prepareSaves, so that save reads no sessions', async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    expect(keptTimings(db)).toBeUndefined();
    await repos.prepareSaves();
    expect(keptTimings(db)?.map((t) => t.id)).toEqual(['s1']);

    const readSessions = vi.spyOn(db.sessions, 'toArray');
    const saved = await checkInAt('c0', at(3, 3));
    expect(saved.sessionId).toBe('s1');
    expect(readSessions).not.toHaveBeenCalled();
    expect((await db.checkins.get('c0'))?.sessionId).toBe('s1');
  });

  it('read ahead are forgotten by a session written before the save', async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    await repos.prepareSaves();
    await repos.sessions.create(completed('s2', at(4, 6)));
    expect(keptTimings(db)).toBeUndefined();
    expect((await checkInAt('c0', at(4, 7))).sessionId).toBe('s2');
  });

  it('are not kept from a read ahead that a session write overtook', async () => {
    await repos.sessions.create(completed('s1', at(3, 2)));
    await Promise.all([repos.prepareSaves(), repos.sessions.create(completed('s2', at(4, 6)))]);
    const kept = keptTimings(db);
    if (kept) expect(kept.map((t) => t.id).sort()).toEqual(['s1', 's2']);
    expect((await checkInAt('c0', at(4, 7))).sessionId).toBe('s2');
  });
});
