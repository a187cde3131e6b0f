// How Insights writes numbers and days: one decimal for averages, dates in the device's locale.
import { dayToDate } from '../../domain/dates';
import type { MoodFigure } from '../../domain/insights';
import type { DayString } from '../../domain/types';

const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const longDay = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "4 Mar". */
export const formatShortDay = (day: DayString): string => shortDay.format(dayToDate(day));

/** "4 Mar 2026". */
export const formatDay = (day: DayString): string => longDay.format(dayToDate(day));

/** An average with at most one decimal: "6.5", "7". */
export function formatMood(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "1 check-in", "3 check-ins". */
export function checkInCount(count: number): string {
  return count === 1 ? '1 check-in' : `${count} check-ins`;
}

/** A figure as a sentence part: "6.5 (2 check-ins)", or "no check-ins". */
export function describeFigure(f: MoodFigure | undefined): string {
  return f ? `${formatMood(f.average)} (${checkInCount(f.count)})` : 'no check-ins';
}
