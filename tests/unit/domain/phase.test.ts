// Phase, numbering and linking rules of product.md "Decisions", in a time zone with daylight
// saving so day counts are checked on the 23-hour (8 March 2026) and 25-hour (1 November 2026)
// days of America/New_York. vitest.config.ts sets no TZ, so this file sets it before any Date
// is made (Node re-reads TZ when it is assigned) and asserts it took effect.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;
const originalTz = env.TZ;
env.TZ = 'America/New_York';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toDay } from '../../../src/domain/dates';
import {
  computePhase,
  numberSessions,
  type SessionTiming,
  sessionForMoment,
  unconfirmedSessions,
} from '../../../src/domain/phase';
import { type Linkable, relink, sessionLinker } from '../../../src/domain/relink';
import type { SessionStatus } from '../../../src/domain/types';

afterAll(() => {
  if (originalTz === undefined) Reflect.deleteProperty(env, 'TZ');
  else env.TZ = originalTz;
});

/** A local instant; month is 1-based like the calendar. */
const local = (y: number, m: number, d: number, h = 12, min = 0, s = 0) =>
  new Date(y, m - 1, d, h, min, s).getTime();

/** Session timing at a local date and time (its `day` is derived as the app stores it). */
function session(
  id: string,
  status: SessionStatus,
  [y, m, d]: [number, number, number],
  [h, min]: [number, number] = [10, 0],
): SessionTiming {
  const startsAt = local(y, m, d, h, min);
  return { id, status, startsAt, day: toDay(startsAt) };
}

/** Shuffles deterministically (reverse plus rotate) so order of input never matters. */
const scrambled = <T>(items: readonly T[]): T[] => {
  const reversed = [...items].reverse();
  return [...reversed.slice(1), ...reversed.slice(0, 1)];
};

describe('test time zone', () => {
  it('runs in a zone with daylight saving (America/New_York)', () => {
    expect(env.TZ).toBe('America/New_York');
    expect(new Date(2026, 2, 8, 12).getTimezoneOffset()).not.toBe(
      new Date(2026, 2, 7, 12).getTimezoneOffset(),
    );
    // 8 March 2026 has 23 hours, 1 November 2026 has 25.
    expect(local(2026, 3, 9, 0) - local(2026, 3, 8, 0)).toBe(23 * 3_600_000);
    expect(local(2026, 11, 2, 0) - local(2026, 11, 1, 0)).toBe(25 * 3_600_000);
  });
});

describe('numberSessions', () => {
  it('numbers completed sessions 1..n by date, then planned ones, and cancelled ones not at all', () => {
    const sessions = [
      session('c1', 'completed', [2026, 1, 5]),
      session('x1', 'cancelled', [2026, 1, 12]),
      session('c2', 'completed', [2026, 1, 19]),
      session('c3', 'completed', [2026, 2, 2]),
      session('p1', 'planned', [2026, 2, 16]),
      session('x2', 'cancelled', [2026, 2, 20]),
      session('p2', 'planned', [2026, 3, 2]),
    ];
    const numbers = numberSessions(scrambled(sessions));
    expect(Object.fromEntries(numbers)).toEqual({ c1: 1, c2: 2, c3: 3, p1: 4, p2: 5 });
    expect(numbers.has('x1')).toBe(false);
    expect(numbers.has('x2')).toBe(false);
  });

  it('gives planned sessions numbers after every completed one, even a planned one dated earlier', () => {
    const numbers = numberSessions([
      session('late-completed', 'completed', [2026, 4, 20]),
      session('passed-planned', 'planned', [2026, 4, 6]),
      session('early-completed', 'completed', [2026, 4, 1]),
    ]);
    expect(Object.fromEntries(numbers)).toEqual({
      'early-completed': 1,
      'late-completed': 2,
      'passed-planned': 3,
    });
  });

  it('orders two sessions of the same day by their time', () => {
    const numbers = numberSessions([
      session('afternoon', 'completed', [2026, 5, 4], [15, 0]),
      session('morning', 'completed', [2026, 5, 4], [9, 0]),
    ]);
    expect(numbers.get('morning')).toBe(1);
    expect(numbers.get('afternoon')).toBe(2);
  });

  it('renumbers when a date moves or a session is cancelled', () => {
    const a = session('a', 'completed', [2026, 1, 5]);
    const b = session('b', 'completed', [2026, 1, 19]);
    const c = session('c', 'planned', [2026, 2, 2]);
    const d = session('d', 'planned', [2026, 2, 16]);
    expect(Object.fromEntries(numberSessions([a, b, c, d]))).toEqual({ a: 1, b: 2, c: 3, d: 4 });

    const aMovedAfterB = session('a', 'completed', [2026, 1, 26]);
    expect(Object.fromEntries(numberSessions([aMovedAfterB, b, c, d]))).toEqual({
      b: 1,
      a: 2,
      c: 3,
      d: 4,
    });
    const dMovedBeforeC = session('d', 'planned', [2026, 1, 30]);
    expect(Object.fromEntries(numberSessions([a, b, c, dMovedBeforeC]))).toEqual({
      a: 1,
      b: 2,
      d: 3,
      c: 4,
    });
    const bCancelled = { ...b, status: 'cancelled' as const };
    expect(Object.fromEntries(numberSessions([a, bCancelled, c, d]))).toEqual({ a: 1, c: 2, d: 3 });
  });
});

