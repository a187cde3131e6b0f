// The reminder settings in the settings repository: defaults, round trips, and sealing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSettings } from '../../../../src/db/repositories/settings';
import { DEFAULT_REMINDER_TIME } from '../../../../src/domain/prompts/schedule';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../../db/testDatabase';

describe('reminder settings', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('default to 19:00 and no daily check-in reminder', async () => {
    expect(await t.repos.settings.get('reminderTime')).toBe(DEFAULT_REMINDER_TIME);
    expect(DEFAULT_REMINDER_TIME).toBe('19:00');
    expect(await t.repos.settings.get('dailyCheckInReminder')).toBeUndefined();
  });

  it('keep what the user chose', async () => {
    await t.repos.settings.set('reminderTime', '21:15');
    await t.repos.settings.set('dailyCheckInReminder', { enabled: true, time: '08:30' });
    expect(await t.repos.settings.get('reminderTime')).toBe('21:15');
    expect(await t.repos.settings.get('dailyCheckInReminder')).toEqual({
      enabled: true,
      time: '08:30',
    });
  });

  it('are sealed like the rest of what the user chose, not readable while locked', () => {
    expect(clearSettings.has('reminderTime')).toBe(false);
    expect(clearSettings.has('dailyCheckInReminder')).toBe(false);
  });
});
