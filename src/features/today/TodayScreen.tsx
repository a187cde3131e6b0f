import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { installOption } from '../../pwa/install';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { useObservable } from '../../ui/useObservable';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});

/** Today: where the client is in their KAP course and what is due. */
export function TodayScreen(): JSX.Element {
  const { now } = useServices();
  const install = useObservable(installOption);
  return (
    <Screen title="Today" lead={dayFormat.format(now())}>
      <EmptyState title="Nothing planned yet">
        <p>
          Waypoint follows your ketamine-assisted therapy: preparing for each session, the session
          itself, and the days of integration after it. Planning sessions arrives in the next
          update.
        </p>
        <a class="button button--primary" href="/sessions">
          Go to sessions
        </a>
      </EmptyState>
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
