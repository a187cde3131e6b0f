import type { JSX } from 'preact';
import { Icon } from '../ui/icons';
import type { NavKey } from './routes';

const items: readonly { key: NavKey; href: string; label: string }[] = [
  { key: 'today', href: '/', label: 'Today' },
  { key: 'sessions', href: '/sessions', label: 'Sessions' },
  { key: 'journal', href: '/journal', label: 'Journal' },
  { key: 'insights', href: '/insights', label: 'Insights' },
  { key: 'share', href: '/share', label: 'Share' },
  { key: 'settings', href: '/settings', label: 'Settings' },
];

/** The main navigation: a bottom bar on phones, a side bar on wide screens. */
export function Navigation({ current }: { current: NavKey | undefined }): JSX.Element {
  return (
    <nav class="app-nav" aria-label="Main">
      <ul class="app-nav__list">
        {items.map((item) => (
          <li key={item.key}>
            <a
              class="app-nav__link"
              href={item.href}
              aria-current={item.key === current ? 'page' : undefined}
            >
              <Icon name={item.key} />
              <span>{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
