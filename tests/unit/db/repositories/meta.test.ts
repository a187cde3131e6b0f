import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRows,
  type TestDatabase,
} from '../testDatabase';

describe('meta repository', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('returns undefined for a key never set', async () => {
    expect(await t.repos.meta.get('firstRunDone')).toBeUndefined();
    expect(await t.repos.meta.get('lastBackupAt')).toBeUndefined();
    expect(await t.repos.meta.get('persistenceRequested')).toBeUndefined();
  });

  it('sets and reads each key with its own type', async () => {
    await t.repos.meta.set('firstRunDone', true);
    await t.repos.meta.set('lastBackupAt', 1_772_000_000_000);
    await t.repos.meta.set('persistenceRequested', false);
    expect(await t.repos.meta.get('firstRunDone')).toBe(true);
    expect(await t.repos.meta.get('lastBackupAt')).toBe(1_772_000_000_000);
    expect(await t.repos.meta.get('persistenceRequested')).toBe(false);
  });

  it('overwrites a value', async () => {
    await t.repos.meta.set('lastBackupAt', 1);
    await t.repos.meta.set('lastBackupAt', 2);
    expect(await t.repos.meta.get('lastBackupAt')).toBe(2);
  });

  it('stores plain key and value rows, never sealed', async () => {
    await t.repos.meta.set('firstRunDone', true);
    await t.repos.meta.set('lastBackupAt', 7);
    const rows = await readRawRows(t.name, 'meta');
    expect(rows).toEqual(
      expect.arrayContaining([
        { key: 'firstRunDone', value: true },
        { key: 'lastBackupAt', value: 7 },
      ]),
    );
    expect(rows).toHaveLength(2);
  });
});
