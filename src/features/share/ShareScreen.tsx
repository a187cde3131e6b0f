import type { JSX } from 'preact';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Share: build a summary for the therapist from exactly the items the client picks. */
export function ShareScreen(): JSX.Element {
  return (
    <Screen title="Share">
      <EmptyState title="Nothing to share yet">
        <p>
          Later you will be able to pick exactly what to share with your therapist and export it as
          a PDF, text or spreadsheet. Nothing leaves this phone unless you choose it.
        </p>
      </EmptyState>
    </Screen>
  );
}
