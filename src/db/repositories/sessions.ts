import type { KapSession } from '../../domain/types';
import { createRecordStore, type PutOptions, type StoreContext } from '../recordStore';
import {
  createEntityRepository,
  type NewRecord,
  RecordNotFoundError,
  type RecordPatch,
  type RepositoryClock,
} from './entityRepository';
import type { SessionRemoval, SessionWrites } from './sessionWrites';

/** The fields kept outside the sealed payload (indexes, and the timing re-linking reads). */
export const sessionClearKeys = [
  'status',
  'startsAt',
  'day',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof KapSession)[];

/**
 * KAP sessions. Every change re-links journal records and re-plans prompt tasks in the same
 * transaction as the session write (sessionWrites.ts).
 */
export function createSessionsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<KapSession>(context, 'sessions', sessionClearKeys);
  const base = createEntityRepository(store, clock);
  // Re-linking and planning are only needed when something is written: load them then.
  let writes: Promise<SessionWrites> | undefined;
  const load = () => {
    writes ??= import('./sessionWrites').then((m) => m.createSessionWrites(context, clock, store));
    return writes;
  };

  async function save(session: KapSession, options: PutOptions = {}): Promise<KapSession> {
    await (await load()).save(session, options.discardDraft);
    context.afterSave?.();
    return session;
  }

  return {
    get: base.get,
    all: base.all,
    count: base.count,
    /** Plans or logs a session. */
    async create(fields: NewRecord<KapSession>, options?: PutOptions): Promise<KapSession> {
      const now = clock.now();
      const id = fields.id ?? clock.newId();
      return save({ ...fields, id, createdAt: now, updatedAt: now }, options);
    },
    /** Changes a session (date, status, record of what happened). */
    async update(
      id: string,
      patch: RecordPatch<KapSession>,
      options?: PutOptions,
    ): Promise<KapSession> {
      const existing = await store.get(id);
      if (!existing) throw new RecordNotFoundError(`No session ${id}`);
      const updatedAt = Math.max(clock.now(), existing.updatedAt + 1);
      return save({ ...existing, ...patch, id, updatedAt }, options);
    },
    /** Writes a session exactly as given (restores). */
    put: (session: KapSession, options?: PutOptions) => save(session, options),
    /**
     * Deletes a session; its records stay and are re-linked, its due prompt tasks go (answered
     * ones stay). Returns what undo needs.
     */
    remove: async (id: string): Promise<SessionRemoval | undefined> => (await load()).remove(id),
    /** Undoes a delete, restoring the session, every record's link and its prompt tasks. */
    undoRemove: async (removal: SessionRemoval) => (await load()).undoRemove(removal),
    /** The session a record made at `at` belongs to by the phase rule. */
    linkFor: async (at: number) => (await load()).links.linkFor(at),
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
