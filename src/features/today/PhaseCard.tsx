import type { JSX } from 'preact';
import type { Phase } from '../../domain/phase';
import { lazyDateFormat } from '../../ui/lazyDateFormat';
import { inDaysText, phaseHeadline } from '../sessions/phaseText';

// Own formats rather than sessionLabels: that shared chunk would be one more first-load script.
const formatTime = lazyDateFormat({ hour: 'numeric', minute: '2-digit' });
const formatWhen = lazyDateFormat({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** Where the client stands in their course, with the next planned session when there is one. */
export function PhaseCard({ phase }: { phase: Phase }): JSX.Element {
  return (
    <section class="card phase-card" aria-labelledby="phase-title">
      <h2 class="phase-card__title" id="phase-title">
        {phaseHeadline(phase)}
      </h2>
      {phase.kind === 'none' ? (
        <p>
          Waypoint follows your ketamine-assisted therapy: getting ready for each session, the
          session day, and the days of integration after it.
        </p>
      ) : null}
      {phase.kind === 'session-day' ? (
        <p>
          At {formatTime(phase.session.startsAt)} ·{' '}
          <a href={`/sessions/${phase.session.id}`}>Open today's session</a>
        </p>
      ) : null}
      {phase.kind === 'integration' ? (
        <p>
          <a href={`/sessions/${phase.session.id}`}>Look back at session {phase.number}</a>
        </p>
      ) : null}
      {phase.kind === 'preparation' ? (
        <p>
          {formatWhen(phase.next.session.startsAt)} ·{' '}
          <a href={`/sessions/${phase.next.session.id}`}>Your preparation</a>
        </p>
      ) : null}
      {phase.kind === 'integration' && phase.next ? (
        <p>
          Next:{' '}
          <a href={`/sessions/${phase.next.session.id}`}>
            Session {phase.next.number} · {formatWhen(phase.next.session.startsAt)}
          </a>{' '}
          ({inDaysText(phase.next.inDays)})
        </p>
      ) : null}
    </section>
  );
}
