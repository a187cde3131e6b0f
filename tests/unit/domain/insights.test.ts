import { describe, expect, it } from 'vitest';
import {
  assessmentSeries,
  bandOf,
  beforeAfter,
  daysSinceSession,
  emotionFrequency,
  moodSeries,
  rangeDays,
  sessionMarkers,
} from '../../../src/domain/insights';
import type { CheckIn, KapSession } from '../../../src/domain/types';
import { makeAssessment, makeCheckIn, makeSession } from '../factories';

const session = (id: string, day: string, status: KapSession['status'] = 'completed') =>
  makeSession({ id, day, status, startsAt: new Date(`${day}T10:00:00`).getTime() });

const checkIn = (day: string, mood: number, extra: Partial<CheckIn> = {}) =>
  makeCheckIn({ day, mood, at: new Date(`${day}T12:00:00`).getTime(), ...extra });

describe('moodSeries', () => {
  it('averages each day, counts its check-ins, and leaves gaps as gaps', () => {
    const series = moodSeries(
      [checkIn('2026-03-01', 4), checkIn('2026-03-01', 7), checkIn('2026-03-04', 9)],
      { from: '2026-03-01', to: '2026-03-10' },
    );
    expect(series).toEqual([
      { day: '2026-03-01', average: 5.5, count: 2 },
      { day: '2026-03-04', average: 9, count: 1 },
    ]);
  });

  it('keeps only the range, both ends included, and handles a single point and no data', () => {
    const data = [checkIn('2026-02-28', 1), checkIn('2026-03-01', 6), checkIn('2026-03-02', 3)];
    expect(moodSeries(data, { from: '2026-03-01', to: '2026-03-01' })).toEqual([
      { day: '2026-03-01', average: 6, count: 1 },
    ]);
    expect(moodSeries(data, { from: '2026-04-01', to: '2026-04-30' })).toEqual([]);
    expect(moodSeries([], { from: '2026-03-01', to: '2026-03-31' })).toEqual([]);
  });

  it('buckets by weeks from the start of the range, weighting every check-in once', () => {
    const data = [
      checkIn('2026-03-01', 2),
      checkIn('2026-03-07', 8),
      checkIn('2026-03-07', 8),
      checkIn('2026-03-08', 5),
      checkIn('2026-03-20', 10),
    ];
    expect(moodSeries(data, { from: '2026-03-01', to: '2026-03-31' }, 7)).toEqual([
      { day: '2026-03-01', average: 6, count: 3 },
      { day: '2026-03-08', average: 5, count: 1 },
      { day: '2026-03-15', average: 10, count: 1 },
    ]);
  });
});

describe('sessionMarkers', () => {
  it('marks completed sessions with their numbers, only in range when asked', () => {
    const sessions = [
      session('b', '2026-03-10'),
      session('a', '2026-03-01'),
      session('x', '2026-03-05', 'cancelled'),
      session('p', '2026-04-01', 'planned'),
    ];
    expect(sessionMarkers(sessions)).toEqual([
      { id: 'a', day: '2026-03-01', number: 1 },
      { id: 'b', day: '2026-03-10', number: 2 },
    ]);
    expect(sessionMarkers(sessions, { from: '2026-03-05', to: '2026-03-31' })).toEqual([
      { id: 'b', day: '2026-03-10', number: 2 },
    ]);
  });
});

describe('daysSinceSession', () => {
  const sessions = [session('a', '2026-03-01'), session('b', '2026-03-06')];

  it('follows each session until the day before the next, by days since it', () => {
    const data = [
      checkIn('2026-02-28', 1), // before session 1: in no window
      checkIn('2026-03-01', 4),
      checkIn('2026-03-01', 6),
      checkIn('2026-03-03', 7),
      checkIn('2026-03-05', 8),
      checkIn('2026-03-06', 2), // session 2's day 0
      checkIn('2026-03-08', 9),
    ];
    const [first, second] = daysSinceSession(sessions, data, { today: '2026-03-30' });
    expect(first).toMatchObject({ id: 'a', number: 1, lastOffset: 4 });
    expect(first?.points).toEqual([
      { offset: 0, average: 5, count: 2 },
      { offset: 2, average: 7, count: 1 },
      { offset: 4, average: 8, count: 1 },
    ]);
    expect(second).toMatchObject({ id: 'b', number: 2, lastOffset: 14 });
    expect(second?.points).toEqual([
      { offset: 0, average: 2, count: 1 },
      { offset: 2, average: 9, count: 1 },
    ]);
  });

  it('stops at maxDays and at today, and gives a session with no check-ins no points', () => {
    const data = [checkIn('2026-03-08', 9), checkIn('2026-03-10', 3)];
    const curves = daysSinceSession(sessions, data, { today: '2026-03-09', maxDays: 7 });
    expect(curves[0]).toMatchObject({ lastOffset: 4, points: [] });
    expect(curves[1]?.lastOffset).toBe(3);
    expect(curves[1]?.points).toEqual([{ offset: 2, average: 9, count: 1 }]);
    const short = daysSinceSession(sessions, data, { today: '2026-03-30', maxDays: 1 });
    expect(short[1]).toMatchObject({ lastOffset: 1, points: [] });
  });
});

