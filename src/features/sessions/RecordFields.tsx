import type { JSX } from 'preact';
import { routeLabels } from '../../domain/labels';
import type { Route } from '../../domain/types';
import { SideEffectsFields } from './SideEffectsFields';
import type { SessionForm } from './sessionForm';
import { VitalsFields } from './VitalsFields';

const routes = Object.keys(routeLabels) as Route[];

/** What happened at the session: route, dose, vital signs and side effects. All optional. */
export function RecordFields({
  form,
  update,
}: {
  form: SessionForm;
  update: (patch: Partial<SessionForm>) => void;
}): JSX.Element {
  return (
    <div class="record-fields">
      <h2 class="form-section__title" id="record-title" tabIndex={-1}>
        How the session went
      </h2>
      <p class="muted">Fill in only what you want to keep. Every part is optional.</p>
      <fieldset class="option-list">
        <legend>How it was given</legend>
        {routes.map((route) => (
          <label class="option" key={route}>
            <input
              type="radio"
              name="route"
              checked={form.route === route}
              onChange={() => update({ route })}
            />
            {routeLabels[route]}
          </label>
        ))}
        {form.route ? (
          <button type="button" class="button button--quiet" onClick={() => update({ route: '' })}>
            Clear the choice
          </button>
        ) : null}
      </fieldset>
      <label class="field" for="session-dose">
        <span class="field__label">Dose in mg (optional)</span>
        <span class="field__hint muted" id="session-dose-hint">
          As recorded by your clinic, only if you want to keep it here.
        </span>
        <input
          class="input input--short"
          id="session-dose"
          inputMode="decimal"
          autoComplete="off"
          maxLength={10}
          aria-describedby="session-dose-hint"
          value={form.dose}
          onInput={(e) => update({ dose: e.currentTarget.value })}
        />
      </label>
      <fieldset class="form-section">
        <legend class="form-section__title">Vital signs</legend>
        <p class="field__hint muted">
          If the clinic shared them with you. Blood pressure is two numbers: systolic (the top one)
          and diastolic (the bottom one); heart rate is beats per minute.
        </p>
        <VitalsFields
          legend="Before the session"
          idPrefix="vitals-before"
          value={form.vitalsBefore}
          onChange={(vitalsBefore) => update({ vitalsBefore })}
        />
        <VitalsFields
          legend="After the session"
          idPrefix="vitals-after"
          value={form.vitalsAfter}
          onChange={(vitalsAfter) => update({ vitalsAfter })}
        />
      </fieldset>
      <SideEffectsFields
        value={form.sideEffects}
        other={form.otherSideEffect}
        onChange={(sideEffects) => update({ sideEffects })}
        onOtherChange={(otherSideEffect) => update({ otherSideEffect })}
      />
    </div>
  );
}
