// Where the client stands in their KAP course at a moment: preparing, session day, or
// integrating, and which session a record written then belongs to. Pure: sessions and the
// moment come in as arguments. Rules from product.md "Decisions":
// - A session dated that day (planned or completed) makes it "session day".
// - Otherwise, after a completed session: "integration, day D after session N", plus the next
//   planned session and how many days until it.
// - With no completed session before and a planned one ahead: "preparing for session N".
//   Looking back from an earlier moment (re-linking old records), a session completed since
//   was the one ahead then, so it counts as the session being prepared for.
// - A planned session whose date passed without being completed counts as not happened
//   (the app asks "did this session happen?").
// Days are compared as local calendar days, so crossing midnight or a daylight-saving change
// moves the count exactly when the calendar does.
import { daysBetween, toDay } from './dates';
import type { DayString, KapSession } from './types';

/** The fields of a session that phase and numbering depend on (all stored in the clear). */
export type SessionTiming = Pick<KapSession, 'id' | 'status' | 'startsAt' | 'day'>;

/** The next planned session and how far away it is. */
export interface UpcomingSession<S extends SessionTiming = KapSession> {
  readonly session: S;
  readonly number: number;
  readonly inDays: number;
}

/** The phase at a moment. */
export type Phase<S extends SessionTiming = KapSession> =
  | { readonly kind: 'none' }
  | { readonly kind: 'preparation'; readonly next: UpcomingSession<S> }
  | { readonly kind: 'session-day'; readonly session: S; readonly number: number | undefined }
  | {
      readonly kind: 'integration';
      readonly session: S;
      readonly number: number;
      /** Days since the session's day: 1 the day after. */
      readonly day: number;
      readonly next?: UpcomingSession<S>;
    };

/** Sessions in start order (ties by id, so every sort agrees). */
export const byStart = (a: SessionTiming, b: SessionTiming) =>
  a.startsAt - b.startsAt || (a.id < b.id ? -1 : 1);

/**
 * Numbers sessions: completed ones 1..n by date, then planned ones in date order; cancelled
 * sessions get no number. Moving a date renumbers.
 */
export function numberSessions(sessions: readonly SessionTiming[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const sorted = [...sessions].sort(byStart);
  let next = 1;
  for (const session of sorted) if (session.status === 'completed') numbers.set(session.id, next++);
  for (const session of sorted) if (session.status === 'planned') numbers.set(session.id, next++);
  return numbers;
}

/** Planned sessions whose day has passed without being marked completed or cancelled. */
export function unconfirmedSessions<S extends SessionTiming>(
  sessions: readonly S[],
  now: number,
): S[] {
  const today = toDay(now);
  return sessions.filter((s) => s.status === 'planned' && s.day < today).sort(byStart);
}

/** The phase at moment `now`, given every session. */
export function computePhase<S extends SessionTiming>(
  sessions: readonly S[],
  now: number,
): Phase<S> {
  const today = toDay(now);
  const numbers = numberSessions(sessions);
  const active = sessions.filter((s) => s.status !== 'cancelled').sort(byStart);

  const sameDay = active.filter((s) => s.day === today);
  const todays = sameDay.find((s) => s.status === 'completed') ?? sameDay[0];
  if (todays) return { kind: 'session-day', session: todays, number: numbers.get(todays.id) };

  const next = upcoming(active, today, numbers);
  const lastCompleted = active.filter((s) => s.status === 'completed' && s.day < today).at(-1);
  if (lastCompleted) {
    const number = numbers.get(lastCompleted.id) ?? 0;
    const day = daysBetween(lastCompleted.day, today);
    return next
      ? { kind: 'integration', session: lastCompleted, number, day, next }
      : { kind: 'integration', session: lastCompleted, number, day };
  }
  return next ? { kind: 'preparation', next } : { kind: 'none' };
}

function upcoming<S extends SessionTiming>(
  active: readonly S[],
  today: DayString,
  numbers: ReadonlyMap<string, number>,
): UpcomingSession<S> | undefined {
  // Any session dated later: planned, or completed since (looking back from an earlier
  // moment, a session completed after it was still ahead then).
  const session = active.find((s) => s.day > today);
  if (!session) return undefined;
  return { session, number: numbers.get(session.id) ?? 0, inDays: daysBetween(today, session.day) };
}

/** The session a record made at `at` belongs to by the phase rule, if any. */
export function sessionForMoment(
  sessions: readonly SessionTiming[],
  at: number,
): string | undefined {
  const phase = computePhase(sessions, at);
  switch (phase.kind) {
    case 'session-day':
    case 'integration':
      return phase.session.id;
    case 'preparation':
      return phase.next.session.id;
    default:
      return undefined;
  }
}
