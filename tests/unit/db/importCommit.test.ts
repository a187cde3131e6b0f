import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../src/db/importCommit';
import { createRecordStore } from '../../../src/db/recordStore';
import type { JournalEntry, Prompt } from '../../../src/domain/types';
import { makeEntry, makePrompt } from '../factories';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRows,
  type TestDatabase,
} from './testDatabase';

describe('commitImport, the import pipeline’s commit', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  const promptRows = (prompts: readonly Prompt[]) => {
    const store = createRecordStore<Prompt>({ db: t.db }, 'prompts', [
      'source',
      'createdAt',
      'updatedAt',
    ]);
    return Promise.all(prompts.map((p) => store.toRow(p)));
  };

  it('adds what is missing and leaves stored records as they are', async () => {
    const kept = await t.repos.prompts.put(
      makePrompt({ id: 'p1', text: 'Edited by me', updatedAt: 50 }),
    );
    const rows = await promptRows([
      makePrompt({ id: 'p1', text: 'Original', updatedAt: 99 }),
      makePrompt({ id: 'p2', text: 'New' }),
    ]);
    const report = await commitImport(t.db, [{ table: 'prompts', rows }]);
    expect(report).toEqual({ prompts: { added: 1, updated: 0, unchanged: 1 } });
    expect(await t.repos.prompts.get('p1')).toEqual(kept);
    expect((await t.repos.prompts.get('p2'))?.text).toBe('New');
  });

  it("'newer-wins' replaces a stored record only with a newer one", async () => {
    await t.repos.prompts.put(makePrompt({ id: 'old', text: 'Old', updatedAt: 10 }));
    await t.repos.prompts.put(makePrompt({ id: 'new', text: 'Stored newer', updatedAt: 90 }));
    const rows = await promptRows([
      makePrompt({ id: 'old', text: 'From backup', updatedAt: 20 }),
      makePrompt({ id: 'new', text: 'From backup', updatedAt: 80 }),
    ]);
    const report = await commitImport(t.db, [{ table: 'prompts', rows }], 'newer-wins');
    expect(report.prompts).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect((await t.repos.prompts.get('old'))?.text).toBe('From backup');
    expect((await t.repos.prompts.get('new'))?.text).toBe('Stored newer');
  });

  it('writes several stores in the same transaction', async () => {
    const entryStore = createRecordStore<JournalEntry>({ db: t.db }, 'entries', [
      'day',
      'createdAt',
      'updatedAt',
      'sessionId',
      'promptId',
    ]);
    const report = await commitImport(t.db, [
      { table: 'prompts', rows: await promptRows([makePrompt({ id: 'p' })]) },
      { table: 'entries', rows: [await entryStore.toRow(makeEntry({ id: 'e' }))] },
    ]);
    expect(report.prompts?.added).toBe(1);
    expect(report.entries?.added).toBe(1);
    expect(await t.repos.entries.get('e')).toBeDefined();
  });

  it('is all or nothing: a failure at record N/2 writes zero records in every store', async () => {
    await t.repos.prompts.put(makePrompt({ id: 'before', text: 'Already here' }));
    const prompts = Array.from({ length: 10 }, (_, i) => makePrompt({ id: `p${i}` }));
    const rows = await promptRows(prompts);
    const entryRow = await createRecordStore<JournalEntry>({ db: t.db }, 'entries', ['day']).toRow(
      makeEntry({ id: 'e' }),
    );
    let seen = 0;
    // Fail the write of the fifth new prompt, as a full disk would.
    t.db.prompts.hook('creating', () => {
      seen++;
      if (seen === 5) throw new DOMException('Disk full', 'QuotaExceededError');
    });
    await expect(
      commitImport(t.db, [
        { table: 'entries', rows: [entryRow] },
        { table: 'prompts', rows },
      ]),
    ).rejects.toThrow();
    expect(seen).toBeGreaterThanOrEqual(5);
    const stored = await readRawRows(t.name, 'prompts');
    expect(stored.map((row) => row.id)).toEqual(['before']);
    expect(await readRawRows(t.name, 'entries')).toEqual([]);
  });
});

describe('prompts repository: importMany and storedIds', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('importing the same prompts twice adds nothing the second time', async () => {
    const pack = [
      makePrompt({ id: 'pack-1', source: 'pack', packName: 'P' }),
      makePrompt({ id: 'pack-2', source: 'pack', packName: 'P' }),
    ];
    expect(await t.repos.prompts.importMany(pack)).toBe(2);
    expect(await t.repos.prompts.importMany(pack)).toBe(0);
    expect(await t.repos.prompts.count()).toBe(2);
  });

  it('keeps a retired or edited pack prompt as the user left it', async () => {
    const prompt = makePrompt({ id: 'pack-1', source: 'pack', packName: 'P', text: 'Original' });
    await t.repos.prompts.importMany([prompt]);
    await t.repos.prompts.update('pack-1', { retired: true, text: 'My words' });
    await t.repos.prompts.importMany([prompt]);
    expect(await t.repos.prompts.get('pack-1')).toMatchObject({ retired: true, text: 'My words' });
  });

  it('storedIds says which ids are stored', async () => {
    await t.repos.prompts.put(makePrompt({ id: 'here' }));
    expect(await t.repos.prompts.storedIds(['here', 'not-here'])).toEqual(new Set(['here']));
    expect(await t.repos.prompts.storedIds([])).toEqual(new Set());
  });
});
