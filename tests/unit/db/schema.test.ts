// Version 1 of the schema is frozen: this test holds a copy of it as shipped. If it fails, do
// not edit the copy; add a new schema version with an upgrade instead (see src/db/schema.ts).
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../../src/db/database';
import { currentSchemaVersion, schemaVersions } from '../../../src/db/schema';

const shippedV1 = {
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
};

describe('schema', () => {
  it('keeps version 1 exactly as shipped', () => {
    expect(schemaVersions[0]).toEqual({ version: 1, stores: shippedV1 });
  });

  it('lists versions in ascending order ending at the current version', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(currentSchemaVersion);
  });

  it('creates every store with its key path and indexes in a real IndexedDB', async () => {
    const name = `schema-test-${crypto.randomUUID()}`;
    const db = await openDatabase(createDatabase(name));
    db.close();
    const raw = await openDB(name);
    expect([...raw.objectStoreNames].sort()).toEqual(Object.keys(shippedV1).sort());
    const tx = raw.transaction([...raw.objectStoreNames], 'readonly');
    for (const [store, spec] of Object.entries(shippedV1)) {
      const [key, ...indexes] = spec.split(',').map((part) => part.trim());
      const objectStore = tx.objectStore(store);
      expect(objectStore.keyPath).toBe(key);
      expect([...objectStore.indexNames].sort()).toEqual([...indexes].sort());
    }
    raw.close();
  });
});
