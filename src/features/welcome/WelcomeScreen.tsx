import type { JSX } from 'preact';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { toStorageProblem } from '../../db/errors';
import { Screen } from '../../ui/Screen';
import type { WelcomeProps } from '../today/useWelcome';

/** The first-run welcome: what Waypoint is, that it stays private, and where to begin. */
export function WelcomeScreen({ onSkip }: WelcomeProps): JSX.Element {
  const { repos } = useServices();

  async function finish(path?: string): Promise<void> {
    try {
      await repos.meta.set('firstRunDone', true);
    } catch (error) {
      storageNotice.set(toStorageProblem(error).message);
    }
    if (path) navigate(path);
    else onSkip();
  }

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
          onClick={() => void finish('/sessions/new')}
        >
          Plan my next session
        </button>
        <button type="button" class="button" onClick={() => void finish('/sessions/new?past=1')}>
          Log a past session
        </button>
        <button type="button" class="button" onClick={() => void finish('/settings/lock')}>
          Set a passcode lock
        </button>
        <button type="button" class="button button--quiet" onClick={() => void finish()}>
          Skip for now
        </button>
      </div>
    </Screen>
  );
}
