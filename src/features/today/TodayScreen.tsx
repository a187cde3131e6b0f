// Today is on the first-load path: keep it small (no date library; Intl and domain/dates only).
import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { toDay } from '../../domain/dates';
import { computePhase, numberSessions, unconfirmedSessions } from '../../domain/phase';
import { installOption } from '../../pwa/install';
import { lazyDateFormat } from '../../ui/lazyDateFormat';
import { Screen } from '../../ui/Screen';
import { useObservable } from '../../ui/useObservable';
import { DueSlot } from './DueSlot';
import { NudgeSlot } from './NudgeSlot';
import { PhaseCard } from './PhaseCard';
import { UnconfirmedPrompts } from './UnconfirmedPrompts';
import { useWelcome } from './useWelcome';

const formatDay = lazyDateFormat({
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});

/** Today: the welcome on first run, then where the client is in their KAP course. */
export function TodayScreen(): JSX.Element | null {
  const [Welcome, chooseInWelcome] = useWelcome();
  if (Welcome === undefined) return null;
  if (Welcome) return <Welcome onChoose={chooseInWelcome} />;
  return <TodayOverview />;
}

/** The phase, sessions waiting for an answer, what is due, and the next things to do. */
function TodayOverview(): JSX.Element {
  const { repos, now } = useServices();
  const install = useObservable(installOption);
  const sessions = useLiveQuery(() => repos.sessions.listByDate(), [repos]);
  const at = now();
  const list = sessions.status === 'ready' ? sessions.value : [];
  const numbers = numberSessions(list);
  const today = toDay(at);
  const planned = list.some((s) => s.status === 'planned' && s.day >= today);
  // Nothing below the title until the sessions are read (a few milliseconds): the phase card
  // and unanswered sessions go above the actions, and drawing the actions first would make
  // them jump down (layout shift) the moment the card arrives.
  if (sessions.status === 'loading') return <Screen title="Today" lead={formatDay(at)} />;
  return (
    <Screen title="Today" lead={formatDay(at)}>
      {sessions.status === 'ready' ? <PhaseCard phase={computePhase(list, at)} /> : null}
      {sessions.status === 'error' ? (
        <p class="problem" role="alert">
          {toStorageProblem(sessions.error).message}
        </p>
      ) : null}
      <UnconfirmedPrompts sessions={unconfirmedSessions(list, at)} numbers={numbers} />
      <div class="actions">
        <a class="button button--primary" href="/checkin">
          Check in
        </a>
        <a class="button" href="/journal/new">
          New entry
        </a>
        {sessions.status === 'ready' && !planned ? (
          <a class="button" href="/sessions/new">
            Plan a session
          </a>
        ) : null}
      </div>
      {sessions.status === 'ready' ? <DueSlot sessions={list} /> : null}
      <NudgeSlot />
      {install === 'prompt' || install === 'ios-guide' ? (
        <section class="card">
          <h2>Use Waypoint offline</h2>
          <p>Install Waypoint on your home screen so it opens like an app, even with no signal.</p>
          <a class="button" href="/settings#install">
            How to install
          </a>
        </section>
      ) : null}
    </Screen>
  );
}
