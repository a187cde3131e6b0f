import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db/useLiveQuery';
import { sessionMoods } from '../../domain/checkins';
import type { CheckIn, KapSession } from '../../domain/types';

const checkInHref = (session: KapSession, moment: 'before-session' | 'after-session') =>
  `/checkin?session=${encodeURIComponent(session.id)}&moment=${moment}`;

function Mood({ label, checkIn }: { label: string; checkIn: CheckIn | undefined }) {
  return (
    <p class="session-mood">
      {label}:{' '}
      {checkIn ? (
        <a href={`/checkin/${checkIn.id}`}>mood {checkIn.mood} of 10</a>
      ) : (
        <span class="muted">no check-in yet</span>
      )}
    </p>
  );
}

/** The mood before and after a session, with buttons to check in for either moment. */
export function SessionMoods({
  session,
  canCheckInAfter,
}: {
  session: KapSession;
  canCheckInAfter: boolean;
}): JSX.Element | null {
  const { repos } = useServices();
  const checkIns = useLiveQuery(
    () => repos.checkins.listBySession(session.id),
    [repos, session.id],
  );
  const { before, after } = sessionMoods(
    checkIns.status === 'ready' ? checkIns.value : [],
    session.id,
  );
  const cancelled = session.status === 'cancelled';
  if (cancelled && !before && !after) return null;
  return (
    <div class="session-moods">
      <h3>Mood</h3>
      <Mood label="Before" checkIn={before} />
      <Mood label="After" checkIn={after} />
      {cancelled ? null : (
        <div class="actions">
          <a class="button" href={checkInHref(session, 'before-session')}>
            Check in before
          </a>
          {canCheckInAfter ? (
            <a class="button" href={checkInHref(session, 'after-session')}>
              Check in after
            </a>
          ) : null}
        </div>
      )}
    </div>
  );
}
