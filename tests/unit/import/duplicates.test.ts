// Likely duplicates: an imported session within 12 hours of one logged here by hand is offered
// for skipping, and skipping keeps its check-ins and entries under the session already here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existingRecordsIn } from '../../../src/db/importRecords';
import {
  likelySessionDuplicates,
  SAME_SESSION_WINDOW_MS,
  skipDuplicateSessions,
} from '../../../src/import/duplicates';
import type { ExistingRecords } from '../../../src/import/pipeline';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../db/testDatabase';
import { makeCheckIn, makeEntry, makeSession } from '../factories';

const HOUR = 60 * 60 * 1000;
const at = Date.UTC(2026, 2, 13, 10, 0);
let t: TestDatabase;
let existing: ExistingRecords;

beforeEach(async () => {
  t = await openTestDatabase();
  existing = existingRecordsIn(t.db);
});
afterEach(() => closeTestDatabases());

const imported = (id: string, startsAt: number) => ({ id, at: startsAt, day: '2026-03-13' });

describe('likelySessionDuplicates', () => {
  it('pairs an imported session with a stored one that starts within 12 hours', async () => {
    await t.repos.sessions.put(
      makeSession({ id: 'mine', status: 'completed', startsAt: at + 2 * HOUR }),
    );
    expect(await likelySessionDuplicates([imported('afterflow-1', at)], existing)).toEqual([
      { importedId: 'afterflow-1', existingId: 'mine', day: '2026-03-13' },
    ]);
  });

  it('does not pair sessions further apart, cancelled ones, or the same record', async () => {
    await t.repos.sessions.put(
      makeSession({ id: 'far', status: 'completed', startsAt: at + SAME_SESSION_WINDOW_MS + 1 }),
    );
    await t.repos.sessions.put(makeSession({ id: 'cancelled', status: 'cancelled', startsAt: at }));
    await t.repos.sessions.put(
      makeSession({ id: 'afterflow-1', status: 'completed', startsAt: at }),
    );
    expect(await likelySessionDuplicates([imported('afterflow-1', at)], existing)).toEqual([]);
  });

  it('pairs each stored session once, with the closest import', async () => {
    await t.repos.sessions.put(makeSession({ id: 'mine', status: 'completed', startsAt: at }));
    const pairs = await likelySessionDuplicates(
      [imported('a', at - 3 * HOUR), imported('b', at + HOUR)],
      existing,
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.existingId).toBe('mine');
  });

  it('finds nothing when the store cannot list sessions by time', async () => {
    const presentOnly: ExistingRecords = { present: existing.present };
    await t.repos.sessions.put(makeSession({ id: 'mine', status: 'completed', startsAt: at }));
    expect(await likelySessionDuplicates([imported('a', at)], presentOnly)).toEqual([]);
  });
});

describe('skipDuplicateSessions', () => {
  it('leaves the repeat out and moves its check-ins and entries to the stored session', () => {
    const records = {
      sessions: [makeSession({ id: 'a' }), makeSession({ id: 'b' })],
      checkins: [
        makeCheckIn({ id: 'c1', sessionId: 'a' }),
        makeCheckIn({ id: 'c2', sessionId: 'b' }),
      ],
      entries: [makeEntry({ id: 'e1', sessionId: 'a' })],
    };
    const kept = skipDuplicateSessions(records, [
      { importedId: 'a', existingId: 'mine', day: '2026-03-13' },
    ]);
    expect(kept.sessions.map((s) => s.id)).toEqual(['b']);
    expect(kept.checkins.map((c) => c.sessionId)).toEqual(['mine', 'b']);
    expect(kept.entries.map((e) => e.sessionId)).toEqual(['mine']);
  });
});
