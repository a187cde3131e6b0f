// Session changes re-link journal records in the same transaction (src/db/repositories/
// sessionLinks.ts), driven through repos.sessions over a real (fake-indexeddb) database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, openDatabase, type WaypointDexie } from '../../../../src/db/database';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { toDay } from '../../../../src/domain/dates';
import { sessionForMoment } from '../../../../src/domain/phase';
import type { SessionLink, SessionStatus } from '../../../../src/domain/types';

/** Local noon (or another hour) of a 2026 date; month is 1-based. */
const at = (m: number, d: number, h = 12) => new Date(2026, m - 1, d, h).getTime();

let db: WaypointDexie;
let repos: Repositories;
let now: number;
let nextId: number;

beforeEach(async () => {
  db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  now = at(1, 1);
  nextId = 0;
  repos = createRepositories(db, {
    now: () => now,
    newId: () => `id-${String(++nextId).padStart(3, '0')}`,
  });
});

afterEach(() => {
  db.close();
});

function sessionFields(status: SessionStatus, startsAt: number) {
  return {
    status,
    startsAt,
    day: toDay(startsAt),
    route: 'intramuscular' as const,
    doseMg: 60,
    intentions: ['Listen to my body'],
    checklist: [],
    sideEffects: [],
  };
}

const createSession = (id: string, status: SessionStatus, startsAt: number) =>
  repos.sessions.create({ id, ...sessionFields(status, startsAt) });

type Link = { sessionId?: string; sessionLink: SessionLink };

/** Writes one record of each linked kind at a moment, with the given link. */
async function writeRecords(name: string, moment: number, link: Link) {
  now = moment;
  const day = toDay(moment);
  const sessionLink = link.sessionLink;
  const sessionId = link.sessionId;
  await repos.entries.create({
    id: `entry-${name}`,
    day,
    sessionId,
    sessionLink,
    body: `Entry ${name}`,
    tags: ['tag'],
    share: false,
    discuss: false,
  });
  await repos.checkins.create({
    id: `checkin-${name}`,
    at: moment,
    day,
    sessionId,
    sessionLink,
    mood: 6,
    emotions: ['calm'],
  });
  await repos.assessments.create({
    id: `assessment-${name}`,
    at: moment,
    day,
    sessionId,
    sessionLink,
    instrument: 'gad7',
    answers: [1, 1, 0, 0, 1, 0, 0],
    total: 3,
    band: 'minimal',
    complete: true,
  });
  // Commitments have no manual link: the app always links them by phase.
  await repos.commitments.create({
    id: `commitment-${name}`,
    day,
    sessionId: sessionLink === 'manual' ? await repos.sessions.linkFor(moment) : sessionId,
    text: `Commitment ${name}`,
    followUps: [],
  });
}

/** The session each record is linked to, by record id, over all four linked stores. */
async function links(): Promise<Record<string, string | undefined>> {
  const all = [
    ...(await repos.entries.all()),
    ...(await repos.checkins.all()),
    ...(await repos.assessments.all()),
    ...(await repos.commitments.all()),
  ];
  return Object.fromEntries(all.map((record) => [record.id, record.sessionId]));
}

/** Links of the four records written under one name. */
async function linksOf(name: string) {
  const all = await links();
  return ['entry', 'checkin', 'assessment', 'commitment'].map((kind) => all[`${kind}-${name}`]);
}

const four = (id: string | undefined) => [id, id, id, id];

/** Every stored record of the linked stores, by id, for exact comparisons. */
async function snapshot() {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    entries: byId(await repos.entries.all()),
    checkins: byId(await repos.checkins.all()),
    assessments: byId(await repos.assessments.all()),
    commitments: byId(await repos.commitments.all()),
  };
}

