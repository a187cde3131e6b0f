// The date ranges a summary can cover. A session's integration window runs from its day to the
// day before the next session (completed or planned), or 14 days when none follows; "since the
// last summary" starts on the day the last one was shared. No range reaches past today: there
// is nothing to share from the future.
import { addDaysToDay, isDayString, toDay } from '../dates';
import type { SessionTiming } from '../phase';
import type { DayString } from '../types';
import type { SummaryRange } from './types';

/** How long an integration window lasts when no session follows. */
export const defaultWindowDays = 14;

const clampTo = (range: SummaryRange, today: DayString): SummaryRange => ({
  from: range.from,
  to: range.to > today && today >= range.from ? today : range.to,
});

/** The integration window of a session, or undefined when the session is unknown. */
export function sessionWindow(
  sessions: readonly SessionTiming[],
  sessionId: string,
  today: DayString,
): SummaryRange | undefined {
  const session = sessions.find((s) => s.id === sessionId);
  if (!session) return undefined;
  const next = sessions
    .filter((s) => s.status !== 'cancelled' && s.day > session.day)
    .sort((a, b) => a.startsAt - b.startsAt)[0];
  const to = next ? addDaysToDay(next.day, -1) : addDaysToDay(session.day, defaultWindowDays);
  return clampTo({ from: session.day, to }, today);
}

/** From the day the last summary was shared until today; undefined if none was shared yet. */
export function sinceLastShared(
  lastSharedAt: number | undefined,
  today: DayString,
): SummaryRange | undefined {
  if (lastSharedAt === undefined || !Number.isFinite(lastSharedAt)) return undefined;
  const from = toDay(lastSharedAt);
  return { from: from > today ? today : from, to: today };
}

/** A range the client typed, or a plain-words reason it cannot be used. */
export function customRange(
  from: string,
  to: string,
): { readonly range: SummaryRange } | { readonly problem: string } {
  if (!isDayString(from)) return { problem: 'Choose the first day of the summary.' };
  if (!isDayString(to)) return { problem: 'Choose the last day of the summary.' };
  if (from > to) return { problem: 'The first day must come before the last day.' };
  return { range: { from, to } };
}
