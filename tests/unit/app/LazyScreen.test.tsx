// Screens load on demand; a screen preloaded (behind the lock screen) renders at once.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { LazyScreen, preloadScreen } from '../../../src/app/LazyScreen';
import type { RouteDefinition } from '../../../src/app/routes';

afterEach(cleanup);

function route(title: string): RouteDefinition & { load: ReturnType<typeof vi.fn> } {
  return {
    paths: [],
    nav: undefined,
    load: vi.fn(async () => () => <h1>{title}</h1>),
  };
}

it('renders a preloaded screen on its first render, loading it only once', async () => {
  const journal = route('Journal');
  preloadScreen(journal);
  preloadScreen(journal);
  await waitFor(() => expect(journal.load).toHaveBeenCalledTimes(1));
  await Promise.resolve();
  render(<LazyScreen route={journal} params={{}} />);
  // No wait: the component is already there.
  expect(screen.getByRole('heading', { name: 'Journal' })).toBeTruthy();
  expect(journal.load).toHaveBeenCalledTimes(1);
});

it('loads a screen that was not preloaded when it is shown', async () => {
  const sessions = route('Sessions');
  render(<LazyScreen route={sessions} params={{}} />);
  expect(screen.queryByRole('heading')).toBeNull();
  await screen.findByRole('heading', { name: 'Sessions' });
});

it('a failed preload leaves the screen to load (and explain) when shown', async () => {
  const broken: RouteDefinition = {
    paths: [],
    nav: undefined,
    load: () => Promise.reject(new Error('offline')),
  };
  preloadScreen(broken);
  render(<LazyScreen route={broken} params={{}} />);
  await screen.findByRole('heading', { name: 'This screen could not open' });
});

it('renders a screen bundled with the shell on its first render, without loading it', () => {
  const today: RouteDefinition & { load: ReturnType<typeof vi.fn> } = {
    ...route('Loaded'),
    bundled: () => <h1>Today</h1>,
  };
  render(<LazyScreen route={today} params={{}} />);
  expect(screen.getByRole('heading', { name: 'Today' })).toBeTruthy();
  expect(today.load).not.toHaveBeenCalled();
});
