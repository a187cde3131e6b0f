import { cleanup, renderHook } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Services, ServicesContext } from '../../../../src/app/services';
import { usePreparedSaves } from '../../../../src/features/drafts/usePreparedSaves';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderWith(prepareSaves: () => Promise<void>) {
  const services = { repos: { prepareSaves }, now: () => 0 } as unknown as Services;
  const wrapper = ({ children }: { children: ComponentChildren }) => (
    <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
  );
  return renderHook(() => usePreparedSaves(), { wrapper });
}

describe('usePreparedSaves', () => {
  it('prepares the saves once, in idle time after the form is shown', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const prepareSaves = vi.fn(async () => undefined);
    const { rerender } = renderWith(prepareSaves);
    expect(prepareSaves).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle[0]?.({ didTimeout: false, timeRemaining: () => 50 });
    rerender();
    expect(prepareSaves).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(1);
  });

  it('does nothing when the screen is left before the page is idle', async () => {
    const cancelled: number[] = [];
    const requestIdle = vi.fn(() => 7);
    vi.stubGlobal('requestIdleCallback', requestIdle);
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const prepareSaves = vi.fn(async () => undefined);
    const { unmount } = renderWith(prepareSaves);
    await vi.waitFor(() => expect(requestIdle).toHaveBeenCalledTimes(1));
    unmount();
    expect(cancelled).toEqual([7]);
    expect(prepareSaves).not.toHaveBeenCalled();
  });

  it('keeps a failed preparation quiet: the save does the work itself', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const prepareSaves = vi.fn(() => Promise.reject(new Error('offline: module not cached')));
    renderWith(prepareSaves);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(() => idle[0]?.({ didTimeout: false, timeRemaining: () => 50 })).not.toThrow();
    await Promise.resolve();
    expect(prepareSaves).toHaveBeenCalledTimes(1);
  });
});
