import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import type { KapSession } from '../../domain/types';
import { FormFooter } from '../drafts/FormFooter';
import { useDraft } from '../drafts/useDraft';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The longest quick note; longer writing belongs in the journal. */
const maxNoteLength = 1000;

interface CaptureForm extends Record<string, unknown> {
  word: string;
  note: string;
}

/** The draft id of a session's quick capture. */
export const captureDraftId = (sessionId: string): string => `capture:${sessionId}`;

/**
 * Right after the session: a word or feeling and a short note, kept with the session. Shows the
 * saved capture, or the small form while `open` (the session screen's "Quick capture" opens it).
 */
export function QuickCapture({
  session,
  open,
  onOpenChange,
}: {
  session: KapSession;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element | null {
  const { repos } = useServices();
  // A capture left half-typed opens again by itself, so nothing typed stays hidden.
  useEffect(() => {
    void repos.drafts
      .get(captureDraftId(session.id))
      .then((kept) => kept && onOpenChange(true))
      .catch(() => undefined);
  }, [repos, session.id, onOpenChange]);
  const capture = session.afterCapture;
  if (!capture && !open) return null;
  return (
    <section class="session-section capture" aria-labelledby="capture-title">
      <h3 id="capture-title">Right after</h3>
      {open ? (
        <CaptureEditor session={session} onClose={() => onOpenChange(false)} />
      ) : capture ? (
        <div class="card capture__saved">
          {capture.word ? (
            <p class="capture__word user-text" dir="auto">
              {capture.word}
            </p>
          ) : null}
          {capture.note ? (
            <p class="user-text" dir="auto">
              {capture.note}
            </p>
          ) : null}
          <p class="muted field__hint">{timeFormat.format(capture.at)}</p>
        </div>
      ) : null}
    </section>
  );
}

/** The small capture form; saving keeps the first capture's time. */
function CaptureEditor({
  session,
  onClose,
}: {
  session: KapSession;
  onClose: () => void;
}): JSX.Element {
  const { repos, now } = useServices();
  const draftId = captureDraftId(session.id);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const word = useRef<HTMLInputElement>(null);
  const draft = useDraft<CaptureForm>(draftId, async () => ({
    word: session.afterCapture?.word ?? '',
    note: session.afterCapture?.note ?? '',
  }));
  const form = draft.value;
  const ready = !!form;
  useEffect(() => {
    if (!ready) return;
    word.current?.scrollIntoView({ block: 'center' });
    word.current?.focus({ preventScroll: true });
  }, [ready]);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saving) return;
    const text = { word: form.word.trim(), note: form.note.trim() };
    if (!text.word && !text.note) {
      setProblem('Write a word or a short note first.');
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await draft.flush();
      const afterCapture = {
        word: text.word || undefined,
        note: text.note || undefined,
        at: session.afterCapture?.at ?? now(),
      };
      await repos.sessions.update(session.id, { afterCapture }, { discardDraft: draftId });
      draft.settle();
      showToast('Saved with the session.');
      onClose();
    } catch (error) {
      setProblem(toStorageProblem(error).message);
    } finally {
      setSaving(false);
    }
  }

  async function cancel(): Promise<void> {
    await draft.discard().catch(() => undefined);
    onClose();
  }

  if (!form) return <p class="muted">Opening…</p>;
  return (
    <form class="card capture__form" onSubmit={(event) => void save(event)} noValidate>
      <label class="field">
        <span class="field__label">A word or a feeling</span>
        <input
          class="input"
          ref={word}
          dir="auto"
          maxLength={80}
          autoComplete="off"
          value={form.word}
          onInput={(e) => draft.update({ word: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span class="field__label">A short note (optional)</span>
        <textarea
          class="input input--notes"
          dir="auto"
          rows={3}
          maxLength={maxNoteLength}
          value={form.note}
          onInput={(e) => draft.update({ note: e.currentTarget.value })}
        />
      </label>
      <FormFooter
        problem={problem}
        draft={draft}
        saving={saving}
        submitLabel={saving ? 'Saving…' : 'Save'}
      >
        <button type="button" class="button" onClick={() => void cancel()}>
          Cancel
        </button>
      </FormFooter>
    </form>
  );
}
