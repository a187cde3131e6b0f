// What the session screen does to a session besides editing it: plan again, delete (with an
// undo), and tick a checklist item. Problems are shown app-wide in plain words. Cancelling
// lives in cancelSession.ts because Today needs it too.
import { navigate } from '../../app/router';
import { storageNotice } from '../../app/storageNotice';
import { showToast } from '../../app/toast';
import { offerUndo } from '../../app/undo';
import { toStorageProblem } from '../../db/errors';
import type { Repositories } from '../../db/repositories';
import type { KapSession } from '../../domain/types';

const report = (error: unknown) => storageNotice.set(toStorageProblem(error).message);

/** Plans a cancelled session again. */
export async function replanSession(repos: Repositories, session: KapSession): Promise<void> {
  try {
    await repos.sessions.update(session.id, { status: 'planned' });
    showToast('Session planned again.');
  } catch (error) {
    report(error);
  }
}

/** Deletes a session (its journal stays, re-linked) and goes to the list; the toast can undo. */
export async function deleteSession(repos: Repositories, session: KapSession): Promise<void> {
  try {
    const deletion = await repos.sessions.remove(session.id);
    navigate('/sessions', { replace: true });
    if (!deletion) return;
    offerUndo('Session deleted. Your journal entries are kept.', 'Session restored.', () =>
      repos.sessions.undoRemove(deletion),
    );
  } catch (error) {
    report(error);
  }
}

let checklistQueue: Promise<void> = Promise.resolve();

/** Ticks or unticks one checklist item; taps are applied in order, each on the latest record. */
export function setChecklistItem(
  repos: Repositories,
  sessionId: string,
  itemId: string,
  done: boolean,
): Promise<void> {
  const run = async () => {
    const fresh = await repos.sessions.get(sessionId);
    if (!fresh) return;
    const checklist = fresh.checklist.map((item) =>
      item.id === itemId ? { ...item, done } : item,
    );
    await repos.sessions.update(sessionId, { checklist });
  };
  const next = checklistQueue.then(run).catch(report);
  checklistQueue = next;
  return next;
}