describe('computePhase', () => {
  it('is "none" with no sessions, or with only cancelled ones', () => {
    expect(computePhase([], local(2026, 3, 1))).toEqual({ kind: 'none' });
    expect(computePhase([session('x', 'cancelled', [2026, 3, 10])], local(2026, 3, 1))).toEqual({
      kind: 'none',
    });
  });

  it('is session day for a planned session dated today, from 00:00 to 23:59:59', () => {
    const planned = session('p', 'planned', [2026, 4, 14], [15, 0]);
    for (const now of [
      local(2026, 4, 14, 0, 0, 0),
      local(2026, 4, 14, 9),
      local(2026, 4, 14, 23, 59, 59),
    ]) {
      expect(computePhase([planned], now)).toEqual({
        kind: 'session-day',
        session: planned,
        number: 1,
      });
    }
  });

  it('is session day for a completed session dated today, with its number', () => {
    const first = session('c1', 'completed', [2026, 4, 1]);
    const today = session('c2', 'completed', [2026, 4, 14], [9, 0]);
    const next = session('p', 'planned', [2026, 4, 28]);
    expect(computePhase([first, today, next], local(2026, 4, 14, 20))).toEqual({
      kind: 'session-day',
      session: today,
      number: 2,
    });
  });

  it('prefers the completed session when a planned one shares its day', () => {
    const planned = session('p', 'planned', [2026, 4, 14], [8, 0]);
    const completed = session('c', 'completed', [2026, 4, 14], [16, 0]);
    const phase = computePhase([planned, completed], local(2026, 4, 14, 18));
    expect(phase.kind).toBe('session-day');
    expect(phase.kind === 'session-day' && phase.session.id).toBe('c');
  });

  it('ignores a cancelled session dated today', () => {
    const completed = session('c', 'completed', [2026, 4, 10]);
    const cancelled = session('x', 'cancelled', [2026, 4, 14]);
    expect(computePhase([completed, cancelled], local(2026, 4, 14, 12))).toEqual({
      kind: 'integration',
      session: completed,
      number: 1,
      day: 4,
    });
  });

  it('is integration day D after the last completed session N, without a next session', () => {
    const c1 = session('c1', 'completed', [2026, 4, 1]);
    const c2 = session('c2', 'completed', [2026, 4, 10]);
    expect(computePhase([c2, c1], local(2026, 4, 13, 8))).toEqual({
      kind: 'integration',
      session: c2,
      number: 2,
      day: 3,
    });
  });

  it('adds the next planned session and the days until it during integration', () => {
    const c1 = session('c1', 'completed', [2026, 4, 1]);
    const p2 = session('p2', 'planned', [2026, 4, 8]);
    const p3 = session('p3', 'planned', [2026, 4, 22]);
    expect(computePhase([p3, p2, c1], local(2026, 4, 3, 19))).toEqual({
      kind: 'integration',
      session: c1,
      number: 1,
      day: 2,
      next: { session: p2, number: 2, inDays: 5 },
    });
  });

  it('skips cancelled sessions when looking for the next one', () => {
    const c1 = session('c1', 'completed', [2026, 4, 1]);
    const cancelled = session('x', 'cancelled', [2026, 4, 8]);
    const p2 = session('p2', 'planned', [2026, 4, 15]);
    expect(computePhase([c1, cancelled, p2], local(2026, 4, 3))).toMatchObject({
      kind: 'integration',
      next: { session: p2, number: 2, inDays: 12 },
    });
  });

  it('is preparing for session 1 when nothing is completed yet and a session is planned', () => {
    const p1 = session('p1', 'planned', [2026, 4, 20]);
    const p2 = session('p2', 'planned', [2026, 5, 4]);
    expect(computePhase([p2, p1], local(2026, 4, 10, 21))).toEqual({
      kind: 'preparation',
      next: { session: p1, number: 1, inDays: 10 },
    });
  });

  it('counts a planned session whose date passed as not happened', () => {
    const passed = session('passed', 'planned', [2026, 4, 1]);
    const ahead = session('ahead', 'planned', [2026, 4, 15]);
    const now = local(2026, 4, 5);
    // Not integration after it: it is not known to have happened.
    const phase = computePhase([passed, ahead], now);
    expect(phase.kind).toBe('preparation');
    expect(phase.kind === 'preparation' && phase.next.session).toBe(ahead);
    expect(phase.kind === 'preparation' && phase.next.inDays).toBe(10);
    expect(phase.kind === 'preparation' && phase.next.number).toBe(
      numberSessions([passed, ahead]).get('ahead'),
    );
    // Alone, it leaves no phase at all.
    expect(computePhase([passed], now)).toEqual({ kind: 'none' });
    // After a completed session it does not interrupt integration.
    const completed = session('c', 'completed', [2026, 3, 25]);
    expect(computePhase([completed, passed], now)).toEqual({
      kind: 'integration',
      session: completed,
      number: 1,
      day: 11,
    });
  });

  it('looking back from an earlier moment, a session completed since is the one being prepared for', () => {
    // A record written during preparation for session 1 keeps that phase after session 1 happened.
    const c1 = session('c1', 'completed', [2026, 4, 20]);
    const p2 = session('p2', 'planned', [2026, 5, 4]);
    expect(computePhase([c1, p2], local(2026, 4, 12))).toEqual({
      kind: 'preparation',
      next: { session: c1, number: 1, inDays: 8 },
    });
    const c2 = session('c2', 'completed', [2026, 5, 4]);
    expect(computePhase([c1, c2], local(2026, 4, 25))).toEqual({
      kind: 'integration',
      session: c1,
      number: 1,
      day: 5,
      next: { session: c2, number: 2, inDays: 9 },
    });
  });

  describe('across midnight', () => {
    const completed = session('c', 'completed', [2026, 6, 10], [14, 0]);
    const planned = session('p', 'planned', [2026, 6, 20], [9, 0]);

    it('turns session day into day 1 after at midnight, not 24 hours after the session', () => {
      expect(computePhase([completed, planned], local(2026, 6, 10, 23, 59)).kind).toBe(
        'session-day',
      );
      expect(computePhase([completed, planned], local(2026, 6, 11, 0, 1))).toMatchObject({
        kind: 'integration',
        day: 1,
        next: { inDays: 9 },
      });
    });

    it('counts day 1 until 23:59 and day 2 from 00:01', () => {
      expect(computePhase([completed, planned], local(2026, 6, 11, 23, 59))).toMatchObject({
        kind: 'integration',
        day: 1,
        next: { inDays: 9 },
      });
      expect(computePhase([completed, planned], local(2026, 6, 12, 0, 1))).toMatchObject({
        kind: 'integration',
        day: 2,
        next: { inDays: 8 },
      });
    });

    it('turns preparation into session day at midnight', () => {
      expect(computePhase([planned], local(2026, 6, 19, 23, 59))).toEqual({
        kind: 'preparation',
        next: { session: planned, number: 1, inDays: 1 },
      });
      expect(computePhase([planned], local(2026, 6, 20, 0, 1))).toEqual({
        kind: 'session-day',
        session: planned,
        number: 1,
      });
    });
  });

  describe('across daylight-saving changes', () => {
    it('counts day 1 on the 23-hour day (8 March 2026) after a late-evening session', () => {
      const late = session('late', 'completed', [2026, 3, 7], [23, 30]);
      // 23:59 on 8 March is less than 24 hours after the session, yet it is day 1.
      expect(computePhase([late], local(2026, 3, 8, 0, 1))).toMatchObject({
        kind: 'integration',
        day: 1,
      });
      expect(computePhase([late], local(2026, 3, 8, 23, 59))).toMatchObject({
        kind: 'integration',
        day: 1,
      });
      // 00:01 on 9 March is only about 23.5 hours after it, yet it is day 2.
      expect(computePhase([late], local(2026, 3, 9, 0, 1))).toMatchObject({
        kind: 'integration',
        day: 2,
      });
    });

    it('counts day 1 after a session held on the 23-hour day itself', () => {
      const onDst = session('dst', 'completed', [2026, 3, 8], [10, 0]);
      expect(computePhase([onDst], local(2026, 3, 8, 23, 59)).kind).toBe('session-day');
      expect(computePhase([onDst], local(2026, 3, 9, 0, 1))).toMatchObject({
        kind: 'integration',
        day: 1,
      });
      expect(computePhase([onDst], local(2026, 3, 15, 12))).toMatchObject({
        kind: 'integration',
        day: 7,
      });
    });

    it('stays session day for all 25 hours of 1 November 2026, then day 1', () => {
      const early = session('early', 'completed', [2026, 11, 1], [0, 30]);
      // 23:59 is more than 24 hours after 00:30 on this day, but still the same day.
      expect(local(2026, 11, 1, 23, 59) - early.startsAt).toBeGreaterThan(24 * 3_600_000);
      expect(computePhase([early], local(2026, 11, 1, 23, 59)).kind).toBe('session-day');
      expect(computePhase([early], local(2026, 11, 2, 0, 1))).toMatchObject({
        kind: 'integration',
        day: 1,
      });
      expect(computePhase([early], local(2026, 11, 2, 23, 59))).toMatchObject({
        kind: 'integration',
        day: 1,
      });
      expect(computePhase([early], local(2026, 11, 3, 0, 1))).toMatchObject({
        kind: 'integration',
        day: 2,
      });
    });

    it('counts days until the next session on the calendar across both changes', () => {
      const spring = session('spring', 'planned', [2026, 3, 9], [0, 30]);
      // Less than 24 hours from 23:59 on 7 March to 00:30 on 9 March, yet two days.
      expect(spring.startsAt - local(2026, 3, 7, 23, 59)).toBeLessThan(24 * 3_600_000);
      expect(computePhase([spring], local(2026, 3, 7, 23, 59))).toMatchObject({
        kind: 'preparation',
        next: { inDays: 2 },
      });
      const autumn = session('autumn', 'planned', [2026, 11, 2], [23, 30]);
      expect(computePhase([autumn], local(2026, 10, 30, 23, 59))).toMatchObject({
        kind: 'preparation',
        next: { inDays: 3 },
      });
      // About 48.5 hours from 00:01 on 1 November (25 hours long) to 23:30 the next day: one day.
      expect(autumn.startsAt - local(2026, 11, 1, 0, 1)).toBeGreaterThan(48 * 3_600_000);
      expect(computePhase([autumn], local(2026, 11, 1, 0, 1))).toMatchObject({
        kind: 'preparation',
        next: { inDays: 1 },
      });
    });
  });
});

