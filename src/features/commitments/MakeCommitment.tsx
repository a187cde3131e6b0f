// "Make this a commitment" on an entry: pick one of its sentences, reword it, save it as a
// commitment linked to the entry and its session. What is typed is kept as a draft.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { commitmentProblem, maxCommitmentLength, splitSentences } from '../../domain/commitments';
import { toDay } from '../../domain/dates';
import type { JournalEntry } from '../../domain/types';
import { FormFooter } from '../drafts/FormFooter';
import { useDraft } from '../drafts/useDraft';

/** The entry's commitments, and a way to make one of its sentences a new one. */
export function MakeCommitment({ entry }: { entry: JournalEntry }): JSX.Element {
  const { repos } = useServices();
  const [open, setOpen] = useState(false);
  const made = useLiveQuery(() => repos.commitments.listByEntry(entry.id), [repos, entry.id]);
  const list = made.status === 'ready' ? made.value : [];
  return (
    <section class="card" aria-labelledby="commitments-title">
      <h2 id="commitments-title">Commitments</h2>
      {list.length ? (
        <ul>
          {list.map((c) => (
            <li key={c.id} class="user-text" dir="auto">
              {c.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Turn something you wrote into a small step to look back on in a week.</p>
      )}
      {open ? (
        <CommitmentForm entry={entry} onDone={() => setOpen(false)} />
      ) : (
        <button type="button" class="button" onClick={() => setOpen(true)}>
          Make this a commitment
        </button>
      )}
    </section>
  );
}

type Form = { sentence: string; text: string };

function CommitmentForm({
  entry,
  onDone,
}: {
  entry: JournalEntry;
  onDone: () => void;
}): JSX.Element {
  const { repos, now } = useServices();
  const draftId = `commitment:${entry.id}`;
  const sentences = splitSentences(entry.body);
  const draft = useDraft<Form>(draftId, async () => ({ sentence: '', text: '' }));
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const form = draft.value;

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saving) return;
    const found = commitmentProblem(form.text);
    if (found) {
      setProblem(found);
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await draft.flush();
      await repos.commitments.create(
        {
          day: toDay(now()),
          sessionId: entry.sessionId,
          entryId: entry.id,
          text: form.text.trim(),
          followUps: [],
        },
        { discardDraft: draftId },
      );
      draft.settle();
      showToast('Commitment saved. Today will ask how it went in a week.');
      onDone();
    } catch (error) {
      setProblem(
        `The commitment was not saved: ${toStorageProblem(error).message} What you wrote is kept.`,
      );
      setSaving(false);
    }
  }

  if (!form) return <p class="muted">Opening…</p>;
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      {sentences.length ? (
        <fieldset class="option-list">
          <legend>Pick a sentence to start from</legend>
          {sentences.map((sentence, index) => (
            <label class="option" key={`${index}-${sentence}`}>
              <input
                type="radio"
                name="commitment-sentence"
                checked={form.sentence === sentence}
                onChange={() => draft.update({ sentence, text: sentence })}
              />
              <span class="user-text" dir="auto">
                {sentence}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div class="field">
        <label class="field__label" for="commitment-text">
          Your commitment
        </label>
        <p class="field__hint muted" id="commitment-hint">
          Reword it as a small step, in your own words.
        </p>
        <textarea
          id="commitment-text"
          class="input"
          dir="auto"
          rows={3}
          maxLength={maxCommitmentLength}
          value={form.text}
          aria-describedby="commitment-hint"
          onInput={(event) => draft.update({ text: event.currentTarget.value })}
        />
      </div>
      <FormFooter problem={problem} draft={draft} saving={saving} submitLabel="Save commitment">
        <button type="button" class="button" onClick={onDone}>
          Not now
        </button>
      </FormFooter>
    </form>
  );
}
