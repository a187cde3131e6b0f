// Suggestions on Today's due list: a check-in when none was made today, and the questionnaire
// the cadence suggests (the same rule and words as the questionnaires feature). Either can be
// put off until tomorrow ("Not today"), with an undo.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { toDay } from '../../domain/dates';
import { suggestedInstruments, toFocusAreas } from '../../domain/focusAreas';
import {
  cadenceFor,
  instrumentNames,
  type Suggestion,
  suggestQuestionnaire,
} from '../../domain/questionnaires/suggestions';
import type { DayString, KapSession } from '../../domain/types';
import { useObservable } from '../../ui/useObservable';
import { resolveSessionLink } from '../sessions/sessionLink';
import { bringBack, dismissalsChanged, isPutOff, putOff } from './dismissals';

const why = {
  baseline: 'a starting point before your first session',
  'before-session': 'before your next session',
  weekly: 'your weekly look at how things are going',
} as const;

/** The key a suggestion is put off under. */
const questionnaireKey = (s: Suggestion) => `questionnaire:${s.instrument}:${s.reason}`;
const checkInKey = 'checkin';

function notToday(key: string, day: DayString, what: string): void {
  putOff(key, day);
  showToast(`${what} put off until tomorrow.`, {
    label: 'Undo',
    run: () => {
      bringBack(key, day);
      showToast(`${what} back on Today.`);
    },
  });
}

/** What the suggestions need, read live. */
export function useSuggestions(sessions: readonly KapSession[], today: DayString) {
  const { repos, now } = useServices();
  useObservable(dismissalsChanged);
  const data = useLiveQuery(
    async () => ({
      // The day index: only today's check-ins are read, however long the history.
      checkedInToday: (await repos.checkins.listBetweenDays(today, today)).length > 0,
      assessments: await repos.assessments.all(),
      cadence: cadenceFor(
        await repos.settings.get('questionnaireCadence'),
        suggestedInstruments(toFocusAreas(await repos.settings.get('focusAreas'))),
      ),
    }),
    [repos, today],
  );
  if (data.status !== 'ready') return undefined;
  const questionnaire = suggestQuestionnaire(
    sessions,
    data.value.assessments,
    now(),
    data.value.cadence,
  );
  return {
    checkIn: !data.value.checkedInToday && !isPutOff(checkInKey, today),
    questionnaire:
      questionnaire && !isPutOff(questionnaireKey(questionnaire), today)
        ? questionnaire
        : undefined,
  };
}

const moods = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The suggested check-in, as a row: one tap on a mood saves it right here, with an undo. */
export function CheckInSuggestion({ today }: { today: DayString }): JSX.Element {
  const { repos, now } = useServices();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function checkIn(mood: number): Promise<void> {
    if (saving) return;
    setSaving(true);
    setProblem(undefined);
    try {
      const at = now();
      const link = await resolveSessionLink('auto', at, repos.sessions);
      const saved = await repos.checkins.create({
        ...link,
        at,
        day: toDay(at),
        mood,
        emotions: [],
      });
      showToast(`Check-in saved: mood ${mood}.`, {
        label: 'Undo',
        run: () => {
          repos.checkins.remove(saved.id).then(
            () => showToast('Check-in removed.'),
            (error: unknown) => showToast(toStorageProblem(error).message),
          );
        },
      });
    } catch (error) {
      setProblem(toStorageProblem(error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <li class="card due-item">
      <p class="due-item__context muted">Suggested</p>
      <fieldset class="due-mood">
        <legend class="due-item__text">
          How are you feeling? <span class="muted">1 is the hardest, 10 the best.</span>
        </legend>
        <div class="due-mood__options">
          {moods.map((n) => (
            <button
              key={n}
              type="button"
              class="button due-mood__option"
              disabled={saving}
              aria-label={`Mood ${n}`}
              onClick={() => void checkIn(n)}
            >
              {n}
            </button>
          ))}
        </div>
      </fieldset>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="actions">
        <a class="button" href="/checkin">
          More detail
        </a>
        <button
          type="button"
          class="button"
          onClick={() => notToday(checkInKey, today, 'The mood note')}
        >
          Not today
        </button>
      </div>
    </li>
  );
}

/** The suggested questionnaire, as a row. */
export function QuestionnaireSuggestion({
  suggestion,
  today,
}: {
  suggestion: Suggestion;
  today: DayString;
}): JSX.Element {
  const name = instrumentNames[suggestion.instrument];
  return (
    <li class="card due-item">
      <p class="due-item__context muted">Suggested</p>
      <p class="due-item__text">
        <a href={`/questionnaires/${suggestion.instrument}`}>
          {name} questionnaire: {why[suggestion.reason]}
        </a>
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() => notToday(questionnaireKey(suggestion), today, `The ${name}`)}
        >
          Not today
        </button>
      </div>
    </li>
  );
}