describe('beforeAfter', () => {
  const sessions = [
    session('a', '2026-03-10'),
    session('b', '2026-03-20'),
    session('c', '2026-03-30'),
    session('x', '2026-03-25', 'cancelled'),
  ];
  const data = [
    // Session a: moments, linked.
    checkIn('2026-03-10', 3, { moment: 'before-session', sessionId: 'a' }),
    checkIn('2026-03-10', 5, { moment: 'before-session', sessionId: 'a' }),
    checkIn('2026-03-10', 8, { moment: 'after-session', sessionId: 'a' }),
    // Days around a: 7, 8, 9 before; 11, 13 after (12 is a gap); 14 is outside N = 3.
    checkIn('2026-03-06', 1),
    checkIn('2026-03-07', 2),
    checkIn('2026-03-08', 4),
    checkIn('2026-03-09', 6),
    checkIn('2026-03-11', 7),
    checkIn('2026-03-11', 9),
    checkIn('2026-03-13', 5),
    checkIn('2026-03-14', 10),
    // Session b: only an unlinked after-session check-in on its day.
    checkIn('2026-03-20', 6, { moment: 'after-session' }),
    // Linked to the cancelled session: belongs to no marker.
    checkIn('2026-03-25', 1, { moment: 'before-session', sessionId: 'x' }),
  ];

  it('compares moments and N days either side, each with its count', () => {
    const [a, b, c] = beforeAfter(sessions, data);
    expect(a).toEqual({
      id: 'a',
      day: '2026-03-10',
      number: 1,
      before: { average: 4, count: 2 },
      after: { average: 8, count: 1 },
      daysBefore: { average: 4, count: 3 },
      daysAfter: { average: 7, count: 3 },
    });
    // No before figure: absent, not zero. No check-ins in the days before or after it either.
    expect(b).toEqual({
      id: 'b',
      day: '2026-03-20',
      number: 2,
      after: { average: 6, count: 1 },
    });
    expect(b && 'before' in b).toBe(false);
    // A session with no check-ins at all: its marker and nothing else.
    expect(c).toEqual({ id: 'c', day: '2026-03-30', number: 3 });
    expect(c && 'daysBefore' in c).toBe(false);
  });

  it('takes the window from the setting', () => {
    const [a] = beforeAfter(sessions, data, 4);
    expect(a?.daysBefore).toEqual({ average: 13 / 4, count: 4 });
    expect(a?.daysAfter).toEqual({ average: 31 / 4, count: 4 });
    const [one] = beforeAfter(sessions, data, 1);
    expect(one?.daysBefore).toEqual({ average: 6, count: 1 });
    expect(one?.daysAfter).toEqual({ average: 8, count: 2 });
  });
});

describe('assessmentSeries', () => {
  it('lists complete totals per instrument over time with their bands', () => {
    const series = assessmentSeries([
      makeAssessment({ id: '2', at: 2000, day: '2026-03-02', total: 12, band: 'moderate' }),
      makeAssessment({ id: '1', at: 1000, day: '2026-03-01', total: 5, band: 'mild' }),
      makeAssessment({ id: 'i', at: 1500, complete: false, total: undefined }),
      makeAssessment({ id: 'g', at: 1200, instrument: 'gad7', total: 16, band: undefined }),
    ]);
    expect(series.phq9.map((p) => [p.id, p.total, p.band])).toEqual([
      ['1', 5, 'mild'],
      ['2', 12, 'moderate'],
    ]);
    expect(series.gad7).toEqual([
      { id: 'g', at: 1200, day: '2026-03-01', total: 16, band: 'severe' },
    ]);
    expect(series.pcl5).toEqual([]);
  });

  it('bands totals as product.md says', () => {
    expect(bandOf('phq9', 4)).toBe('minimal');
    expect(bandOf('phq9', 19)).toBe('moderately severe');
    expect(bandOf('gad7', 15)).toBe('severe');
    expect(bandOf('pcl5', 32)).toBe('below threshold');
    expect(bandOf('pcl5', 33)).toBe('probable PTSD');
  });
});

describe('emotionFrequency', () => {
  it('counts each emotion once per check-in, most frequent first, in range', () => {
    const data = [
      checkIn('2026-03-01', 5, { emotions: ['calm', 'hopeful', 'calm'] }),
      checkIn('2026-03-02', 5, { emotions: ['hopeful', ' sad '] }),
      checkIn('2026-03-03', 5, { emotions: ['hopeful'] }),
      checkIn('2026-03-03', 5, { emotions: [] }),
      checkIn('2026-04-01', 5, { emotions: ['angry'] }),
    ];
    expect(emotionFrequency(data, { from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { emotion: 'hopeful', count: 3 },
      { emotion: 'calm', count: 1 },
      { emotion: 'sad', count: 1 },
    ]);
    expect(emotionFrequency(data)).toHaveLength(4);
    expect(emotionFrequency([])).toEqual([]);
  });
});

describe('rangeDays', () => {
  it('ends today and covers the chosen span, weekly only for a long "all"', () => {
    expect(rangeDays('30d', '2026-03-31', undefined)).toEqual({
      from: '2026-03-02',
      to: '2026-03-31',
      bucketDays: 1,
    });
    expect(rangeDays('1y', '2026-03-31', undefined).from).toBe('2025-04-01');
    expect(rangeDays('all', '2026-03-31', '2026-01-01')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      bucketDays: 1,
    });
    expect(rangeDays('all', '2026-03-31', '2021-03-31').bucketDays).toBe(7);
    expect(rangeDays('all', '2026-03-31', undefined).from).toBe('2026-03-31');
  });
});
