import type { JSX } from 'preact';
import { Screen } from '../../ui/Screen';
import type { WelcomeProps } from '../today/useWelcome';

/** The first-run welcome: what Waypoint is, that it stays private, and where to begin. */
export function WelcomeScreen({ onChoose }: WelcomeProps): JSX.Element {
  return (
    <Screen title="Welcome to Waypoint">
      <p class="welcome__lead">
        A companion for ketamine-assisted therapy: get ready for each session, note how it went, and
        give the days after it some room.
      </p>
      <ul class="welcome__points">
        <li>Everything stays on this phone. There is no account, and nothing is sent anywhere.</li>
        <li>
          No one monitors it: not the people who made Waypoint, not your clinic. If you need help,
          "Get help" at the top works any time, even offline.
        </li>
        <li>
          If others may pick up this phone, you can lock Waypoint with a passcode, now or later in
          Settings. It is optional.
        </li>
      </ul>
      <div class="actions actions--stack">
        <button
          type="button"
          class="button button--primary"
          onClick={() => onChoose('/sessions/new')}
        >
          Plan my next session
        </button>
        <button type="button" class="button" onClick={() => onChoose('/sessions/new?past=1')}>
          Log a past session
        </button>
        <button type="button" class="button" onClick={() => onChoose('/settings/lock')}>
          Set a passcode lock
        </button>
        <button type="button" class="button button--quiet" onClick={() => onChoose()}>
          Skip for now
        </button>
      </div>
    </Screen>
  );
}
