// Schema history of the Waypoint database. APPEND-ONLY POLICY: version 1 is frozen since the
// foundation shipped. Never edit a shipped version's stores; add `db.version(N + 1)` with its
// upgrade in its own file under src/db/migrations, and a test that writes version N with raw
// `idb` and opens it with today's code. The snapshot test in tests/unit/db/schema.test.ts fails
// when a shipped version changes.
//
// Only index fields are listed. Everything the user wrote lives in each record's sealed
// `payload` (see vault.ts), so payload fields can grow without a schema version.

/** Database name in IndexedDB. */
export const databaseName = 'waypoint';

/** The object stores of schema version 1, with their primary key and indexes (Dexie syntax). */
export const schemaV1 = {
  sessions: 'id, startsAt, day, status, updatedAt',
  entries: 'id, day, createdAt, updatedAt, sessionId, promptId',
  checkins: 'id, at, day, updatedAt, sessionId',
  assessments: 'id, at, day, updatedAt, sessionId',
  prompts: 'id, updatedAt, source',
  promptTasks: 'id, dueDay, sessionId, promptId, status, updatedAt',
  commitments: 'id, day, createdAt, updatedAt, sessionId, entryId',
  settings: 'key',
  drafts: 'id, updatedAt',
  meta: 'key',
} as const;

/** Every version in order; the last is the one the app opens. */
export const schemaVersions = [{ version: 1, stores: schemaV1 }] as const;

/** The version this build of the app writes. */
export const currentSchemaVersion = 1;

/** Names of the object stores. */
export type TableName = keyof typeof schemaV1;

/** The stores that hold records with a sealed payload and an `id` key. */
export type RecordTableName = Exclude<TableName, 'settings' | 'meta'>;
