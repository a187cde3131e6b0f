// Session writes re-plan prompt tasks in the same transaction (src/db/repositories/
// taskPlanning.ts), driven through repos.sessions over a real (fake-indexeddb) database:
// plan, complete, move, cancel, delete (with undo), and the session before it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, openDatabase, type WaypointDexie } from '../../../../src/db/database';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { toDay } from '../../../../src/domain/dates';
import { BUILT_IN_PROMPTS, builtInPrompt } from '../../../../src/domain/prompts/library';
import { planPromptTasks, promptTaskId } from '../../../../src/domain/prompts/schedule';
import type { PromptTask, SessionStatus } from '../../../../src/domain/types';

/** Local time of a 2026 date; month is 1-based. */
const at = (m: number, d: number, h = 12) => new Date(2026, m - 1, d, h).getTime();

let db: WaypointDexie;
let repos: Repositories;
let now: number;
let nextId: number;

beforeEach(async () => {
  db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  now = at(3, 1);
  nextId = 0;
  repos = createRepositories(db, {
    now: () => now,
    newId: () => `id-${String(++nextId).padStart(3, '0')}`,
  });
});

afterEach(() => {
  db.close();
});

function fields(status: SessionStatus, startsAt: number, intentions: string[] = []) {
  return {
    status,
    startsAt,
    day: toDay(startsAt),
    route: 'intramuscular' as const,
    intentions,
    checklist: [],
    sideEffects: [],
  };
}

const createSession = (
  id: string,
  status: SessionStatus,
  startsAt: number,
  intentions?: string[],
) => repos.sessions.create({ id, ...fields(status, startsAt, intentions) });

const move = (id: string, startsAt: number) =>
  repos.sessions.update(id, { startsAt, day: toDay(startsAt) });

/** A session's tasks as slot → [due day, status], for exact comparisons. */
async function tasksOf(sessionId: string): Promise<Record<string, [string, string]>> {
  const tasks = await repos.promptTasks.listBySession(sessionId);
  return Object.fromEntries(
    tasks.map((t) => [t.id.replace(`ptask-${sessionId}-`, ''), [t.dueDay, t.status]]),
  );
}

async function task(sessionId: string, slot: string): Promise<PromptTask | undefined> {
  return repos.promptTasks.get(`ptask-${sessionId}-${slot}`);
}

describe('planning a session', () => {
  it('creates preparation tasks 3 days and 1 day before and on the day', async () => {
    await createSession('s1', 'planned', at(3, 10, 10), ['Meet my fear kindly']);
    expect(await tasksOf('s1')).toEqual({
      'prep-3': ['2026-03-07', 'due'],
      'prep-1': ['2026-03-09', 'due'],
      'prep-session-day': ['2026-03-10', 'due'],
    });
    // The first preparation slot invites setting intentions.
    const prep3 = await task('s1', 'prep-3');
    expect(builtInPrompt(prep3?.promptId ?? '')?.setsIntentions).toBe(true);
  });

  it('creates nothing for a cancelled session, or a planned one whose day has passed', async () => {
    await createSession('gone', 'cancelled', at(3, 10, 10));
    await createSession('past', 'planned', at(2, 20, 10));
    expect(await repos.promptTasks.count()).toBe(0);
  });
});

