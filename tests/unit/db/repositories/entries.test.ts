import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryFields, idsOf } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';
import { describeEntityCrud } from './entityContract';

describeEntityCrud('entries', {
  pick: (repos) => repos.entries,
  fields: () => entryFields(),
  patch: {
    title: 'Evening pages',
    body: 'The afternoon was harder. I called my sister.',
    tags: ['family', 'hard day'],
    share: true,
  },
});

describe('entries queries', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('listBySession returns only the entries linked to that session', async () => {
    const { entries } = t.repos;
    const a1 = await entries.create(entryFields({ sessionId: 'session-a' }));
    const a2 = await entries.create(entryFields({ sessionId: 'session-a', sessionLink: 'manual' }));
    await entries.create(entryFields({ sessionId: 'session-b' }));
    await entries.create(entryFields());

    const linked = await entries.listBySession('session-a');
    expect(idsOf(linked)).toEqual(idsOf([a1, a2]));
    expect(linked).toContainEqual(a2);
    expect(await entries.listBySession('session-c')).toEqual([]);
  });

  it('listBySession stops returning an entry once it is unlinked', async () => {
    const { entries } = t.repos;
    const entry = await entries.create(entryFields({ sessionId: 'session-a' }));
    const unlinked = await entries.update(entry.id, {
      sessionId: undefined,
      sessionLink: 'manual',
    });
    expect(unlinked.sessionId).toBeUndefined();
    expect(await entries.listBySession('session-a')).toEqual([]);
    const stored = await entries.get(entry.id);
    expect(stored).not.toHaveProperty('sessionId');
    expect(stored?.sessionLink).toBe('manual');
    expect(stored?.body).toBe(entry.body);
  });

  it('listBetweenDays includes both ends and nothing outside them', async () => {
    const { entries } = t.repos;
    const days = [
      '2026-02-28',
      '2026-03-01',
      '2026-03-09',
      '2026-03-10',
      '2026-03-31',
      '2026-04-01',
    ];
    const byDay = new Map<string, string>();
    for (const day of days) byDay.set(day, (await entries.create(entryFields({ day }))).id);

    const march = await entries.listBetweenDays('2026-03-01', '2026-03-31');
    expect(march.map((e) => e.day).sort()).toEqual([
      '2026-03-01',
      '2026-03-09',
      '2026-03-10',
      '2026-03-31',
    ]);
    expect(idsOf(march)).toEqual(
      ['2026-03-01', '2026-03-09', '2026-03-10', '2026-03-31'].map((d) => byDay.get(d)).sort(),
    );
  });

  it('listBetweenDays over a single day returns that day only', async () => {
    const { entries } = t.repos;
    const morning = await entries.create(entryFields({ day: '2026-03-10', title: 'Morning' }));
    const evening = await entries.create(entryFields({ day: '2026-03-10', title: 'Evening' }));
    await entries.create(entryFields({ day: '2026-03-11' }));
    await entries.create(entryFields({ day: '2026-03-09' }));
    expect(idsOf(await entries.listBetweenDays('2026-03-10', '2026-03-10'))).toEqual(
      idsOf([morning, evening]),
    );
  });

  it('listBetweenDays spans a year boundary and is empty for a reversed range', async () => {
    const { entries } = t.repos;
    const dec = await entries.create(entryFields({ day: '2025-12-31' }));
    const jan = await entries.create(entryFields({ day: '2026-01-01' }));
    expect(idsOf(await entries.listBetweenDays('2025-12-01', '2026-01-31'))).toEqual(
      idsOf([dec, jan]),
    );
    expect(await entries.listBetweenDays('2026-01-31', '2025-12-01')).toEqual([]);
  });

  it('listBetweenDays follows a day moved by update', async () => {
    const { entries } = t.repos;
    const entry = await entries.create(entryFields({ day: '2026-03-01' }));
    await entries.update(entry.id, { day: '2026-03-20' });
    expect(await entries.listBetweenDays('2026-03-01', '2026-03-07')).toEqual([]);
    expect(idsOf(await entries.listBetweenDays('2026-03-15', '2026-03-31'))).toEqual([entry.id]);
  });

  it('keeps emoji, right-to-left text and long bodies exactly', async () => {
    const body = `שלום 🌿 مرحبا\n${'x'.repeat(100_000)}`;
    const entry = await t.repos.entries.create(entryFields({ body, tags: ['🌿', 'עברית'] }));
    const stored = await t.repos.entries.get(entry.id);
    expect(stored?.body).toBe(body);
    expect(stored?.tags).toEqual(['🌿', 'עברית']);
  });
});
