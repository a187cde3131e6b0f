import type { Commitment } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** The fields kept outside the sealed payload (indexes and session links). */
export const commitmentClearKeys = [
  'day',
  'sessionId',
  'entryId',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Commitment)[];

/** Commitments the client made, with queries by session and entry. */
export function createCommitmentsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<Commitment>(context, 'commitments', commitmentClearKeys);
  return {
    ...createEntityRepository(store, clock),
    /** Commitments linked to one session. */
    listBySession: (sessionId: string) => store.where('sessionId', sessionId),
    /** Commitments taken from one entry. */
    listByEntry: (entryId: string) => store.where('entryId', entryId),
  };
}

/** The commitments repository's interface. */
export type CommitmentsRepository = ReturnType<typeof createCommitmentsRepository>;
