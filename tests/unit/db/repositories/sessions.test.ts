import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idsOf, sessionFields } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';
import { describeEntityCrud } from './entityContract';

describeEntityCrud('sessions', {
  pick: (repos) => repos.sessions,
  fields: () => sessionFields(),
  patch: {
    status: 'completed',
    notes: 'Felt held by the music',
    sideEffects: [{ kind: 'nausea', severity: 'mild' }],
    afterCapture: { word: 'open', at: Date.UTC(2026, 2, 5, 16) },
  },
});

describe('sessions queries', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('listByDate returns every session earliest first, whatever the order of saving', async () => {
    const { sessions } = t.repos;
    const third = await sessions.create(
      sessionFields({ startsAt: Date.UTC(2026, 3, 2, 14), day: '2026-04-02', status: 'planned' }),
    );
    const first = await sessions.create(
      sessionFields({ startsAt: Date.UTC(2026, 2, 5, 14), day: '2026-03-05', status: 'completed' }),
    );
    const second = await sessions.create(
      sessionFields({ startsAt: Date.UTC(2026, 2, 19, 9), day: '2026-03-19', status: 'cancelled' }),
    );
    const sameDayLater = await sessions.create(
      sessionFields({ startsAt: Date.UTC(2026, 2, 19, 15), day: '2026-03-19', status: 'planned' }),
    );
    const listed = await sessions.listByDate();
    expect(listed.map((s) => s.id)).toEqual([first.id, second.id, sameDayLater.id, third.id]);
    expect(listed[0]).toEqual(first);
  });

  it('listByDate is empty when there are no sessions', async () => {
    expect(await t.repos.sessions.listByDate()).toEqual([]);
  });

  it('listByStatus returns only sessions with that status', async () => {
    const { sessions } = t.repos;
    const planned = await sessions.create(sessionFields({ status: 'planned' }));
    const completedA = await sessions.create(sessionFields({ status: 'completed' }));
    const completedB = await sessions.create(sessionFields({ status: 'completed' }));
    await sessions.create(sessionFields({ status: 'cancelled' }));

    expect(idsOf(await sessions.listByStatus('completed'))).toEqual(
      idsOf([completedA, completedB]),
    );
    expect(await sessions.listByStatus('planned')).toEqual([planned]);
    expect(await sessions.listByStatus('cancelled')).toHaveLength(1);
  });

  it('listByStatus follows a status change made by update', async () => {
    const { sessions } = t.repos;
    const session = await sessions.create(sessionFields({ status: 'planned' }));
    await sessions.update(session.id, { status: 'completed' });
    expect(await sessions.listByStatus('planned')).toEqual([]);
    const completed = await sessions.listByStatus('completed');
    expect(completed.map((s) => s.id)).toEqual([session.id]);
    expect(completed[0]?.status).toBe('completed');
    expect(completed[0]?.intentions).toEqual(session.intentions);
  });

  it('keeps nested session details intact through a save', async () => {
    const session = await t.repos.sessions.create(
      sessionFields({
        vitalsBefore: { systolic: 120, diastolic: 80, heartRate: 70 },
        vitalsAfter: { systolic: 135, diastolic: 85 },
        checklist: [
          { id: 'ride', label: 'Ride home arranged', done: true },
          { id: 'fast', label: 'No food for 4 hours', done: false },
        ],
        sideEffects: [{ kind: 'other', severity: 'moderate', note: 'Tingling hands' }],
        supportPerson: 'Sam',
      }),
    );
    expect(await t.repos.sessions.get(session.id)).toEqual(session);
  });
});
