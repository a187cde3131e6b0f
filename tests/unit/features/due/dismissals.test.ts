// Putting a suggestion off for the day (src/features/due/dismissals.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  bringBack,
  dismissalsChanged,
  isPutOff,
  putOff,
} from '../../../../src/features/due/dismissals';

beforeEach(() => localStorage.clear());

describe('putting a suggestion off', () => {
  it('hides it for that day only, and tells listeners', () => {
    const before = dismissalsChanged.get();
    putOff('checkin', '2026-11-10');
    expect(dismissalsChanged.get()).toBe(before + 1);
    expect(isPutOff('checkin', '2026-11-10')).toBe(true);
    expect(isPutOff('questionnaire:phq9:weekly', '2026-11-10')).toBe(false);
    expect(isPutOff('checkin', '2026-11-11')).toBe(false);
  });

  it('forgets the previous day when a new day starts, and undo brings one back', () => {
    putOff('checkin', '2026-11-10');
    putOff('questionnaire:phq9:weekly', '2026-11-11');
    expect(isPutOff('checkin', '2026-11-11')).toBe(false);
    putOff('checkin', '2026-11-11');
    bringBack('checkin', '2026-11-11');
    expect(isPutOff('checkin', '2026-11-11')).toBe(false);
    expect(isPutOff('questionnaire:phq9:weekly', '2026-11-11')).toBe(true);
  });

  it('survives unreadable storage', () => {
    localStorage.setItem('waypoint:not-today', '{not json');
    expect(isPutOff('checkin', '2026-11-10')).toBe(false);
    putOff('checkin', '2026-11-10');
    expect(isPutOff('checkin', '2026-11-10')).toBe(true);
  });
});
