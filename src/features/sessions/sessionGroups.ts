// How the sessions list is ordered: planned sessions first (earliest first, so one whose day
// passed without an answer comes on top), then completed ones newest first, then cancelled.
import type { DayString, KapSession, SessionStatus } from '../../domain/types';

/** The sessions list, in its three groups. */
export interface SessionGroups {
  readonly planned: readonly KapSession[];
  readonly completed: readonly KapSession[];
  readonly cancelled: readonly KapSession[];
}

/** Splits sessions (any order) into the list's groups. */
export function groupSessions(sessions: readonly KapSession[]): SessionGroups {
  const sorted = [...sessions].sort((a, b) => a.startsAt - b.startsAt);
  const newestFirst = (status: SessionStatus) =>
    sorted.filter((s) => s.status === status).reverse();
  return {
    planned: sorted.filter((s) => s.status === 'planned'),
    completed: newestFirst('completed'),
    cancelled: newestFirst('cancelled'),
  };
}

/** True for a planned session whose day has passed: the app asks whether it happened. */
export function isUnconfirmed(session: KapSession, today: DayString): boolean {
  return session.status === 'planned' && session.day < today;
}

/** How each status is named. */
export const statusLabels: Record<SessionStatus, string> = {
  planned: 'Planned',
  completed: 'Completed',
  cancelled: 'Cancelled',
};
