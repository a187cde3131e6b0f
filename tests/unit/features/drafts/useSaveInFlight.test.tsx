import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  savingShownAfterMs,
  useSaveInFlight,
} from '../../../../src/features/drafts/useSaveInFlight';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A save that finishes when `finish` is called. */
function pendingSave(): { save: () => Promise<void>; finish: () => void } {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { save: () => done, finish };
}

describe('useSaveInFlight', () => {
  it('refuses a second save while one runs, and accepts one after it ends', async () => {
    const { result } = renderHook(() => useSaveInFlight());
    const first = pendingSave();
    const second = vi.fn(async () => {});
    const running = result.current.run(first.save);
    expect(result.current.busy()).toBe(true);
    await result.current.run(second);
    expect(second).not.toHaveBeenCalled();
    first.finish();
    await running;
    expect(result.current.busy()).toBe(false);
    await result.current.run(second);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('leaves the form untouched by a quick save: no "Saving…" render at all', async () => {
    vi.useFakeTimers();
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useSaveInFlight();
    });
    const before = renders;
    await act(() => result.current.run(async () => {}));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(savingShownAfterMs * 2);
    });
    expect(result.current.saving).toBe(false);
    expect(renders).toBe(before);
  });

  it('says "Saving…" once a save lingers, and stops when it ends, even when it fails', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useSaveInFlight());
    let fail = (_: Error) => {};
    const failing = new Promise<void>((_, reject) => {
      fail = reject;
    });
    const running = result.current.run(() => failing).catch((error: Error) => error.message);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(savingShownAfterMs - 1);
    });
    expect(result.current.saving).toBe(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(result.current.saving).toBe(true);
    await act(async () => {
      fail(new Error('disk full'));
      expect(await running).toBe('disk full');
    });
    expect(result.current.saving).toBe(false);
    expect(result.current.busy()).toBe(false);
  });
});
