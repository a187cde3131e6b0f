// What the lock says when something goes wrong, in plain words.
import { toStorageProblem } from '../../db/errors';
import { ConversionBusyError, LockWaitError, WrongPasscodeError } from '../../db/lock';

/** "m:ss" for a wait. */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The message for a wait that is still running. */
export function waitMessage(ms: number): string {
  return `Too many wrong tries. You can try again in ${formatWait(ms)}. Nothing has been deleted.`;
}

/** A lock error in plain words. */
export function lockProblem(error: unknown, now: number): string {
  if (error instanceof WrongPasscodeError)
    return 'That is not the right passcode. Nothing was changed.';
  if (error instanceof LockWaitError) return waitMessage(error.waitUntil - now);
  if (error instanceof ConversionBusyError) {
    return 'Waypoint was busy saving. Nothing was changed; please try again.';
  }
  return `${toStorageProblem(error).message} Nothing was changed.`;
}
