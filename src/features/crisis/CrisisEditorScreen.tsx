import './crisis.css';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import {
  type CrisisForm,
  type CrisisFormProblems,
  type CrisisKind,
  type CrisisResource,
  crisisKindLabels,
  crisisKinds,
  defaultCrisisResources,
  emptyCrisisForm,
  formToResource,
  insertAt,
  moveItem,
  normalisePhone,
  resourceToForm,
  validateCrisisForm,
} from '../../domain/crisis';
import { Screen } from '../../ui/Screen';
import { FormFooter } from '../drafts/FormFooter';
import { RestoredDraftNotice } from '../drafts/RestoredDraftNotice';
import { useDraft } from '../drafts/useDraft';

/** The list as saved: undefined means "never edited", which shows the defaults. */
type Stored = readonly CrisisResource[] | undefined;

/**
 * Edits the crisis resources: add the user's own clinic, therapist and support person, change,
 * remove and reorder them. Every change is saved at once, in one write of the whole list.
 */
export function CrisisEditorScreen(): JSX.Element {
  const { repos } = useServices();
  const [list, setList] = useState<readonly CrisisResource[]>();
  const [problem, setProblem] = useState<string>();
  const [editingId, setEditingId] = useState<string>();
  const current = useRef<readonly CrisisResource[]>(defaultCrisisResources);

  useEffect(() => {
    let cancelled = false;
    repos.settings.get('crisisResources').then(
      (stored) => {
        if (cancelled) return;
        current.current = stored ?? defaultCrisisResources;
        setList(current.current);
      },
      (error: unknown) => {
        if (!cancelled) setProblem(toStorageProblem(error).message);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repos]);

  /** Saves the whole list in one write; true when it was saved. */
  async function persist(next: Stored): Promise<boolean> {
    try {
      await repos.settings.set('crisisResources', next);
      current.current = next ?? defaultCrisisResources;
      setList(current.current);
      setProblem(undefined);
      return true;
    } catch (error) {
      setProblem(toStorageProblem(error).message);
      return false;
    }
  }

  async function remove(resource: CrisisResource): Promise<void> {
    const index = current.current.findIndex((r) => r.id === resource.id);
    if (index < 0) return;
    if (editingId === resource.id) setEditingId(undefined);
    const saved = await persist(current.current.filter((r) => r.id !== resource.id));
    if (!saved) return;
    showToast(`${resource.name} removed.`, {
      label: 'Undo',
      run: async () => {
        if (current.current.some((r) => r.id === resource.id)) return;
        await persist(insertAt(current.current, index, resource));
      },
    });
  }

  async function move(id: string, offset: number): Promise<void> {
    // By id, not by the rendered index: a quick second tap may come before the list re-renders.
    const index = current.current.findIndex((r) => r.id === id);
    await persist(moveItem(current.current, index, offset));
  }

  async function restoreDefaults(): Promise<void> {
    const before = current.current;
    setEditingId(undefined);
    if (!(await persist(undefined))) return;
    showToast('The default list is back.', {
      label: 'Undo',
      run: async () => {
        await persist(before);
      },
    });
  }

  return (
    <Screen
      title="Crisis resources"
      lead="These people and services show on Get help now, even offline and while the journal is locked. Add your own clinic, therapist or support person, and put first whoever you would reach first."
    >
      <p>
        <strong>No one monitors Waypoint.</strong> Not the app makers and not your clinic: nobody
        reads what you write here, so in a crisis reach out to a person directly.
      </p>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      {list ? (
        <>
          <section class="card" aria-labelledby="crisis-list-title">
            <h2 id="crisis-list-title">Your list</h2>
            {list.length === 0 ? (
              <p class="muted">
                The list is empty. Get help now will still say to call your local emergency number;
                add someone below, or restore the default list.
              </p>
            ) : (
              <ol class="crisis-list">
                {list.map((resource, index) => (
                  <li class="resource" key={resource.id}>
                    <h3>{resource.name}</h3>
                    <p class="muted">
                      {resource.region}. {resource.phoneLabel ?? resource.phone}
                      {reachWords(resource)}
                    </p>
                    <div class="resource__actions">
                      <button
                        type="button"
                        class="button"
                        disabled={index === 0}
                        onClick={() => void move(resource.id, -1)}
                      >
                        Move up<span class="visually-hidden">{` ${resource.name}`}</span>
                      </button>
                      <button
                        type="button"
                        class="button"
                        disabled={index === list.length - 1}
                        onClick={() => void move(resource.id, 1)}
                      >
                        Move down<span class="visually-hidden">{` ${resource.name}`}</span>
                      </button>
                      <button
                        type="button"
                        class="button"
                        onClick={() => setEditingId(resource.id)}
                      >
                        Edit<span class="visually-hidden">{` ${resource.name}`}</span>
                      </button>
                      <button type="button" class="button" onClick={() => void remove(resource)}>
                        Remove<span class="visually-hidden">{` ${resource.name}`}</span>
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <ResourceForm
            key={editingId ?? 'new'}
            editing={list.find((r) => r.id === editingId)}
            onSave={async (resource, previous) => {
              const next = previous
                ? current.current.map((r) => (r.id === previous.id ? resource : r))
                : [...current.current, resource];
              const saved = await persist(next);
              if (saved)
                showToast(previous ? `${resource.name} saved.` : `${resource.name} added.`);
              return saved;
            }}
            onDone={() => setEditingId(undefined)}
          />
          <section class="card" aria-labelledby="crisis-defaults-title">
            <h2 id="crisis-defaults-title">Start again</h2>
            <p class="muted">
              Puts back the built-in helplines and emergency numbers, and removes the people you
              added.
            </p>
            <button type="button" class="button" onClick={() => void restoreDefaults()}>
              Restore the default list
            </button>
          </section>
        </>
      ) : null}
    </Screen>
  );
}

/** ", call or text" and the like, after the number. */
function reachWords(resource: CrisisResource): string {
  if (resource.canCall && resource.canText) return ', call or text';
  if (resource.canCall) return ', call';
  return resource.canText ? ', text' : '';
}

/** The add or edit form, its typing kept as a draft. */
function ResourceForm({
  editing,
  onSave,
  onDone,
}: {
  editing: CrisisResource | undefined;
  onSave: (resource: CrisisResource, previous: CrisisResource | undefined) => Promise<boolean>;
  onDone: () => void;
}): JSX.Element | null {
  const draftId = editing ? `crisis:${editing.id}` : 'crisis:new';
  const draft = useDraft<CrisisForm>(draftId, () =>
    Promise.resolve(editing ? resourceToForm(editing) : emptyCrisisForm),
  );
  const [problems, setProblems] = useState<CrisisFormProblems>({});
  const [saving, setSaving] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const form = draft.value;
  const loaded = form !== undefined;

  useEffect(() => {
    if (editing && loaded) nameInput.current?.focus();
  }, [editing, loaded]);

  if (!form) return null;
  const titleId = 'crisis-form-title';
  const phoneDigits = normalisePhone(form.phone);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saving) return;
    const found = validateCrisisForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await draft.flush();
      const resource = formToResource(form, editing?.id ?? crypto.randomUUID(), editing);
      draft.settle();
      if (await onSave(resource, editing)) {
        await draft.discard().catch(() => undefined);
        onDone();
      }
    } finally {
      setSaving(false);
    }
  }

  async function cancel(): Promise<void> {
    await draft.discard().catch(() => undefined);
    setProblems({});
    onDone();
  }

  const problemId = (field: keyof CrisisFormProblems) =>
    problems[field] ? `crisis-${field}-problem` : undefined;

  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{editing ? `Edit ${editing.name}` : 'Add a person or service'}</h2>
      <form class="editor" onSubmit={(event) => void submit(event)} noValidate>
        <RestoredDraftNotice draft={draft} what="typing" onDiscard={() => void cancel()} />
        <div class="field">
          <label class="field__label" for="crisis-name">
            Name
          </label>
          <input
            id="crisis-name"
            ref={nameInput}
            class="input"
            dir="auto"
            maxLength={120}
            autoComplete="off"
            value={form.name}
            aria-invalid={problems.name ? true : undefined}
            aria-describedby={problemId('name')}
            onInput={(e) => draft.update({ name: e.currentTarget.value })}
          />
          {problems.name ? (
            <span class="problem field__hint" id="crisis-name-problem">
              {problems.name}
            </span>
          ) : null}
        </div>
        <label class="field">
          <span class="field__label">Who they are</span>
          <select
            class="input"
            value={form.kind}
            onChange={(e) => draft.update({ kind: e.currentTarget.value as CrisisKind })}
          >
            {crisisKinds.map((kind) => (
              <option key={kind} value={kind}>
                {crisisKindLabels[kind]}
              </option>
            ))}
          </select>
        </label>
        <div class="field">
          <label class="field__label" for="crisis-phone">
            Phone number
          </label>
          <input
            id="crisis-phone"
            class="input"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            maxLength={40}
            value={form.phone}
            aria-invalid={problems.phone ? true : undefined}
            aria-describedby={problemId('phone') ?? 'crisis-phone-hint'}
            onInput={(e) => draft.update({ phone: e.currentTarget.value })}
          />
          {problems.phone ? (
            <span class="problem field__hint" id="crisis-phone-problem">
              {problems.phone}
            </span>
          ) : (
            <span class="muted field__hint" id="crisis-phone-hint">
              Digits, spaces, +, - and brackets. Start with + for a number in another country.
              {phoneDigits && !problems.phone ? ` The phone will dial ${phoneDigits}.` : ''}
            </span>
          )}
        </div>
        <fieldset class="option-list">
          <legend>How to reach them</legend>
          <label class="option">
            <input
              type="checkbox"
              checked={form.canCall}
              aria-describedby={problemId('reach')}
              onChange={(e) => draft.update({ canCall: e.currentTarget.checked })}
            />
            Call
          </label>
          <label class="option">
            <input
              type="checkbox"
              checked={form.canText}
              aria-describedby={problemId('reach')}
              onChange={(e) => draft.update({ canText: e.currentTarget.checked })}
            />
            Text
          </label>
          {problems.reach ? (
            <p class="problem field__hint" id="crisis-reach-problem">
              {problems.reach}
            </p>
          ) : null}
        </fieldset>
        <div class="field">
          <label class="field__label" for="crisis-note">
            Note (optional)
          </label>
          <input
            id="crisis-note"
            aria-describedby="crisis-note-hint"
            class="input"
            dir="auto"
            maxLength={200}
            value={form.note}
            onInput={(e) => draft.update({ note: e.currentTarget.value })}
          />
          <span class="muted field__hint" id="crisis-note-hint">
            For example: "Weekdays 9 to 5."
          </span>
        </div>
        <FormFooter
          problem={
            Object.keys(problems).length > 0
              ? `Nothing was saved yet. ${Object.values(problems).join(' ')}`
              : undefined
          }
          draft={draft}
          saving={saving}
          submitLabel={editing ? 'Save changes' : 'Add to my list'}
        >
          {editing ? (
            <button type="button" class="button" onClick={() => void cancel()}>
              Cancel
            </button>
          ) : null}
        </FormFooter>
      </form>
    </section>
  );
}
