import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ScreenProps } from '../../app/routes';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { toDay } from '../../domain/dates';
import { computePhase } from '../../domain/phase';
import type { KapSession } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { SessionMoods } from '../checkins/SessionMoods';
import { SessionCommitments } from '../commitments/SessionCommitments';
import { AddToCalendar } from '../reminders/AddToCalendar';
import { cancelSession } from './cancelSession';
import { IntegrationSection } from './IntegrationSection';
import { PreparationSection } from './PreparationSection';
import { QuickCapture } from './QuickCapture';
import { SessionRecord } from './SessionRecord';
import { deleteSession, replanSession } from './sessionActions';
import { isUnconfirmed, statusLabels } from './sessionGroups';
import { sessionName, sessionWhen } from './sessionLabels';
import { sessionPhaseText } from './sessionPhase';
import { UnconfirmedPrompt } from './UnconfirmedPrompt';
import { useSessions } from './useSessions';

/** One session: its preparation, what happened, the quick capture and its integration window. */
export function SessionScreen({ params }: ScreenProps): JSX.Element {
  const { result, list, numbers } = useSessions();
  const session = list.find((s) => s.id === params.id);
  if (result.status === 'loading') return <Screen title="Session" />;
  if (result.status === 'error') {
    return (
      <Screen title="Session">
        <p class="problem" role="alert">
          {toStorageProblem(result.error).message}
        </p>
      </Screen>
    );
  }
  if (!session) {
    return (
      <Screen title="Session not found">
        <EmptyState title="This session is not here">
          <p>
            It may have been deleted. Journal entries written around it are still in your journal.
          </p>
          <a class="button" href="/sessions">
            Back to sessions
          </a>
        </EmptyState>
      </Screen>
    );
  }
  return <SessionView session={session} list={list} number={numbers.get(session.id)} />;
}

function SessionView({
  session,
  list,
  number,
}: {
  session: KapSession;
  list: readonly KapSession[];
  number: number | undefined;
}): JSX.Element {
  const { repos, now } = useServices();
  const [captureOpen, setCaptureOpen] = useState(false);
  const at = now();
  const today = toDay(at);
  const phaseText = sessionPhaseText(session, computePhase(list, at), at);
  const canCapture = session.status !== 'cancelled' && session.day <= today;
  const unconfirmed = isUnconfirmed(session, today);

  return (
    <Screen
      title={sessionName(session, number)}
      lead={
        <>
          {sessionWhen(session)}{' '}
          <span class={`badge badge--${session.status}`}>{statusLabels[session.status]}</span>
        </>
      }
    >
      {phaseText ? <p class="phase-label">{phaseText}</p> : null}
      {unconfirmed ? <UnconfirmedPrompt session={session} number={number} /> : null}
      <div class="actions">
        {session.status === 'planned' && !unconfirmed ? (
          <a class="button button--primary" href={`/sessions/${session.id}/edit?complete=1`}>
            Mark as completed
          </a>
        ) : null}
        {canCapture && !captureOpen ? (
          <button
            type="button"
            class={`button${session.status === 'completed' && !session.afterCapture ? ' button--primary' : ''}`}
            onClick={() => setCaptureOpen(true)}
          >
            {session.afterCapture ? 'Change quick capture' : 'Quick capture'}
          </button>
        ) : null}
        <a class="button" href={`/sessions/${session.id}/edit`}>
          Edit
        </a>
        {session.status === 'planned' && !unconfirmed ? (
          <button type="button" class="button" onClick={() => void cancelSession(repos, session)}>
            Cancel session
          </button>
        ) : null}
        {session.status === 'cancelled' ? (
          <button type="button" class="button" onClick={() => void replanSession(repos, session)}>
            Plan it again
          </button>
        ) : null}
      </div>
      <PreparationSection session={session} />
      <section class="session-section" aria-labelledby="record-title">
        <h2 id="record-title">The session</h2>
        {session.status === 'completed' ? (
          <SessionRecord session={session} />
        ) : (
          <p class="muted">
            {session.status === 'cancelled'
              ? 'This session was cancelled.'
              : 'After the session, "Mark as completed" lets you note how it went.'}
          </p>
        )}
        {session.notes ? (
          <>
            <h3>Notes</h3>
            <p class="user-text" dir="auto">
              {session.notes}
            </p>
          </>
        ) : null}
        {canCapture ? (
          <QuickCapture session={session} open={captureOpen} onOpenChange={setCaptureOpen} />
        ) : null}
        <SessionMoods session={session} canCheckInAfter={canCapture} />
      </section>
      <IntegrationSection session={session} />
      <SessionCommitments session={session} />
      <AddToCalendar session={session} list={list} number={number} />
      <div class="actions actions--end">
        <button
          type="button"
          class="button button--danger"
          onClick={() => void deleteSession(repos, session)}
        >
          Delete session
        </button>
      </div>
    </Screen>
  );
}
