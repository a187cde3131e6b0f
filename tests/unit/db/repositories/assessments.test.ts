import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentFields, idsOf } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';
import { describeEntityCrud } from './entityContract';

describeEntityCrud('assessments', {
  pick: (repos) => repos.assessments,
  fields: () => assessmentFields(),
  patch: { answers: [3, 3, 2, 2, 1, 1, 0, 0, null], complete: false, total: undefined },
});

describe('assessments queries', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('listBySession returns only the questionnaires linked to that session', async () => {
    const { assessments } = t.repos;
    const phq = await assessments.create(assessmentFields({ sessionId: 'session-a' }));
    const gad = await assessments.create(
      assessmentFields({
        sessionId: 'session-a',
        instrument: 'gad7',
        answers: [0, 1, 0, 1, 0, 1, 0],
        total: 3,
        band: 'minimal',
      }),
    );
    await assessments.create(assessmentFields({ sessionId: 'session-b' }));
    await assessments.create(assessmentFields());

    const linked = await assessments.listBySession('session-a');
    expect(idsOf(linked)).toEqual(idsOf([phq, gad]));
    expect(linked).toContainEqual(gad);
  });

  it('listBetweenDays includes both ends and nothing outside them', async () => {
    const { assessments } = t.repos;
    const early = await assessments.create(assessmentFields({ day: '2026-02-27' }));
    const start = await assessments.create(assessmentFields({ day: '2026-03-01' }));
    const end = await assessments.create(assessmentFields({ day: '2026-03-14' }));
    const late = await assessments.create(assessmentFields({ day: '2026-03-15' }));

    expect(idsOf(await assessments.listBetweenDays('2026-03-01', '2026-03-14'))).toEqual(
      idsOf([start, end]),
    );
    expect(idsOf(await assessments.listBetweenDays('2026-01-01', '2026-12-31'))).toEqual(
      idsOf([early, start, end, late]),
    );
  });

  it('keeps unanswered items (null) in a resumable questionnaire', async () => {
    const draft = await t.repos.assessments.create(
      assessmentFields({ answers: [1, null, 2, null, 0, null, null, null, null], complete: false }),
    );
    expect((await t.repos.assessments.get(draft.id))?.answers).toEqual([
      1,
      null,
      2,
      null,
      0,
      null,
      null,
      null,
      null,
    ]);
  });
});