describe('creating a session', () => {
  it('links existing unlinked automatic records to it by phase', async () => {
    await writeRecords('prep', at(3, 1), { sessionLink: 'auto' });
    await writeRecords('after', at(3, 12), { sessionLink: 'auto' });
    expect(await links()).toEqual(
      Object.fromEntries(Object.keys(await links()).map((k) => [k, undefined])),
    );

    await createSession('s1', 'planned', at(3, 10, 10));
    expect(await linksOf('prep')).toEqual(four('s1'));
    // A planned session does not start integration: records after its day stay unlinked.
    expect(await linksOf('after')).toEqual(four(undefined));

    await createSession('s0', 'completed', at(2, 20, 10));
    // Integration after s0 now holds the record of 1 March; 12 March is still unlinked
    // (s1 is planned and passed, so it counts as not happened), and it follows s0.
    expect(await linksOf('prep')).toEqual(four('s0'));
    expect(await linksOf('after')).toEqual(four('s0'));
  });

  it('keeps the automatic flag, and leaves a manual link alone', async () => {
    await writeRecords('auto', at(3, 12), { sessionLink: 'auto' });
    await writeRecords('manual', at(3, 12), { sessionLink: 'manual', sessionId: undefined });
    await createSession('s1', 'completed', at(3, 10, 10));

    const entry = await repos.entries.get('entry-auto');
    expect(entry?.sessionId).toBe('s1');
    expect(entry?.sessionLink).toBe('auto');
    expect((await repos.checkins.get('checkin-auto'))?.sessionLink).toBe('auto');
    const manual = await repos.entries.get('entry-manual');
    expect(manual?.sessionId).toBeUndefined();
    expect(manual?.sessionLink).toBe('manual');
    expect((await repos.checkins.get('checkin-manual'))?.sessionId).toBeUndefined();
  });

  it('links a new record through linkFor the way re-linking would', async () => {
    await createSession('s1', 'completed', at(3, 2, 10));
    await createSession('s2', 'planned', at(3, 16, 10));
    expect(await repos.sessions.linkFor(at(2, 25))).toBe('s1');
    expect(await repos.sessions.linkFor(at(3, 5))).toBe('s1');
    expect(await repos.sessions.linkFor(at(3, 16, 8))).toBe('s2');
    await createSession('x', 'cancelled', at(3, 4, 10));
    expect(await repos.sessions.linkFor(at(3, 4, 15))).toBe('s1');
  });
});

describe('changing a session', () => {
  beforeEach(async () => {
    await createSession('s1', 'completed', at(3, 2, 10));
    await createSession('s2', 'completed', at(3, 16, 10));
    await createSession('s3', 'planned', at(3, 30, 10));
    await writeRecords('early', at(3, 5), { sessionId: 's1', sessionLink: 'auto' });
    await writeRecords('middle', at(3, 12), { sessionId: 's1', sessionLink: 'auto' });
    await writeRecords('late', at(3, 20), { sessionId: 's2', sessionLink: 'auto' });
    await writeRecords('chosen', at(3, 20), { sessionId: 's1', sessionLink: 'manual' });
  });

  it('starts from links that match the phase rule', async () => {
    expect(await linksOf('early')).toEqual(four('s1'));
    expect(await linksOf('middle')).toEqual(four('s1'));
    expect(await linksOf('late')).toEqual(four('s2'));
    expect(await linksOf('chosen')).toEqual(['s1', 's1', 's1', 's2']);
  });

  it('re-links automatic records when a session moves, keeping manual ones', async () => {
    const moved = at(3, 10, 10);
    await repos.sessions.update('s2', { startsAt: moved, day: toDay(moved) });
    expect(await linksOf('early')).toEqual(four('s1'));
    expect(await linksOf('middle')).toEqual(four('s2'));
    expect(await linksOf('late')).toEqual(four('s2'));
    expect(await linksOf('chosen')).toEqual(['s1', 's1', 's1', 's2']);
    // Moving it back re-links again.
    const back = at(3, 16, 10);
    await repos.sessions.update('s2', { startsAt: back, day: toDay(back) });
    expect(await linksOf('middle')).toEqual(four('s1'));
  });

  it('re-links automatic records when a session is cancelled, keeping manual ones', async () => {
    await writeRecords('chose-s2', at(3, 25), { sessionId: 's2', sessionLink: 'manual' });
    await repos.sessions.update('s2', { status: 'cancelled' });
    expect(await linksOf('late')).toEqual(four('s1'));
    expect(await linksOf('middle')).toEqual(four('s1'));
    // The entry, check-in and questionnaire chosen by hand stay with the cancelled session.
    // (Commitments have no manual link: they always follow the phase.)
    expect(await linksOf('chose-s2')).toEqual(['s2', 's2', 's2', 's1']);
    expect(await linksOf('chosen')).toEqual(['s1', 's1', 's1', 's1']);
  });

  it('leaves records alone when nothing about timing changed', async () => {
    const before = await snapshot();
    await repos.sessions.update('s1', { notes: 'Gentle music', doseMg: 70 });
    expect(await snapshot()).toEqual(before);
  });
});

