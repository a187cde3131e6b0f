// Prompt tasks: a prompt due on a day for a session. Every field of a task is an index field,
// stored in the clear; the sealed payload is empty but still sealed, like every record.
// Tasks are created and re-planned by session saves (taskPlanning.ts); this repository answers,
// skips and snoozes them (promptTaskActions.ts, loaded lazily: first paint never needs it).
import type { DayString, PromptTask } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';
import type { PromptAnswer, TaskActions } from './promptTaskActions';

/** The fields of a task kept outside the sealed payload: all of them. */
export const promptTaskClearKeys = [
  'sessionId',
  'promptId',
  'dueDay',
  'status',
  'entryId',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof PromptTask)[];

/** Creates the sealed store of prompt tasks (shared with task planning). */
export const createPromptTaskStore = (context: StoreContext) =>
  createRecordStore<PromptTask>(context, 'promptTasks', [...promptTaskClearKeys]);

/** Prompts scheduled for a day and a session. */
export function createPromptTasksRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createPromptTaskStore(context);
  // Answering, skipping and snoozing carry the prompt schedule: load them on first use.
  let loaded: Promise<TaskActions> | undefined;
  const actions = () => {
    loaded ??= import('./promptTaskActions').then((m) =>
      m.createTaskActions(context, clock, store),
    );
    return loaded;
  };
  return {
    ...createEntityRepository(store, clock),
    /** Tasks of one session. */
    listBySession: (sessionId: string) => store.where('sessionId', sessionId),
    /** Tasks still due on or before a day, oldest first. */
    async listDueBy(day: DayString): Promise<PromptTask[]> {
      const due = await store.where('status', 'due');
      return due
        .filter((task) => task.dueDay <= day)
        .sort((a, b) => (a.dueDay < b.dueDay ? -1 : 1));
    },
    /**
     * Writes the answer as a journal entry, marks the task answered and discards the draft, all
     * in one transaction. Returns the entry's id.
     */
    answer: async (answer: PromptAnswer) => (await actions()).answer(answer),
    /** Skips a due task; returns it as it was, for undo. */
    skip: async (id: string) => (await actions()).skip(id),
    /** Moves a due task to tomorrow (never earlier); returns it as it was, for undo. */
    snooze: async (id: string) => (await actions()).snooze(id),
    /** Undoes a skip or snooze, unless the task was answered since. */
    restore: async (previous: PromptTask) => (await actions()).restore(previous),
  };
}

/** The prompt tasks repository's interface. */
export type PromptTasksRepository = ReturnType<typeof createPromptTasksRepository>;
