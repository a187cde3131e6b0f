import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idsOf, promptTaskFields } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';
import { describeEntityCrud } from './entityContract';

describeEntityCrud('promptTasks', {
  pick: (repos) => repos.promptTasks,
  fields: () => promptTaskFields({ sessionId: 'session-a' }),
  patch: { status: 'answered', entryId: 'entry-1' },
});

describe('promptTasks queries', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('listBySession returns only the tasks of that session', async () => {
    const { promptTasks } = t.repos;
    const a1 = await promptTasks.create(promptTaskFields({ sessionId: 'session-a' }));
    const a2 = await promptTasks.create(
      promptTaskFields({ sessionId: 'session-a', status: 'skipped', dueDay: '2026-03-08' }),
    );
    await promptTasks.create(promptTaskFields({ sessionId: 'session-b' }));
    await promptTasks.create(promptTaskFields());

    expect(idsOf(await promptTasks.listBySession('session-a'))).toEqual(idsOf([a1, a2]));
    expect(await promptTasks.listBySession('session-a')).toContainEqual(a2);
  });

  it('listDueBy returns due tasks on or before the day, oldest first', async () => {
    const { promptTasks } = t.repos;
    const day3 = await promptTasks.create(promptTaskFields({ dueDay: '2026-03-04' }));
    const today = await promptTasks.create(promptTaskFields({ dueDay: '2026-03-10' }));
    const day1 = await promptTasks.create(promptTaskFields({ dueDay: '2026-03-02' }));
    await promptTasks.create(promptTaskFields({ dueDay: '2026-03-11' }));
    await promptTasks.create(promptTaskFields({ dueDay: '2026-04-01' }));

    const due = await promptTasks.listDueBy('2026-03-10');
    expect(due.map((task) => task.id)).toEqual([day1.id, day3.id, today.id]);
    expect(due[0]).toEqual(day1);
  });

  it('listDueBy leaves out answered and skipped tasks, however overdue', async () => {
    const { promptTasks } = t.repos;
    await promptTasks.create(promptTaskFields({ dueDay: '2026-03-01', status: 'answered' }));
    await promptTasks.create(promptTaskFields({ dueDay: '2026-03-01', status: 'skipped' }));
    const open = await promptTasks.create(promptTaskFields({ dueDay: '2026-03-05' }));
    expect(idsOf(await promptTasks.listDueBy('2026-03-31'))).toEqual([open.id]);
  });

  it('listDueBy drops a task once it is answered', async () => {
    const { promptTasks } = t.repos;
    const task = await promptTasks.create(promptTaskFields({ dueDay: '2026-03-02' }));
    expect(idsOf(await promptTasks.listDueBy('2026-03-02'))).toEqual([task.id]);
    await promptTasks.update(task.id, { status: 'answered', entryId: 'entry-9' });
    expect(await promptTasks.listDueBy('2026-03-02')).toEqual([]);
    expect((await promptTasks.get(task.id))?.entryId).toBe('entry-9');
  });

  it('listDueBy compares days across months and years correctly', async () => {
    const { promptTasks } = t.repos;
    const dec = await promptTasks.create(promptTaskFields({ dueDay: '2025-12-31' }));
    const sep = await promptTasks.create(promptTaskFields({ dueDay: '2025-09-30' }));
    await promptTasks.create(promptTaskFields({ dueDay: '2026-01-02' }));
    expect((await promptTasks.listDueBy('2026-01-01')).map((task) => task.id)).toEqual([
      sep.id,
      dec.id,
    ]);
  });

  it('listDueBy is empty when nothing is due', async () => {
    await t.repos.promptTasks.create(promptTaskFields({ dueDay: '2026-03-20' }));
    expect(await t.repos.promptTasks.listDueBy('2026-03-19')).toEqual([]);
  });
});