describe('deleting a session', () => {
  beforeEach(async () => {
    await createSession('s1', 'completed', at(3, 2, 10));
    await createSession('s2', 'completed', at(3, 16, 10));
    await createSession('s3', 'planned', at(3, 30, 10));
    await writeRecords('early', at(3, 5), { sessionId: 's1', sessionLink: 'auto' });
    await writeRecords('late', at(3, 20), { sessionId: 's2', sessionLink: 'auto' });
    await writeRecords('chose-s2', at(3, 5), { sessionId: 's2', sessionLink: 'manual' });
    await writeRecords('chose-s3', at(3, 20), { sessionId: 's3', sessionLink: 'manual' });
    await writeRecords('chose-none', at(3, 20), { sessionLink: 'manual' });
  });

  it('keeps its records, re-linked by phase (manual links to it too)', async () => {
    const deletion = await repos.sessions.remove('s2');
    expect(deletion?.row.id).toBe('s2');
    expect(await repos.sessions.get('s2')).toBeUndefined();
    expect(await repos.entries.count()).toBe(5);
    expect(await repos.checkins.count()).toBe(5);
    expect(await repos.assessments.count()).toBe(5);
    expect(await repos.commitments.count()).toBe(5);

    expect(await linksOf('late')).toEqual(four('s1'));
    expect(await linksOf('chose-s2')).toEqual(four('s1'));
    expect((await repos.entries.get('entry-chose-s2'))?.sessionLink).toBe('auto');
    expect(await linksOf('early')).toEqual(four('s1'));
    expect(await linksOf('chose-s3')).toEqual(['s3', 's3', 's3', 's1']);
    expect(await linksOf('chose-none')).toEqual([undefined, undefined, undefined, 's1']);
    // Every automatic link now follows the phase rule at its record's moment.
    const timings = await repos.sessions.all();
    for (const entry of await repos.entries.all()) {
      if (entry.sessionLink === 'auto')
        expect(entry.sessionId).toBe(sessionForMoment(timings, entry.createdAt));
    }
  });

  it('undo restores the session and every previous link exactly', async () => {
    const sessionBefore = await repos.sessions.get('s2');
    const before = await snapshot();
    const deletion = await repos.sessions.remove('s2');
    expect(deletion).toBeDefined();
    expect(deletion?.previousLinks.length).toBeGreaterThan(0);
    expect(await snapshot()).not.toEqual(before);

    await repos.sessions.undoRemove(deletion!);
    expect(await repos.sessions.get('s2')).toEqual(sessionBefore);
    expect(await snapshot()).toEqual(before);
    expect((await repos.entries.get('entry-chose-s2'))?.sessionLink).toBe('manual');
  });

  it('returns nothing for a session that does not exist, and changes nothing', async () => {
    const before = await snapshot();
    expect(await repos.sessions.remove('nope')).toBeUndefined();
    expect(await snapshot()).toEqual(before);
    expect(await repos.sessions.count()).toBe(3);
  });
});

describe('one transaction', () => {
  /** Makes the nth call of db.entries.update throw; the calls before it go through. */
  function failEntryUpdate(failOn: number) {
    const original = db.entries.update.bind(db.entries);
    let calls = 0;
    return vi.spyOn(db.entries, 'update').mockImplementation((...args) => {
      calls++;
      if (calls === failOn) throw new Error('Disk failed while re-linking');
      return original(...args);
    });
  }

  it('does not keep a moved date when re-linking fails half-way', async () => {
    await createSession('s1', 'completed', at(3, 2, 10));
    await createSession('s2', 'completed', at(3, 16, 10));
    await writeRecords('a', at(3, 11), { sessionId: 's1', sessionLink: 'auto' });
    await writeRecords('b', at(3, 12), { sessionId: 's1', sessionLink: 'auto' });
    const sessionBefore = await repos.sessions.get('s2');
    const before = await snapshot();

    const spy = failEntryUpdate(2);
    const moved = at(3, 10, 10);
    await expect(
      repos.sessions.update('s2', { startsAt: moved, day: toDay(moved) }),
    ).rejects.toThrow('Disk failed while re-linking');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();

    expect(await repos.sessions.get('s2')).toEqual(sessionBefore);
    // The first entry's re-link, done before the failure, was rolled back too.
    expect(await snapshot()).toEqual(before);
  });

  it('does not keep a new session when re-linking fails', async () => {
    await writeRecords('a', at(3, 11), { sessionLink: 'auto' });
    await writeRecords('b', at(3, 12), { sessionLink: 'auto' });
    const before = await snapshot();
    const spy = failEntryUpdate(2);
    await expect(createSession('s1', 'completed', at(3, 10, 10))).rejects.toThrow();
    spy.mockRestore();
    expect(await repos.sessions.count()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('does not delete a session when re-linking fails', async () => {
    await createSession('s1', 'completed', at(3, 2, 10));
    await createSession('s2', 'completed', at(3, 16, 10));
    await writeRecords('a', at(3, 20), { sessionId: 's2', sessionLink: 'auto' });
    await writeRecords('b', at(3, 21), { sessionId: 's2', sessionLink: 'auto' });
    const before = await snapshot();
    const spy = failEntryUpdate(2);
    await expect(repos.sessions.remove('s2')).rejects.toThrow();
    spy.mockRestore();
    expect(await repos.sessions.get('s2')).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });
});
