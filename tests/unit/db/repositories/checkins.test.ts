import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInFields, idsOf } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';
import { describeEntityCrud } from './entityContract';

describeEntityCrud('checkins', {
  pick: (repos) => repos.checkins,
  fields: () => checkInFields(),
  patch: { mood: 8, emotions: ['hopeful', 'tired'], note: 'Better after a walk', pain: 2 },
});

describe('checkins queries', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('listBySession returns only the check-ins linked to that session', async () => {
    const { checkins } = t.repos;
    const before = await checkins.create(
      checkInFields({ sessionId: 'session-a', moment: 'before-session' }),
    );
    const after = await checkins.create(
      checkInFields({ sessionId: 'session-a', moment: 'after-session', mood: 7 }),
    );
    await checkins.create(checkInFields({ sessionId: 'session-b' }));
    await checkins.create(checkInFields());

    const linked = await checkins.listBySession('session-a');
    expect(idsOf(linked)).toEqual(idsOf([before, after]));
    expect(linked).toContainEqual(after);
    expect(await checkins.listBySession('nobody')).toEqual([]);
  });

  it('listBetweenDays includes both ends and nothing outside them', async () => {
    const { checkins } = t.repos;
    const ids: Record<string, string> = {};
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09']) {
      ids[day] = (await checkins.create(checkInFields({ day }))).id;
    }
    const week = await checkins.listBetweenDays('2026-03-02', '2026-03-08');
    expect(idsOf(week)).toEqual([ids['2026-03-02'], ids['2026-03-08']].sort());
    expect(week.every((c) => c.mood === 6)).toBe(true);
    expect(await checkins.listBetweenDays('2026-04-01', '2026-04-30')).toEqual([]);
  });

  it('listBetweenDays follows the stored day, not the instant', async () => {
    // A check-in late in the evening belongs to the day the user saw, even if UTC moved on.
    const { checkins } = t.repos;
    const late = await checkins.create(
      checkInFields({ at: Date.UTC(2026, 2, 2, 3, 30), day: '2026-03-01' }),
    );
    expect(idsOf(await checkins.listBetweenDays('2026-03-01', '2026-03-01'))).toEqual([late.id]);
    expect(await checkins.listBetweenDays('2026-03-02', '2026-03-02')).toEqual([]);
  });
});
