// Keeping prompt tasks in step with sessions. Rules live in domain/prompts/schedule.ts; this
// module applies them on every session write, INSIDE the session's own transaction, so a
// session is never seen with the tasks of its old date. Which sessions are re-planned: the one
// written, and the completed session just before it at its old and at its new place (their
// "before the next session" task depends on it). A deleted session loses its due tasks.
// Answered and skipped tasks are never touched, so the history of answers is never lost.
// Loaded lazily (with sessionLinks): first paint never needs the prompt library.
// Sealing cannot run inside a transaction (WebCrypto would let it commit), so `prepare` seals,
// beforehand, the rows of the tasks the plan is expected to add; a task that turns out to be
// needed without a prepared row (another tab changed sessions meanwhile) is added on the next save.
import { daysBetween, toDay } from '../../domain/dates';
import type { SessionTiming } from '../../domain/phase';
import { BUILT_IN_PROMPTS } from '../../domain/prompts/library';
import {
  newTaskFields,
  planPromptTasks,
  replan,
  type SchedulablePrompt,
  type ScheduleSession,
  TASK_WINDOW_DAYS,
} from '../../domain/prompts/schedule';
import type { KapSession, Prompt, PromptTask } from '../../domain/types';
import type { WaypointDexie } from '../database';
import type { StoreContext, StoredRow } from '../recordStore';
import type { Sealed } from '../vault';
import { currentVault } from '../vault';
import type { RepositoryClock } from './entityRepository';
import { createPromptTaskStore } from './promptTasks';

/** What was prepared outside the transaction. */
export interface PreparedPlan {
  readonly now: number;
  readonly prompts: readonly SchedulablePrompt[];
  /** Sessions as opened before the transaction (intentions are sealed): by id. */
  readonly sessions: ReadonlyMap<string, ScheduleSession>;
  /** Sealed payloads of tasks expected to be added, by task id. */
  readonly payloads: ReadonlyMap<string, Sealed>;
}

/** What a re-plan changed, so a session delete can be undone exactly. */
export interface TaskChanges {
  /** Ids of tasks the change added. */
  readonly added: readonly string[];
  /** Rows of tasks the change moved or removed, as they were before. */
  readonly previous: readonly StoredRow[];
}

type TaskRow = StoredRow & PromptTask;

const timingOf = ({ id, status, startsAt, day }: SessionTiming): SessionTiming => ({
  id,
  status,
  startsAt,
  day,
});

/** The completed session just before `session` (by start), other than itself. */
function completedBefore(
  session: SessionTiming,
  timings: readonly SessionTiming[],
): SessionTiming | undefined {
  return timings
    .filter((s) => s.status === 'completed' && s.id !== session.id && s.startsAt < session.startsAt)
    .sort((a, b) => b.startsAt - a.startsAt)[0];
}

/** Sessions whose tasks a write of `written` (or a delete, without it) may change. */
function affected(
  written: SessionTiming | undefined,
  before: SessionTiming | undefined,
  timings: readonly SessionTiming[],
): SessionTiming[] {
  const out = new Map<string, SessionTiming>();
  if (written) out.set(written.id, written);
  for (const anchor of [before, written]) {
    const previous = anchor ? completedBefore(anchor, timings) : undefined;
    if (previous) out.set(previous.id, previous);
  }
  return [...out.values()];
}

async function readCustomPrompts(db: WaypointDexie): Promise<SchedulablePrompt[]> {
  const rows = (await db.prompts.toArray()) as unknown as StoredRow[];
  const opened = await Promise.all(
    rows.map(
      async (row) =>
        ({
          ...((await currentVault().open('prompts', row.id, row.payload)) as object),
          id: row.id,
        }) as Prompt,
    ),
  );
  return opened
    .filter((p) => !p.retired)
    .map(({ id, phase, timing, theme }) => ({ id, phase, timing, theme }));
}