describe('completing, moving, cancelling and deleting', () => {
  it('completing turns preparation into integration tasks; the day after revisits intentions', async () => {
    await createSession('s1', 'planned', at(3, 2, 10), ['Listen to my body']);
    now = at(3, 2, 18);
    await repos.sessions.update('s1', { status: 'completed' });
    expect(await tasksOf('s1')).toEqual({
      'same-evening': ['2026-03-02', 'due'],
      'day-1': ['2026-03-03', 'due'],
      'day-3': ['2026-03-05', 'due'],
      'day-7': ['2026-03-09', 'due'],
      'day-14': ['2026-03-16', 'due'],
    });
    const day1 = await task('s1', 'day-1');
    expect(builtInPrompt(day1?.promptId ?? '')?.revisitsIntentions).toBe(true);
  });

  it('uses the same prompts the pure schedule chooses, custom prompts included', async () => {
    await repos.prompts.create({
      id: 'aaa-custom',
      source: 'custom',
      text: 'My own evening question',
      phase: 'session-day',
      timing: 'same-evening',
      theme: 'body',
      retired: false,
    });
    await createSession('s1', 'completed', at(2, 28, 10));
    const stored = await repos.promptTasks.listBySession('s1');
    const custom = {
      id: 'aaa-custom',
      phase: 'session-day',
      timing: 'same-evening',
      theme: 'body',
    } as const;
    const expected = planPromptTasks({
      session: { id: 's1', ...fields('completed', at(2, 28, 10)) },
      sessions: [{ id: 's1', ...fields('completed', at(2, 28, 10)) }],
      prompts: [...BUILT_IN_PROMPTS, custom],
      now,
    });
    expect(Object.fromEntries(stored.map((t) => [t.id, t.promptId]))).toEqual(
      Object.fromEntries(expected.map((t) => [t.id, t.promptId])),
    );
    expect((await task('s1', 'same-evening'))?.promptId).toBe('aaa-custom');
  });

  it('never picks a retired custom prompt', async () => {
    await repos.prompts.create({
      id: 'aaa-custom',
      source: 'custom',
      text: 'Retired question',
      phase: 'session-day',
      timing: 'same-evening',
      theme: 'body',
      retired: true,
    });
    await createSession('s1', 'completed', at(2, 28, 10));
    const ids = (await repos.promptTasks.listBySession('s1')).map((t) => t.promptId);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain('aaa-custom');
  });

  it('moving the date moves due tasks, never answered or skipped ones, and keeps prompts', async () => {
    await createSession('s1', 'completed', at(2, 27, 10));
    const before = await task('s1', 'day-3');
    await repos.promptTasks.update(promptTaskId('s1', 'same-evening'), {
      status: 'answered',
      entryId: 'entry-1',
    });
    await repos.promptTasks.skip(promptTaskId('s1', 'day-1'));
    await move('s1', at(2, 25, 10));
    expect(await tasksOf('s1')).toEqual({
      'same-evening': ['2026-02-27', 'answered'],
      'day-1': ['2026-02-28', 'skipped'],
      'day-3': ['2026-02-28', 'due'],
      'day-7': ['2026-03-04', 'due'],
      'day-14': ['2026-03-11', 'due'],
    });
    expect((await task('s1', 'day-3'))?.promptId).toBe(before?.promptId);
    expect((await task('s1', 'same-evening'))?.entryId).toBe('entry-1');
  });

  it('cancelling removes due tasks and keeps answered ones', async () => {
    await createSession('s1', 'planned', at(3, 10, 10));
    await repos.promptTasks.update(promptTaskId('s1', 'prep-3'), {
      status: 'answered',
      entryId: 'entry-1',
    });
    await repos.sessions.update('s1', { status: 'cancelled' });
    expect(await tasksOf('s1')).toEqual({ 'prep-3': ['2026-03-07', 'answered'] });
    // Planned again: the preparation tasks come back (the answered one stays answered).
    await repos.sessions.update('s1', { status: 'planned' });
    expect(await tasksOf('s1')).toEqual({
      'prep-3': ['2026-03-07', 'answered'],
      'prep-1': ['2026-03-09', 'due'],
      'prep-session-day': ['2026-03-10', 'due'],
    });
  });

  it('a session completed more than 14 days ago creates no tasks', async () => {
    await createSession('old', 'completed', at(2, 14, 10));
    expect(await tasksOf('old')).toEqual({});
    await createSession('recent', 'completed', at(2, 15, 10));
    expect(Object.keys(await tasksOf('recent'))).toHaveLength(5);
  });

  it('re-saving a session without a timing change changes no task', async () => {
    await createSession('s1', 'completed', at(2, 27, 10));
    const before = await repos.promptTasks.all();
    now = at(3, 1, 13);
    await repos.sessions.update('s1', { notes: 'Felt held' });
    expect(await repos.promptTasks.all()).toEqual(before);
  });
});

