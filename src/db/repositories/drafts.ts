// Drafts: whatever a form holds before the user saves it, keyed by the form (for example
// "entry:new" or "entry:<id>"). Sealed like any writing. DURABILITY POLICY: a draft is removed
// only after the record it became has been saved.
import type { Draft } from '../../domain/types';
import type { WaypointDexie } from '../database';
import { withReconnect } from '../database';
import type { Sealed } from '../vault';
import { currentVault } from '../vault';

type DraftRow = {
  id: string;
  updatedAt: number;
  payload: Sealed;
};

/** Saves, reads and discards drafts. */
export function createDraftsRepository(db: WaypointDexie, now: () => number) {
  return {
    /** Saves a draft in one transaction, replacing the previous one for the same form. */
    async save(id: string, data: Draft['data']): Promise<Draft> {
      const updatedAt = now();
      const payload = await currentVault().seal('drafts', id, data);
      const row: DraftRow = { id, updatedAt, payload };
      await withReconnect(db, () => db.transaction('rw', db.drafts, () => db.drafts.put(row)));
      return { id, updatedAt, data };
    },
    /** The draft for a form, if one was kept. */
    async get(id: string): Promise<Draft | undefined> {
      const row = (await withReconnect(db, () => db.drafts.get(id))) as DraftRow | undefined;
      if (!row) return undefined;
      const data = (await currentVault().open('drafts', id, row.payload)) as Draft['data'];
      return { id, updatedAt: row.updatedAt, data };
    },
    /** Removes a draft once its record is safely saved. */
    async discard(id: string): Promise<void> {
      await withReconnect(db, () => db.transaction('rw', db.drafts, () => db.drafts.delete(id)));
    },
    /** Every kept draft's id and time, newest first. */
    async list(): Promise<{ id: string; updatedAt: number }[]> {
      const rows = (await withReconnect(db, () => db.drafts.toArray())) as unknown as DraftRow[];
      return rows
        .map(({ id, updatedAt }) => ({ id, updatedAt }))
        .sort((a, b) => b.updatedAt - a.updatedAt);
    },
  };
}

/** The drafts repository's interface. */
export type DraftsRepository = ReturnType<typeof createDraftsRepository>;
