// A fresh, uniquely named database per test, its repositories over a controllable clock, and
// raw access to what rests in IndexedDB (through `idb`, bypassing Dexie and the vault).
import { openDB } from 'idb';
import {
  createDatabase,
  type DatabaseEvents,
  openDatabase,
  type WaypointDexie,
} from '../../../src/db/database';
import { createRepositories, type Repositories } from '../../../src/db/repositories';
import type { TableName } from '../../../src/db/schema';
import { createTestClock, type TestClock } from '../factories';

/** An open test database with its repositories. */
export interface TestDatabase {
  readonly name: string;
  readonly db: WaypointDexie;
  readonly clock: TestClock;
  readonly repos: Repositories;
}

const opened: WaypointDexie[] = [];

/** Creates and opens a database with a unique name, and builds its repositories. */
export async function openTestDatabase(
  options: { clock?: TestClock; events?: DatabaseEvents } = {},
): Promise<TestDatabase> {
  const name = `test-${crypto.randomUUID()}`;
  const db = await openDatabase(createDatabase(name, options.events));
  opened.push(db);
  const clock = options.clock ?? createTestClock();
  return { name, db, clock, repos: createRepositories(db, clock) };
}

/** Closes every database opened by openTestDatabase (call from afterEach). */
export function closeTestDatabases(): void {
  for (const db of opened.splice(0)) db.close();
}

/** Every row of a store exactly as it rests in IndexedDB. */
export async function readRawRows(
  name: string,
  table: TableName,
): Promise<Record<string, unknown>[]> {
  const raw = await openDB(name);
  try {
    return (await raw.getAll(table)) as Record<string, unknown>[];
  } finally {
    raw.close();
  }
}

/** One row exactly as it rests in IndexedDB. */
export async function readRawRow(
  name: string,
  table: TableName,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  const raw = await openDB(name);
  try {
    return (await raw.get(table, key)) as Record<string, unknown> | undefined;
  } finally {
    raw.close();
  }
}

/** Writes rows straight into a store, bypassing Dexie and the vault. */
export async function writeRawRows(
  name: string,
  table: TableName,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const raw = await openDB(name);
  try {
    const tx = raw.transaction(table, 'readwrite');
    for (const row of rows) await tx.store.put(row);
    await tx.done;
  } finally {
    raw.close();
  }
}