describe('unconfirmedSessions', () => {
  it('lists planned sessions whose day has passed, earliest first', () => {
    const older = session('older', 'planned', [2026, 4, 1]);
    const newer = session('newer', 'planned', [2026, 4, 8]);
    const today = session('today', 'planned', [2026, 4, 14], [7, 0]);
    const ahead = session('ahead', 'planned', [2026, 4, 20]);
    const completed = session('done', 'completed', [2026, 4, 3]);
    const cancelled = session('gone', 'cancelled', [2026, 4, 5]);
    const listed = unconfirmedSessions(
      [ahead, newer, cancelled, today, completed, older],
      local(2026, 4, 14, 22),
    );
    expect(listed.map((s) => s.id)).toEqual(['older', 'newer']);
  });

  it('asks about a session from 00:00 of the day after it, not before', () => {
    const planned = session('p', 'planned', [2026, 11, 1], [0, 30]);
    expect(unconfirmedSessions([planned], local(2026, 11, 1, 23, 59))).toEqual([]);
    expect(unconfirmedSessions([planned], local(2026, 11, 2, 0, 0))).toEqual([planned]);
  });
});

describe('sessionForMoment', () => {
  const c1 = session('c1', 'completed', [2026, 3, 2], [10, 0]);
  const c2 = session('c2', 'completed', [2026, 3, 16], [10, 0]);
  const x = session('x', 'cancelled', [2026, 3, 23], [10, 0]);
  const p3 = session('p3', 'planned', [2026, 3, 30], [10, 0]);
  const all = [p3, x, c2, c1];

  it('links by the phase at the moment', () => {
    // Before any completed session: the session being prepared for.
    expect(sessionForMoment(all, local(2026, 2, 20))).toBe('c1');
    // Session day, even before the session starts.
    expect(sessionForMoment(all, local(2026, 3, 2, 7))).toBe('c1');
    // Integration: the last completed session, until the next session's day.
    expect(sessionForMoment(all, local(2026, 3, 15, 23, 59))).toBe('c1');
    expect(sessionForMoment(all, local(2026, 3, 16, 0, 1))).toBe('c2');
    // A cancelled session's day is still integration after the previous one.
    expect(sessionForMoment(all, local(2026, 3, 23, 12))).toBe('c2');
    expect(sessionForMoment(all, local(2026, 3, 30, 8))).toBe('p3');
    expect(sessionForMoment(all, local(2026, 4, 10))).toBe('c2');
  });

  it('links nothing when no session applies', () => {
    expect(sessionForMoment([], local(2026, 3, 1))).toBeUndefined();
    expect(sessionForMoment([x], local(2026, 3, 1))).toBeUndefined();
    expect(
      sessionForMoment([session('passed', 'planned', [2026, 3, 1])], local(2026, 3, 5)),
    ).toBeUndefined();
  });
});

