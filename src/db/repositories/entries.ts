import type { DayString, JournalEntry } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** The fields kept outside the sealed payload (indexes and session links). */
export const entryClearKeys = [
  'day',
  'createdAt',
  'updatedAt',
  'sessionId',
  'sessionLink',
  'promptId',
] as const satisfies readonly (keyof JournalEntry)[];

/** Journal entries, with queries by session and day. */
export function createEntriesRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<JournalEntry>(context, 'entries', entryClearKeys);
  return {
    ...createEntityRepository(store, clock),
    /** Entries linked to one session. */
    listBySession: (sessionId: string) => store.where('sessionId', sessionId),
    /** The newest entries by creation time, newest first. */
    newest: (limit: number) => store.newest('createdAt', limit),
    /** Entries written between two days, both included. */
    listBetweenDays: (from: DayString, to: DayString) => store.between('day', from, to),
  };
}

/** The entries repository's interface. */
export type EntriesRepository = ReturnType<typeof createEntriesRepository>;
