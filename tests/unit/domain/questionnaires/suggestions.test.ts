import { describe, expect, it } from 'vitest';
import { toDay } from '../../../../src/domain/dates';
import type { SessionTiming } from '../../../../src/domain/phase';
import {
  cadenceFor,
  type PastAssessment,
  suggestQuestionnaire,
} from '../../../../src/domain/questionnaires/suggestions';
import type { Instrument } from '../../../../src/domain/types';

/** A local instant on a day of March 2026. */
const at = (date: number, hour = 10) => new Date(2026, 2, date, hour).getTime();

function session(id: string, date: number, status: SessionTiming['status']): SessionTiming {
  const startsAt = at(date, 14);
  return { id, status, startsAt, day: toDay(startsAt) };
}

function done(date: number, instrument: Instrument = 'phq9', complete = true): PastAssessment {
  const moment = at(date, 9);
  return { instrument, at: moment, day: toDay(moment), complete };
}

describe('suggestQuestionnaire', () => {
  it('suggests nothing with no sessions at all', () => {
    expect(suggestQuestionnaire([], [], at(10))).toBeUndefined();
  });

  it('suggests a baseline while preparing for session 1, until one is done', () => {
    const sessions = [session('s1', 20, 'planned')];
    expect(suggestQuestionnaire(sessions, [], at(10))).toEqual({
      instrument: 'phq9',
      reason: 'baseline',
      sessionId: 's1',
    });
    expect(suggestQuestionnaire(sessions, [done(10)], at(10, 18))).toBeUndefined();
    // An unfinished one does not count.
    expect(suggestQuestionnaire(sessions, [done(10, 'phq9', false)], at(10, 18))?.reason).toBe(
      'baseline',
    );
    // A week later, still preparing: due again.
    expect(suggestQuestionnaire(sessions, [done(10)], at(16))).toBeUndefined();
    expect(suggestQuestionnaire(sessions, [done(10)], at(17))?.reason).toBe('baseline');
  });

  it('suggests one before each next session, in the 3 days before it', () => {
    const sessions = [session('s1', 2, 'completed'), session('s2', 16, 'planned')];
    const past = [done(10)];
    expect(suggestQuestionnaire(sessions, past, at(12))).toBeUndefined();
    expect(suggestQuestionnaire(sessions, past, at(13))).toEqual({
      instrument: 'phq9',
      reason: 'before-session',
      sessionId: 's1',
    });
    // On the session day, before it starts, it is still due; answered then, it is not.
    expect(suggestQuestionnaire(sessions, past, at(16, 9))?.reason).toBe('before-session');
    expect(suggestQuestionnaire(sessions, [...past, done(14)], at(15))).toBeUndefined();
  });

  it('suggests weekly in between sessions', () => {
    const sessions = [session('s1', 2, 'completed')];
    expect(suggestQuestionnaire(sessions, [], at(3))?.reason).toBe('weekly');
    expect(suggestQuestionnaire(sessions, [done(3)], at(9))).toBeUndefined();
    expect(suggestQuestionnaire(sessions, [done(3)], at(10))).toEqual({
      instrument: 'phq9',
      reason: 'weekly',
      sessionId: 's1',
    });
  });

  it('stops suggesting weekly long after the last session when none is planned', () => {
    const sessions = [session('s1', 2, 'completed')];
    const later = new Date(2026, 2, 2 + 56, 10).getTime();
    const tooLate = new Date(2026, 2, 2 + 57, 10).getTime();
    expect(suggestQuestionnaire(sessions, [], later)?.reason).toBe('weekly');
    expect(suggestQuestionnaire(sessions, [], tooLate)).toBeUndefined();
  });

  it('ignores cancelled sessions', () => {
    expect(suggestQuestionnaire([session('s1', 20, 'cancelled')], [], at(10))).toBeUndefined();
  });

  it('goes through the chosen questionnaires in order, each on its own schedule', () => {
    const sessions = [session('s1', 2, 'completed')];
    const options = { instruments: ['phq9', 'gad7'] as const };
    expect(suggestQuestionnaire(sessions, [done(8)], at(9), options)?.instrument).toBe('gad7');
    expect(
      suggestQuestionnaire(sessions, [done(8), done(8, 'gad7')], at(9), options),
    ).toBeUndefined();
  });

  it('takes the cadence as options', () => {
    const sessions = [session('s1', 2, 'completed')];
    expect(suggestQuestionnaire(sessions, [done(3)], at(6), { everyDays: 3 })?.reason).toBe(
      'weekly',
    );
  });

  it('ignores answers from after the moment', () => {
    const sessions = [session('s1', 2, 'completed')];
    expect(suggestQuestionnaire(sessions, [done(12)], at(10))?.reason).toBe('weekly');
  });
});

describe('the cadence the user chose', () => {
  const between = [session('s1', 2, 'completed')];
  const beforeNext = [session('s1', 2, 'completed'), session('s2', 16, 'planned')];
  const preparing = [session('s1', 20, 'planned')];

  it('defaults to weekly and before sessions, with PHQ-9 when no focus area is chosen', () => {
    const options = cadenceFor(undefined, []);
    expect(options).toEqual({
      instruments: ['phq9'],
      periodic: true,
      everyDays: 7,
      beforeSessions: true,
    });
    expect(suggestQuestionnaire(between, [done(3)], at(10), options)?.reason).toBe('weekly');
  });

  it('suggests every two weeks when asked to', () => {
    const options = cadenceFor({ everyDays: 14, beforeSessions: true }, []);
    expect(suggestQuestionnaire(between, [done(3)], at(10), options)).toBeUndefined();
    expect(suggestQuestionnaire(between, [done(3)], at(17), options)?.reason).toBe('weekly');
  });

  it('never suggests between sessions when turned off, but still before them', () => {
    const options = cadenceFor({ everyDays: 0, beforeSessions: true }, []);
    expect(suggestQuestionnaire(between, [], at(20), options)).toBeUndefined();
    expect(suggestQuestionnaire(beforeNext, [done(3)], at(14), options)?.reason).toBe(
      'before-session',
    );
    expect(suggestQuestionnaire(preparing, [], at(10), options)?.reason).toBe('baseline');
  });

  it('suggests nothing before sessions when that is turned off', () => {
    const options = cadenceFor({ everyDays: 0, beforeSessions: false }, []);
    expect(suggestQuestionnaire(beforeNext, [done(3)], at(14), options)).toBeUndefined();
    expect(suggestQuestionnaire(preparing, [], at(10), options)).toBeUndefined();
  });

  it('suggests the questionnaires the focus areas point to, in order', () => {
    const options = cadenceFor(undefined, ['gad7', 'pcl5']);
    expect(suggestQuestionnaire(between, [], at(10), options)?.instrument).toBe('gad7');
    expect(suggestQuestionnaire(between, [done(9, 'gad7')], at(10), options)?.instrument).toBe(
      'pcl5',
    );
  });
});
