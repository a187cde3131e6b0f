import type { JSX } from 'preact';
import { routeLabels } from '../../domain/labels';
import type { KapSession } from '../../domain/types';
import { statusLabels } from './sessionGroups';
import { sessionName, sessionWhen } from './sessionLabels';
import { ConfirmActions } from './UnconfirmedPrompt';

/** One session in the list: number, date, status and route, and the question when overdue. */
export function SessionListItem({
  session,
  number,
  unconfirmed,
}: {
  session: KapSession;
  number: number | undefined;
  unconfirmed: boolean;
}): JSX.Element {
  return (
    <li class={`session-item session-item--${session.status}`}>
      <a class="session-item__link" href={`/sessions/${session.id}`}>
        <span class="session-item__title">{sessionName(session, number)}</span>
        <span class="session-item__when">{sessionWhen(session)}</span>
        <span class="session-item__meta">
          <span class={`badge badge--${session.status}`}>{statusLabels[session.status]}</span>
          {session.route ? <span class="tag">{routeLabels[session.route]}</span> : null}
        </span>
      </a>
      {unconfirmed ? (
        <div class="session-item__confirm">
          <p class="session-item__question">Did this session happen?</p>
          <ConfirmActions session={session} />
        </div>
      ) : null}
    </li>
  );
}
