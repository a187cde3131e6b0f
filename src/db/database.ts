// Opening the database. DURABILITY POLICY: an open failure is retried once and then reported so
// the app can offer a restore; this module never deletes the database. A lost connection (iOS
// after backgrounding) is reopened and the operation retried once. When another tab upgrades
// the schema we flush drafts, close, and reload; when our upgrade is blocked we say so.
import Dexie, { type Table } from 'dexie';
import { databaseName, schemaVersions, type TableName } from './schema';

/** The Dexie instance with one table per store. */
export type WaypointDexie = Dexie & { [K in TableName]: Table<Record<string, unknown>, string> };

/** Callbacks the app gives the database for cross-tab events. */
export interface DatabaseEvents {
  /** Another tab wants to upgrade: save what is unsaved; the page then reloads. */
  onVersionChange?: () => Promise<void> | void;
  /** Our upgrade waits for other tabs to close. */
  onBlocked?: () => void;
}

/** Databases closed on purpose (another tab upgrades): never reopened behind the user's back. */
const closedOnPurpose = new WeakSet<Dexie>();

/** Creates (but does not open) the Waypoint database with every schema version declared. */
export function createDatabase(name = databaseName, events: DatabaseEvents = {}): WaypointDexie {
  const db = new Dexie(name, { autoOpen: false }) as WaypointDexie;
  for (const { version, stores } of schemaVersions) db.version(version).stores(stores);
  db.on('versionchange', () => {
    void (async () => {
      try {
        await events.onVersionChange?.();
      } catch (error) {
        // Close anyway so the other tab's upgrade can proceed; report instead of leaving an
        // unhandled rejection behind.
        console.error(error);
      } finally {
        closedOnPurpose.add(db);
        db.close();
      }
    })();
    return false;
  });
  db.on('blocked', () => events.onBlocked?.());
  return db;
}

/** Opens the database, retrying once on failure. Never deletes anything. */
export async function openDatabase(db: WaypointDexie): Promise<WaypointDexie> {
  try {
    await db.open();
  } catch (firstError) {
    if ((firstError as { name?: string })?.name === 'VersionError') throw firstError;
    db.close();
    await db.open();
  }
  return db;
}

/** Runs a database operation; on a lost connection reopens and retries once. */
export async function withReconnect<T>(db: WaypointDexie, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name !== 'DatabaseClosedError' && name !== 'InvalidStateError') throw error;
    if (closedOnPurpose.has(db)) throw error;
    db.close();
    await db.open();
    return await operation();
  }
}
