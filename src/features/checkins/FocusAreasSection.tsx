import type { JSX } from 'preact';
import {
  type FocusArea,
  focusAreaLabels,
  focusAreas,
  suggestedInstruments,
} from '../../domain/focusAreas';
import type { Instrument } from '../../domain/types';
import { useFocusAreas } from './useFocusAreas';

const instrumentNames: Record<Instrument, string> = {
  phq9: 'PHQ-9 (mood)',
  gad7: 'GAD-7 (anxiety)',
  pcl5: 'PCL-5 (after a hard event)',
};

/** Settings: what the client is working on, the check-in ratings it adds, and questionnaires. */
export function FocusAreasSection(): JSX.Element {
  const [chosen, choose] = useFocusAreas();
  const suggested = suggestedInstruments(chosen ?? []);
  const toggle = (area: FocusArea, on: boolean) => {
    const set = new Set(chosen ?? []);
    if (on) set.add(area);
    else set.delete(area);
    void choose(focusAreas.filter((a) => set.has(a)));
  };
  return (
    <section class="card" aria-labelledby="focus-title">
      <h2 id="focus-title">Focus areas</h2>
      <fieldset class="option-list">
        <legend>What are you working on? Choose any, or none.</legend>
        {focusAreas.map((area) => (
          <label class="option" key={area}>
            <input
              type="checkbox"
              checked={chosen?.includes(area) ?? false}
              disabled={chosen === undefined}
              onChange={(e) => toggle(area, e.currentTarget.checked)}
            />
            {focusAreaLabels[area]}
          </label>
        ))}
      </fieldset>
      <p class="muted">
        Chronic pain adds a pain rating to check-ins; bipolar adds elevated mood and irritability.
      </p>
      <p class="muted" role="status">
        {suggested.length
          ? `Questionnaires that may help you notice change: ${suggested.map((i) => instrumentNames[i]).join(', ')}.`
          : 'Choosing depression, anxiety or PTSD suggests a questionnaire that can help you notice change.'}
      </p>
      <p class="muted">Kept only on this phone, like everything else you write.</p>
    </section>
  );
}
