// One due prompt on Today: its words and session, answered in place (kept as a draft while
// typing), skipped or snoozed, each with an undo.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { showToast } from '../../app/toast';
import { offerUndo } from '../../app/undo';
import { toStorageProblem } from '../../db/errors';
import { maxEntryLength } from '../../domain/entries';
import type { KapSession } from '../../domain/types';
import { FormFooter } from '../drafts/FormFooter';
import { useDraft } from '../drafts/useDraft';
import type { DuePrompt } from './dueItems';
import { taskLabel } from './labels';

/** The draft an answer to a task is typed in. */
export const answerDraftId = (taskId: string) => `prompt:${taskId}`;

const report = (error: unknown) => storageNotice.set(toStorageProblem(error).message);

/** A due prompt with Answer, Skip and Snooze. */
export function PromptRow({
  item,
  sessions,
  hasDraft,
}: {
  item: DuePrompt;
  sessions: readonly KapSession[];
  hasDraft: boolean;
}): JSX.Element {
  const { repos } = useServices();
  const [open, setOpen] = useState(hasDraft);
  const { task } = item;
  const label = taskLabel(task, sessions);
  const headingId = `due-${task.id}`;

  async function skip(): Promise<void> {
    try {
      const previous = await repos.promptTasks.skip(task.id);
      offerUndo('Prompt skipped.', 'Prompt back on Today.', () =>
        repos.promptTasks.restore(previous),
      );
    } catch (error) {
      report(error);
    }
  }

  async function snooze(): Promise<void> {
    try {
      const previous = await repos.promptTasks.snooze(task.id);
      offerUndo('Prompt moved to tomorrow.', 'Prompt back on Today.', () =>
        repos.promptTasks.restore(previous),
      );
    } catch (error) {
      report(error);
    }
  }

  return (
    <li class="card due-item" aria-labelledby={headingId}>
      {label ? <p class="due-item__context muted">{label}</p> : null}
      <h3 class="due-item__text" id={headingId} dir="auto">
        {item.text ?? 'A reflection prompt that is no longer in your library'}
      </h3>
      {open ? (
        <AnswerForm item={item} sessions={sessions} onClose={() => setOpen(false)} />
      ) : (
        <div class="actions">
          <button type="button" class="button button--primary" onClick={() => setOpen(true)}>
            Answer
          </button>
          <button type="button" class="button" onClick={() => void snooze()}>
            Snooze
          </button>
          <button type="button" class="button" onClick={() => void skip()}>
            Skip
          </button>
        </div>
      )}
    </li>
  );
}

function AnswerForm({
  item,
  sessions,
  onClose,
}: {
  item: DuePrompt;
  sessions: readonly KapSession[];
  onClose: () => void;
}): JSX.Element {
  const { repos } = useServices();
  const { task } = item;
  const draftId = answerDraftId(task.id);
  const draft = useDraft<{ body: string }>(draftId, async () => ({ body: '' }));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const session = sessions.find((s) => s.id === task.sessionId);
  const intentions = item.revisitsIntentions
    ? (session?.intentions ?? []).filter((text) => text.trim() !== '')
    : [];
  const fieldId = `answer-${task.id}`;

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const body = draft.value?.body ?? '';
    if (saving) return;
    if (!body.trim()) {
      setProblem('Write something first: the answer is empty.');
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await draft.flush();
      await repos.promptTasks.answer({
        taskId: task.id,
        promptId: task.promptId,
        sessionId: task.sessionId,
        promptText: item.text,
        body,
        draftId,
      });
      draft.settle();
      showToast('Answer saved in your journal.');
    } catch (error) {
      setProblem(
        error instanceof Error && error.name === 'AnswerProblem'
          ? error.message
          : `Your answer was not saved: ${toStorageProblem(error).message} What you wrote is kept.`,
      );
      setSaving(false);
    }
  }

  if (!draft.value) return <p class="muted">Opening…</p>;
  return (
    <form class="due-answer" onSubmit={(event) => void save(event)} noValidate>
      {intentions.length ? (
        <div class="due-answer__intentions">
          <p class="muted">Your intentions for this session:</p>
          <ul>
            {intentions.map((text) => (
              <li key={text} class="user-text" dir="auto">
                {text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {draft.restoredFrom ? <p class="muted">What you had started writing is back.</p> : null}
      <div class="field">
        <label class="field__label" for={fieldId}>
          Your answer
        </label>
        <textarea
          id={fieldId}
          class="input input--body"
          dir="auto"
          rows={5}
          maxLength={maxEntryLength}
          value={draft.value.body}
          onInput={(event) => draft.update({ body: event.currentTarget.value })}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
        />
      </div>
      <FormFooter
        problem={problem}
        problemId={`${fieldId}-problem`}
        draft={draft}
        saving={saving}
        submitLabel="Save answer"
      >
        <button type="button" class="button" onClick={onClose}>
          Later
        </button>
      </FormFooter>
    </form>
  );
}
