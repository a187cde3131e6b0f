import type { KapSession } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** KAP sessions, with queries by date and status. */
export function createSessionsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<KapSession>(context, 'sessions', [
    'status',
    'startsAt',
    'day',
    'createdAt',
    'updatedAt',
  ]);
  return {
    ...createEntityRepository(store, clock),
    /** Every session, earliest first. */
    async listByDate(): Promise<KapSession[]> {
      const rows = await store.all();
      return rows.sort((a, b) => a.startsAt - b.startsAt);
    },
    /** Sessions with one status. */
    listByStatus: (status: KapSession['status']) => store.where('status', status),
  };
}

/** The sessions repository's interface. */
export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
