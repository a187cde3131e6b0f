// The running app's lock: one lock object over the app's database, deriving keys in a worker,
// and "lock now", which saves every open draft (sealed) before the key leaves memory.
import './autoLock';
import { flushAll } from '../../app/unsavedWork';
import { deriveInWorker } from '../../db/crypto/derive';
import { createLock, type Lock } from '../../db/lock';
import { lockDatabase, lockStatus } from './lockGate';

let lock: Lock | undefined;

/** The app's lock. */
export function appLock(): Lock {
  lock ??= createLock({ db: lockDatabase(), now: () => Date.now(), derive: deriveInWorker });
  return lock;
}

/** Saves drafts, drops the key from memory and shows the lock screen. */
export async function lockNow(): Promise<void> {
  if (lockStatus.get() !== 'unlocked') return;
  await flushAll();
  appLock().lock();
  lockStatus.set('locked');
}
