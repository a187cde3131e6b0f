// One commitment follow-up on Today: how did it go (kept, partly, not yet) with an optional
// note, recorded in place and kept as a draft while typing; or snoozed to tomorrow.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { showToast } from '../../app/toast';
import { offerUndo } from '../../app/undo';
import { toStorageProblem } from '../../db/errors';
import { type DueFollowUp, snoozeFollowUp, withFollowUp } from '../../domain/commitments';
import type { CommitmentFollowUp, KapSession } from '../../domain/types';
import { outcomeLabels } from '../commitments/outcomes';
import { FormFooter } from '../drafts/FormFooter';
import { useDraft } from '../drafts/useDraft';
import { followUpLabel } from './labels';

type Outcome = CommitmentFollowUp['outcome'];
type FollowUpForm = { outcome: Outcome | ''; note: string };

const maxNoteLength = 2000;

/** A commitment to look back at. */
export function FollowUpRow({
  due,
  sessions,
}: {
  due: DueFollowUp;
  sessions: readonly KapSession[];
}): JSX.Element {
  const { repos, now } = useServices();
  const { commitment } = due;
  const draftId = `followup:${commitment.id}`;
  const draft = useDraft<FollowUpForm>(draftId, async () => ({ outcome: '', note: '' }));
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const headingId = `due-${commitment.id}`;
  const form = draft.value;

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saving) return;
    if (form.outcome === '') {
      setProblem('Choose how it went first.');
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await draft.flush();
      const fresh = (await repos.commitments.get(commitment.id)) ?? commitment;
      const followUp: CommitmentFollowUp = {
        at: now(),
        outcome: form.outcome,
        note: form.note,
        slot: due.slot,
      };
      await repos.commitments.update(commitment.id, withFollowUp(fresh, followUp), {
        discardDraft: draftId,
      });
      draft.settle();
      showToast('Follow-up saved.');
    } catch (error) {
      setProblem(
        `Your follow-up was not saved: ${toStorageProblem(error).message} What you wrote is kept.`,
      );
      setSaving(false);
    }
  }

  async function snooze(): Promise<void> {
    try {
      await repos.commitments.update(commitment.id, snoozeFollowUp(commitment, now()));
      offerUndo('Follow-up moved to tomorrow.', 'Follow-up back on Today.', () =>
        repos.commitments.update(commitment.id, { snoozedUntil: commitment.snoozedUntil }),
      );
    } catch (error) {
      storageNotice.set(toStorageProblem(error).message);
    }
  }

  return (
    <li class="card due-item" aria-labelledby={headingId}>
      <p class="due-item__context muted">{followUpLabel(due, sessions)}: your commitment</p>
      <h3 class="due-item__text user-text" id={headingId} dir="auto">
        {commitment.text}
      </h3>
      {form ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          <fieldset class="option-list">
            <legend>How did it go?</legend>
            {(Object.keys(outcomeLabels) as Outcome[]).map((outcome) => (
              <label class="option" key={outcome}>
                <input
                  type="radio"
                  name={`outcome-${commitment.id}`}
                  value={outcome}
                  checked={form.outcome === outcome}
                  onChange={() => draft.update({ outcome })}
                />
                {outcomeLabels[outcome]}
              </label>
            ))}
          </fieldset>
          <div class="field">
            <label class="field__label" for={`note-${commitment.id}`}>
              A note (optional)
            </label>
            <textarea
              id={`note-${commitment.id}`}
              class="input"
              dir="auto"
              rows={2}
              maxLength={maxNoteLength}
              value={form.note}
              onInput={(event) => draft.update({ note: event.currentTarget.value })}
            />
          </div>
          <FormFooter problem={problem} draft={draft} saving={saving} submitLabel="Save follow-up">
            <button type="button" class="button" onClick={() => void snooze()}>
              Snooze
            </button>
          </FormFooter>
        </form>
      ) : null}
    </li>
  );
}
