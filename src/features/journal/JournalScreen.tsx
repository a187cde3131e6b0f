import type { JSX } from 'preact';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Journal: every entry, grouped under the session it belongs to. */
export function JournalScreen(): JSX.Element {
  return (
    <Screen title="Journal">
      <EmptyState title="No entries yet">
        <p>
          Your journal will hold what you write before and after each session, kept only on this
          phone. Writing entries is still being built.
        </p>
      </EmptyState>
    </Screen>
  );
}
