import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSettings } from '../../../../src/db/repositories/settings';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';

describe('focus areas setting', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('is empty until chosen, then keeps the choice', async () => {
    expect(await t.repos.settings.get('focusAreas')).toEqual([]);
    await t.repos.settings.set('focusAreas', ['depression', 'chronic-pain']);
    expect(await t.repos.settings.get('focusAreas')).toEqual(['depression', 'chronic-pain']);
    await t.repos.settings.set('focusAreas', []);
    expect(await t.repos.settings.get('focusAreas')).toEqual([]);
  });

  it('is sealed with what the user wrote, not left readable while locked', () => {
    expect(clearSettings.has('focusAreas')).toBe(false);
  });
});
