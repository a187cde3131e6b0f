// Where one session stands today, for its own screen: "Preparing · in 3 days", "Session day",
// "Integration · day 4 after this session".
import { daysBetween, toDay } from '../../domain/dates';
import type { Phase } from '../../domain/phase';
import type { KapSession } from '../../domain/types';

/** Where one session stands today, for its own screen (undefined for a cancelled one). */
export function sessionPhaseText(
  session: KapSession,
  phase: Phase,
  now: number,
): string | undefined {
  if (session.status === 'cancelled') return undefined;
  const days = daysBetween(session.day, toDay(now));
  if (days === 0) return 'Session day';
  if (session.status === 'planned') {
    if (days > 0) return 'The date has passed: did it happen?';
    return days === -1 ? 'Preparing · tomorrow' : `Preparing · in ${-days} days`;
  }
  if (days < 0) return undefined;
  if (phase.kind === 'integration' && phase.session.id === session.id) {
    return `Integration · day ${phase.day} after this session`;
  }
  return days === 1 ? 'Yesterday' : `${days} days ago`;
}
