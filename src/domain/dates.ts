// Day strings and local dates. A record's `day` is the local calendar date when it happened,
// computed once and stored, so a later time-zone or daylight-saving change never moves it.
// Day strings are parsed at local noon: adding days to noon never crosses into the wrong date
// on a 23- or 25-hour daylight-saving day, which midnight arithmetic does.
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import type { DayString } from './types';

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an instant. */
export function toDay(at: number | Date): DayString {
  return format(at, 'yyyy-MM-dd');
}

/** True when the string is a real calendar date in yyyy-MM-dd form. */
export function isDayString(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const date = dayToDate(value);
  return toDay(date) === value;
}

/** Local noon of a day string. */
export function dayToDate(day: DayString): Date {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`Not a day string: ${day}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

/** The day string n days after (or before, for negative n) a day. */
export function addDaysToDay(day: DayString, n: number): DayString {
  return toDay(addDays(dayToDate(day), n));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayString, to: DayString): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}