/** Task planning over one database. */
export function createTaskPlanning(
  context: StoreContext,
  clock: RepositoryClock,
  readSessions: () => Promise<KapSession[]>,
) {
  const { db } = context;
  const taskStore = createPromptTaskStore(context);

  function plan(prepared: PreparedPlan, timing: SessionTiming, timings: SessionTiming[]) {
    const opened = prepared.sessions.get(timing.id);
    const session: ScheduleSession = { ...timingOf(timing), intentions: opened?.intentions ?? [] };
    return planPromptTasks({
      session,
      sessions: timings,
      prompts: prepared.prompts,
      now: prepared.now,
    });
  }

  return {
    /**
     * Reads prompts and sessions and seals the rows a write of `written` will probably add.
     * Call before the transaction; pass `removedId` for a delete.
     */
    async prepare(written: KapSession | undefined, removedId?: string): Promise<PreparedPlan> {
      const now = clock.now();
      const [stored, custom] = await Promise.all([readSessions(), readCustomPrompts(db)]);
      const all = stored.filter((s) => s.id !== written?.id && s.id !== removedId);
      if (written) all.push(written);
      const prompts = [...BUILT_IN_PROMPTS, ...custom];
      const sessions = new Map(all.map((s) => [s.id, s as ScheduleSession]));
      const prepared: PreparedPlan = { now, prompts, sessions, payloads: new Map() };
      const timings = all.map(timingOf);
      const old = stored.find((s) => s.id === (written?.id ?? removedId));
      const payloads = new Map<string, Sealed>();
      const today = toDay(now);
      for (const timing of affected(written, old, timings)) {
        if (timing.status === 'completed' && daysBetween(timing.day, today) > TASK_WINDOW_DAYS)
          continue;
        const existing = await taskStore.where('sessionId', timing.id);
        const { add } = replan(existing, plan(prepared, timing, timings));
        for (const task of add) {
          const row = await taskStore.toRow({
            ...newTaskFields(task),
            createdAt: now,
            updatedAt: now,
          });
          payloads.set(task.id, row.payload);
        }
      }
      return { ...prepared, payloads };
    },

    /**
     * Re-plans the sessions a write changed. Call INSIDE the transaction, after the session
     * row is written (or deleted); `before` is the session's row as it was, if any.
     */
    async apply(
      prepared: PreparedPlan,
      writtenId: string | undefined,
      before: SessionTiming | undefined,
    ): Promise<TaskChanges> {
      const timings = ((await db.sessions.toArray()) as unknown as SessionTiming[]).map(timingOf);
      const written = timings.find((s) => s.id === writtenId);
      const added: string[] = [];
      const previous: StoredRow[] = [];
      for (const timing of affected(written, before && timingOf(before), timings)) {
        const existing = (await db.promptTasks
          .where('sessionId')
          .equals(timing.id)
          .toArray()) as unknown as TaskRow[];
        const change = replan(existing, plan(prepared, timing, timings));
        for (const task of change.add) {
          const payload = prepared.payloads.get(task.id);
          if (!payload) continue;
          const row = {
            ...newTaskFields(task),
            createdAt: prepared.now,
            updatedAt: prepared.now,
            payload,
          };
          await db.promptTasks.put(row);
          added.push(task.id);
        }
        const rows = new Map(existing.map((row) => [row.id, row]));
        for (const task of change.update) {
          const row = rows.get(task.id);
          if (row) previous.push(row);
          await db.promptTasks.update(task.id, {
            dueDay: task.dueDay,
            updatedAt: Math.max(prepared.now, task.updatedAt + 1),
          });
        }
        for (const task of change.remove) {
          const row = rows.get(task.id);
          if (row) previous.push(row);
          await db.promptTasks.delete(task.id);
        }
      }
      // A deleted session keeps its answered and skipped tasks (history), not its due ones.
      if (writtenId === undefined && before) {
        const own = (await db.promptTasks
          .where('sessionId')
          .equals(before.id)
          .toArray()) as unknown as TaskRow[];
        for (const row of own.filter((task) => task.status === 'due')) {
          previous.push(row);
          await db.promptTasks.delete(row.id);
        }
      }
      return { added, previous };
    },

    /** Undoes `apply` exactly, inside a transaction; tasks answered since are left alone. */
    async undo(changes: TaskChanges): Promise<void> {
      for (const id of changes.added) {
        const row = (await db.promptTasks.get(id)) as TaskRow | undefined;
        if (row?.status === 'due') await db.promptTasks.delete(id);
      }
      for (const row of changes.previous) {
        const current = (await db.promptTasks.get(row.id)) as TaskRow | undefined;
        if (!current || current.status === 'due') await db.promptTasks.put(row);
      }
    },
  };
}

/** The task planning operations' interface. */
export type TaskPlanning = ReturnType<typeof createTaskPlanning>;
