// What the reminder buttons say once the calendar file has gone to the user: plain words about
// what happened and what to do next.
import type { SaveOutcome } from '../../ui/saveFile';

/** "1 reminder", "6 reminders". */
export function reminderCount(count: number): string {
  return count === 1 ? '1 reminder' : `${count} reminders`;
}

/** The line shown after a calendar file with `count` events was shared or saved. */
export function calendarOutcomeMessage(outcome: SaveOutcome, count: number): string {
  const what = reminderCount(count);
  if (outcome === 'shared') return `Calendar file shared. Your calendar app can now add ${what}.`;
  if (outcome === 'downloaded') return `Calendar file saved. Open it to add ${what}.`;
  return 'Nothing was shared. You can add the reminders whenever you like.';
}

/** The line shown when the calendar file could not be made or handed over. */
export const calendarProblem =
  'The calendar file could not be made. Nothing was added to your calendar; please try again.';
