import type { JSX } from 'preact';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Sessions: plan, prepare for and record each ketamine session. */
export function SessionsScreen(): JSX.Element {
  return (
    <Screen title="Sessions">
      <EmptyState title="No sessions yet">
        <p>
          Here you will plan each ketamine session, set your intentions, and note how it went. This
          part of Waypoint is still being built; nothing is missing from your data.
        </p>
      </EmptyState>
    </Screen>
  );
}
