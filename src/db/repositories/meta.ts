// Meta: facts about the app and its storage, never sealed (first run done, persistence asked,
// last backup, lock parameters).
import type { WaypointDexie } from '../database';
import { withReconnect } from '../database';
import type { AutoLockMinutes, LockAttempts, LockRecord } from '../lockRecord';

/** Every meta key and its type. */
export interface MetaMap {
  firstRunDone: boolean;
  persistenceRequested: boolean;
  lastBackupAt: number;
  /** "Not now" on the backup nudge: it stays hidden until this time. */
  backupNudgeSnoozedUntil: number;
  /** The passcode lock's wrapped key and parameters; absent while the lock is off. */
  lock: LockRecord;
  /** Consecutive wrong passcodes and the wait they impose (clear so it survives reloads). */
  lockAttempts: LockAttempts;
  /** Idle minutes before the lock closes. */
  autoLockMinutes: AutoLockMinutes;
}

/** Reads and writes meta values. */
export function createMetaRepository(db: WaypointDexie) {
  return {
    /** A meta value, or undefined when never set. */
    async get<K extends keyof MetaMap>(key: K): Promise<MetaMap[K] | undefined> {
      const row = (await withReconnect(db, () => db.meta.get(key))) as
        | { value: MetaMap[K] }
        | undefined;
      return row?.value;
    },
    /** Sets a meta value in one transaction. */
    async set<K extends keyof MetaMap>(key: K, value: MetaMap[K]): Promise<void> {
      await withReconnect(db, () =>
        db.transaction('rw', db.meta, () => db.meta.put({ key, value })),
      );
    },
  };
}

/** The meta repository's interface. */
export type MetaRepository = ReturnType<typeof createMetaRepository>;
