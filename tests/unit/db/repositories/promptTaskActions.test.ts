// Answering, skipping and snoozing a due prompt (src/db/repositories/promptTaskActions.ts):
// the answer's entry, the task's mark and the draft's removal are one transaction.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byId, entryFields, promptTaskFields } from '../../factories';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRow,
  type TestDatabase,
} from '../testDatabase';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => closeTestDatabases());

const draftId = 'prompt:task-1';

async function dueTask() {
  return t.repos.promptTasks.create(
    promptTaskFields({
      id: 'task-1',
      sessionId: 's1',
      promptId: 'builtin-int-body-01',
      dueDay: '2026-03-01',
    }),
  );
}

const answer = (body: string) => ({
  taskId: 'task-1',
  promptId: 'builtin-int-body-01',
  sessionId: 's1',
  promptText: 'How did you sleep?',
  body,
  draftId,
});

describe('answering a prompt', () => {
  it('writes an entry linked to the prompt and session, marks the task, discards the draft', async () => {
    await dueTask();
    await t.repos.drafts.save(draftId, { body: 'Slept deeply' });
    const entryId = await t.repos.promptTasks.answer(answer('  Slept deeply  '));

    const entry = await t.repos.entries.get(entryId);
    expect(entry).toMatchObject({
      promptId: 'builtin-int-body-01',
      sessionId: 's1',
      sessionLink: 'manual',
      title: 'How did you sleep?',
      body: 'Slept deeply',
      day: '2026-03-01',
      tags: [],
      share: false,
      discuss: false,
    });
    expect(await t.repos.promptTasks.get('task-1')).toMatchObject({
      status: 'answered',
      entryId,
    });
    expect(await t.repos.drafts.get(draftId)).toBeUndefined();
    expect(await t.repos.promptTasks.listDueBy('2026-12-31')).toEqual([]);
    expect((await t.repos.entries.listBySession('s1')).map((e) => e.id)).toEqual([entryId]);
  });

  it('stores the same clear fields as the entries repository (no drift)', async () => {
    await dueTask();
    const entryId = await t.repos.promptTasks.answer(answer('Words'));
    const other = await t.repos.entries.create(
      entryFields({ sessionId: 's1', sessionLink: 'manual', promptId: 'p' }),
    );
    const answered = await readRawRow(t.name, 'entries', entryId);
    const written = await readRawRow(t.name, 'entries', other.id);
    expect(Object.keys(answered ?? {}).sort()).toEqual(Object.keys(written ?? {}).sort());
  });

  it('changes nothing and keeps the draft when the transaction fails', async () => {
    const task = await dueTask();
    await t.repos.drafts.save(draftId, { body: 'Every word I typed' });
    const entriesBefore = await t.repos.entries.all();
    const spy = vi.spyOn(t.db.promptTasks, 'update').mockImplementation(() => {
      throw new Error('Disk failed while answering');
    });
    await expect(t.repos.promptTasks.answer(answer('Every word I typed'))).rejects.toThrow(
      'Disk failed while answering',
    );
    spy.mockRestore();
    expect(byId(await t.repos.entries.all())).toEqual(byId(entriesBefore));
    expect(await t.repos.promptTasks.get('task-1')).toEqual(task);
    expect((await t.repos.drafts.get(draftId))?.data).toEqual({ body: 'Every word I typed' });
  });

  it('refuses an empty answer and writes nothing', async () => {
    const task = await dueTask();
    await expect(t.repos.promptTasks.answer(answer('   '))).rejects.toThrow(/empty/);
    expect(await t.repos.entries.count()).toBe(0);
    expect(await t.repos.promptTasks.get('task-1')).toEqual(task);
  });

  it('keeps the first answer of a task answered meanwhile, and still saves the new text', async () => {
    await dueTask();
    const first = await t.repos.promptTasks.answer(answer('First'));
    const second = await t.repos.promptTasks.answer(answer('Second'));
    expect((await t.repos.promptTasks.get('task-1'))?.entryId).toBe(first);
    expect((await t.repos.entries.get(second))?.body).toBe('Second');
  });
});

describe('skipping and snoozing', () => {
  it('skip marks the task skipped; restore brings it back exactly', async () => {
    const task = await dueTask();
    const previous = await t.repos.promptTasks.skip('task-1');
    expect(previous).toEqual(task);
    expect((await t.repos.promptTasks.get('task-1'))?.status).toBe('skipped');
    await t.repos.promptTasks.restore(previous);
    expect(await t.repos.promptTasks.get('task-1')).toEqual(task);
  });

  it('snooze moves the task to tomorrow; restore brings its day back', async () => {
    const task = await dueTask();
    const previous = await t.repos.promptTasks.snooze('task-1');
    expect((await t.repos.promptTasks.get('task-1'))?.dueDay).toBe('2026-03-02');
    expect(await t.repos.promptTasks.listDueBy('2026-03-01')).toEqual([]);
    await t.repos.promptTasks.restore(previous);
    expect(await t.repos.promptTasks.get('task-1')).toEqual(task);
  });

  it('restore leaves a task answered since alone', async () => {
    await dueTask();
    const previous = await t.repos.promptTasks.skip('task-1');
    const entryId = await t.repos.promptTasks.answer(answer('Answered after all'));
    await t.repos.promptTasks.restore(previous);
    expect(await t.repos.promptTasks.get('task-1')).toMatchObject({ status: 'answered', entryId });
  });
});
