// Auto-lock timing and the privacy cover (data-safety 5), with fake timers and a controllable
// page visibility; locking itself is the controller's job and is observed here as a call.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const lockNow = vi.fn(async () => undefined);
let idleMinutes = 5;

vi.mock('../../../../src/features/lock/controller', () => ({
  lockNow: () => lockNow(),
  appLock: () => ({ autoLockMinutes: async () => idleMinutes }),
}));

const { startAutoLock } = await import('../../../../src/features/lock/autoLock');

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

const covered = () => document.documentElement.classList.contains('privacy-cover');

describe('auto-lock', () => {
  let stop: () => void = () => undefined;

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-10T09:00:00Z') });
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    visibility = 'visible';
    idleMinutes = 5;
    lockNow.mockClear();
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('locks after 5 idle minutes, not before', async () => {
    stop = startAutoLock();
    await vi.advanceTimersByTimeAsync(4 * 60_000 + 50_000);
    expect(lockNow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(lockNow).toHaveBeenCalled();
  });

  it('counts idle time from the last touch or key press', async () => {
    stop = startAutoLock();
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    window.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(lockNow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(70_000);
    expect(lockNow).toHaveBeenCalled();
  });

  it('uses the idle time the user chose', async () => {
    idleMinutes = 1;
    stop = startAutoLock();
    await vi.advanceTimersByTimeAsync(65_000);
    expect(lockNow).toHaveBeenCalled();
  });

  it('covers the page while hidden and locks after 1 minute in the background', async () => {
    stop = startAutoLock();
    setVisibility('hidden');
    expect(covered()).toBe(true);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(lockNow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lockNow).toHaveBeenCalled();
  });

  it('uncovers without locking after a short trip to another app', async () => {
    stop = startAutoLock();
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(20_000);
    setVisibility('visible');
    expect(covered()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lockNow).not.toHaveBeenCalled();
  });

  it('locks on return when a frozen page missed its timer', async () => {
    stop = startAutoLock();
    setVisibility('hidden');
    // A frozen page runs no timers: move the clock without firing them.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    setVisibility('visible');
    expect(lockNow).toHaveBeenCalled();
  });
});
