// Create, read, update and delete for any record type, on top of a sealed record store.
// Ids are random UUIDs so backups from two phones merge without collisions.
import type { RecordBase } from '../../domain/types';
import type { PutOptions, RecordStore } from '../recordStore';

/** Where new ids and the current time come from (injected so tests control them). */
export interface RepositoryClock {
  readonly now: () => number;
  readonly newId: () => string;
}

/** The fields a caller supplies to create a record. */
export type NewRecord<T extends RecordBase> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & {
  readonly id?: string;
};

/** Mutable-field changes for an existing record. */
export type RecordPatch<T extends RecordBase> = Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt'>>;

/** The operations every entity repository offers. */
export interface EntityRepository<T extends RecordBase> {
  get(id: string): Promise<T | undefined>;
  create(fields: NewRecord<T>, options?: PutOptions): Promise<T>;
  update(id: string, patch: RecordPatch<T>, options?: PutOptions): Promise<T>;
  remove(id: string): Promise<void>;
  all(): Promise<T[]>;
  count(): Promise<number>;
  /** Writes a record exactly as given (restores, undo). */
  put(record: T, options?: PutOptions): Promise<T>;
}

/** Thrown when a record to update does not exist (it was deleted meanwhile). */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
}

/** Builds the common operations over a store. */
export function createEntityRepository<T extends RecordBase>(
  store: RecordStore<T>,
  clock: RepositoryClock,
): EntityRepository<T> {
  return {
    get: (id) => store.get(id),
    async create(fields, options) {
      const now = clock.now();
      const record = { ...fields, id: fields.id ?? clock.newId(), createdAt: now, updatedAt: now };
      return store.put(record as unknown as T, options);
    },
    async update(id, patch, options) {
      const existing = await store.get(id);
      if (!existing) throw new RecordNotFoundError(`No record ${id}`);
      const updatedAt = Math.max(clock.now(), existing.updatedAt + 1);
      return store.put({ ...existing, ...patch, id, updatedAt } as T, options);
    },
    remove: (id) => store.remove(id),
    all: () => store.all(),
    count: () => store.count(),
    put: (record, options) => store.put(record, options),
  };
}
