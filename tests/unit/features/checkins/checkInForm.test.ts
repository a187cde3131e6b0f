import { describe, expect, it } from 'vitest';
import {
  checkInMoment,
  checkInProblem,
  checkInToForm,
  emptyCheckInForm,
  formToCheckInFields,
  parseRating,
  parseSleepHours,
} from '../../../../src/features/checkins/checkInForm';
import { makeCheckIn } from '../../factories';

const now = new Date(2026, 10, 20, 9, 41).getTime();

describe('check-in form', () => {
  it('starts blank at now, with no mood chosen, linked automatically', () => {
    const form = emptyCheckInForm(now);
    expect(form).toMatchObject({
      mood: 0,
      date: '2026-11-20',
      time: '09:41',
      timeChosen: false,
      session: 'auto',
      moment: '',
      more: false,
      emotions: [],
    });
    expect(checkInProblem(form)).toBe('Choose how you feel, from 1 to 10, first.');
    expect(checkInProblem({ ...form, mood: 7 })).toBeUndefined();
  });

  it('uses now for a new check-in unless the date or time was changed', () => {
    const form = { ...emptyCheckInForm(now), mood: 5 };
    expect(checkInMoment(form, undefined, now + 30_000)).toBe(now + 30_000);
    expect(checkInMoment(form, now - 5000, now + 30_000)).toBe(now - 5000);
    const backdated = { ...form, date: '2026-11-18', time: '21:15', timeChosen: true };
    expect(checkInMoment(backdated, undefined, now)).toBe(new Date(2026, 10, 18, 21, 15).getTime());
    expect(checkInProblem({ ...backdated, date: '2026-02-30' })).toBe(
      'The date or time is not complete.',
    );
    expect(checkInProblem({ ...backdated, time: '' })).toBe('The date or time is not complete.');
  });

  it('reads ratings 0-10 and sleep hours, ignoring what is not given', () => {
    expect(parseRating('')).toBeUndefined();
    expect(parseRating('0')).toBe(0);
    expect(parseRating('10')).toBe(10);
    expect(parseRating('11')).toBeUndefined();
    expect(parseRating('-1')).toBeUndefined();
    expect(parseSleepHours('7,5')).toBe(7.5);
    expect(parseSleepHours('6.2')).toBe(6);
    expect(parseSleepHours('25')).toBeUndefined();
    expect(parseSleepHours('lots')).toBeUndefined();
    const form = { ...emptyCheckInForm(now), mood: 6, sleepHours: 'lots' };
    expect(checkInProblem(form)).toBe('Hours of sleep should be a number from 0 to 24.');
  });

  it('turns a form into check-in fields, dropping empty extras', () => {
    const form = {
      ...emptyCheckInForm(now),
      mood: 8,
      anxiety: '2',
      pain: '6',
      sleepHours: '7.5',
      emotions: ['calm', 'tired'],
      note: '  ',
      moment: 'after-session' as const,
    };
    expect(formToCheckInFields(form)).toEqual({
      mood: 8,
      anxiety: 2,
      energy: undefined,
      sleepHours: 7.5,
      sleepQuality: undefined,
      pain: 6,
      elevatedMood: undefined,
      irritability: undefined,
      emotions: ['calm', 'tired'],
      note: undefined,
      moment: 'after-session',
    });
  });

  it('round-trips a stored check-in through the form', () => {
    const checkIn = makeCheckIn({
      at: now,
      mood: 4,
      anxiety: 7,
      energy: undefined,
      sleepHours: 6.5,
      irritability: 3,
      emotions: ['anxious'],
      note: 'Before the drive',
      sessionId: 's1',
      sessionLink: 'manual',
      moment: 'before-session',
    });
    const form = checkInToForm(checkIn);
    expect(form).toMatchObject({
      session: 's1',
      moment: 'before-session',
      more: true,
      date: '2026-11-20',
      time: '09:41',
    });
    expect(formToCheckInFields(form)).toMatchObject({
      mood: 4,
      anxiety: 7,
      energy: undefined,
      sleepHours: 6.5,
      irritability: 3,
      emotions: ['anxious'],
      note: 'Before the drive',
      moment: 'before-session',
    });
    expect(checkInToForm(makeCheckIn({ sessionLink: 'auto', sessionId: 's1' })).session).toBe(
      'auto',
    );
  });
});
