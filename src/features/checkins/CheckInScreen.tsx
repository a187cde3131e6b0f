import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { startPerf } from '../../app/perf';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useServices } from '../../app/services';
import { offerUndo } from '../../app/undo';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { toDay } from '../../domain/dates';
import { emotionGroups, toggleEmotion } from '../../domain/emotions';
import { type FocusField, focusFields } from '../../domain/focusAreas';
import { numberSessions } from '../../domain/phase';
import type { CheckIn } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { FormFooter } from '../drafts/FormFooter';
import { RestoredDraftNotice } from '../drafts/RestoredDraftNotice';
import { saveWithDraft } from '../drafts/saveWithDraft';
import { useDraft } from '../drafts/useDraft';
import { usePreparedSaves } from '../drafts/usePreparedSaves';
import { useSaveInFlight } from '../drafts/useSaveInFlight';
import { sessionName } from '../sessions/sessionLabels';
import { SessionLinkOptions, sessionLinkChoice } from '../sessions/sessionLink';
import {
  type CheckInForm,
  checkInMoment,
  checkInProblem,
  checkInToForm,
  emptyCheckInForm,
  formToCheckInFields,
  maxCheckInNote,
  type RatingField,
} from './checkInForm';
import { useFocusAreas } from './useFocusAreas';
import './checkins.css';

const moods = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const zeroToTen = [0, ...moods] as const;

/** Each optional rating's label and what its ends mean. */
const ratings: Record<RatingField, { label: string; low: string; high: string }> = {
  anxiety: { label: 'Anxiety', low: 'none', high: 'most' },
  energy: { label: 'Energy', low: 'very low', high: 'very high' },
  sleepQuality: { label: 'Sleep quality', low: 'very poor', high: 'very good' },
  pain: { label: 'Pain', low: 'no pain', high: 'worst' },
  elevatedMood: { label: 'Elevated mood', low: 'none', high: 'most' },
  irritability: { label: 'Irritability', low: 'none', high: 'most' },
};

type Moment = CheckInForm['moment'];
const momentNames: Record<Exclude<Moment, ''>, string> = {
  'before-session': 'Before',
  'after-session': 'After',
};

/** Where a check-in started from a session screen belongs: `?session=<id>&moment=...`. */
function sessionMomentFromUrl(): { session: string; moment: Moment } | undefined {
  const query = new URLSearchParams(location.search);
  const session = query.get('session');
  const moment = query.get('moment');
  if (!session || (moment !== 'before-session' && moment !== 'after-session')) return undefined;
  return { session, moment };
}

