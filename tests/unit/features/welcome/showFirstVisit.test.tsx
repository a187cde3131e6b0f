import { cleanup } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../../src/app/services';
import {
  afterWelcomeShown,
  keepFocusAcross,
  showFirstVisit,
} from '../../../../src/features/welcome/showFirstVisit';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The same three controls in a `Frame` element: another frame means new DOM nodes. */
function Controls({ frame: Frame }: { frame: 'div' | 'section' }) {
  return (
    <Frame>
      <a href="/">Home</a>
      <button type="button">One</button>
      <button type="button">Two</button>
    </Frame>
  );
}

describe('keepFocusAcross', () => {
  it('gives focus back to the control at the same place after the render replaced it', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Controls frame="div" />, root);
    root.querySelectorAll('button')[1]?.focus();
    keepFocusAcross(root, () => render(<Controls frame="section" />, root));
    expect(root.querySelector('section')).not.toBeNull();
    expect(document.activeElement?.textContent).toBe('Two');
    expect(document.activeElement?.closest('section')).not.toBeNull();
  });

  it('leaves focus alone when nothing in the root had it', () => {
    const root = document.createElement('div');
    const outside = document.createElement('input');
    document.body.append(root, outside);
    render(<button type="button">One</button>, root);
    outside.focus();
    keepFocusAcross(root, () => render(<button type="button">Two</button>, root));
    expect(document.activeElement).toBe(outside);
  });
});

describe('afterWelcomeShown', () => {
  it('without a paint report, resolves a frame and the fallback later, not before', async () => {
    vi.useFakeTimers();
    let shown = false;
    void afterWelcomeShown(300).then(() => {
      shown = true;
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(shown).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown).toBe(true);
  });
});

describe('showFirstVisit', () => {
  it('paints the welcome, starts the app only after, and hands it the focus keeper', async () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    document.body.append(root);
    const services = { repos: {}, now: () => 0 } as unknown as Services;
    const startApp = vi.fn(async (takeOver: (renderApp: () => void) => void) => {
      expect(root.querySelector('h1')?.textContent).toBe('Welcome to Waypoint');
      takeOver(() => render(<p>The app</p>, root));
      return services;
    });
    const done = showFirstVisit(root, startApp);
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelector('h1')?.textContent).toBe('Welcome to Waypoint');
    expect(startApp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    await done;
    expect(startApp).toHaveBeenCalledTimes(1);
    expect(root.textContent).toBe('The app');
  });
});
