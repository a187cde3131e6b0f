import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSettings } from '../../../../src/db/repositories/settings';
import { type CrisisResource, defaultCrisisResources } from '../../../../src/domain/crisis';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRow,
  type TestDatabase,
  writeRawRows,
} from '../testDatabase';

describe('settings repository', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('returns the defaults for settings never set', async () => {
    expect(await t.repos.settings.getTheme()).toBe('system');
    expect(await t.repos.settings.get('theme')).toBe('system');
    // No stored list means "not edited": the crisis screen then shows defaultCrisisResources
    // (kept out of the repository so the list does not weigh on the first load).
    expect(await t.repos.settings.get('crisisResources')).toBeUndefined();
  });

  it('saves and reads the theme', async () => {
    await t.repos.settings.setTheme('dark');
    expect(await t.repos.settings.getTheme()).toBe('dark');
    await t.repos.settings.set('theme', 'light');
    expect(await t.repos.settings.get('theme')).toBe('light');
    await t.repos.settings.setTheme('system');
    expect(await t.repos.settings.getTheme()).toBe('system');
  });

  it('reads an unexpected stored theme as the system theme', async () => {
    await writeRawRows(t.name, 'settings', [
      { key: 'theme', updatedAt: 1, payload: { scheme: 'plain', data: 'purple' } },
    ]);
    expect(await t.repos.settings.getTheme()).toBe('system');
  });

  it('saves and reads a custom list of crisis resources', async () => {
    const mine: CrisisResource[] = [
      ...defaultCrisisResources.slice(0, 2),
      {
        id: 'person-sam',
        name: 'Sam (sister)',
        region: 'Personal',
        description: 'Call any time',
        phone: '+15555550100',
        canCall: true,
        canText: true,
      },
    ];
    await t.repos.settings.set('crisisResources', mine);
    expect(await t.repos.settings.get('crisisResources')).toEqual(mine);
    expect(await t.repos.settings.get('theme')).toBe('system');
  });

  it('stores one row per key, stamped with the clock time', async () => {
    t.clock.set(1_772_222_000_000);
    await t.repos.settings.setTheme('dark');
    t.clock.advance(1000);
    await t.repos.settings.setTheme('light');
    expect(await readRawRow(t.name, 'settings', 'theme')).toEqual({
      key: 'theme',
      updatedAt: 1_772_222_001_000,
      payload: { scheme: 'plain', data: 'light' },
    });
    expect(await t.db.settings.count()).toBe(1);
  });

  it('keeps the theme and crisis resources readable without the passcode', () => {
    expect(clearSettings.has('theme')).toBe(true);
    expect(clearSettings.has('crisisResources')).toBe(true);
  });
});
