// The "Session" choice shared by every form that links a record to a session: automatic (the
// session of the record's phase), a session chosen by hand, or none.
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SessionsRepository } from '../../db/repositories/sessions';
import { numberSessions, sessionForMoment } from '../../domain/phase';
import type { KapSession, SessionLink } from '../../domain/types';
import { sessionLabel } from './sessionLabels';

/**
 * The options of a session select: automatic, each session, and "not linked". The form around
 * it renders on every keystroke and on save, with `at` moving with the clock: the numbered,
 * dated labels of years of sessions are worked out once per list of sessions, not each time.
 */
export function SessionLinkOptions({
  sessions,
  at,
}: {
  sessions: readonly KapSession[];
  at: number;
}): JSX.Element {
  const numbers = useMemo(() => numberSessions(sessions), [sessions]);
  const options = useMemo(
    () =>
      sessions.map((session) => (
        <option key={session.id} value={session.id}>
          {sessionLabel(session, numbers.get(session.id))}
        </option>
      )),
    [sessions, numbers],
  );
  // Once, not once a session: working out the session of a moment reads the whole list.
  const autoId = sessionForMoment(sessions, at);
  const auto = sessions.find((s) => s.id === autoId);
  return (
    <>
      <option value="auto">
        {auto
          ? `Automatic: ${sessionLabel(auto, numbers.get(auto.id))}`
          : 'Automatic (no session yet)'}
      </option>
      {options}
      <option value="none">Not linked to a session</option>
    </>
  );
}

/** The link a session choice ('auto', 'none' or a session id) means for a record made at `at`. */
export async function resolveSessionLink(
  choice: string,
  at: number,
  sessions: Pick<SessionsRepository, 'linkFor'>,
): Promise<{ sessionId: string | undefined; sessionLink: SessionLink }> {
  if (choice === 'auto') return { sessionId: await sessions.linkFor(at), sessionLink: 'auto' };
  return { sessionId: choice === 'none' ? undefined : choice, sessionLink: 'manual' };
}

/**
 * What a session choice means for a record saved at `at`: a link chosen by hand as it is, or,
 * for 'auto', the moment the save itself links by (PutOptions.linkAt), in its own transaction.
 */
export function sessionLinkChoice(
  choice: string,
  at: number,
): {
  readonly link: { readonly sessionId: string | undefined; readonly sessionLink: SessionLink };
  readonly linkAt?: number;
} {
  if (choice === 'auto') return { link: { sessionId: undefined, sessionLink: 'auto' }, linkAt: at };
  return { link: { sessionId: choice === 'none' ? undefined : choice, sessionLink: 'manual' } };
}