describe('relink', () => {
  interface Row extends Linkable {
    readonly at: number;
    readonly note?: string;
  }
  const momentOf = (row: Row) => row.at;
  const c1 = session('c1', 'completed', [2026, 3, 2]);
  const c2 = session('c2', 'completed', [2026, 3, 16]);
  const p3 = session('p3', 'planned', [2026, 3, 30]);

  it('returns nothing when every automatic link already follows the phase', () => {
    const rows: Row[] = [
      { id: 'a', at: local(2026, 3, 5), sessionId: 'c1', sessionLink: 'auto' },
      { id: 'b', at: local(2026, 3, 20), sessionId: 'c2', sessionLink: 'auto' },
      { id: 'c', at: local(2026, 3, 20), sessionId: 'c1', sessionLink: 'manual' },
    ];
    expect(relink(rows, [c1, c2, p3], momentOf)).toEqual([]);
  });

  it('moves automatic links when a session moves, and returns only the changed records', () => {
    const rows: Row[] = [
      { id: 'before', at: local(2026, 3, 5), sessionId: 'c1', sessionLink: 'auto', note: 'kept' },
      { id: 'between', at: local(2026, 3, 12), sessionId: 'c1', sessionLink: 'auto' },
      { id: 'after', at: local(2026, 3, 20), sessionId: 'c2', sessionLink: 'auto' },
    ];
    const c2Earlier = session('c2', 'completed', [2026, 3, 10]);
    const changed = relink(rows, [c1, c2Earlier, p3], momentOf);
    expect(changed).toEqual([
      { id: 'between', at: local(2026, 3, 12), sessionId: 'c2', sessionLink: 'auto' },
    ]);
    // The input is not modified.
    expect(rows[1]?.sessionId).toBe('c1');
  });

  it('follows a cancellation but never changes a manual link to a session that still exists', () => {
    const rows: Row[] = [
      { id: 'auto', at: local(2026, 3, 20), sessionId: 'c2', sessionLink: 'auto' },
      { id: 'manual', at: local(2026, 3, 20), sessionId: 'c2', sessionLink: 'manual' },
      { id: 'manual-elsewhere', at: local(2026, 3, 5), sessionId: 'p3', sessionLink: 'manual' },
    ];
    const c2Cancelled = { ...c2, status: 'cancelled' as const };
    expect(relink(rows, [c1, c2Cancelled, p3], momentOf)).toEqual([
      { id: 'auto', at: local(2026, 3, 20), sessionId: 'c1', sessionLink: 'auto' },
    ]);
  });

  it('never changes a manual choice of "no session"', () => {
    const rows: Row[] = [
      { id: 'none', at: local(2026, 3, 20), sessionId: undefined, sessionLink: 'manual' },
    ];
    expect(relink(rows, [c1, c2, p3], momentOf)).toEqual([]);
  });

  it('re-links by phase, as automatic, the records of a deleted session (manual ones too)', () => {
    const rows: Row[] = [
      { id: 'auto', at: local(2026, 3, 20), sessionId: 'c2', sessionLink: 'auto' },
      { id: 'manual', at: local(2026, 3, 5), sessionId: 'c2', sessionLink: 'manual' },
      { id: 'other', at: local(2026, 3, 5), sessionId: 'c1', sessionLink: 'auto' },
    ];
    const changed = relink(rows, [c1, p3], momentOf);
    expect(changed).toEqual([
      { id: 'auto', at: local(2026, 3, 20), sessionId: 'c1', sessionLink: 'auto' },
      { id: 'manual', at: local(2026, 3, 5), sessionId: 'c1', sessionLink: 'auto' },
    ]);
  });

  it('unlinks records that no session applies to any more', () => {
    const rows: Row[] = [
      { id: 'orphan', at: local(2026, 3, 5), sessionId: 'c1', sessionLink: 'auto' },
      { id: 'unlinked', at: local(2026, 3, 5), sessionId: undefined, sessionLink: 'auto' },
    ];
    expect(relink(rows, [], momentOf)).toEqual([
      { id: 'orphan', at: local(2026, 3, 5), sessionId: undefined, sessionLink: 'auto' },
    ]);
  });

  it('links a record at its own moment across a daylight-saving night', () => {
    const late = session('late', 'completed', [2026, 3, 7], [23, 30]);
    const next = session('next', 'planned', [2026, 3, 9], [0, 30]);
    const rows: Row[] = [
      { id: 'dst-day', at: local(2026, 3, 8, 23, 59), sessionId: undefined, sessionLink: 'auto' },
      { id: 'next-day', at: local(2026, 3, 9, 0, 1), sessionId: undefined, sessionLink: 'auto' },
    ];
    expect(relink(rows, [late, next], momentOf).map((r) => [r.id, r.sessionId])).toEqual([
      ['dst-day', 'late'],
      ['next-day', 'next'],
    ]);
  });
});

describe('sessionLinker', () => {
  const base = Date.UTC(2026, 0, 1);
  const hour = 3_600_000;
  const session = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    status: fc.constantFrom<SessionTiming['status']>('planned', 'completed', 'cancelled'),
    startsAt: fc.integer({ min: 0, max: 24 * 60 }).map((h) => base + h * hour),
  });

  it('links every moment exactly as sessionForMoment does', () => {
    fc.assert(
      fc.property(
        fc.array(session, { maxLength: 12 }),
        fc.array(fc.integer({ min: -48, max: 24 * 62 }), { minLength: 1, maxLength: 20 }),
        (drawn, hours) => {
          const sessions = drawn.map((s) => ({ ...s, day: toDay(s.startsAt) }));
          const linkAt = sessionLinker(sessions);
          for (const h of hours) {
            const at = base + h * hour;
            expect(linkAt(at)).toBe(sessionForMoment(sessions, at));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
