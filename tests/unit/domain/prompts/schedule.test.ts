// The prompt schedule of product.md "Decisions: Schedule timing", in a time zone with daylight
// saving: America/New_York springs forward on 8 March 2026 (a 23-hour day) and falls back on
// 1 November 2026 (a 25-hour day). vitest.config.ts sets no TZ, so this file sets it before any
// Date is made (Node re-reads TZ when it is assigned) and asserts it took effect.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;
const originalTz = env.TZ;
env.TZ = 'America/New_York';

import { afterAll, describe, expect, it } from 'vitest';
import { toDay } from '../../../../src/domain/dates';
import { BUILT_IN_PROMPTS, builtInPrompt } from '../../../../src/domain/prompts/library';
import {
  DEFAULT_REMINDER_TIME,
  dueItems,
  isReminderTime,
  newTaskFields,
  type PlanInput,
  type PlannedPromptTask,
  planPromptTasks,
  promptTaskId,
  reminderInstant,
  replan,
  type SchedulablePrompt,
  type ScheduleSession,
  snooze,
} from '../../../../src/domain/prompts/schedule';
import type { PromptTask, SessionStatus } from '../../../../src/domain/types';

afterAll(() => {
  if (originalTz === undefined) Reflect.deleteProperty(env, 'TZ');
  else env.TZ = originalTz;
});

/** A local instant; month is 1-based like the calendar. */
const local = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

/** A session at 10:00 local on a date (its `day` derived as the app stores it). */
function session(
  id: string,
  status: SessionStatus,
  [y, m, d]: [number, number, number],
  intentions: readonly string[] = [],
): ScheduleSession {
  const startsAt = local(y, m, d, 10);
  return { id, status, startsAt, day: toDay(startsAt), intentions };
}

/** Plans with the built-in library unless told otherwise. */
function plan(
  s: ScheduleSession,
  now: number,
  rest: Partial<Omit<PlanInput, 'session' | 'now'>> = {},
): PlannedPromptTask[] {
  return planPromptTasks({
    session: s,
    sessions: rest.sessions ?? [s],
    prompts: rest.prompts ?? BUILT_IN_PROMPTS,
    now,
    ...(rest.reminderTime === undefined ? {} : { reminderTime: rest.reminderTime }),
  });
}

const days = (tasks: readonly PlannedPromptTask[]) =>
  Object.fromEntries(tasks.map((t) => [t.slot, t.dueDay]));

/** A stored task as the repository would hold it. */
function stored(planned: PlannedPromptTask, patch: Partial<PromptTask> = {}): PromptTask {
  return { ...newTaskFields(planned), createdAt: 1, updatedAt: 1, ...patch };
}

function task(id: string, dueDay: string, patch: Partial<PromptTask> = {}): PromptTask {
  return { id, promptId: 'p', dueDay, status: 'due', createdAt: 1, updatedAt: 1, ...patch };
}

