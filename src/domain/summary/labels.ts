// Words and numbers as every summary format writes them. Fixed English formats (not the
// device locale) so a summary reads the same in the preview, the files and the tests.
import type { CommitmentFollowUp, DayString, Vitals } from '../types';
import type { SummaryRange } from './types';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Nov 2026". */
export function dayLabel(day: DayString): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${months[(month ?? 1) - 1] ?? ''} ${year}`;
}

/** "1 Nov 2026 – 27 Nov 2026", or one day when the range is one day. */
export function rangeLabel(range: SummaryRange): string {
  return range.from === range.to
    ? dayLabel(range.from)
    : `${dayLabel(range.from)} – ${dayLabel(range.to)}`;
}

/** A mean with at most one decimal: "6.5", "7". */
export function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A change with its sign: "+3", "−4" (a true minus sign), "0". */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}

/** "120/80 mmHg, pulse 72", from whatever was recorded; empty when nothing was. */
export function vitalsLabel(v: Vitals | undefined): string {
  if (!v) return '';
  const parts: string[] = [];
  if (v.systolic !== undefined && v.diastolic !== undefined)
    parts.push(`${v.systolic}/${v.diastolic} mmHg`);
  else if (v.systolic !== undefined) parts.push(`systolic ${v.systolic} mmHg`);
  else if (v.diastolic !== undefined) parts.push(`diastolic ${v.diastolic} mmHg`);
  if (v.heartRate !== undefined) parts.push(`pulse ${v.heartRate}`);
  return parts.join(', ');
}

/** How each follow-up outcome reads. */
export const outcomeLabels: Record<CommitmentFollowUp['outcome'], string> = {
  kept: 'kept',
  partly: 'partly kept',
  'not-yet': 'not yet',
};

/** The file name of a summary export: "waypoint-summary-2026-11-01-to-2026-11-27.md". */
export function summaryFileName(range: SummaryRange, extension: string): string {
  return `waypoint-summary-${range.from}-to-${range.to}.${extension}`;
}

/** The file name of a journal export: "waypoint-journal-2026-01-03-to-2026-11-27.md". */
export function journalFileName(range: SummaryRange | undefined, extension = 'md'): string {
  return range
    ? `waypoint-journal-${range.from}-to-${range.to}.${extension}`
    : `waypoint-journal.${extension}`;
}
