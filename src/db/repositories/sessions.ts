import type { KapSession } from '../../domain/types';
import { createRecordStore, type PutOptions, type StoreContext } from '../recordStore';
import {
  createEntityRepository,
  type NewRecord,
  RecordNotFoundError,
  type RecordPatch,
  type RepositoryClock,
} from './entityRepository';
import type { SessionDeletion, SessionLinks } from './sessionLinks';

/** KAP sessions. Every change re-links journal records in the same transaction. */
export function createSessionsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<KapSession>(context, 'sessions', [
    'status',
    'startsAt',
    'day',
    'createdAt',
    'updatedAt',
  ]);
  const base = createEntityRepository(store, clock);
  // Re-linking is only needed when something is written: load it then, not on first paint.
  let links: Promise<SessionLinks> | undefined;
  const loadLinks = () => {
    links ??= import('./sessionLinks').then((m) => m.createSessionLinks(context.db));
    return links;
  };

  async function save(session: KapSession, options: PutOptions = {}): Promise<KapSession> {
    const row = await store.toRow(session);
    await (await loadLinks()).putAndRelink(row, options.discardDraft);
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
    /** Deletes a session; its records stay and are re-linked. Returns what undo needs. */
    remove: async (id: string): Promise<SessionDeletion | undefined> =>
      (await loadLinks()).removeAndRelink(id),
    /** Undoes a delete, restoring the session and every record's link. */
    undoRemove: async (deletion: SessionDeletion) => (await loadLinks()).undoRemove(deletion),
    /** The session a record made at `at` belongs to by the phase rule. */
    linkFor: async (at: number) => (await loadLinks()).linkFor(at),
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
