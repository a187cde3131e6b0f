// Which reflection prompts a session should have, and when they are due. Pure: the sessions,
// the prompts and the moment come in as arguments. Rules (product.md "The KAP arc" and
// "Decisions: Schedule timing"):
// - A completed session gets one task per integration timing: the same evening (its own day),
//   +1, +3, +7 and +14 days, and the day before the next session when that session is planned
//   (and that day falls after the session day; a completed next session makes it moot).
// - Only sessions completed within the last 14 days create tasks (a session 14 days ago does,
//   15 days ago does not), so importing years of history does not flood Today.
// - A planned session gets preparation tasks 3 days and 1 day before and on its day. A planned
//   session whose day has passed is unconfirmed (the app asks whether it happened) and gets
//   none; a cancelled session never gets any.
// - Prompts are chosen deterministically: each slot's candidates are sorted by theme, then id,
//   and the pick rotates with the session's number (and the slot), so consecutive sessions get
//   different prompts whenever a slot has two or more, and one session's slots spread across
//   themes. With intentions set, the +1 day slot revisits them; the first preparation slot
//   invites setting them.
// - Task ids are `ptask-<sessionId>-<slot>`, so re-planning is idempotent and calendar UIDs can
//   be derived from them.
// - replan() never moves or deletes an answered or skipped task; a task already stored keeps
//   its prompt (the user may have read it), only its due day follows the session.
// Callers replan a session when its day or status changes, and also the completed session
// before it, whose "before the next session" task depends on this one.
import { addDaysToDay, daysBetween, dayTimeToInstant, toDay } from '../dates';
import { numberSessions, type SessionTiming } from '../phase';
import type { DayString, KapSession, Prompt, PromptTask, PromptTiming } from '../types';
import { PROMPT_THEMES } from './library';

/** The reminder time when the user has not chosen one. */
export const DEFAULT_REMINDER_TIME = '19:00';

/** Sessions completed at most this many days ago create integration tasks. */
export const TASK_WINDOW_DAYS = 14;

/** The preparation slots of a planned session. */
export type PreparationSlot = 'prep-3' | 'prep-1' | 'prep-session-day';

/** Where a task sits in a session's rhythm: an integration timing or a preparation slot. */
export type TaskSlot = PromptTiming | PreparationSlot;

/** Every slot in order; a slot's position also shifts its prompt pick. */
export const TASK_SLOTS: readonly TaskSlot[] = [
  'same-evening',
  'day-1',
  'day-3',
  'day-7',
  'day-14',
  'before-next',
  'prep-3',
  'prep-1',
  'prep-session-day',
];

const integrationOffsets: readonly (readonly [PromptTiming, number])[] = [
  ['same-evening', 0],
  ['day-1', 1],
  ['day-3', 3],
  ['day-7', 7],
  ['day-14', 14],
];

const preparationOffsets: readonly (readonly [PreparationSlot, number])[] = [
  ['prep-3', -3],
  ['prep-1', -1],
  ['prep-session-day', 0],
];

/** What the schedule needs of a prompt: built-in, custom or from a pack. */
export interface SchedulablePrompt extends Pick<Prompt, 'id' | 'phase' | 'timing' | 'theme'> {
  readonly retired?: boolean;
  readonly setsIntentions?: boolean;
  readonly revisitsIntentions?: boolean;
}

/** What the schedule needs of the session being planned. */
export type ScheduleSession = Pick<KapSession, 'id' | 'status' | 'startsAt' | 'day' | 'intentions'>;

/** Everything a session's tasks depend on. */
export interface PlanInput {
  readonly session: ScheduleSession;
  /** Every session (with or without `session` itself): numbering and "the next session". */
  readonly sessions: readonly SessionTiming[];
  /** Built-in and custom prompts; retired ones are left out here too. */
  readonly prompts: readonly SchedulablePrompt[];
  /** "HH:mm" local; DEFAULT_REMINDER_TIME when absent. */
  readonly reminderTime?: string;
  readonly now: number;
}

