import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRow,
  type TestDatabase,
} from '../testDatabase';

describe('drafts repository', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('saves a draft stamped with the clock time and reads it back', async () => {
    t.clock.set(1_772_000_000_000);
    const data = { title: 'Half a thought', body: 'I keep coming back to', tags: ['open'] };
    const saved = await t.repos.drafts.save('entry:new', data);
    expect(saved).toEqual({ id: 'entry:new', updatedAt: 1_772_000_000_000, data });
    expect(await t.repos.drafts.get('entry:new')).toEqual(saved);
  });

  it('returns undefined for a form without a draft', async () => {
    await t.repos.drafts.save('entry:new', { body: 'x' });
    expect(await t.repos.drafts.get('entry:abc')).toBeUndefined();
  });

  it('replaces the previous draft of the same form', async () => {
    await t.repos.drafts.save('entry:new', { body: 'first' });
    t.clock.advance(500);
    await t.repos.drafts.save('entry:new', { body: 'first and second' });
    expect((await t.repos.drafts.get('entry:new'))?.data).toEqual({ body: 'first and second' });
    expect(await t.repos.drafts.list()).toHaveLength(1);
  });

  it('keeps nested form data exactly', async () => {
    const data = {
      answers: [1, null, 3],
      vitals: { systolic: 120 },
      body: 'emoji 🌿 and עברית',
      empty: '',
    };
    await t.repos.drafts.save('assessment:phq9', data);
    expect((await t.repos.drafts.get('assessment:phq9'))?.data).toEqual(data);
  });

  it('discards one draft and leaves the others; discarding again is harmless', async () => {
    await t.repos.drafts.save('entry:new', { body: 'keep' });
    await t.repos.drafts.save('checkin:new', { mood: 4 });
    await t.repos.drafts.discard('checkin:new');
    expect(await t.repos.drafts.get('checkin:new')).toBeUndefined();
    expect((await t.repos.drafts.get('entry:new'))?.data).toEqual({ body: 'keep' });
    await expect(t.repos.drafts.discard('checkin:new')).resolves.toBeUndefined();
  });

  it('lists every draft id and time, newest first, without the data', async () => {
    t.clock.set(1000);
    await t.repos.drafts.save('b-oldest', { body: 'one' });
    t.clock.set(3000);
    await t.repos.drafts.save('a-newest', { body: 'three' });
    t.clock.set(2000);
    await t.repos.drafts.save('c-middle', { body: 'two' });
    expect(await t.repos.drafts.list()).toEqual([
      { id: 'a-newest', updatedAt: 3000 },
      { id: 'c-middle', updatedAt: 2000 },
      { id: 'b-oldest', updatedAt: 1000 },
    ]);
  });

  it('lists nothing when no draft is kept', async () => {
    expect(await t.repos.drafts.list()).toEqual([]);
  });

  it('stores the id and time in the clear and the form data in the payload', async () => {
    t.clock.set(42);
    await t.repos.drafts.save('entry:new', { body: 'hello' });
    expect(await readRawRow(t.name, 'drafts', 'entry:new')).toEqual({
      id: 'entry:new',
      updatedAt: 42,
      payload: { scheme: 'plain', data: { body: 'hello' } },
    });
  });
});
