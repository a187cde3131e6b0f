import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { startPerf } from '../../app/perf';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { toDay } from '../../domain/dates';
import { maxEntryLength, maxTitleLength } from '../../domain/entries';
import type { JournalEntry } from '../../domain/types';
import { Screen } from '../../ui/Screen';
import { FormFooter } from '../drafts/FormFooter';
import { RestoredDraftNotice } from '../drafts/RestoredDraftNotice';
import { saveWithDraft } from '../drafts/saveWithDraft';
import { useDraft } from '../drafts/useDraft';
import { usePreparedSaves } from '../drafts/usePreparedSaves';
import { useSaveInFlight } from '../drafts/useSaveInFlight';
import { SessionLinkOptions, sessionLinkChoice } from '../sessions/sessionLink';
import {
  type EntryForm,
  emptyEntryForm,
  entryToForm,
  formToFields,
  isBlankForm,
} from './entryForm';

/** Writes a new journal entry or edits one, saving a draft while the user types. */
export function EntryEditorScreen({ params }: ScreenProps): JSX.Element {
  const { repos, now } = useServices();
  const entryId = params.id;
  const draftId = entryId ? `entry:${entryId}` : 'entry:new';
  const [existing, setExisting] = useState<JournalEntry | null>(null);
  const saveInFlight = useSaveInFlight();
  usePreparedSaves();
  const [saveProblem, setSaveProblem] = useState<string>();
  const sessions = useLiveQuery(() => repos.sessions.listByDate(), [repos]);

  const draft = useDraft<EntryForm>(draftId, async () => {
    // "Write about this session" opens /journal/new?session=<id>: start linked to it by hand.
    const chosen = new URLSearchParams(location.search).get('session');
    if (!entryId) return chosen ? { ...emptyEntryForm, session: chosen } : emptyEntryForm;
    const entry = await repos.entries.get(entryId);
    setExisting(entry ?? null);
    return entry ? entryToForm(entry) : emptyEntryForm;
  });
  const form = draft.value;
  const list = sessions.status === 'ready' ? sessions.value : [];
  const moment = existing?.createdAt ?? now();

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saveInFlight.busy()) return;
    if (isBlankForm(form)) {
      setSaveProblem('Write something first: the entry is empty.');
      return;
    }
    startPerf('save-entry', event.timeStamp); // bench: Save tapped → "Entry saved." painted
    setSaveProblem(undefined);
    await saveInFlight.run(async () => {
      try {
        const at = existing?.createdAt ?? now();
        // One transaction writes the record, links it and removes its draft.
        const { link, linkAt } = sessionLinkChoice(form.session, at);
        const fields = { ...formToFields(form), ...link };
        const options = { discardDraft: draftId, linkAt };
        const saved = await saveWithDraft(
          draft,
          () =>
            existing
              ? repos.entries.update(existing.id, { title: undefined, ...fields }, options)
              : repos.entries.create({ ...fields, day: toDay(at), promptId: undefined }, options),
          { message: 'Entry saved.', perf: 'save-entry' },
        );
        navigate(`/journal/${saved.id}`, { replace: true });
      } catch (error) {
        setSaveProblem(toStorageProblem(error).message);
      }
    });
  }

  return (
    <Screen title={entryId ? 'Edit entry' : 'New entry'}>
      {!form ? null : (
        <form class="editor" onSubmit={(event) => void save(event)} noValidate>
          <RestoredDraftNotice draft={draft} what="writing" />
          <label class="field">
            <span class="field__label">Title (optional)</span>
            <input
              class="input"
              dir="auto"
              maxLength={maxTitleLength}
              value={form.title}
              onInput={(e) => draft.update({ title: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            <span class="field__label">What is on your mind?</span>
            <textarea
              class="input input--body"
              dir="auto"
              rows={10}
              maxLength={maxEntryLength}
              value={form.body}
              onInput={(e) => draft.update({ body: e.currentTarget.value })}
            />
            {form.body.length > maxEntryLength * 0.9 ? (
              <span class="field__hint">
                {form.body.length.toLocaleString()} of {maxEntryLength.toLocaleString()} characters
              </span>
            ) : null}
          </label>
          <label class="field">
            <span class="field__label">Tags (separate with commas)</span>
            <input
              class="input"
              dir="auto"
              value={form.tags}
              onInput={(e) => draft.update({ tags: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            <span class="field__label">Session</span>
            <select
              class="input"
              value={form.session}
              onChange={(e) => draft.update({ session: e.currentTarget.value })}
            >
              <SessionLinkOptions sessions={list} at={moment} />
            </select>
          </label>
          <label class="option">
            <input
              type="checkbox"
              checked={form.share}
              onChange={(e) => draft.update({ share: e.currentTarget.checked })}
            />
            Share with my therapist
          </label>
          <label class="option">
            <input
              type="checkbox"
              checked={form.discuss}
              onChange={(e) => draft.update({ discuss: e.currentTarget.checked })}
            />
            Discuss in therapy
          </label>
          <p class="muted field__hint">
            Entries stay on this phone. "Share" only lets it into a summary you export yourself.
          </p>
          <FormFooter
            problem={saveProblem}
            draft={draft}
            saving={saveInFlight.saving}
            submitLabel={saveInFlight.saving ? 'Saving…' : 'Save entry'}
          >
            <a class="button" href={entryId ? `/journal/${entryId}` : '/journal'}>
              Close
            </a>
          </FormFooter>
        </form>
      )}
    </Screen>
  );
}