/** A task a session should have. */
export interface PlannedPromptTask {
  readonly id: string;
  readonly sessionId: string;
  readonly promptId: string;
  readonly dueDay: DayString;
  readonly slot: TaskSlot;
  /** The reminder's instant: the reminder time on the due day. */
  readonly remindAt: number;
}

/** The stable id of a session's task in a slot. */
export function promptTaskId(sessionId: string, slot: TaskSlot): string {
  return `ptask-${sessionId}-${slot}`;
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a valid "HH:mm" reminder time. */
export function isReminderTime(value: string): boolean {
  return timePattern.test(value);
}

/** The instant of the reminder for a due day: the reminder time, local, on that day. */
export function reminderInstant(
  dueDay: DayString,
  reminderTime: string = DEFAULT_REMINDER_TIME,
): number {
  if (!isReminderTime(reminderTime)) throw new RangeError(`Not a reminder time: ${reminderTime}`);
  return dayTimeToInstant(dueDay, reminderTime);
}

/** The tasks a session should have at moment `now`. */
export function planPromptTasks(input: PlanInput): PlannedPromptTask[] {
  const { session, now } = input;
  const reminderTime = input.reminderTime ?? DEFAULT_REMINDER_TIME;
  const today = toDay(now);
  const slots: [TaskSlot, DayString][] = [];

  if (session.status === 'completed') {
    if (daysBetween(session.day, today) > TASK_WINDOW_DAYS) return [];
    for (const [slot, offset] of integrationOffsets)
      slots.push([slot, addDaysToDay(session.day, offset)]);
    const next = nextSession(session, input.sessions);
    if (next?.status === 'planned') {
      const dueDay = addDaysToDay(next.day, -1);
      if (dueDay > session.day) slots.push(['before-next', dueDay]);
    }
  } else if (session.status === 'planned') {
    if (session.day < today) return [];
    for (const [slot, offset] of preparationOffsets)
      slots.push([slot, addDaysToDay(session.day, offset)]);
  } else {
    return [];
  }

  const rotation = rotationOf(session, input.sessions);
  const hasIntentions = session.intentions.some((text) => text.trim() !== '');
  const prompts = input.prompts.filter((p) => p.retired !== true);
  const planned: PlannedPromptTask[] = [];
  for (const [slot, dueDay] of slots) {
    const candidates = candidatesFor(slot, prompts, hasIntentions);
    const prompt = candidates[(rotation + TASK_SLOTS.indexOf(slot)) % candidates.length];
    if (!prompt) continue;
    planned.push({
      id: promptTaskId(session.id, slot),
      sessionId: session.id,
      promptId: prompt.id,
      dueDay,
      slot,
      remindAt: reminderInstant(dueDay, reminderTime),
    });
  }
  return planned;
}

const byStart = (a: SessionTiming, b: SessionTiming) =>
  a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function withSession(session: SessionTiming, sessions: readonly SessionTiming[]): SessionTiming[] {
  return [...sessions.filter((s) => s.id !== session.id), session];
}

/** The first session after this one that was not cancelled, if any. */
function nextSession(
  session: SessionTiming,
  sessions: readonly SessionTiming[],
): SessionTiming | undefined {
  return withSession(session, sessions)
    .filter((s) => s.status !== 'cancelled' && s.id !== session.id && byStart(s, session) > 0)
    .sort(byStart)[0];
}

/** 0 for session 1, 1 for session 2, ... (planned and completed sessions always have a number). */
function rotationOf(session: SessionTiming, sessions: readonly SessionTiming[]): number {
  return (numberSessions(withSession(session, sessions)).get(session.id) ?? 1) - 1;
}

const themeOrder = (p: SchedulablePrompt) => PROMPT_THEMES.indexOf(p.theme);

/** A slot's candidate prompts, sorted by theme, then id. */
function candidatesFor(
  slot: TaskSlot,
  prompts: readonly SchedulablePrompt[],
  hasIntentions: boolean,
): SchedulablePrompt[] {
  let pool: SchedulablePrompt[];
  if (slot === 'prep-3' || slot === 'prep-1' || slot === 'prep-session-day') {
    const preparation = prompts.filter((p) => p.phase === 'preparation');
    const setting = preparation.filter((p) => p.setsIntentions === true);
    const others = preparation.filter((p) => p.setsIntentions !== true);
    // The first preparation slot invites intentions; the later ones take the other prompts.
    if (slot === 'prep-3') pool = setting.length > 0 ? setting : preparation;
    else pool = others.length > 0 ? others : preparation;
  } else {
    const timed = prompts.filter((p) => p.timing === slot && p.phase !== 'preparation');
    // Revisiting intentions only makes sense when there are some; then the day after does.
    const revisiting = timed.filter((p) => p.revisitsIntentions === true);
    const others = timed.filter((p) => p.revisitsIntentions !== true);
    pool = hasIntentions && slot === 'day-1' && revisiting.length > 0 ? revisiting : others;
  }
  return pool.sort((a, b) => themeOrder(a) - themeOrder(b) || (a.id < b.id ? -1 : 1));
}

/** The fields to create a stored task from a planned one. */
export function newTaskFields(
  planned: PlannedPromptTask,
): Pick<PromptTask, 'id' | 'sessionId' | 'promptId' | 'dueDay' | 'status'> {
  return {
    id: planned.id,
    sessionId: planned.sessionId,
    promptId: planned.promptId,
    dueDay: planned.dueDay,
    status: 'due',
  };
}

/** What to do to a session's stored tasks so they match its plan. */
export interface Replan {
  /** Planned tasks not stored yet. */
  readonly add: PlannedPromptTask[];
  /** Due tasks whose due day moves (returned with the new day; the prompt stays). */
  readonly update: PromptTask[];
  /** Due tasks the session no longer wants. */
  readonly remove: PromptTask[];
  /** Tasks left exactly as they are: answered or skipped ones, and due ones already right. */
  readonly keep: PromptTask[];
}

/**
 * Compares one session's stored tasks with its new plan (an empty plan when it was cancelled).
 * Answered and skipped tasks are never moved or removed.
 */
export function replan(
  existing: readonly PromptTask[],
  planned: readonly PlannedPromptTask[],
): Replan {
  const wanted = new Map(planned.map((task) => [task.id, task]));
  const stored = new Set(existing.map((task) => task.id));
  const result: Replan = { add: [], update: [], remove: [], keep: [] };
  for (const task of existing) {
    const plan = wanted.get(task.id);
    if (task.status !== 'due') result.keep.push(task);
    else if (!plan) result.remove.push(task);
    else if (plan.dueDay !== task.dueDay) result.update.push({ ...task, dueDay: plan.dueDay });
    else result.keep.push(task);
  }
  for (const task of planned) if (!stored.has(task.id)) result.add.push(task);
  return result;
}

/**
 * Snoozes a due task to tomorrow (relative to `now`). A task already due later keeps its day,
 * so snoozing never brings one forward; answered and skipped tasks are returned unchanged.
 */
export function snooze(task: PromptTask, now: number): PromptTask {
  if (task.status !== 'due') return task;
  const tomorrow = addDaysToDay(toDay(now), 1);
  if (task.dueDay >= tomorrow) return task;
  return { ...task, dueDay: tomorrow, updatedAt: Math.max(now, task.updatedAt + 1) };
}

/** Tasks still due on or before `today`, oldest due day first. */
export function dueItems<T extends Pick<PromptTask, 'id' | 'dueDay' | 'status' | 'createdAt'>>(
  tasks: readonly T[],
  today: DayString,
): T[] {
  return tasks
    .filter((task) => task.status === 'due' && task.dueDay <= today)
    .sort(
      (a, b) =>
        (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : 0) ||
        a.createdAt - b.createdAt ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
