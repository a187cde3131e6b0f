import type { JSX } from 'preact';
import { settingLabels } from '../../domain/labels';
import type { Setting } from '../../domain/types';
import { maxFieldLength, type SessionForm } from './sessionForm';

const settings = Object.keys(settingLabels) as Setting[];

const people = [
  {
    key: 'clinician',
    label: 'Clinician (optional)',
    hint: 'The doctor or nurse who looks after you',
  },
  {
    key: 'therapist',
    label: 'Therapist (optional)',
    hint: 'Who guides the session or the integration',
  },
  {
    key: 'supportPerson',
    label: 'Support person (optional)',
    hint: 'Who takes you home or stays with you',
  },
] as const;

/** When and where the session is, and who is with you. */
export function PlanFields({
  form,
  update,
}: {
  form: SessionForm;
  update: (patch: Partial<SessionForm>) => void;
}): JSX.Element {
  return (
    <>
      <fieldset class="form-section">
        <legend class="form-section__title">When</legend>
        <div class="field-pair">
          <label class="field">
            <span class="field__label">Date</span>
            <input
              class="input"
              type="date"
              required
              value={form.date}
              onInput={(e) => update({ date: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            <span class="field__label">Time</span>
            <input
              class="input"
              type="time"
              required
              value={form.time}
              onInput={(e) => update({ time: e.currentTarget.value })}
            />
          </label>
        </div>
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">Where and with whom</legend>
        <label class="field">
          <span class="field__label">Setting</span>
          <select
            class="input"
            value={form.setting}
            onChange={(e) => update({ setting: e.currentTarget.value as Setting | '' })}
          >
            <option value="">Not set</option>
            {settings.map((setting) => (
              <option value={setting} key={setting}>
                {settingLabels[setting]}
              </option>
            ))}
          </select>
        </label>
        {people.map((person) => (
          <label class="field" key={person.key}>
            <span class="field__label">{person.label}</span>
            <span class="field__hint muted">{person.hint}</span>
            <input
              class="input"
              dir="auto"
              autoComplete="off"
              maxLength={maxFieldLength}
              value={form[person.key]}
              onInput={(e) => update({ [person.key]: e.currentTarget.value })}
            />
          </label>
        ))}
      </fieldset>
    </>
  );
}
