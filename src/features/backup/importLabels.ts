import { dayToDate } from '../../domain/dates';

/** What each kind of record is called in a preview. */
export const recordKindLabels = {
  sessions: 'Sessions',
  entries: 'Journal entries',
  checkins: 'Check-ins',
  assessments: 'Questionnaires',
  prompts: 'Prompts of your own',
  promptTasks: 'Scheduled prompts',
  commitments: 'Commitments',
  drafts: 'Unsaved drafts',
} as const;

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "12 Mar 2026 to 14 Mar 2026", or one day, or nothing. */
export function dayRange(first: string | undefined, last: string | undefined): string | undefined {
  if (!first || !last) return undefined;
  const from = dayFormat.format(dayToDate(first));
  return first === last ? from : `${from} to ${dayFormat.format(dayToDate(last))}`;
}

/** "1 record" / "1,204 records". */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