describe('test time zone', () => {
  it('is America/New_York with daylight saving', () => {
    expect(env.TZ).toBe('America/New_York');
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(300);
    expect(new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(240);
  });
});

describe('integration tasks of a completed session', () => {
  const completed = session('s1', 'completed', [2026, 3, 5]);

  it('falls on the same evening, +1, +3, +7 and +14 days (across the spring-forward day)', () => {
    const tasks = plan(completed, local(2026, 3, 5, 21));
    expect(days(tasks)).toEqual({
      'same-evening': '2026-03-05',
      'day-1': '2026-03-06',
      'day-3': '2026-03-08',
      'day-7': '2026-03-12',
      'day-14': '2026-03-19',
    });
    for (const t of tasks) expect(t.sessionId).toBe('s1');
  });

  it('adds "before the next session" on the day before the next planned session', () => {
    const next = session('s2', 'planned', [2026, 3, 20]);
    const tasks = plan(completed, local(2026, 3, 6), { sessions: [completed, next] });
    expect(days(tasks)['before-next']).toBe('2026-03-19');
    expect(tasks).toHaveLength(6);
  });

  it('looks past a cancelled session to the next planned one', () => {
    const cancelled = session('s2', 'cancelled', [2026, 3, 10]);
    const next = session('s3', 'planned', [2026, 3, 24]);
    const tasks = plan(completed, local(2026, 3, 6), { sessions: [next, cancelled, completed] });
    expect(days(tasks)['before-next']).toBe('2026-03-23');
  });

  it('has no "before the next session" task without a planned next session', () => {
    const earlier = session('s0', 'planned', [2026, 3, 1]);
    expect(
      days(plan(completed, local(2026, 3, 6), { sessions: [earlier, completed] })),
    ).not.toHaveProperty('before-next');
    // The next session already happened: the task is moot.
    const done = session('s2', 'completed', [2026, 3, 12]);
    const later = session('s3', 'planned', [2026, 3, 26]);
    const tasks = plan(completed, local(2026, 3, 13), { sessions: [completed, done, later] });
    expect(days(tasks)).not.toHaveProperty('before-next');
  });

  it('skips "before the next session" when the next session is the very next day', () => {
    const next = session('s2', 'planned', [2026, 3, 6]);
    const tasks = plan(completed, local(2026, 3, 5, 20), { sessions: [completed, next] });
    expect(days(tasks)).not.toHaveProperty('before-next');
    expect(tasks).toHaveLength(5);
  });

  it('creates tasks for a session completed 14 days ago, and none for 15 days ago', () => {
    // 5 March to 19 March crosses the 23-hour day: counted on the calendar, not in hours.
    expect(plan(completed, local(2026, 3, 19, 23, 59))).toHaveLength(5);
    expect(plan(completed, local(2026, 3, 20, 0, 1))).toEqual([]);
    expect(plan(completed, local(2028, 1, 1))).toEqual([]);
  });

  it('gives each task the reminder instant of its due day', () => {
    for (const t of plan(completed, local(2026, 3, 5, 21)))
      expect(t.remindAt).toBe(reminderInstant(t.dueDay, '19:00'));
    const morning = plan(completed, local(2026, 3, 5, 21), { reminderTime: '08:30' });
    const evening = morning.find((t) => t.slot === 'same-evening')!;
    expect(evening.remindAt).toBe(local(2026, 3, 5, 8, 30));
  });

  it('revisits the intentions on the day after when the session had some', () => {
    const withIntentions = session('s1', 'completed', [2026, 3, 5], ['be kind to myself']);
    const dayAfter = plan(withIntentions, local(2026, 3, 5, 21)).find((t) => t.slot === 'day-1')!;
    expect(builtInPrompt(dayAfter.promptId)?.revisitsIntentions).toBe(true);
    // Without intentions (or only blank ones) that prompt would make no sense.
    for (const s of [completed, session('s1', 'completed', [2026, 3, 5], ['  '])]) {
      const tasks = plan(s, local(2026, 3, 5, 21));
      for (const t of tasks) expect(builtInPrompt(t.promptId)?.revisitsIntentions).toBeUndefined();
    }
  });

  it('picks prompts of the slot timing, outside the preparation phase', () => {
    for (const t of plan(completed, local(2026, 3, 5, 21))) {
      const prompt = builtInPrompt(t.promptId)!;
      expect(prompt.timing).toBe(t.slot);
      expect(prompt.phase).not.toBe('preparation');
    }
  });
});

describe('preparation tasks of a planned session', () => {
  const planned = session('p1', 'planned', [2026, 3, 10]);

  it('falls 3 days and 1 day before, and on the session day', () => {
    const tasks = plan(planned, local(2026, 3, 1));
    expect(days(tasks)).toEqual({
      'prep-3': '2026-03-07',
      'prep-1': '2026-03-09',
      'prep-session-day': '2026-03-10',
    });
  });

  it('uses preparation prompts, three different ones, the first inviting intentions', () => {
    const tasks = plan(planned, local(2026, 3, 1));
    for (const t of tasks) expect(builtInPrompt(t.promptId)?.phase).toBe('preparation');
    expect(new Set(tasks.map((t) => t.promptId)).size).toBe(3);
    const first = tasks.find((t) => t.slot === 'prep-3')!;
    expect(builtInPrompt(first.promptId)?.setsIntentions).toBe(true);
  });

  it('still plans on the session day, but not once the day has passed unconfirmed', () => {
    expect(plan(planned, local(2026, 3, 10, 23))).toHaveLength(3);
    expect(plan(planned, local(2026, 3, 11, 0, 1))).toEqual([]);
  });
});

describe('cancelled sessions', () => {
  it('get no tasks, whatever their date', () => {
    expect(plan(session('c1', 'cancelled', [2026, 3, 10]), local(2026, 3, 1))).toEqual([]);
    expect(plan(session('c1', 'cancelled', [2026, 3, 5]), local(2026, 3, 6))).toEqual([]);
  });
});

describe('deterministic ids and prompt choice', () => {
  const s1 = session('s1', 'completed', [2026, 3, 5], ['rest']);
  const s2 = session('s2', 'completed', [2026, 3, 12], ['rest']);
  const s3 = session('s3', 'planned', [2026, 3, 26]);
  const all = [s3, s2, s1];

  it('derives task ids from the session id and slot', () => {
    const tasks = plan(s1, local(2026, 3, 6), { sessions: all });
    expect(tasks.map((t) => t.id).sort()).toEqual(
      ['same-evening', 'day-1', 'day-3', 'day-7', 'day-14']
        .map((slot) => `ptask-s1-${slot}`)
        .sort(),
    );
    expect(promptTaskId('abc', 'before-next')).toBe('ptask-abc-before-next');
  });

  it('gives the same plan for the same input, at any moment within the window', () => {
    const a = plan(s2, local(2026, 3, 12, 20), { sessions: all });
    const b = plan(s2, local(2026, 3, 20), { sessions: [...all].reverse() });
    expect(b).toEqual(a);
    expect(a.find((t) => t.slot === 'before-next')?.dueDay).toBe('2026-03-25');
  });

  it('gives consecutive sessions a different prompt in every slot', () => {
    const first = plan(s1, local(2026, 3, 12, 20), { sessions: all });
    const second = plan(s2, local(2026, 3, 12, 20), { sessions: all });
    for (const t of second) {
      const same = first.find((f) => f.slot === t.slot);
      if (same) expect(t.promptId, t.slot).not.toBe(same.promptId);
    }
    expect(second.filter((t) => first.some((f) => f.slot === t.slot))).toHaveLength(5);
  });

  it('spreads one session over several themes', () => {
    for (const s of [s1, s2]) {
      const themes = plan(s, local(2026, 3, 12, 20), { sessions: all })
        .filter((t) => t.slot !== 'day-1')
        .map((t) => builtInPrompt(t.promptId)!.theme);
      expect(new Set(themes).size).toBe(themes.length);
    }
  });

  it('never picks a retired prompt, and does pick active custom ones', () => {
    const custom = (id: string, retired: boolean): SchedulablePrompt => ({
      id,
      phase: 'integration',
      timing: 'day-3',
      theme: 'body',
      retired,
    });
    const prompts = [
      ...BUILT_IN_PROMPTS,
      custom('custom-retired', true),
      custom('custom-live', false),
    ];
    const picked = new Set<string>();
    const sessions = Array.from({ length: 12 }, (_, i) =>
      session(`n${i}`, 'completed', [2026, 3, 1 + i]),
    );
    for (const s of sessions)
      for (const t of plan(s, local(2026, 3, 13), { sessions, prompts })) picked.add(t.promptId);
    expect(picked.has('custom-retired')).toBe(false);
    expect(picked.has('custom-live')).toBe(true);
  });

  it('leaves a slot out when no prompt fits it', () => {
    const onlyDay3 = BUILT_IN_PROMPTS.filter((p) => p.timing === 'day-3');
    const tasks = plan(s1, local(2026, 3, 6), { prompts: onlyDay3 });
    expect(tasks.map((t) => t.slot)).toEqual(['day-3']);
  });
});

describe('replan', () => {
  const before = session('s1', 'completed', [2026, 3, 5]);
  const moved = session('s1', 'completed', [2026, 3, 7]);
  const now = local(2026, 3, 8);

  it('moves due tasks after a date change and leaves answered and skipped ones alone', () => {
    const old = plan(before, now);
    const existing = old.map((p) =>
      p.slot === 'same-evening'
        ? stored(p, { status: 'answered', entryId: 'e1' })
        : p.slot === 'day-1'
          ? stored(p, { status: 'skipped' })
          : stored(p),
    );
    const result = replan(existing, plan(moved, now));
    expect(result.add).toEqual([]);
    expect(result.remove).toEqual([]);
    expect(result.keep.map((t) => t.id).sort()).toEqual([
      'ptask-s1-day-1',
      'ptask-s1-same-evening',
    ]);
    expect(result.keep.find((t) => t.status === 'answered')?.dueDay).toBe('2026-03-05');
    expect(result.keep.find((t) => t.status === 'skipped')?.dueDay).toBe('2026-03-06');
    expect(Object.fromEntries(result.update.map((t) => [t.id, t.dueDay]))).toEqual({
      'ptask-s1-day-3': '2026-03-10',
      'ptask-s1-day-7': '2026-03-14',
      'ptask-s1-day-14': '2026-03-21',
    });
    // Moving keeps the prompt the user may already have seen.
    for (const t of result.update)
      expect(t.promptId).toBe(existing.find((e) => e.id === t.id)!.promptId);
  });

  it('keeps a due task on its day and prompt when only the chosen prompt would differ', () => {
    const planned = plan(before, now);
    const existing = planned.map((p) => stored(p, { promptId: 'custom-old' }));
    const result = replan(existing, planned);
    expect(result.update).toEqual([]);
    expect(result.keep).toEqual(existing);
  });

  it('removes only the due tasks after a cancellation', () => {
    const existing = plan(before, now).map((p, i) =>
      stored(p, i === 0 ? { status: 'answered' } : i === 1 ? { status: 'skipped' } : {}),
    );
    const result = replan(existing, plan({ ...before, status: 'cancelled' }, now));
    expect(result.remove.map((t) => t.id).sort()).toEqual([
      'ptask-s1-day-14',
      'ptask-s1-day-3',
      'ptask-s1-day-7',
    ]);
    expect(result.keep.map((t) => t.status).sort()).toEqual(['answered', 'skipped']);
    expect(result.update).toEqual([]);
    expect(result.add).toEqual([]);
  });

  it('is idempotent and adds only what is missing', () => {
    const planned = plan(before, now);
    const all = replan(
      planned.map((p) => stored(p)),
      planned,
    );
    expect(all).toEqual({ add: [], update: [], remove: [], keep: planned.map((p) => stored(p)) });
    const partial = replan([stored(planned[0]!)], planned);
    expect(partial.add).toEqual(planned.slice(1));
    expect(partial.keep).toHaveLength(1);
  });

  it('swaps due preparation tasks for integration tasks when the session is completed', () => {
    const asPlanned = session('s1', 'planned', [2026, 3, 10]);
    const prep = plan(asPlanned, local(2026, 3, 1));
    const existing = prep.map((p) => stored(p, p.slot === 'prep-3' ? { status: 'answered' } : {}));
    const result = replan(
      existing,
      plan({ ...asPlanned, status: 'completed' }, local(2026, 3, 10, 15)),
    );
    expect(result.keep.map((t) => t.id)).toEqual(['ptask-s1-prep-3']);
    expect(result.remove.map((t) => t.id).sort()).toEqual([
      'ptask-s1-prep-1',
      'ptask-s1-prep-session-day',
    ]);
    expect(result.add.map((t) => t.slot)).toEqual([
      'same-evening',
      'day-1',
      'day-3',
      'day-7',
      'day-14',
    ]);
  });
});

describe('snooze', () => {
  it('moves a task due today, or overdue, to tomorrow (across the spring-forward night)', () => {
    const now = local(2026, 3, 7, 23, 30);
    expect(snooze(task('a', '2026-03-07'), now).dueDay).toBe('2026-03-08');
    expect(snooze(task('b', '2026-02-20'), now).dueDay).toBe('2026-03-08');
    expect(snooze(task('c', '2026-10-31'), local(2026, 10, 31, 23, 59)).dueDay).toBe('2026-11-01');
  });

  it('marks the change with a later updatedAt and keeps everything else', () => {
    const original = task('a', '2026-03-07', { updatedAt: 5, promptId: 'x', sessionId: 's' });
    const now = local(2026, 3, 7, 20);
    expect(snooze(original, now)).toEqual({ ...original, dueDay: '2026-03-08', updatedAt: now });
  });

  it('never brings a later task forward and leaves finished tasks alone', () => {
    const now = local(2026, 3, 7, 20);
    const later = task('a', '2026-03-12');
    expect(snooze(later, now)).toBe(later);
    const answered = task('b', '2026-03-07', { status: 'answered' });
    expect(snooze(answered, now)).toBe(answered);
  });
});

describe('dueItems', () => {
  it('lists due tasks on or before today, oldest first', () => {
    const tasks = [
      task('today', '2026-03-08', { createdAt: 1 }),
      task('future', '2026-03-09'),
      task('old', '2026-03-01'),
      task('answered', '2026-02-01', { status: 'answered' }),
      task('skipped', '2026-02-02', { status: 'skipped' }),
      task('today-earlier-made', '2026-03-08', { createdAt: 0 }),
      task('mid', '2026-03-05'),
    ];
    expect(dueItems(tasks, '2026-03-08').map((t) => t.id)).toEqual([
      'old',
      'mid',
      'today-earlier-made',
      'today',
    ]);
    expect(dueItems(tasks, '2026-02-28')).toEqual([]);
  });
});

describe('reminderInstant', () => {
  it('is 19:00 local by default, on either side of the spring-forward day', () => {
    expect(DEFAULT_REMINDER_TIME).toBe('19:00');
    const before = reminderInstant('2026-03-07');
    const on = reminderInstant('2026-03-08');
    expect(new Date(before).toISOString()).toBe('2026-03-08T00:00:00.000Z');
    expect(new Date(on).toISOString()).toBe('2026-03-08T23:00:00.000Z');
    expect(on - before).toBe(23 * 3_600_000);
    for (const at of [before, on])
      expect([new Date(at).getHours(), new Date(at).getMinutes()]).toEqual([19, 0]);
  });

  it('stays at the chosen local time across the fall-back day', () => {
    const before = reminderInstant('2026-10-31', '19:00');
    const on = reminderInstant('2026-11-01', '19:00');
    expect(new Date(before).toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(new Date(on).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(on - before).toBe(25 * 3_600_000);
    expect(new Date(reminderInstant('2026-11-01', '07:45')).toISOString()).toBe(
      '2026-11-01T12:45:00.000Z',
    );
  });

  it('rejects a time that is not HH:mm', () => {
    for (const bad of ['7pm', '24:00', '19:60', '9:00', ''])
      expect(() => reminderInstant('2026-03-07', bad), bad).toThrow(RangeError);
    expect(isReminderTime('00:00')).toBe(true);
    expect(isReminderTime('23:59')).toBe(true);
  });
});
