import type { JSX } from 'preact';
import { Screen } from '../../ui/Screen';
import { CrisisResourceList, useCrisisResources } from './CrisisResourceList';

/**
 * Crisis resources. Works with no database at all (the defaults show even when storage fails
 * or the journal is locked), because someone in crisis must always reach help.
 */
export function CrisisScreen(): JSX.Element {
  const resources = useCrisisResources();
  return (
    <Screen
      title="Get help now"
      lead="If you might act on thoughts of harming yourself, or you are in danger, call your local emergency number now."
    >
      <p>
        <strong>No one monitors Waypoint.</strong> Not the app makers and not your clinic: what you
        write here is not seen by anyone, so reach out to a person directly.
      </p>
      <CrisisResourceList resources={resources} />
      <p class="link-row">
        <a href="/settings/crisis">Edit this list</a>
      </p>
    </Screen>
  );
}
