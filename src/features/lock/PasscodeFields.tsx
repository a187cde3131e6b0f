import type { JSX } from 'preact';
import { type PasscodeKind, passcodeProblem } from '../../domain/passcode';

/** What the new-passcode fields hold. */
export interface NewPasscode {
  readonly kind: PasscodeKind;
  readonly passcode: string;
  readonly confirm: string;
}

/** Empty fields, a passphrase chosen (it protects better). */
export const emptyNewPasscode: NewPasscode = { kind: 'passphrase', passcode: '', confirm: '' };

/** Why the new passcode cannot be used, or undefined. */
export function newPasscodeProblem(value: NewPasscode): string | undefined {
  const problem = passcodeProblem(value.kind, value.passcode);
  if (problem) return problem;
  if (value.confirm !== value.passcode) return 'The two entries are not the same. Type it again.';
  return undefined;
}

/** Choose a passphrase or a PIN, type it, and type it again. */
export function PasscodeFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: NewPasscode;
  onChange: (value: NewPasscode) => void;
}): JSX.Element {
  const pin = value.kind === 'pin';
  const noun = pin ? 'PIN' : 'passphrase';
  const change = (patch: Partial<NewPasscode>) => onChange({ ...value, ...patch });
  return (
    <>
      <fieldset class="option-list">
        <legend>Kind of passcode</legend>
        <label class="option">
          <input
            type="radio"
            name={`${idPrefix}-kind`}
            checked={!pin}
            onChange={() => change({ kind: 'passphrase' })}
          />
          A passphrase of 8 or more characters (recommended)
        </label>
        <label class="option">
          <input
            type="radio"
            name={`${idPrefix}-kind`}
            checked={pin}
            onChange={() => change({ kind: 'pin' })}
          />
          A PIN of 6 or more digits
        </label>
      </fieldset>
      {pin ? (
        <p class="field__hint">
          A passphrase protects better: if someone copies this phone's storage, a computer can try
          every PIN far faster than every passphrase.
        </p>
      ) : (
        <p class="field__hint">A few unrelated words are easy to remember and hard to guess.</p>
      )}
      <div class="field">
        <label class="field__label" for={`${idPrefix}-new`}>
          New {noun}
        </label>
        <input
          id={`${idPrefix}-new`}
          class="input"
          type="password"
          autocomplete="new-password"
          inputMode={pin ? 'numeric' : 'text'}
          value={value.passcode}
          onInput={(event) => change({ passcode: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label class="field__label" for={`${idPrefix}-confirm`}>
          Type the new {noun} again
        </label>
        <input
          id={`${idPrefix}-confirm`}
          class="input"
          type="password"
          autocomplete="new-password"
          inputMode={pin ? 'numeric' : 'text'}
          value={value.confirm}
          onInput={(event) => change({ confirm: event.currentTarget.value })}
        />
      </div>
    </>
  );
}
