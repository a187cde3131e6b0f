import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { toStorageProblem } from '../../db/errors';
import {
  type CadenceSetting,
  defaultCadenceSetting,
} from '../../domain/questionnaires/suggestions';

const everyChoices: readonly { value: CadenceSetting['everyDays']; label: string }[] = [
  { value: 7, label: 'Every week' },
  { value: 14, label: 'Every two weeks' },
  { value: 28, label: 'Every four weeks' },
  { value: 0, label: 'Not between sessions' },
];

/** Settings: how often Today suggests a questionnaire (the clinic's usual rhythm by default). */
export function CadenceSection(): JSX.Element {
  const { repos } = useServices();
  const [cadence, setCadence] = useState<CadenceSetting>();

  useEffect(() => {
    let live = true;
    repos.settings.get('questionnaireCadence').then(
      (stored) => live && setCadence(stored ?? defaultCadenceSetting),
      () => live && setCadence(defaultCadenceSetting),
    );
    return () => {
      live = false;
    };
  }, [repos]);

  async function change(patch: Partial<CadenceSetting>): Promise<void> {
    if (!cadence) return;
    const next = { ...cadence, ...patch };
    const previous = cadence;
    setCadence(next);
    try {
      await repos.settings.set('questionnaireCadence', next);
    } catch (error) {
      setCadence(previous);
      storageNotice.set(toStorageProblem(error).message);
    }
  }

  return (
    <section class="card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">Questionnaire suggestions</h2>
      <p class="muted">
        Today can suggest a short questionnaire now and then, as many clinics do. It is only a
        suggestion; you choose whether to answer.
      </p>
      <label class="field">
        <span class="field__label">Between sessions</span>
        <select
          class="input"
          disabled={!cadence}
          value={String(cadence?.everyDays ?? 7)}
          onChange={(e) =>
            void change({ everyDays: Number(e.currentTarget.value) as CadenceSetting['everyDays'] })
          }
        >
          {everyChoices.map((choice) => (
            <option key={choice.value} value={String(choice.value)}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <label class="option">
        <input
          type="checkbox"
          disabled={!cadence}
          checked={cadence?.beforeSessions ?? true}
          onChange={(e) => void change({ beforeSessions: e.currentTarget.checked })}
        />
        Before my first session and in the days before each next one
      </label>
    </section>
  );
}
