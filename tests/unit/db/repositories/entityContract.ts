// The create/read/update/delete contract every entity repository shares, run against a real
// (fake-indexeddb) database for each repository that uses it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../src/db/repositories';
import {
  type NewRecord,
  RecordNotFoundError,
  type RecordPatch,
} from '../../../../src/db/repositories/entityRepository';
import type { RecordBase } from '../../../../src/domain/types';
import { idsOf } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';

/** The operations the contract exercises (sessions' remove also returns undo data). */
export interface CrudRepository<T extends RecordBase> {
  get(id: string): Promise<T | undefined>;
  create(fields: NewRecord<T>): Promise<T>;
  update(id: string, patch: RecordPatch<T>): Promise<T>;
  remove(id: string): Promise<unknown>;
  all(): Promise<T[]>;
  count(): Promise<number>;
  put(record: T): Promise<T>;
}

/** How to reach one repository and what valid data for it looks like. */
export interface EntityCase<T extends RecordBase> {
  readonly pick: (repos: Repositories) => CrudRepository<T>;
  /** Valid fields for a new record; each call should be a fresh object. */
  readonly fields: () => NewRecord<T>;
  /** A change of several mutable fields. */
  readonly patch: RecordPatch<T>;
}

/** Declares the shared CRUD tests for one repository. */
export function describeEntityCrud<T extends RecordBase>(label: string, spec: EntityCase<T>): void {
  describe(`${label}: create, read, update, delete`, () => {
    let t: TestDatabase;
    let repo: CrudRepository<T>;

    beforeEach(async () => {
      t = await openTestDatabase();
      repo = spec.pick(t.repos);
    });
    afterEach(() => closeTestDatabases());

    it('creates a record with a new id and the clock time, and reads it back', async () => {
      const fields = spec.fields();
      t.clock.set(1_772_000_000_000);
      const created = await repo.create(fields);
      expect(created).toEqual({
        ...fields,
        id: 'id-0001',
        createdAt: 1_772_000_000_000,
        updatedAt: 1_772_000_000_000,
      });
      expect(await repo.get('id-0001')).toEqual(created);
    });

    it('gives every created record its own id', async () => {
      const a = await repo.create(spec.fields());
      const b = await repo.create(spec.fields());
      expect(a.id).not.toBe(b.id);
      expect(t.clock.issuedIds).toEqual([a.id, b.id]);
      expect(await repo.count()).toBe(2);
    });

    it('keeps an id the caller supplies', async () => {
      const created = await repo.create({ ...spec.fields(), id: 'chosen-id' });
      expect(created.id).toBe('chosen-id');
      expect(t.clock.issuedIds).toEqual([]);
      expect((await repo.get('chosen-id'))?.id).toBe('chosen-id');
    });

    it('returns undefined for an id that was never stored', async () => {
      await repo.create(spec.fields());
      expect(await repo.get('no-such-id')).toBeUndefined();
    });

    it('updates: applies the patch, keeps id and createdAt, and stamps updatedAt', async () => {
      const created = await repo.create(spec.fields());
      t.clock.advance(60_000);
      const updated = await repo.update(created.id, spec.patch);
      const expected = {
        ...created,
        ...spec.patch,
        id: created.id,
        createdAt: created.createdAt,
        updatedAt: created.createdAt + 60_000,
      };
      expect(updated).toEqual(expected);
      expect(await repo.get(created.id)).toEqual(expected);
      expect(await repo.count()).toBe(1);
    });

    it('moves updatedAt forward even when the clock stood still or went back', async () => {
      const created = await repo.create(spec.fields());
      const first = await repo.update(created.id, spec.patch);
      expect(first.updatedAt).toBe(created.updatedAt + 1);
      t.clock.set(created.updatedAt - 3_600_000);
      const second = await repo.update(created.id, spec.patch);
      expect(second.updatedAt).toBe(created.updatedAt + 2);
      expect(second.createdAt).toBe(created.createdAt);
    });

    it('refuses to update a record that does not exist, and writes nothing', async () => {
      await expect(repo.update('missing', spec.patch)).rejects.toBeInstanceOf(RecordNotFoundError);
      await expect(repo.update('missing', spec.patch)).rejects.toMatchObject({
        name: 'RecordNotFoundError',
      });
      expect(await repo.count()).toBe(0);
      expect(await repo.get('missing')).toBeUndefined();
    });

    it('removes one record and leaves the others; removing again is harmless', async () => {
      const keep = await repo.create(spec.fields());
      const gone = await repo.create(spec.fields());
      await repo.remove(gone.id);
      expect(await repo.get(gone.id)).toBeUndefined();
      expect(await repo.get(keep.id)).toEqual(keep);
      await expect(repo.remove(gone.id)).resolves.toBeUndefined();
      expect(idsOf(await repo.all())).toEqual([keep.id]);
    });

    it('lists and counts every record', async () => {
      expect(await repo.all()).toEqual([]);
      expect(await repo.count()).toBe(0);
      const created = [
        await repo.create(spec.fields()),
        await repo.create(spec.fields()),
        await repo.create(spec.fields()),
      ];
      const all = await repo.all();
      expect(idsOf(all)).toEqual(idsOf(created));
      for (const record of created) expect(all).toContainEqual(record);
      expect(await repo.count()).toBe(3);
    });

    it('puts a record exactly as given, timestamps included (restore, undo)', async () => {
      const record = {
        ...spec.fields(),
        id: 'restored',
        createdAt: 1_600_000_000_000,
        updatedAt: 1_600_000_500_000,
      } as unknown as T;
      t.clock.set(1_900_000_000_000);
      expect(await repo.put(record)).toEqual(record);
      expect(await repo.get('restored')).toEqual(record);
      const undone = await repo.put(record);
      expect(undone).toEqual(record);
      expect(await repo.count()).toBe(1);
    });
  });
}
