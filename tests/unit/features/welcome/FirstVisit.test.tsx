import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../../src/app/services';
import { storageNotice } from '../../../../src/app/storageNotice';

afterEach(() => {
  cleanup();
  storageNotice.set(undefined);
  history.replaceState(null, '', '/');
});

beforeEach(() => {
  // useWelcome keeps what it was told for the page: each test starts with a fresh page's modules.
  vi.resetModules();
});

/** Services whose meta.set is the given function; nothing else is reached by the welcome. */
function servicesWith(set: (key: string, value: unknown) => Promise<void>): Services {
  return { repos: { meta: { set } }, now: () => 0 } as unknown as Services;
}

/** A promise of the app's services, settled by the returned function. */
function pendingApp(): { app: Promise<Services | null>; start: (s: Services | null) => void } {
  let start: (s: Services | null) => void = () => undefined;
  const app = new Promise<Services | null>((resolve) => {
    start = resolve;
  });
  return { app, start };
}

describe('FirstVisit', () => {
  it("renders the welcome in the app's own frame: header, main, navigation, notices", async () => {
    const { FirstVisit } = await import('../../../../src/features/welcome/FirstVisit');
    const { container } = render(<FirstVisit app={pendingApp().app} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Waypoint');
    expect([...container.children].map((element) => element.tagName)).toEqual([
      'HEADER',
      'MAIN',
      'NAV',
      'DIV',
    ]);
    expect(screen.getByRole('link', { name: 'Get help' }).getAttribute('href')).toBe('/crisis');
    expect(container.querySelector('main')?.id).toBe('main');
  });

  it('goes where the person chose at once, and stores the answer once the app is running', async () => {
    const { FirstVisit } = await import('../../../../src/features/welcome/FirstVisit');
    const set = vi.fn(async () => undefined);
    const { app, start } = pendingApp();
    render(<FirstVisit app={app} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plan my next session' }));
    expect(location.pathname).toBe('/sessions/new');
    expect(set).not.toHaveBeenCalled();
    start(servicesWith(set));
    await vi.waitFor(() => expect(set).toHaveBeenCalledWith('firstRunDone', true));
  });

  it('tells Today the welcome is on screen, and that it was answered once it is', async () => {
    const { FirstVisit } = await import('../../../../src/features/welcome/FirstVisit');
    const { useWelcome } = await import('../../../../src/features/today/useWelcome');
    const { WelcomeScreen } = await import('../../../../src/features/welcome/WelcomeScreen');
    const { ServicesContext } = await import('../../../../src/app/services');
    const seen: unknown[] = [];
    const get = vi.fn(() => new Promise<never>(() => undefined));
    function Today() {
      seen.push(useWelcome()[0]);
      return null;
    }
    const services = { repos: { meta: { get } }, now: () => 0 } as unknown as Services;
    render(<FirstVisit app={pendingApp().app} />);
    render(
      <ServicesContext.Provider value={services}>
        <Today />
      </ServicesContext.Provider>,
    );
    // From its first render, without waiting for storage.
    expect(seen[0]).toBe(WelcomeScreen);
    cleanup();
    seen.length = 0;
    render(<FirstVisit app={pendingApp().app} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    cleanup();
    render(
      <ServicesContext.Provider value={services}>
        <Today />
      </ServicesContext.Provider>,
    );
    expect(seen[0]).toBeNull();
  });

  it('shows a storage problem in plain words when the answer cannot be stored', async () => {
    const { FirstVisit } = await import('../../../../src/features/welcome/FirstVisit');
    const { storageNotice: notice } = await import('../../../../src/app/storageNotice');
    const full = new DOMException('The disk is full', 'QuotaExceededError');
    const { app, start } = pendingApp();
    render(<FirstVisit app={app} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    start(servicesWith(async () => Promise.reject(full)));
    await vi.waitFor(() => expect(notice.get()).toMatch(/full|space/i));
  });
});
