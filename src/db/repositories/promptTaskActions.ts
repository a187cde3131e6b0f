// What Today does to a due prompt task: answer, skip, snooze, and undo those. Loaded lazily.
// Answering, DURABILITY POLICY: the journal entry, the task's "answered" mark and the removal
// of the draft the answer was typed in are ONE transaction: either the answer is in the journal
// and the prompt leaves Today, or nothing changed and the draft (with every word typed) is
// still there. The entry is sealed before the transaction starts.
// A task answered meanwhile (another tab) keeps its first entry; the new text is still saved.
import { toDay } from '../../domain/dates';
import { maxEntryLength, maxTitleLength } from '../../domain/entries';
import { snooze } from '../../domain/prompts/schedule';
import type { JournalEntry, PromptTask } from '../../domain/types';
import { withReconnect } from '../database';
import { createRecordStore, type RecordStore, type StoreContext } from '../recordStore';
import { RecordNotFoundError, type RepositoryClock } from './entityRepository';

/**
 * The clear fields of a journal entry, as the entries repository keeps them (entries.ts); a
 * unit test compares the rows both write, so the two lists cannot drift apart unnoticed.
 */
const entryClearKeys = [
  'day',
  'createdAt',
  'updatedAt',
  'sessionId',
  'sessionLink',
  'promptId',
] as const satisfies readonly (keyof JournalEntry)[];

/** What the user wrote in answer to a due prompt. */
export interface PromptAnswer {
  readonly taskId: string;
  readonly promptId: string;
  readonly sessionId?: string;
  /** The prompt's text, kept as the entry's title so the entry says what it answers. */
  readonly promptText?: string;
  readonly body: string;
  /** The draft the answer was typed in. */
  readonly draftId: string;
}

/** Thrown when an answer is empty or too long: nothing is written. */
export class AnswerProblem extends Error {
  override name = 'AnswerProblem';
}

/** Saves an answer (see the module comment); returns the new entry's id. */
export async function answerPrompt(
  context: StoreContext,
  clock: RepositoryClock,
  answer: PromptAnswer,
): Promise<string> {
  const body = answer.body.trim();
  if (!body) throw new AnswerProblem('Write something first: the answer is empty.');
  if (body.length > maxEntryLength)
    throw new AnswerProblem(`The answer is too long: at most ${maxEntryLength} characters.`);
  const { db } = context;
  const now = clock.now();
  const title = answer.promptText?.trim().slice(0, maxTitleLength) || undefined;
  const entry: JournalEntry = {
    id: clock.newId(),
    createdAt: now,
    updatedAt: now,
    day: toDay(now),
    promptId: answer.promptId,
    sessionId: answer.sessionId,
    sessionLink: answer.sessionId === undefined ? 'auto' : 'manual',
    title,
    body,
    tags: [],
    share: false,
    discuss: false,
  };
  const row = await createRecordStore<JournalEntry>(context, 'entries', [...entryClearKeys]).toRow(
    entry,
  );
  await withReconnect(db, () =>
    db.transaction('rw', db.entries, db.promptTasks, db.drafts, async () => {
      await db.entries.put(row);
      const task = (await db.promptTasks.get(answer.taskId)) as
        | { status?: string; updatedAt?: number }
        | undefined;
      if (task && task.status !== 'answered') {
        // Only clear fields change, so the sealed payload stays as it is.
        await db.promptTasks.update(answer.taskId, {
          status: 'answered',
          entryId: entry.id,
          updatedAt: Math.max(now, Number(task.updatedAt ?? 0) + 1),
        });
      }
      await db.drafts.delete(answer.draftId);
    }),
  );
  context.afterSave?.();
  return entry.id;
}

/** Skip, snooze and undo over the task store. */
export function createTaskActions(
  context: StoreContext,
  clock: RepositoryClock,
  store: RecordStore<PromptTask>,
) {
  async function existing(id: string): Promise<PromptTask> {
    const task = await store.get(id);
    if (!task) throw new RecordNotFoundError(`No prompt task ${id}`);
    return task;
  }
  return {
    answer: (answer: PromptAnswer) => answerPrompt(context, clock, answer),
    /** Skips a due task; returns it as it was, for undo. */
    async skip(id: string): Promise<PromptTask> {
      const task = await existing(id);
      const updatedAt = Math.max(clock.now(), task.updatedAt + 1);
      await store.put({ ...task, status: 'skipped', updatedAt });
      return task;
    },
    /** Moves a due task to tomorrow; returns it as it was, for undo. */
    async snooze(id: string): Promise<PromptTask> {
      const task = await existing(id);
      await store.put(snooze(task, clock.now()));
      return task;
    },
    /** Undoes a skip or snooze: puts the task back as it was, unless it was answered since. */
    async restore(previous: PromptTask): Promise<void> {
      const current = await store.get(previous.id);
      if (current?.status === 'answered') return;
      await store.put(previous);
    },
  };
}

/** The task actions' interface. */
export type TaskActions = ReturnType<typeof createTaskActions>;
