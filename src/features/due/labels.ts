// How due items name their session and moment: "Session 2, day 1", "Session 3, the day before".

import type { DueFollowUp } from '../../domain/commitments';
import { daysBetween } from '../../domain/dates';
import { numberSessions } from '../../domain/phase';
import type { KapSession, PromptTask } from '../../domain/types';

const slotDays: Readonly<Record<string, number>> = {
  'same-evening': 0,
  'day-1': 1,
  'day-3': 3,
  'day-7': 7,
  'day-14': 14,
  'prep-3': -3,
  'prep-1': -1,
  'prep-session-day': 0,
};

function relative(days: number): string {
  if (days === 0) return 'session day';
  if (days > 0) return `day ${days}`;
  return days === -1 ? 'the day before' : `${-days} days before`;
}

/** The slot of a task from its id (`ptask-<sessionId>-<slot>`), if it has one. */
function slotOf(task: PromptTask): string | undefined {
  const prefix = `ptask-${task.sessionId ?? ''}-`;
  return task.id.startsWith(prefix) ? task.id.slice(prefix.length) : undefined;
}

/**
 * Where a task sits: "Session 2, day 1". A snoozed task keeps the label of its slot, not of
 * the day it was moved to.
 */
export function taskLabel(task: PromptTask, sessions: readonly KapSession[]): string {
  const session = sessions.find((s) => s.id === task.sessionId);
  if (!session || session.status === 'cancelled') return '';
  const number = numberSessions(sessions).get(session.id);
  const name = number ? `Session ${number}` : 'Session';
  const slot = slotOf(task);
  if (slot === 'before-next') return `${name}, before the next session`;
  const days = slot !== undefined ? slotDays[slot] : undefined;
  return `${name}, ${relative(days ?? daysBetween(session.day, task.dueDay))}`;
}

/** Why a follow-up is due: "A week on" or "Before session 3". */
export function followUpLabel(due: DueFollowUp, sessions: readonly KapSession[]): string {
  if (due.slot === 'day-7') return 'A week on';
  const numbers = numberSessions(sessions);
  const next = sessions
    .filter((s) => s.status === 'planned' && s.day > due.commitment.day)
    .sort((a, b) => a.startsAt - b.startsAt)[0];
  const number = next ? numbers.get(next.id) : undefined;
  return number ? `Before session ${number}` : 'Before your next session';
}
