import type { CheckIn, DayString } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** The fields kept outside the sealed payload (indexes and session links). */
export const checkinClearKeys = [
  'at',
  'day',
  'createdAt',
  'updatedAt',
  'sessionId',
  'sessionLink',
] as const satisfies readonly (keyof CheckIn)[];

/** Mood check-ins, with queries by session and day. */
export function createCheckinsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<CheckIn>(context, 'checkins', checkinClearKeys);
  return {
    ...createEntityRepository(store, clock),
    /** Check-ins linked to one session. */
    listBySession: (sessionId: string) => store.where('sessionId', sessionId),
    /** The newest check-ins by their moment, newest first. */
    newest: (limit: number) => store.newest('at', limit),
    /** Check-ins between two days, both included. */
    listBetweenDays: (from: DayString, to: DayString) => store.between('day', from, to),
  };
}

/** The check-ins repository's interface. */
export type CheckinsRepository = ReturnType<typeof createCheckinsRepository>;
