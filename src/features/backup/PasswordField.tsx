import type { ComponentChildren, JSX } from 'preact';

/** A labelled password input, with an optional hint under it. */
export function PasswordField({
  id,
  label,
  value,
  onValue,
  autocomplete,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete: 'new-password' | 'current-password';
  hint?: ComponentChildren;
}): JSX.Element {
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="input"
        type="password"
        autocomplete={autocomplete}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
      {hint ? (
        <span class="field__hint muted" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
