import type { JSX } from 'preact';
import { Icon } from '../ui/icons';

/** The header every screen starts with: the app's name and the crisis link, one tap away. */
export function AppHeader(): JSX.Element {
  return (
    <header class="app-header">
      <a class="app-header__title" href="/">
        Waypoint
      </a>
      <a class="help-link" href="/crisis">
        <Icon name="help" />
        Get help
      </a>
    </header>
  );
}
