import type { JSX } from 'preact';

/**
 * A labelled select over a fixed list of choices (a prompt's phase, timing, theme or source).
 * With `anyLabel`, a first option stands for "no choice" and is reported as undefined.
 */
export function ChoiceSelect<T extends string>({
  label,
  choices,
  labels,
  value,
  anyLabel,
  onChoose,
}: {
  label: string;
  choices: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T | undefined;
  anyLabel?: string;
  onChoose: (value: T | undefined) => void;
}): JSX.Element {
  return (
    <label class="field">
      <span class="field__label">{label}</span>
      <select
        class="input"
        value={value ?? ''}
        onChange={(e) => onChoose((e.currentTarget.value || undefined) as T | undefined)}
      >
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {choices.map((choice) => (
          <option value={choice} key={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
