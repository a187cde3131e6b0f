// Reminders that need no server: what goes into a calendar file. Pure: tasks, times and the
// moment come in as arguments. Policy:
// - Calendars sync to clouds and show on lock screens, so every item says only neutral words
//   ("Waypoint reflection"); never a prompt, journal text, session detail, dose or name.
// - One item per open (due) task of a session whose reminder is still ahead; answered and
//   skipped tasks and reminders already past are left out.
// - UIDs come from task ids (`<taskId>@waypoint.invalid`), and the daily check-in has one fixed
//   UID, so exporting again updates the calendar's events instead of adding copies. SEQUENCE is
//   the export's minute since 2026, so a later export always counts as the newer revision.
// - One-off reminders are instants (written in UTC: every calendar shows the right local time).
//   The daily check-in is one recurring event at a floating local time (see src/export/ics.ts).
import { addDaysToDay, toDay, toTimeOfDay } from './dates';
import { isReminderTime } from './prompts/schedule';
import type { DayString, PromptTask } from './types';

/** The neutral title of a reflection reminder. */
export const REMINDER_SUMMARY = 'Waypoint reflection';
/** The neutral text of a reflection reminder and its alarm. */
export const REMINDER_DESCRIPTION = 'A reflection is waiting in Waypoint.';
/** The neutral title of the daily check-in reminder. */
export const CHECK_IN_SUMMARY = 'Waypoint check-in';
/** The neutral text of the daily check-in reminder and its alarm. */
export const CHECK_IN_DESCRIPTION = 'A moment to check in with Waypoint.';
/** How long a reminder event lasts in the calendar. */
export const REMINDER_DURATION_MINUTES = 15;
/** The UID domain: reserved (RFC 2606), so it can never clash with a real calendar's UIDs. */
export const UID_DOMAIN = 'waypoint.invalid';
/** The one UID of the daily check-in reminder, whatever its time. */
export const DAILY_CHECK_IN_UID = `daily-checkin@${UID_DOMAIN}`;
/** The daily check-in time offered first (after the 19:00 reflection reminder). */
export const DEFAULT_CHECK_IN_TIME = '20:00';
/** The file name of the daily check-in reminder. */
export const DAILY_CHECK_IN_FILE_NAME = 'waypoint-daily-check-in.ics';

/** The daily check-in reminder the user added to their calendar. */
export interface DailyCheckInReminder {
  readonly enabled: boolean;
  /** "HH:mm" local. */
  readonly time: string;
}

/** When a calendar item starts: an instant, or a local wall-clock time wherever the phone is. */
export type CalendarStart =
  | { readonly kind: 'instant'; readonly at: number }
  | { readonly kind: 'floating'; readonly day: DayString; readonly time: string };

/** One event of a calendar file, with its alarm at the start. */
export interface CalendarItem {
  readonly uid: string;
  readonly sequence: number;
  readonly start: CalendarStart;
  readonly durationMinutes: number;
  readonly summary: string;
  readonly description: string;
  /** Repeats every day from its start. */
  readonly daily: boolean;
}

/** What a reminder needs of a task (stored or planned). */
export type ReminderTask = Pick<PromptTask, 'id' | 'dueDay' | 'status'>;

const sequenceEpoch = Date.UTC(2026, 0, 1);

/** The stored reminder time if it is a valid "HH:mm", else the fallback. */
export function toReminderTime(value: unknown, fallback: string): string {
  return typeof value === 'string' && isReminderTime(value) ? value : fallback;
}

/** The calendar UID of a task's reminder. */
export function taskReminderUid(taskId: string): string {
  return `${taskId}@${UID_DOMAIN}`;
}

/** The SEQUENCE of an export made at `now`: later exports are newer revisions. */
export function exportSequence(now: number): number {
  return Math.max(0, Math.floor((now - sequenceEpoch) / 60_000));
}

/**
 * The reminders of a session's tasks, earliest first. `remindAt` turns a due day into its
 * reminder instant (schedule.ts `reminderInstant` with the user's reminder time).
 */
export function sessionReminderItems(
  tasks: readonly ReminderTask[],
  remindAt: (dueDay: DayString) => number,
  now: number,
): CalendarItem[] {
  const sequence = exportSequence(now);
  return tasks
    .filter((task) => task.status === 'due')
    .map((task) => ({ task, at: remindAt(task.dueDay) }))
    .filter(({ at }) => at > now)
    .sort((a, b) => a.at - b.at || (a.task.id < b.task.id ? -1 : 1))
    .map(({ task, at }) => ({
      uid: taskReminderUid(task.id),
      sequence,
      start: { kind: 'instant', at },
      durationMinutes: REMINDER_DURATION_MINUTES,
      summary: REMINDER_SUMMARY,
      description: REMINDER_DESCRIPTION,
      daily: false,
    }));
}

/** The daily check-in reminder at a local "HH:mm": from today if that time is ahead, else tomorrow. */
export function dailyCheckInItem(time: string, now: number): CalendarItem {
  if (!isReminderTime(time)) throw new RangeError(`Not a time of day: ${time}`);
  const today = toDay(now);
  const day = time > toTimeOfDay(now) ? today : addDaysToDay(today, 1);
  return {
    uid: DAILY_CHECK_IN_UID,
    sequence: exportSequence(now),
    start: { kind: 'floating', day, time },
    durationMinutes: REMINDER_DURATION_MINUTES,
    summary: CHECK_IN_SUMMARY,
    description: CHECK_IN_DESCRIPTION,
    daily: true,
  };
}

/** The file name of a session's reminders: its number only, nothing about what happened. */
export function sessionReminderFileName(sessionNumber: number | undefined): string {
  return sessionNumber === undefined
    ? 'waypoint-session-reminders.ics'
    : `waypoint-session-${sessionNumber}-reminders.ics`;
}

/**
 * The tasks a session's reminders come from: its stored tasks when it has any (they know what
 * was answered or snoozed), else its plan (`planned`, from schedule.ts) as open tasks, so a
 * session whose tasks were never stored still gets the reminders its rhythm calls for.
 */
export function sessionReminderTasks(
  stored: readonly ReminderTask[],
  planned: () => readonly Pick<ReminderTask, 'id' | 'dueDay'>[],
): ReminderTask[] {
  if (stored.length > 0) return [...stored];
  return planned().map(({ id, dueDay }) => ({ id, dueDay, status: 'due' }));
}
