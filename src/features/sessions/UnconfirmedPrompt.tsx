import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import type { KapSession } from '../../domain/types';
import { cancelSession } from './cancelSession';
import { sessionLabel } from './sessionLabels';

/** The two answers to "Did this session happen?": log it, or mark it cancelled. */
export function ConfirmActions({ session }: { session: KapSession }): JSX.Element {
  const { repos } = useServices();
  return (
    <div class="actions">
      <a class="button button--primary" href={`/sessions/${session.id}/edit?complete=1`}>
        Yes, log it
      </a>
      <button type="button" class="button" onClick={() => void cancelSession(repos, session)}>
        No, it was cancelled
      </button>
    </div>
  );
}

/** "Did this session happen?" for a planned session whose day has passed. */
export function UnconfirmedPrompt({
  session,
  number,
}: {
  session: KapSession;
  number: number | undefined;
}): JSX.Element {
  return (
    <section class="card card--notice confirm-prompt">
      <h2 class="confirm-prompt__title">Did this session happen?</h2>
      <p>{sessionLabel(session, number)} was planned and has not been marked yet.</p>
      <ConfirmActions session={session} />
    </section>
  );
}
