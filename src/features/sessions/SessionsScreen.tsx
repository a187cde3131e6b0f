import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { toDay } from '../../domain/dates';
import type { KapSession } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { SessionListItem } from './SessionListItem';
import { groupSessions, isUnconfirmed } from './sessionGroups';
import { useSessions } from './useSessions';

/** Sessions: planned ones first, then completed (newest first), cancelled ones folded away. */
export function SessionsScreen(): JSX.Element {
  const { repos, now } = useServices();
  const { result, list, numbers } = useSessions();
  const draft = useLiveQuery(() => repos.drafts.get('session:new'), [repos]);
  const today = toDay(now());
  const groups = groupSessions(list);
  const items = (sessions: readonly KapSession[]) => (
    <ul class="session-list">
      {sessions.map((session) => (
        <SessionListItem
          key={session.id}
          session={session}
          number={numbers.get(session.id)}
          unconfirmed={isUnconfirmed(session, today)}
        />
      ))}
    </ul>
  );

  return (
    <Screen title="Sessions">
      <div class="actions">
        <a class="button button--primary" href="/sessions/new">
          New session
        </a>
      </div>
      {draft.status === 'ready' && draft.value ? (
        <p class="card card--notice">
          You have a session you had not saved yet. <a href="/sessions/new">Continue with it</a>
        </p>
      ) : null}
      {result.status === 'error' ? (
        <p class="problem" role="alert">
          {toStorageProblem(result.error).message}
        </p>
      ) : null}
      {result.status === 'ready' && list.length === 0 ? (
        <EmptyState title="No sessions yet">
          <p>
            Plan your next ketamine session to get ready for it, or log one that already happened.
            Each session keeps your intentions, how it went, and what you write in the days after.
          </p>
          <a class="button" href="/sessions/new?past=1">
            Log a past session
          </a>
        </EmptyState>
      ) : null}
      {groups.planned.length ? (
        <section aria-labelledby="planned-title">
          <h2 id="planned-title">Planned</h2>
          {items(groups.planned)}
        </section>
      ) : null}
      {groups.completed.length ? (
        <section aria-labelledby="completed-title">
          <h2 id="completed-title">Completed</h2>
          {items(groups.completed)}
        </section>
      ) : null}
      {groups.cancelled.length ? (
        <details class="session-cancelled">
          <summary>Cancelled ({groups.cancelled.length})</summary>
          {items(groups.cancelled)}
        </details>
      ) : null}
    </Screen>
  );
}
