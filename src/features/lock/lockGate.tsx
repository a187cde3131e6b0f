// The passcode lock's gate: the only part of the lock in the app's first load. POLICY: at start
// the clear lock record decides. Without one, nothing else of the lock is loaded. With one, the
// vault refuses every read and write of sealed data, and the lock screen (loaded on demand)
// replaces the whole app, so no journal text is in the page until the passcode is entered.
import type { JSX } from 'preact';
import { LazyScreen } from '../../app/LazyScreen';
import type { RouteDefinition } from '../../app/routes';
import type { WaypointDexie } from '../../db/database';
import { lockedVault, setVault } from '../../db/vault';
import { observable } from '../../domain/observable';
import { useObservable } from '../../ui/useObservable';

/** Whether the lock is off, closed, or open. */
export type LockStatus = 'off' | 'locked' | 'unlocked';

/** The lock's status for the whole app (auto-lock follows it, see autoLock.ts). */
export const lockStatus = observable<LockStatus>('off');

let database: WaypointDexie;

/** The database the lock works on (set at start, before anything renders). */
export const lockDatabase = (): WaypointDexie => database;

/** Reads the clear lock record at start; when the lock is on, closes the vault. */
export async function initLockGate(db: WaypointDexie): Promise<void> {
  database = db;
  if (await db.meta.get('lock')) {
    setVault(lockedVault);
    lockStatus.set('locked');
  }
}

const lockScreen: RouteDefinition = {
  paths: [],
  nav: undefined,
  load: () => import('./LockScreen').then((m) => m.LockScreen),
};

/** The lock screen while locked; null otherwise. */
export function useLockGate(): JSX.Element | null {
  // An element (not the screen's first, empty render) so the boot shell in index.html is replaced.
  return useObservable(lockStatus) === 'locked' ? (
    <div>
      <LazyScreen route={lockScreen} params={{}} />
    </div>
  ) : null;
}
