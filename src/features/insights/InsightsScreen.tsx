import type { JSX } from 'preact';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Insights: mood and questionnaire results over time, with every session marked. */
export function InsightsScreen(): JSX.Element {
  return (
    <Screen title="Insights">
      <EmptyState title="Nothing to show yet">
        <p>
          Once you check in, this screen will show how your mood moves around each session. It is
          calculated on this phone and never sent anywhere.
        </p>
      </EmptyState>
    </Screen>
  );
}
