import type { DayString, JournalEntry } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** Journal entries, with queries by session and day. */
export function createEntriesRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<JournalEntry>(context, 'entries', [
    'day',
    'createdAt',
    'updatedAt',
    'sessionId',
    'sessionLink',
    'promptId',
  ]);
  return {
    ...createEntityRepository(store, clock),
    /** Entries linked to one session. */
    listBySession: (sessionId: string) => store.where('sessionId', sessionId),
    /** Entries written between two days, both included. */
    listBetweenDays: (from: DayString, to: DayString) => store.between('day', from, to),
  };
}

/** The entries repository's interface. */
export type EntriesRepository = ReturnType<typeof createEntriesRepository>;
