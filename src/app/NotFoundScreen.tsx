import type { JSX } from 'preact';
import { Screen } from '../ui/Screen';

/** Shown for a link that leads nowhere. */
export function NotFoundScreen(): JSX.Element {
  return (
    <Screen title="Page not found">
      <p>There is nothing at this address.</p>
      <a class="button button--primary" href="/">
        Go to Today
      </a>
    </Screen>
  );
}
