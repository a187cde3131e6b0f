// Session writes: the session row, the re-linking of records (sessionLinks.ts) and the
// re-planning of prompt tasks (taskPlanning.ts) in ONE transaction per save or delete, so a
// session is never seen with old links or the tasks of its old date. Loaded lazily, on the
// first write: first paint never needs it. Sealing happens before the transaction.
import type { SessionTiming } from '../../domain/phase';
import type { KapSession } from '../../domain/types';
import { withReconnect } from '../database';
import type { RecordStore, StoreContext } from '../recordStore';
import type { RepositoryClock } from './entityRepository';
import { createSessionLinks, type SessionDeletion } from './sessionLinks';
import { createTaskPlanning, type TaskChanges } from './taskPlanning';

/** What undoing a session delete needs: the links and the prompt tasks it changed. */
export interface SessionRemoval extends SessionDeletion {
  readonly tasks?: TaskChanges;
}

/** The writes of the sessions repository. */
export function createSessionWrites(
  context: StoreContext,
  clock: RepositoryClock,
  store: RecordStore<KapSession>,
) {
  const { db } = context;
  const links = createSessionLinks(db);
  const planning = createTaskPlanning(context, clock, () => store.all());
  // Every table a session write touches; the re-linking transaction nests inside this one.
  const tables = () => [
    db.sessions,
    db.entries,
    db.checkins,
    db.assessments,
    db.commitments,
    db.promptTasks,
    db.drafts,
  ];

  return {
    links,
    /** Writes a session; with `discardDraft`, removes that draft in the same transaction. */
    async save(session: KapSession, discardDraft?: string): Promise<void> {
      const row = await store.toRow(session);
      const prepared = await planning.prepare(session);
      await withReconnect(db, () =>
        db.transaction('rw', tables(), async () => {
          const before = (await db.sessions.get(session.id)) as SessionTiming | undefined;
          await links.putAndRelink(row, discardDraft);
          await planning.apply(prepared, session.id, before);
        }),
      );
    },
    /** Deletes a session: records re-linked, due tasks removed. Returns what undo needs. */
    async remove(id: string): Promise<SessionRemoval | undefined> {
      const prepared = await planning.prepare(undefined, id);
      return withReconnect(db, () =>
        db.transaction('rw', tables(), async () => {
          const before = (await db.sessions.get(id)) as SessionTiming | undefined;
          const deletion = await links.removeAndRelink(id);
          if (!deletion) return undefined;
          const tasks = await planning.apply(prepared, undefined, before);
          return { ...deletion, tasks };
        }),
      );
    },
    /** Undoes a delete: the session, every record's link and its prompt tasks. */
    async undoRemove(removal: SessionRemoval): Promise<void> {
      await withReconnect(db, () =>
        db.transaction('rw', tables(), async () => {
          await links.undoRemove(removal);
          if (removal.tasks) await planning.undo(removal.tasks);
        }),
      );
    },
  };
}

/** The session writes' interface. */
export type SessionWrites = ReturnType<typeof createSessionWrites>;