/** A quick mood check-in, with optional extras; new at /checkin, edited at /checkin/:id. */
export function CheckInScreen({ params }: ScreenProps): JSX.Element {
  const { repos, now } = useServices();
  const checkInId = params.id;
  const [fromSession] = useState(sessionMomentFromUrl);
  const draftId = checkInId
    ? `checkin:${checkInId}`
    : fromSession
      ? `checkin:new:${fromSession.session}:${fromSession.moment}`
      : 'checkin:new';
  const [existing, setExisting] = useState<CheckIn | null>();
  const saveInFlight = useSaveInFlight();
  usePreparedSaves();
  const [saveProblem, setSaveProblem] = useState<string>();
  const sessions = useLiveQuery(() => repos.sessions.listByDate(), [repos]);
  const [focusAreas] = useFocusAreas();

  const draft = useDraft<CheckInForm>(draftId, async () => {
    const blank = emptyCheckInForm(now());
    if (!checkInId) return fromSession ? { ...blank, ...fromSession } : blank;
    const found = await repos.checkins.get(checkInId);
    setExisting(found ?? null);
    return found ? checkInToForm(found) : blank;
  });
  const form = draft.value;
  const list = sessions.status === 'ready' ? sessions.value : [];
  const numbers = numberSessions(list);

  if (checkInId && existing === null) {
    return (
      <Screen title="Check-in not found">
        <EmptyState title="This check-in is not here">
          <p>It may have been deleted.</p>
          <a class="button" href="/journal">
            Back to the journal
          </a>
        </EmptyState>
      </Screen>
    );
  }

  const title = checkInId ? 'Edit check-in' : 'Check in';
  if (!form) return <Screen title={title} />;

  const at = checkInMoment(form, existing?.at, now());
  const momentSession = form.moment ? list.find((s) => s.id === form.session) : undefined;
  const extraFields: FocusField[] = focusFields(focusAreas ?? []);
  // Ratings already given stay visible even if the focus area was later turned off.
  const shownFocusFields = (['pain', 'elevatedMood', 'irritability'] as const).filter(
    (f) => extraFields.includes(f) || form[f] !== '',
  );

  function leave(): void {
    if (fromSession) navigate(`/sessions/${fromSession.session}`, { replace: true });
    else if (checkInId) navigate('/journal', { replace: true });
    else navigate('/', { replace: true });
  }

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!form || saveInFlight.busy()) return;
    const problem = checkInProblem(form);
    if (problem) {
      setSaveProblem(problem);
      return;
    }
    startPerf('save-checkin', event.timeStamp); // bench: Save tapped → "Check-in saved." painted
    setSaveProblem(undefined);
    await saveInFlight.run(async () => {
      try {
        const moment = checkInMoment(form, existing?.at, now());
        // One transaction writes the record, links it and removes its draft.
        const { link, linkAt } = sessionLinkChoice(form.session, moment);
        const fields = { ...formToCheckInFields(form), ...link, at: moment, day: toDay(moment) };
        const options = { discardDraft: draftId, linkAt };
        await saveWithDraft(
          draft,
          () =>
            existing
              ? repos.checkins.update(existing.id, fields, options)
              : repos.checkins.create(fields, options),
          { message: 'Check-in saved.', perf: 'save-checkin' },
        );
        leave();
      } catch (error) {
        setSaveProblem(toStorageProblem(error).message);
      }
    });
  }

  async function remove(): Promise<void> {
    if (!existing) return;
    try {
      draft.settle();
      await repos.checkins.remove(existing.id);
      await repos.drafts.discard(draftId).catch(() => undefined);
      navigate('/journal', { replace: true });
      offerUndo('Check-in deleted.', 'Check-in restored.', () => repos.checkins.put(existing));
    } catch (error) {
      setSaveProblem(toStorageProblem(error).message);
    }
  }

  const ratingSelect = (field: RatingField) => {
    const { label, low, high } = ratings[field];
    return (
      <div class="field" key={field}>
        <label class="field__label" for={`checkin-${field}`}>
          {label}
        </label>
        <select
          id={`checkin-${field}`}
          class="input"
          value={form[field]}
          onChange={(e) => draft.update({ [field]: e.currentTarget.value })}
        >
          <option value="">Not now</option>
          {zeroToTen.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0 ? `0 · ${low}` : n === 10 ? `10 · ${high}` : String(n)}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return (
    <Screen
      title={title}
      lead={
        form.moment ? (
          <p class="phase-label">
            {momentNames[form.moment]}{' '}
            {momentSession
              ? sessionName(momentSession, numbers.get(momentSession.id)).toLowerCase()
              : 'the session'}
          </p>
        ) : undefined
      }
    >
      <form class="editor checkin" onSubmit={(event) => void save(event)} noValidate>
        <RestoredDraftNotice draft={draft} what="check-in" />
        <fieldset class="mood-picker">
          <legend class="field__label">
            How are you feeling? <span class="muted">1 is the hardest, 10 the best.</span>
          </legend>
          <div class="mood-picker__options">
            {moods.map((n) => (
              <button
                key={n}
                type="button"
                class={`button mood-picker__option${form.mood === n ? ' button--primary' : ''}`}
                aria-pressed={form.mood === n}
                onClick={() => draft.update({ mood: n })}
              >
                {n}
              </button>
            ))}
          </div>
        </fieldset>
        {!form.more ? (
          <button
            type="button"
            class="button checkin__more"
            aria-expanded="false"
            onClick={() => draft.update({ more: true })}
          >
            Add more
          </button>
        ) : (
          <div class="checkin__extras">
            <div class="checkin__ratings">
              {ratingSelect('anxiety')}
              {ratingSelect('energy')}
              <label class="field">
                <span class="field__label">Hours of sleep</span>
                <input
                  class="input"
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={24}
                  step={0.5}
                  value={form.sleepHours}
                  onInput={(e) => draft.update({ sleepHours: e.currentTarget.value })}
                />
              </label>
              {ratingSelect('sleepQuality')}
              {shownFocusFields.map(ratingSelect)}
            </div>
            <div class="emotions">
              <p class="field__label">Emotions (choose any)</p>
              {emotionGroups.map((group) => (
                <fieldset class="emotions__group" key={group.group}>
                  <legend class="emotions__label">{group.label}</legend>
                  <div class="chips">
                    {group.words.map((word) => {
                      const chosen = form.emotions.includes(word);
                      return (
                        <button
                          key={word}
                          type="button"
                          class={`button emotion${chosen ? ' button--primary' : ''}`}
                          aria-pressed={chosen}
                          onClick={() =>
                            draft.update({ emotions: toggleEmotion(form.emotions, word) })
                          }
                        >
                          {word}
                        </button>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
            </div>
            <label class="field">
              <span class="field__label">Note (optional)</span>
              <textarea
                class="input"
                dir="auto"
                rows={3}
                maxLength={maxCheckInNote}
                value={form.note}
                onInput={(e) => draft.update({ note: e.currentTarget.value })}
              />
            </label>
          </div>
        )}
        <div class="checkin__when">
          <label class="field">
            <span class="field__label">Date</span>
            <input
              class="input"
              type="date"
              value={form.date}
              onInput={(e) => draft.update({ date: e.currentTarget.value, timeChosen: true })}
            />
          </label>
          <label class="field">
            <span class="field__label">Time</span>
            <input
              class="input"
              type="time"
              value={form.time}
              onInput={(e) => draft.update({ time: e.currentTarget.value, timeChosen: true })}
            />
          </label>
        </div>
        <div class="field">
          <label class="field__label" for="checkin-session">
            Session
          </label>
          <select
            id="checkin-session"
            class="input"
            value={form.session}
            onChange={(e) => draft.update({ session: e.currentTarget.value })}
          >
            <SessionLinkOptions sessions={list} at={at} />
          </select>
        </div>
        <FormFooter
          problem={saveProblem}
          draft={draft}
          saving={saveInFlight.saving}
          submitLabel={saveInFlight.saving ? 'Saving…' : 'Save check-in'}
        >
          <button type="button" class="button" onClick={leave}>
            Close
          </button>
          {existing ? (
            <button type="button" class="button button--danger" onClick={() => void remove()}>
              Delete check-in
            </button>
          ) : null}
        </FormFooter>
      </form>
    </Screen>
  );
}
