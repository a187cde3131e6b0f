// Auto-lock and the privacy cover. POLICY (data-safety 5): the journal locks after the chosen
// idle time (5 minutes unless the user picks 1 or 15) and after 1 minute in the background.
// While the lock is on and the page is hidden, a cover hides the content, so the app switcher
// shows no journal text where the platform allows. Time comes from Date.now() and timers, which
// the end-to-end tests drive with a fake clock.
import './lock.css';
import { defaultAutoLockMinutes, hiddenLockMinutes } from '../../db/lockRecord';
import { appLock, lockNow } from './controller';
import { lockStatus } from './lockGate';

let idleMs = defaultAutoLockMinutes * 60_000;
const hiddenMs = hiddenLockMinutes * 60_000;
const checkEveryMs = 5_000;
const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/** Changes the idle time of the running auto-lock. */
export function setIdleMinutes(minutes: number): void {
  idleMs = minutes * 60_000;
}

const cover = (on: boolean) => document.documentElement.classList.toggle('privacy-cover', on);

/** Starts watching for idle time and hiding; returns the function that stops it. */
export function startAutoLock(): () => void {
  let lastActive = Date.now();
  let hiddenSince: number | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  void appLock()
    .autoLockMinutes()
    .then(setIdleMinutes, () => undefined);

  const due = () =>
    Date.now() - lastActive >= idleMs ||
    (hiddenSince !== undefined && Date.now() - hiddenSince >= hiddenMs);
  const onActivity = () => {
    lastActive = Date.now();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      cover(true);
      hiddenSince = Date.now();
      hiddenTimer = setTimeout(() => void lockNow(), hiddenMs);
      return;
    }
    clearTimeout(hiddenTimer);
    // A page frozen in the background misses its timer: check the time spent away instead.
    // When locking, the cover stays until the lock screen has replaced the app (see stop).
    if (due()) void lockNow();
    else cover(false);
    hiddenSince = undefined;
  };
  const interval = setInterval(() => {
    if (due()) void lockNow();
  }, checkEveryMs);

  for (const type of activity) {
    window.addEventListener(type, onActivity, { passive: true, capture: true });
  }
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(interval);
    clearTimeout(hiddenTimer);
    for (const type of activity) window.removeEventListener(type, onActivity, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
    // Stopping means the lock screen now replaces the app: the cover may go once visible.
    if (document.visibilityState === 'visible') cover(false);
    else document.addEventListener('visibilitychange', () => cover(false), { once: true });
  };
}

let stopRunning: (() => void) | undefined;

// Auto-lock runs exactly while the journal is unlocked (this module loads with the controller,
// before any unlock can happen).
lockStatus.subscribe((status) => {
  stopRunning?.();
  stopRunning = status === 'unlocked' ? startAutoLock() : undefined;
});
