// The generic sealed record store under every entity repository: one transaction per save,
// nothing written when sealing or the write fails, and the save hook only after success.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from '../../../src/db/errors';
import { createRecordStore, type RecordStore } from '../../../src/db/recordStore';
import { plainVault, setVault } from '../../../src/db/vault';
import type { CheckIn, JournalEntry } from '../../../src/domain/types';
import { idsOf, makeCheckIn, makeEntry } from '../factories';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRow,
  readRawRows,
  type TestDatabase,
} from './testDatabase';
import { createScramblingVault } from './testVault';

const quotaAbort = () =>
  new Dexie.AbortError(
    'Transaction aborted',
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  );

describe('createRecordStore', () => {
  let t: TestDatabase;
  let afterSave: ReturnType<typeof vi.fn<() => void>>;
  let entries: RecordStore<JournalEntry>;
  let checkins: RecordStore<CheckIn>;

  beforeEach(async () => {
    t = await openTestDatabase();
    afterSave = vi.fn();
    const context = { db: t.db, afterSave };
    entries = createRecordStore<JournalEntry>(context, 'entries', [
      'day',
      'createdAt',
      'updatedAt',
      'sessionId',
      'sessionLink',
      'promptId',
    ]);
    checkins = createRecordStore<CheckIn>(context, 'checkins', ['at', 'day', 'updatedAt']);
  });
  afterEach(() => {
    setVault(plainVault);
    closeTestDatabases();
  });

  it('splits a record into clear fields and a payload, and joins them again', async () => {
    const entry = makeEntry({ sessionId: 's1' });
    const row = await entries.toRow(entry);
    const { id, day, createdAt, updatedAt, sessionId, sessionLink, ...rest } = entry;
    expect(row).toEqual({
      id,
      day,
      createdAt,
      updatedAt,
      sessionId,
      sessionLink,
      payload: { scheme: 'plain', data: rest },
    });
    expect(await entries.fromRow(row)).toEqual(entry);
  });

  it('newest reads the highest values of an index first, and stops at the limit', async () => {
    const made = [5, 1, 9, 3, 7].map((n) => makeEntry({ id: `e${n}`, createdAt: n * 1000 }));
    for (const entry of made) await entries.put(entry);
    expect((await entries.newest('createdAt', 3)).map((e) => e.id)).toEqual(['e9', 'e7', 'e5']);
    expect((await entries.newest('createdAt', 10)).map((e) => e.id)).toEqual([
      'e9',
      'e7',
      'e5',
      'e3',
      'e1',
    ]);
  });

  it('links a record to the session of its moment inside the save, or to none', async () => {
    const session = {
      id: 'session-1',
      status: 'completed',
      startsAt: new Date(2026, 2, 5, 14).getTime(),
      day: '2026-03-05',
      payload: { scheme: 'plain', data: {} },
    };
    await t.db.sessions.put(session);
    const after = makeCheckIn({ id: 'after', at: new Date(2026, 2, 7, 9).getTime() });
    const saved = await checkins.put(after, { linkAt: after.at });
    expect(saved).toMatchObject({ sessionId: 'session-1', sessionLink: 'auto' });
    expect(await t.db.checkins.get('after')).toMatchObject({ sessionId: 'session-1' });
    await t.db.sessions.clear();
    const alone = await checkins.put({ ...after, sessionId: 'stale' }, { linkAt: after.at });
    expect(alone).not.toHaveProperty('sessionId');
    expect(await t.db.checkins.get('after')).not.toHaveProperty('sessionId');
  });

  it('leaves undefined fields out of both the clear part and the payload', async () => {
    const entry = { ...makeEntry(), sessionId: undefined, title: undefined };
    const row = await entries.toRow(entry);
    expect(row).not.toHaveProperty('sessionId');
    expect(row.payload).toEqual({
      scheme: 'plain',
      data: expect.not.objectContaining({ title: expect.anything() }),
    });
    expect(Object.keys((row.payload as { data: object }).data)).not.toContain('title');
    await entries.put(entry);
    const stored = await entries.get(entry.id);
    expect(stored).not.toHaveProperty('title');
    expect(stored).not.toHaveProperty('sessionId');
  });

  it('puts one record and calls the save hook once it is stored', async () => {
    const entry = makeEntry();
    let seenByHook: Promise<unknown> | undefined;
    afterSave.mockImplementation(() => {
      // A read started from the hook must already see the committed row.
      seenByHook = readRawRow(t.name, 'entries', entry.id);
    });
    expect(await entries.put(entry)).toEqual(entry);
    expect(afterSave).toHaveBeenCalledTimes(1);
    expect(await seenByHook).toMatchObject({ id: entry.id, day: entry.day });
  });

  it('does not call the save hook for a removal', async () => {
    const entry = makeEntry();
    await entries.put(entry);
    afterSave.mockClear();
    await entries.remove(entry.id);
    expect(afterSave).not.toHaveBeenCalled();
    expect(await entries.get(entry.id)).toBeUndefined();
  });

  it('finds records whose index equals a string or a number', async () => {
    const a = makeCheckIn({ at: 1000, day: '2026-03-01' });
    const b = makeCheckIn({ at: 2000, day: '2026-03-01' });
    const c = makeCheckIn({ at: 3000, day: '2026-03-02' });
    for (const record of [a, b, c]) await checkins.put(record);
    expect(idsOf(await checkins.where('day', '2026-03-01'))).toEqual(idsOf([a, b]));
    expect(await checkins.where('at', 3000)).toEqual([c]);
    expect(await checkins.where('at', 2500)).toEqual([]);
  });

  it('finds records between two numbers, both included', async () => {
    const records = [1000, 2000, 3000, 4000].map((at) => makeCheckIn({ at }));
    for (const record of records) await checkins.put(record);
    expect((await checkins.between('at', 2000, 3000)).map((c) => c.at).sort()).toEqual([
      2000, 3000,
    ]);
    expect(await checkins.between('at', 4001, 9000)).toEqual([]);
  });

  describe('when saving fails', () => {
    it('writes nothing and skips the save hook when sealing fails', async () => {
      const vault = createScramblingVault();
      vault.seal = async () => {
        throw new Error('WebCrypto failed');
      };
      setVault(vault);
      await expect(entries.put(makeEntry())).rejects.toThrow('WebCrypto failed');
      expect(afterSave).not.toHaveBeenCalled();
      expect(await readRawRows(t.name, 'entries')).toEqual([]);
    });

    it('reports a full disk as quota, keeps the old version, and skips the save hook', async () => {
      const entry = makeEntry({ body: 'old text' });
      await entries.put(entry);
      afterSave.mockClear();
      vi.spyOn(t.db.entries, 'put').mockRejectedValueOnce(quotaAbort());
      const error = await entries.put({ ...entry, body: 'new text' }).catch((e: unknown) => e);
      expect(classifyStorageError(error)).toBe('quota');
      expect(afterSave).not.toHaveBeenCalled();
      expect((await entries.get(entry.id))?.body).toBe('old text');
    });
  });

  describe('saving the record a draft became', () => {
    it('removes the draft in the same save', async () => {
      await t.repos.drafts.save('entry:new', { body: 'typed' });
      await t.repos.drafts.save('checkin:new', { mood: 3 });
      const entry = makeEntry({ body: 'typed' });
      await entries.put(entry, { discardDraft: 'entry:new' });
      expect((await entries.get(entry.id))?.body).toBe('typed');
      expect(await t.repos.drafts.get('entry:new')).toBeUndefined();
      expect((await t.repos.drafts.get('checkin:new'))?.data).toEqual({ mood: 3 });
    });

    it('keeps the draft when the record cannot be saved', async () => {
      await t.repos.drafts.save('entry:new', { body: 'typed' });
      vi.spyOn(t.db.entries, 'put').mockRejectedValueOnce(quotaAbort());
      await expect(entries.put(makeEntry(), { discardDraft: 'entry:new' })).rejects.toBeDefined();
      expect((await t.repos.drafts.get('entry:new'))?.data).toEqual({ body: 'typed' });
      expect(await entries.count()).toBe(0);
    });

    it('keeps the draft when sealing fails before the transaction', async () => {
      await t.repos.drafts.save('entry:new', { body: 'typed' });
      const vault = createScramblingVault();
      vault.seal = async () => {
        throw new Error('WebCrypto failed');
      };
      setVault(vault);
      await expect(entries.put(makeEntry(), { discardDraft: 'entry:new' })).rejects.toThrow();
      setVault(plainVault);
      expect((await t.repos.drafts.get('entry:new'))?.data).toEqual({ body: 'typed' });
    });

    it('rolls back the draft removal when the transaction fails after it', async () => {
      await t.repos.drafts.save('entry:new', { body: 'typed' });
      const drafts = t.db.drafts;
      const realDelete = drafts.delete.bind(drafts);
      vi.spyOn(drafts, 'delete').mockImplementationOnce((key) =>
        realDelete(key).then((): never => {
          throw quotaAbort();
        }),
      );
      const entry = makeEntry();
      await expect(entries.put(entry, { discardDraft: 'entry:new' })).rejects.toBeDefined();
      expect((await t.repos.drafts.get('entry:new'))?.data).toEqual({ body: 'typed' });
      expect(await entries.get(entry.id)).toBeUndefined();
    });
  });
});
