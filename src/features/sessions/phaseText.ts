// The phase in words: "Preparing for session 2 · in 3 days", "Session day · Session 2",
// "Day 4 after session 1". Small and free of date libraries: Today shows it on first load.
// Only Today imports it, so it stays inside Today's chunk (a shared module would add a chunk).
import type { Phase } from '../../domain/phase';

/** "today", "tomorrow" or "in 5 days". */
export function inDaysText(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** The phase as one line, for the top of Today. */
export function phaseHeadline(phase: Phase): string {
  switch (phase.kind) {
    case 'preparation':
      return `Preparing for session ${phase.next.number} · ${inDaysText(phase.next.inDays)}`;
    case 'session-day':
      return phase.number ? `Session day · Session ${phase.number}` : 'Session day';
    case 'integration':
      return `Day ${phase.day} after session ${phase.number}`;
    default:
      return 'No session planned';
  }
}
