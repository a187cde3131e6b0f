// The pure mapping behind the calendar files: which tasks become reminders, file names, and
// the stored reminder time read defensively.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_TIME } from '../../../src/domain/prompts/schedule';
import {
  exportSequence,
  type ReminderTask,
  sessionReminderFileName,
  sessionReminderTasks,
  taskReminderUid,
  toReminderTime,
} from '../../../src/domain/reminders';

describe('which tasks a session reminds of', () => {
  const planned = [
    { id: 'ptask-s-same-evening', dueDay: '2026-11-10' },
    { id: 'ptask-s-day-1', dueDay: '2026-11-11' },
  ];

  it('uses the stored tasks when there are any, answered ones included for the filter', () => {
    const stored: ReminderTask[] = [
      { id: 'ptask-s-same-evening', dueDay: '2026-11-10', status: 'answered' },
      { id: 'ptask-s-day-1', dueDay: '2026-11-12', status: 'due' },
    ];
    let planCalls = 0;
    const tasks = sessionReminderTasks(stored, () => {
      planCalls += 1;
      return planned;
    });
    expect(tasks).toEqual(stored);
    expect(planCalls).toBe(0);
  });

  it('falls back to the plan, as open tasks, when none are stored', () => {
    expect(sessionReminderTasks([], () => planned)).toEqual([
      { id: 'ptask-s-same-evening', dueDay: '2026-11-10', status: 'due' },
      { id: 'ptask-s-day-1', dueDay: '2026-11-11', status: 'due' },
    ]);
  });
});

describe('names and numbers', () => {
  it('derives UIDs from task ids only', () => {
    expect(taskReminderUid('ptask-abc-day-3')).toBe('ptask-abc-day-3@waypoint.invalid');
  });

  it('names the file by the session number, nothing else', () => {
    expect(sessionReminderFileName(3)).toBe('waypoint-session-3-reminders.ics');
    expect(sessionReminderFileName(undefined)).toBe('waypoint-session-reminders.ics');
  });

  it('counts the sequence in minutes since 2026, never below zero', () => {
    expect(exportSequence(Date.UTC(2026, 0, 1))).toBe(0);
    expect(exportSequence(Date.UTC(2026, 0, 1, 1, 30, 59))).toBe(90);
    expect(exportSequence(0)).toBe(0);
    // Still a 32-bit integer in the year 6000.
    expect(exportSequence(Date.UTC(6000, 0, 1))).toBeLessThan(2 ** 31);
  });

  it('reads a stored reminder time only when it is a valid HH:mm', () => {
    expect(toReminderTime('07:45', DEFAULT_REMINDER_TIME)).toBe('07:45');
    for (const bad of ['7:45', '24:00', '19:60', '', 19, null, undefined]) {
      expect(toReminderTime(bad, DEFAULT_REMINDER_TIME)).toBe('19:00');
    }
  });
});
