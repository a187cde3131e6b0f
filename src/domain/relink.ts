// Linking records to sessions in bulk: the phase rule of `sessionForMoment` prepared once for
// thousands of moments, and the re-linking that follows a session change. Only writes need it
// (saving a session, an import), so it stays out of the first load with the code that writes.
import { toDay } from './dates';
import { byStart, type SessionTiming } from './phase';

/**
 * The phase rule of `sessionForMoment`, prepared once for many moments: sessions are sorted a
 * single time, so re-linking thousands of records (an import, five years of journal) stays
 * linear. Gives exactly what `sessionForMoment` gives for every moment.
 */
export function sessionLinker(
  sessions: readonly SessionTiming[],
): (at: number) => string | undefined {
  const active = sessions.filter((s) => s.status !== 'cancelled').sort(byStart);
  return (at) => {
    const today = toDay(at);
    let sameDay: SessionTiming | undefined;
    let lastCompleted: SessionTiming | undefined;
    let later: SessionTiming | undefined;
    for (const session of active) {
      if (session.day === today) {
        if (session.status === 'completed') return session.id;
        sameDay ??= session;
      } else if (session.day < today) {
        if (session.status === 'completed') lastCompleted = session;
      } else later ??= session;
    }
    return (sameDay ?? lastCompleted ?? later)?.id;
  };
}

/** A record that can be linked to a session. */
export interface Linkable {
  readonly id: string;
  readonly sessionId?: string;
  readonly sessionLink: 'auto' | 'manual';
}

/**
 * Re-links records after sessions changed (moved, cancelled, deleted): records linked
 * automatically follow the phase rule at their own moment; links the user chose are kept,
 * unless their session no longer exists. Returns only the records whose link changes.
 */
export function relink<T extends Linkable>(
  records: readonly T[],
  sessions: readonly SessionTiming[],
  momentOf: (record: T) => number,
): T[] {
  const existing = new Set(sessions.map((s) => s.id));
  const linkAt = sessionLinker(sessions);
  const changed: T[] = [];
  for (const record of records) {
    // A manual link (including a chosen "no session") stays while its session exists.
    if (
      record.sessionLink === 'manual' &&
      (record.sessionId === undefined || existing.has(record.sessionId))
    )
      continue;
    const target = linkAt(momentOf(record));
    if (target === record.sessionId && record.sessionLink === 'auto') continue;
    changed.push({ ...record, sessionId: target, sessionLink: 'auto' });
  }
  return changed;
}
