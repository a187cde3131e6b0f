import { act, cleanup, renderHook } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../../src/app/services';

afterEach(cleanup);

beforeEach(() => {
  // What the welcome knows lasts for the page: each test starts with a fresh page's modules.
  vi.resetModules();
});

/** A meta store whose 'firstRunDone' read resolves when `answer` is called. */
function slowMeta() {
  let answer: (value: boolean | undefined) => void = () => undefined;
  const read = new Promise<boolean | undefined>((resolve) => {
    answer = resolve;
  });
  const set = vi.fn(async () => undefined);
  return { meta: { get: vi.fn(() => read), set }, answer, set };
}

async function renderWelcome(meta: ReturnType<typeof slowMeta>['meta']) {
  const { useWelcome } = await import('../../../../src/features/today/useWelcome');
  const { ServicesContext } = await import('../../../../src/app/services');
  const services = { repos: { meta }, now: () => 0 } as unknown as Services;
  const wrapper = ({ children }: { children: ComponentChildren }) => (
    <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
  );
  return renderHook(() => useWelcome(), { wrapper });
}

describe('useWelcome', () => {
  it('shows the welcome on a first run and nothing once it was answered before', async () => {
    const first = slowMeta();
    const { result } = await renderWelcome(first.meta);
    expect(result.current[0]).toBeUndefined();
    await act(async () => first.answer(undefined));
    await vi.waitFor(() => expect(result.current[0]).toBeTypeOf('function'));
    cleanup();
    vi.resetModules();
    const later = slowMeta();
    const again = await renderWelcome(later.meta);
    await act(async () => later.answer(true));
    await vi.waitFor(() => expect(again.result.current[0]).toBeNull());
  });

  it('keeps an answer given while the check still runs', async () => {
    const { meta, answer, set } = slowMeta();
    const { result } = await renderWelcome(meta);
    // Skip, before storage has said whether this is a first run.
    await act(async () => result.current[1]());
    await act(async () => answer(undefined));
    // Long enough for the check to have loaded the welcome, had it ignored the answer.
    await import('../../../../src/features/welcome/WelcomeScreen');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(set).toHaveBeenCalledWith('firstRunDone', true);
    expect(result.current[0]).toBeNull();
  });
});
