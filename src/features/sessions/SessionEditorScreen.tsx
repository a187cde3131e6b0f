import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import type { KapSession } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { FormFooter } from '../drafts/FormFooter';
import { useDraft } from '../drafts/useDraft';
import { ChecklistEditor } from './ChecklistEditor';
import { IntentionsEditor } from './IntentionsEditor';
import { PlanFields } from './PlanFields';
import { RecordFields } from './RecordFields';
import {
  emptySessionForm,
  formToFields,
  maxFieldLength,
  type SessionForm,
  sessionFormProblems,
  sessionToForm,
} from './sessionForm';

/** Plans a session, logs a past one, or edits one; typing is kept as a draft until saved. */
export function SessionEditorScreen({ params }: ScreenProps): JSX.Element {
  const { repos, now } = useServices();
  const sessionId = params.id;
  const draftId = sessionId ? `session:${sessionId}` : 'session:new';
  const [query] = useState(() => new URLSearchParams(location.search));
  const completing = query.get('complete') === '1';
  const past = query.get('past') === '1';
  const [existing, setExisting] = useState<KapSession | null>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const problemBox = useRef<HTMLDivElement>(null);

  const draft = useDraft<SessionForm>(draftId, async () => {
    if (!sessionId) return emptySessionForm(now(), past);
    const session = await repos.sessions.get(sessionId);
    setExisting(session ?? null);
    return session ? sessionToForm(session, completing) : emptySessionForm(now(), false);
  });
  const form = draft.value;

  // "Yes, log it" and "Log a past session" open the record even over an older kept draft.
  const wantsRecord = completing || past;
  const opened = useRef(false);
  useEffect(() => {
    if (!form || opened.current) return;
    opened.current = true;
    if (wantsRecord && !form.happened) draft.update({ happened: true });
    if (completing) {
      requestAnimationFrame(() => {
        const heading = document.getElementById('record-title');
        heading?.scrollIntoView({ block: 'start' });
        heading?.focus({ preventScroll: true });
      });
    }
  }, [form, wantsRecord, completing, draft]);

  if (sessionId && existing === null) {
    return (
      <Screen title="Session not found">
        <EmptyState title="This session is not here">
          <p>It may have been deleted.</p>
          <a class="button" href="/sessions">
            Back to sessions
          </a>
        </EmptyState>
      </Screen>
    );
  }

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saving) return;
    const found = sessionFormProblems(form, now());
    setProblems(found);
    if (found.length) {
      requestAnimationFrame(() => problemBox.current?.focus());
      return;
    }
    setSaving(true);
    try {
      await draft.flush();
      const fields = formToFields(form);
      const status = form.happened
        ? 'completed'
        : existing?.status === 'cancelled'
          ? 'cancelled'
          : 'planned';
      const options = { discardDraft: draftId };
      const saved = existing
        ? await repos.sessions.update(existing.id, { ...fields, status }, options)
        : await repos.sessions.create({ sideEffects: [], ...fields, status }, options);
      draft.settle();
      showToast(
        existing ? 'Session saved.' : form.happened ? 'Session logged.' : 'Session planned.',
      );
      navigate(`/sessions/${saved.id}`, { replace: true });
    } catch (error) {
      setProblems([toStorageProblem(error).message]);
      requestAnimationFrame(() => problemBox.current?.focus());
    } finally {
      setSaving(false);
    }
  }

  const title = !sessionId ? 'New session' : completing ? 'Log the session' : 'Edit session';
  return (
    <Screen title={title}>
      {!form ? null : (
        <form class="editor session-form" onSubmit={(event) => void save(event)} noValidate>
          {draft.restoredFrom ? (
            <div class="card card--notice" role="status">
              <p>
                What you typed on {new Date(draft.restoredFrom).toLocaleString()} was kept and is
                back below.
              </p>
              <button type="button" class="button" onClick={() => void draft.discard()}>
                Discard it
              </button>
            </div>
          ) : null}
          <PlanFields form={form} update={draft.update} />
          <label class="option option--switch">
            <input
              type="checkbox"
              checked={form.happened}
              onChange={(e) => draft.update({ happened: e.currentTarget.checked })}
            />
            This session already happened
          </label>
          <IntentionsEditor
            rows={form.intentions}
            onChange={(intentions) => draft.update({ intentions })}
          />
          {form.happened ? (
            <details class="form-section">
              <summary class="form-section__summary">
                Preparation checklist
                {form.checklist.length
                  ? ` (${form.checklist.filter((item) => item.done).length} of ${form.checklist.length} done)`
                  : ''}
              </summary>
              <ChecklistEditor
                items={form.checklist}
                onChange={(checklist) => draft.update({ checklist })}
              />
            </details>
          ) : (
            <ChecklistEditor
              items={form.checklist}
              onChange={(checklist) => draft.update({ checklist })}
            />
          )}
          {form.happened ? <RecordFields form={form} update={draft.update} /> : null}
          <label class="field">
            <span class="field__label">Notes (optional)</span>
            <textarea
              class="input input--notes"
              dir="auto"
              rows={4}
              maxLength={maxFieldLength}
              value={form.notes}
              onInput={(e) => draft.update({ notes: e.currentTarget.value })}
            />
          </label>
          {problems.length ? (
            <div class="problem" role="alert" tabIndex={-1} ref={problemBox}>
              {problems.map((problem) => (
                <p key={problem}>{problem}</p>
              ))}
            </div>
          ) : null}
          <FormFooter
            draft={draft}
            saving={saving}
            submitLabel={
              saving ? 'Saving…' : form.happened || existing ? 'Save session' : 'Plan session'
            }
          >
            <a class="button" href={sessionId ? `/sessions/${sessionId}` : '/sessions'}>
              Close
            </a>
          </FormFooter>
        </form>
      )}
    </Screen>
  );
}