describe('the completed session before', () => {
  it('gets "before the next session" when the next is planned, moved with it, gone on cancel', async () => {
    await createSession('s1', 'completed', at(2, 25, 10));
    expect((await tasksOf('s1'))['before-next']).toBeUndefined();
    await createSession('s2', 'planned', at(3, 11, 10));
    expect((await tasksOf('s1'))['before-next']).toEqual(['2026-03-10', 'due']);
    await move('s2', at(3, 13, 10));
    expect((await tasksOf('s1'))['before-next']).toEqual(['2026-03-12', 'due']);
    await repos.sessions.update('s2', { status: 'cancelled' });
    expect((await tasksOf('s1'))['before-next']).toBeUndefined();
  });

  it('moving the next session before it hands the task to the session now before', async () => {
    await createSession('s0', 'completed', at(2, 20, 10));
    await createSession('s1', 'completed', at(2, 25, 10));
    await createSession('s2', 'planned', at(3, 11, 10));
    expect((await tasksOf('s1'))['before-next']).toEqual(['2026-03-10', 'due']);
    expect((await tasksOf('s0'))['before-next']).toBeUndefined();
    // s2 moves between s0 and s1 (say it was logged late): s1's task goes, s0 gets one.
    await repos.sessions.update('s2', {
      status: 'completed',
      startsAt: at(2, 23, 10),
      day: '2026-02-23',
    });
    expect((await tasksOf('s1'))['before-next']).toBeUndefined();
    expect((await tasksOf('s0'))['before-next']).toBeUndefined();
    await move('s2', at(3, 5, 10));
    await repos.sessions.update('s2', { status: 'planned' });
    expect((await tasksOf('s1'))['before-next']).toEqual(['2026-03-04', 'due']);
  });
});

describe('deleting a session', () => {
  it('removes its due tasks, keeps answered history, and undo restores every task', async () => {
    await createSession('s1', 'completed', at(2, 25, 10));
    await createSession('s2', 'planned', at(3, 11, 10));
    await repos.promptTasks.update(promptTaskId('s2', 'prep-3'), {
      status: 'answered',
      entryId: 'entry-1',
    });
    await repos.promptTasks.snooze(promptTaskId('s1', 'day-3'));
    const before = await repos.promptTasks.all();

    const removal = await repos.sessions.remove('s2');
    expect(await tasksOf('s2')).toEqual({ 'prep-3': ['2026-03-08', 'answered'] });
    expect((await tasksOf('s1'))['before-next']).toBeUndefined();

    await repos.sessions.undoRemove(removal!);
    expect(await repos.sessions.get('s2')).toBeDefined();
    const byId = (tasks: PromptTask[]) => [...tasks].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await repos.promptTasks.all())).toEqual(byId(before));
  });
});

describe('one transaction', () => {
  it('keeps neither the session nor any task when writing a task fails', async () => {
    await createSession('s1', 'completed', at(2, 25, 10));
    const sessionBefore = await repos.sessions.get('s1');
    const tasksBefore = await repos.promptTasks.all();
    const spy = vi.spyOn(db.promptTasks, 'put').mockImplementation(() => {
      throw new Error('Disk failed while planning');
    });
    await expect(createSession('s2', 'planned', at(3, 11, 10))).rejects.toThrow(
      'Disk failed while planning',
    );
    spy.mockRestore();
    expect(await repos.sessions.get('s2')).toBeUndefined();
    expect(await repos.sessions.get('s1')).toEqual(sessionBefore);
    expect(await repos.promptTasks.all()).toEqual(tasksBefore);
  });

  it('keeps the old date and every task when re-planning fails half-way', async () => {
    await createSession('s1', 'completed', at(2, 27, 10));
    const sessionBefore = await repos.sessions.get('s1');
    const tasksBefore = await repos.promptTasks.all();
    const original = db.promptTasks.update.bind(db.promptTasks);
    let calls = 0;
    const spy = vi.spyOn(db.promptTasks, 'update').mockImplementation((...args) => {
      if (++calls === 3) throw new Error('Disk failed while re-planning');
      return original(...args);
    });
    await expect(move('s1', at(2, 25, 10))).rejects.toThrow('Disk failed while re-planning');
    spy.mockRestore();
    expect(await repos.sessions.get('s1')).toEqual(sessionBefore);
    expect(await repos.promptTasks.all()).toEqual(tasksBefore);
  });
});
