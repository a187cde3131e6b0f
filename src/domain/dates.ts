// Day strings and local dates. A record's `day` is the local calendar date when it happened,
// computed once and stored, so a later time-zone or daylight-saving change never moves it.
// Day strings are parsed at local noon: adding days to noon never crosses into the wrong date
// on a 23- or 25-hour daylight-saving day, which midnight arithmetic does. Day differences are
// counted on the calendar (via UTC dates), never by dividing milliseconds by 24 hours.
// Written with Date's own getters rather than date-fns: this module is on the first-load path.
import type { DayString } from './types';

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant. */
export function toDay(at: number | Date): DayString {
  const date = typeof at === 'number' ? new Date(at) : at;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parts(day: DayString): [number, number, number] {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`Not a day string: ${day}`);
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
}

/** True when the string is a real calendar date in yyyy-MM-dd form. */
export function isDayString(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  return toDay(dayToDate(value)) === value;
}

/** Local noon of a day string. */
export function dayToDate(day: DayString): Date {
  const [year, month, date] = parts(day);
  return new Date(year, month, date, 12);
}

/** The day string n days after (or before, for negative n) a day. */
export function addDaysToDay(day: DayString, n: number): DayString {
  const [year, month, date] = parts(day);
  return toDay(new Date(year, month, date + n, 12));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayString, to: DayString): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2, d2) - Date.UTC(y1, m1, d1)) / msPerDay);
}

/** The instant of a local date and time, given as a day string and "HH:mm". */
export function dayTimeToInstant(day: DayString, time: string): number {
  const [year, month, date] = parts(day);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(year, month, date, hours, minutes).getTime();
}

/** The local "HH:mm" of an instant (for time inputs). */
export function toTimeOfDay(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
