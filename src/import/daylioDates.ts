// Dates and times in Daylio exports, read in the device's time zone (product.md "Daylio mood
// mapping"): the moment is the local wall-clock time the user logged, so `day` is the local date
// they saw. Newer exports write `full_date` as yyyy-MM-dd; older ones a `year` and a `date` in
// English ("March 14"). Times are 24 hour ("21:05") or 12 hour ("9:05 pm"), as the phone was set.
// A date that does not exist (February 30) is refused rather than rolled over. The Afterflow
// format reads its dates with the same helpers (`parseLocal`, `plainSpaces`, `localMoment`).
import { isValid, parse } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { toDay, toTimeOfDay } from '../domain/dates';

/** A moment read from a row: the instant, its local day and its local "HH:mm". */
export interface LocalMoment {
  readonly at: number;
  readonly day: string;
  readonly time: string;
}

const dayFormats = ['yyyy-MM-dd'];
const oldDayFormats = ['yyyy MMMM d', 'yyyy MMM d', 'yyyy d MMMM', 'yyyy d MMM'];
const timeFormats = ['H:mm', 'H:mm:ss', 'h:mm a', 'h:mma', 'h:mm:ss a'];

/** Normalises the spaces phones put in times (a narrow no-break space before "PM"). */
export function plainSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first of some date-fns formats that reads the whole text, in local time. */
export function parseLocal(text: string, formats: readonly string[]): Date | undefined {
  const reference = new Date(2000, 0, 1);
  for (const format of formats) {
    const date = parse(text, format, reference, { locale: enUS });
    if (isValid(date)) return date;
  }
  return undefined;
}

/** The moment of a parsed local date. */
export function localMoment(date: Date): LocalMoment {
  const at = date.getTime();
  return { at, day: toDay(at), time: toTimeOfDay(at) };
}

function withTime(days: readonly string[], dayText: string, time: string) {
  const formats = days.flatMap((day) => timeFormats.map((t) => `${day} ${t}`));
  const date = parseLocal(`${dayText} ${plainSpaces(time)}`, formats);
  return date ? localMoment(date) : undefined;
}

/** The moment of a newer Daylio row: `full_date` (yyyy-MM-dd) and `time`. */
export function daylioMoment(fullDate: string, time: string): LocalMoment | undefined {
  return withTime(dayFormats, plainSpaces(fullDate), time);
}

/** The moment of an older Daylio row: `year`, `date` ("March 14") and `time`. */
export function oldDaylioMoment(year: string, date: string, time: string): LocalMoment | undefined {
  return withTime(oldDayFormats, `${plainSpaces(year)} ${plainSpaces(date)}`, time);
}
