// Cancelling a session, with an undo. Kept apart from the other session actions because the
// "Did this session happen?" prompt (on Today too) needs only this one.
import { storageNotice } from '../../app/storageNotice';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import type { Repositories } from '../../db/repositories';
import type { KapSession, SessionStatus } from '../../domain/types';

const report = (error: unknown) => storageNotice.set(toStorageProblem(error).message);

const setStatus = (repos: Repositories, id: string, status: SessionStatus) =>
  repos.sessions.update(id, { status });

/** Marks a session cancelled; the toast offers to undo. */
export async function cancelSession(repos: Repositories, session: KapSession): Promise<void> {
  try {
    await setStatus(repos, session.id, 'cancelled');
    showToast('Session marked as cancelled.', {
      label: 'Undo',
      run: () => setStatus(repos, session.id, session.status).then(() => undefined, report),
    });
  } catch (error) {
    report(error);
  }
}
