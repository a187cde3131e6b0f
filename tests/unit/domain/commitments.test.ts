// Commitments and their follow-ups (src/domain/commitments.ts): +7 days and the day before the
// next planned session, what is due on a day, snoozing, recording, and sentence splitting.
import { describe, expect, it } from 'vitest';
import {
  commitmentProblem,
  dueFollowUp,
  dueFollowUps,
  followUpDays,
  snoozeFollowUp,
  splitSentences,
  withFollowUp,
} from '../../../src/domain/commitments';
import type { SessionTiming } from '../../../src/domain/phase';
import type { Commitment, SessionStatus } from '../../../src/domain/types';

const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

const session = (id: string, status: SessionStatus, day: string): SessionTiming => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { id, status, day, startsAt: local(y, m, d, 10) };
};

const commitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  id: 'c1',
  createdAt: local(2026, 11, 10),
  updatedAt: local(2026, 11, 10),
  day: '2026-11-10',
  text: 'Walk every morning',
  followUps: [],
  ...overrides,
});

describe('followUpDays', () => {
  it('is a week after the day it was made, with no session ahead', () => {
    expect(followUpDays(commitment(), [])).toEqual([{ slot: 'day-7', day: '2026-11-17' }]);
  });

  it('adds the day before the next planned session, earliest first', () => {
    const sessions = [
      session('s1', 'completed', '2026-11-09'),
      session('s2', 'planned', '2026-11-14'),
    ];
    expect(followUpDays(commitment(), sessions)).toEqual([
      { slot: 'before-next', day: '2026-11-13' },
      { slot: 'day-7', day: '2026-11-17' },
    ]);
  });

  it('leaves out a "before" day that is not after the creation day, and a duplicate day', () => {
    expect(followUpDays(commitment(), [session('s2', 'planned', '2026-11-11')])).toEqual([
      { slot: 'day-7', day: '2026-11-17' },
    ]);
    expect(followUpDays(commitment(), [session('s2', 'planned', '2026-11-18')])).toEqual([
      { slot: 'day-7', day: '2026-11-17' },
    ]);
  });

  it('ignores cancelled and completed sessions ahead, and crosses month ends', () => {
    const c = commitment({ day: '2026-11-28' });
    const sessions = [
      session('x', 'cancelled', '2026-11-30'),
      session('y', 'completed', '2026-12-01'),
    ];
    expect(followUpDays(c, sessions)).toEqual([{ slot: 'day-7', day: '2026-12-05' }]);
  });
});

describe('dueFollowUp', () => {
  const sessions = [session('s2', 'planned', '2026-11-14')];

  it('is nothing before its day, then the earliest open follow-up', () => {
    expect(dueFollowUp(commitment(), sessions, '2026-11-12')).toBeUndefined();
    expect(dueFollowUp(commitment(), sessions, '2026-11-13')).toMatchObject({
      slot: 'before-next',
      dueDay: '2026-11-13',
    });
  });

  it('one answer covers every follow-up due by then; a later one comes back on its day', () => {
    const answered = commitment({
      followUps: [{ at: local(2026, 11, 13, 20), outcome: 'partly', slot: 'before-next' }],
    });
    expect(dueFollowUp(answered, sessions, '2026-11-16')).toBeUndefined();
    expect(dueFollowUp(answered, sessions, '2026-11-17')).toMatchObject({ slot: 'day-7' });
    const late = commitment({ followUps: [{ at: local(2026, 11, 20), outcome: 'kept' }] });
    expect(dueFollowUp(late, sessions, '2026-11-25')).toBeUndefined();
  });

  it('stays due until answered, and waits while snoozed', () => {
    expect(dueFollowUp(commitment(), [], '2027-01-30')).toMatchObject({ slot: 'day-7' });
    const snoozed = commitment({ snoozedUntil: '2026-11-18' });
    expect(dueFollowUp(snoozed, [], '2026-11-17')).toBeUndefined();
    expect(dueFollowUp(snoozed, [], '2026-11-18')).toMatchObject({ slot: 'day-7' });
  });

  it('dueFollowUps lists due ones oldest first', () => {
    const older = commitment({ id: 'old', day: '2026-11-01' });
    const newer = commitment({ id: 'new', day: '2026-11-05' });
    const notYet = commitment({ id: 'later', day: '2026-11-10' });
    expect(
      dueFollowUps([newer, notYet, older], [], '2026-11-12').map((d) => d.commitment.id),
    ).toEqual(['old', 'new']);
  });
});

describe('recording and snoozing', () => {
  it('withFollowUp appends the follow-up, trims the note, drops a blank one, ends a snooze', () => {
    const c = commitment({ snoozedUntil: '2026-11-18' });
    const at = local(2026, 11, 18);
    expect(withFollowUp(c, { at, outcome: 'partly', note: '  most days ' })).toEqual({
      followUps: [{ at, outcome: 'partly', note: 'most days' }],
      snoozedUntil: undefined,
    });
    expect(withFollowUp(c, { at, outcome: 'kept', note: '  ' }).followUps[0]?.note).toBeUndefined();
  });

  it('snoozeFollowUp moves to tomorrow, never earlier than already set', () => {
    expect(snoozeFollowUp(commitment(), local(2026, 11, 17))).toEqual({
      snoozedUntil: '2026-11-18',
    });
    expect(snoozeFollowUp(commitment({ snoozedUntil: '2026-11-25' }), local(2026, 11, 17))).toEqual(
      { snoozedUntil: '2026-11-25' },
    );
  });

  it('commitmentProblem refuses empty and overlong text in plain words', () => {
    expect(commitmentProblem('  ')).toMatch(/empty/);
    expect(commitmentProblem('x'.repeat(501))).toMatch(/500 characters/);
    expect(commitmentProblem('Call my sister')).toBeUndefined();
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and lines, trimmed, without blanks', () => {
    expect(splitSentences('I felt calm. Then I cried!\n\nI will walk daily?  ')).toEqual([
      'I felt calm.',
      'Then I cried!',
      'I will walk daily?',
    ]);
  });

  it('falls back to punctuation when Intl.Segmenter is missing', () => {
    const intl = Intl as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    intl.Segmenter = undefined;
    try {
      expect(splitSentences('One. Two! Three')).toEqual(['One.', 'Two!', 'Three']);
      expect(splitSentences('今日は静か。明日は歩く。')).toEqual(['今日は静か。', '明日は歩く。']);
    } finally {
      intl.Segmenter = saved;
    }
  });
});
