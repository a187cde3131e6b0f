// Day strings in a time zone with daylight saving. America/New_York springs forward on
// 8 March 2026 (a 23-hour day) and falls back on 1 November 2026 (a 25-hour day). Node re-reads
// TZ when it is assigned, so it is set here before any Date is made, and checked below.
declare const process: { env: Record<string, string | undefined> };
const previousTimeZone = process.env.TZ;
process.env.TZ = 'America/New_York';

import { afterAll, describe, expect, it } from 'vitest';
import {
  addDaysToDay,
  daysBetween,
  dayTimeToInstant,
  dayToDate,
  isDayString,
  toDay,
  toTimeOfDay,
} from '../../../src/domain/dates';

afterAll(() => {
  if (previousTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousTimeZone;
});

/** The next calendar day, computed without local time at all (an independent oracle). */
function nextDayUtc(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

describe('test time zone', () => {
  it('runs in America/New_York with daylight saving', () => {
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(300);
    expect(new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(240);
    // The spring-forward day is 23 hours long, the fall-back day 25.
    expect(new Date(2026, 2, 9).getTime() - new Date(2026, 2, 8).getTime()).toBe(23 * 3_600_000);
    expect(new Date(2026, 10, 2).getTime() - new Date(2026, 10, 1).getTime()).toBe(25 * 3_600_000);
  });
});

describe('toDay', () => {
  it('gives the local calendar day of an instant, not the UTC one', () => {
    // 03:00 UTC on 15 January is 22:00 on the 14th in New York.
    expect(toDay(Date.UTC(2026, 0, 15, 3, 0))).toBe('2026-01-14');
    expect(toDay(Date.UTC(2026, 0, 15, 4, 59, 59))).toBe('2026-01-14');
    expect(toDay(Date.UTC(2026, 0, 15, 5, 0))).toBe('2026-01-15');
    // In summer the offset is four hours.
    expect(toDay(Date.UTC(2026, 6, 2, 3, 59))).toBe('2026-07-01');
    expect(toDay(Date.UTC(2026, 6, 2, 4, 0))).toBe('2026-07-02');
  });

  it('accepts a Date and pads months and days', () => {
    expect(toDay(new Date(2026, 2, 5, 0, 0))).toBe('2026-03-05');
    expect(toDay(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(toDay(new Date(2027, 0, 1, 0, 0, 0))).toBe('2027-01-01');
  });

  it('gives the right day around the daylight-saving changes', () => {
    expect(toDay(new Date(2026, 2, 8, 1, 59))).toBe('2026-03-08');
    expect(toDay(new Date(2026, 2, 8, 3, 0))).toBe('2026-03-08');
    expect(toDay(new Date(2026, 2, 8, 23, 59))).toBe('2026-03-08');
    // 1 November has 01:30 twice; both are on the 1st.
    expect(toDay(Date.UTC(2026, 10, 1, 5, 30))).toBe('2026-11-01');
    expect(toDay(Date.UTC(2026, 10, 1, 6, 30))).toBe('2026-11-01');
    expect(toDay(Date.UTC(2026, 10, 2, 4, 59))).toBe('2026-11-01');
  });
});

describe('dayToDate', () => {
  it('gives local noon of the day', () => {
    for (const day of ['2026-01-15', '2026-03-08', '2026-07-04', '2026-11-01', '2024-02-29']) {
      const date = dayToDate(day);
      expect(date.getHours()).toBe(12);
      expect(date.getMinutes()).toBe(0);
      expect(toDay(date)).toBe(day);
    }
    expect(dayToDate('2026-01-15').getTime()).toBe(Date.UTC(2026, 0, 15, 17));
    expect(dayToDate('2026-07-04').getTime()).toBe(Date.UTC(2026, 6, 4, 16));
  });

  it('rejects strings that are not yyyy-MM-dd', () => {
    for (const bad of ['2026-3-8', '', '2026-03-08T12:00', '08/03/2026', ' 2026-03-08']) {
      expect(() => dayToDate(bad)).toThrow(RangeError);
    }
  });
});

describe('isDayString', () => {
  it('accepts real calendar dates', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2024-02-29', '2026-03-08', '2026-11-01']) {
      expect(isDayString(day), day).toBe(true);
    }
  });

  it('rejects dates that do not exist', () => {
    for (const day of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) {
      expect(isDayString(day), day).toBe(false);
    }
    expect(isDayString('2026-01-32')).toBe(false);
    expect(isDayString('2026-01-00')).toBe(false);
  });

  it('rejects other formats', () => {
    for (const value of [
      '2026-1-01',
      '26-01-01',
      '2026/01/01',
      ' 2026-01-01',
      '2026-01-01 ',
      '2026-01-01T00:00:00Z',
      '',
      'yyyy-mm-dd',
    ]) {
      expect(isDayString(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe('addDaysToDay', () => {
  it('steps over the 23-hour spring-forward day', () => {
    expect(addDaysToDay('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDaysToDay('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDaysToDay('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDaysToDay('2026-03-09', -1)).toBe('2026-03-08');
    expect(addDaysToDay('2026-03-09', -2)).toBe('2026-03-07');
  });

  it('steps over the 25-hour fall-back day', () => {
    expect(addDaysToDay('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDaysToDay('2026-11-01', 1)).toBe('2026-11-02');
    expect(addDaysToDay('2026-11-02', -1)).toBe('2026-11-01');
    expect(addDaysToDay('2026-11-02', -2)).toBe('2026-10-31');
  });

  it('crosses months, leap days and years', () => {
    expect(addDaysToDay('2026-03-01', 0)).toBe('2026-03-01');
    expect(addDaysToDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDaysToDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToDay('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDaysToDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDay('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDaysToDay('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDaysToDay('2026-03-01', 245)).toBe('2026-11-01');
  });

  it('agrees with calendar arithmetic for every day of 2026', () => {
    let day = '2025-12-31';
    for (let i = 0; i < 365; i++) {
      const next = addDaysToDay(day, 1);
      expect(next, `after ${day}`).toBe(nextDayUtc(day));
      expect(addDaysToDay(next, -1), `before ${next}`).toBe(day);
      day = next;
    }
    expect(day).toBe('2026-12-31');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across the daylight-saving changes', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-03-08', '2026-03-09')).toBe(1);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-11-01', '2026-11-02')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-11-30')).toBe(274);
  });

  it('is zero for the same day and negative going back', () => {
    expect(daysBetween('2026-03-08', '2026-03-08')).toBe(0);
    expect(daysBetween('2026-03-09', '2026-03-07')).toBe(-2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
  });

  it('counts whole years, leap or not', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('undoes addDaysToDay for every offset across both changes', () => {
    for (let n = -400; n <= 400; n += 7) {
      expect(daysBetween('2026-03-05', addDaysToDay('2026-03-05', n))).toBe(n);
      expect(daysBetween('2026-10-30', addDaysToDay('2026-10-30', n))).toBe(n);
    }
  });

  it('rejects strings that are not day strings', () => {
    expect(() => daysBetween('2026-3-1', '2026-03-02')).toThrow(RangeError);
  });
});

describe('dayTimeToInstant and toTimeOfDay', () => {
  it('turn a local day and time into the instant and back', () => {
    expect(dayTimeToInstant('2026-01-15', '09:05')).toBe(Date.UTC(2026, 0, 15, 14, 5));
    expect(dayTimeToInstant('2026-07-01', '23:59')).toBe(Date.UTC(2026, 6, 2, 3, 59));
    expect(toTimeOfDay(Date.UTC(2026, 0, 15, 14, 5))).toBe('09:05');
    expect(toTimeOfDay(Date.UTC(2026, 6, 2, 3, 59))).toBe('23:59');
  });

  it('keep the day and time on the daylight-saving days', () => {
    const spring = dayTimeToInstant('2026-03-08', '14:30');
    expect(toDay(spring)).toBe('2026-03-08');
    expect(toTimeOfDay(spring)).toBe('14:30');
    const autumn = dayTimeToInstant('2026-11-01', '00:15');
    expect(toDay(autumn)).toBe('2026-11-01');
    expect(toTimeOfDay(autumn)).toBe('00:15');
  });
});
