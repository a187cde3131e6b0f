import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitmentFields, idsOf } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';
import { describeEntityCrud } from './entityContract';

describeEntityCrud('commitments', {
  pick: (repos) => repos.commitments,
  fields: () => commitmentFields({ sessionId: 'session-a', entryId: 'entry-a' }),
  patch: {
    text: 'Walk outside three mornings a week',
    followUps: [{ at: Date.UTC(2026, 2, 8, 9), outcome: 'partly', note: 'Twice' }],
  },
});

describe('commitments queries', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('listBySession returns only the commitments linked to that session', async () => {
    const { commitments } = t.repos;
    const a = await commitments.create(commitmentFields({ sessionId: 'session-a' }));
    const a2 = await commitments.create(
      commitmentFields({ sessionId: 'session-a', entryId: 'entry-x', text: 'Call Mum' }),
    );
    await commitments.create(commitmentFields({ sessionId: 'session-b' }));
    await commitments.create(commitmentFields());

    const linked = await commitments.listBySession('session-a');
    expect(idsOf(linked)).toEqual(idsOf([a, a2]));
    expect(linked).toContainEqual(a2);
  });

  it('listByEntry returns only the commitments taken from that entry', async () => {
    const { commitments } = t.repos;
    const fromEntry = await commitments.create(commitmentFields({ entryId: 'entry-1' }));
    const alsoFromEntry = await commitments.create(
      commitmentFields({ entryId: 'entry-1', sessionId: 'session-a' }),
    );
    await commitments.create(commitmentFields({ entryId: 'entry-2' }));
    await commitments.create(commitmentFields());

    expect(idsOf(await commitments.listByEntry('entry-1'))).toEqual(
      idsOf([fromEntry, alsoFromEntry]),
    );
    expect(await commitments.listByEntry('entry-3')).toEqual([]);
  });

  it('keeps follow-ups added by update', async () => {
    const { commitments } = t.repos;
    const commitment = await commitments.create(commitmentFields({ entryId: 'entry-1' }));
    const followUps = [
      { at: Date.UTC(2026, 2, 8), outcome: 'not-yet' as const },
      { at: Date.UTC(2026, 2, 15), outcome: 'kept' as const, note: 'Every day this week' },
    ];
    await commitments.update(commitment.id, { followUps });
    const [stored] = await commitments.listByEntry('entry-1');
    expect(stored?.followUps).toEqual(followUps);
    expect(stored?.text).toBe(commitment.text);
  });
});
