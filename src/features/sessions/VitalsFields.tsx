import type { JSX } from 'preact';
import type { VitalsForm } from './sessionForm';

const fields = [
  { key: 'systolic', label: 'Systolic' },
  { key: 'diastolic', label: 'Diastolic' },
  { key: 'heartRate', label: 'Heart rate' },
] as const;

/** Blood pressure and pulse at one moment, as the clinic shared them. */
export function VitalsFields({
  legend,
  idPrefix,
  value,
  onChange,
}: {
  legend: string;
  idPrefix: string;
  value: VitalsForm;
  onChange: (value: VitalsForm) => void;
}): JSX.Element {
  return (
    <fieldset class="vitals">
      <legend class="field__label">{legend}</legend>
      <div class="vitals__grid">
        {fields.map((field) => (
          <label class="field" key={field.key} for={`${idPrefix}-${field.key}`}>
            <span class="vitals__label">{field.label}</span>
            <input
              class="input"
              id={`${idPrefix}-${field.key}`}
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              value={value[field.key]}
              onInput={(e) => onChange({ ...value, [field.key]: e.currentTarget.value })}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
