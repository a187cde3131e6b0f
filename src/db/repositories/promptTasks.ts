import type { DayString, PromptTask } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** Prompts scheduled for a day and a session. */
export function createPromptTasksRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<PromptTask>(context, 'promptTasks', [
    'sessionId',
    'promptId',
    'dueDay',
    'status',
    'entryId',
    'createdAt',
    'updatedAt',
  ]);
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
  };
}

/** The prompt tasks repository's interface. */
export type PromptTasksRepository = ReturnType<typeof createPromptTasksRepository>;
