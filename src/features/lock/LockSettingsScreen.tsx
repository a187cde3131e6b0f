// Settings of the passcode lock: turn it on (with an optional recovery key shown once), change
// the passcode, make a new recovery key, choose the auto-lock time, turn it off, lock now, and
// wipe all data. POLICY (data-safety 4): every rewrap asks for the current passcode or
// recovery key again, because the key in memory cannot be wrapped.
import './lock.css';
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type AutoLockMinutes, autoLockChoices, defaultAutoLockMinutes } from '../../db/lockRecord';
import { Screen } from '../../ui/Screen';
import { useObservable } from '../../ui/useObservable';
import { appLock, lockNow } from './controller';
import { lockStatus } from './lockGate';
import { lockProblem } from './messages';
import {
  emptyNewPasscode,
  type NewPasscode,
  newPasscodeProblem,
  PasscodeFields,
} from './PasscodeFields';
import { RecoveryKeyCard } from './RecoveryKeyCard';
import { WipeSection } from './WipeSection';

/** /settings/lock */
export function LockSettingsScreen(): JSX.Element {
  const status = useObservable(lockStatus);
  const [shownKey, setShownKey] = useState<string>();
  const [done, setDone] = useState<string>();
  return (
    <Screen title="Passcode lock">
      <p class="draft-status" role="status">
        {done}
      </p>
      {shownKey ? (
        <RecoveryKeyCard recoveryKey={shownKey} onDone={() => setShownKey(undefined)} />
      ) : null}
      {status === 'off' ? (
        <TurnOnSection
          onDone={(key) => {
            setShownKey(key);
            setDone('The lock is on. Everything you have written is now encrypted on this phone.');
          }}
        />
      ) : (
        <>
          <section class="card" aria-labelledby="lock-on-title">
            <h2 id="lock-on-title">The lock is on</h2>
            <p>
              Everything you write is encrypted on this phone. Waypoint asks for your passcode when
              it opens, and locks itself after a while without use.
            </p>
            <button type="button" class="button button--primary" onClick={() => void lockNow()}>
              Lock now
            </button>
          </section>
          <AutoLockSection />
          <ChangePasscodeSection onDone={setDone} />
          <NewRecoveryKeySection onKey={setShownKey} />
          <TurnOffSection
            onDone={() => {
              setShownKey(undefined);
              setDone('The lock is off. Your journal is stored without encryption on this phone.');
            }}
          />
        </>
      )}
      <WipeSection lead="Delete everything Waypoint keeps on this phone and start again with an empty journal, for example before giving the phone away." />
    </Screen>
  );
}

/** A form that runs one lock operation, with a busy text and plain-word errors. */
function LockForm({
  title,
  id,
  submit,
  busyText,
  run,
  children,
}: {
  title: string;
  id: string;
  submit: string;
  busyText: string;
  /** Returns a problem to show, or undefined when done. */
  run: () => Promise<string | undefined>;
  children: ComponentChildren;
}): JSX.Element {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  async function onSubmit(): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      setProblem(await run());
    } catch (error) {
      setProblem(lockProblem(error, Date.now()));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void onSubmit();
        }}
      >
        {children}
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={busy}>
            {submit}
          </button>
        </div>
        <p class={problem ? 'problem' : 'draft-status'} role="status">
          {busy ? busyText : problem}
        </p>
      </form>
    </section>
  );
}

/** The field asking for the current passcode (or the recovery key). */
function CurrentField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}): JSX.Element {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        Current passcode or recovery key
      </label>
      <input
        id={id}
        class="input"
        type="password"
        autocomplete="current-password"
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}

function TurnOnSection({ onDone }: { onDone: (recoveryKey?: string) => void }): JSX.Element {
  const [value, setValue] = useState<NewPasscode>(emptyNewPasscode);
  const [withRecovery, setWithRecovery] = useState(true);
  return (
    <LockForm
      title="Lock Waypoint with a passcode"
      id="lock-on"
      submit="Turn on the lock"
      busyText="Encrypting your journal… this takes a few seconds."
      run={async () => {
        const problem = newPasscodeProblem(value);
        if (problem) return problem;
        const { recoveryKey } = await appLock().enable(value.passcode, value.kind, {
          recoveryKey: withRecovery,
        });
        lockStatus.set('unlocked');
        onDone(recoveryKey);
        return undefined;
      }}
    >
      <p>
        Optional. With the lock on, everything you write is encrypted on this phone, and Waypoint
        asks for your passcode when it opens, so someone who picks up or copies the phone cannot
        read your journal. "Get help" still works without the passcode.
      </p>
      <p>
        <strong>
          If you forget the passcode and have no recovery key, your journal cannot be recovered.
        </strong>
      </p>
      <PasscodeFields idPrefix="lock-on" value={value} onChange={setValue} />
      <label class="option">
        <input
          type="checkbox"
          checked={withRecovery}
          onChange={(event) => setWithRecovery(event.currentTarget.checked)}
        />
        Make a recovery key too (recommended)
      </label>
    </LockForm>
  );
}

function ChangePasscodeSection({ onDone }: { onDone: (message: string) => void }): JSX.Element {
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPasscode>(emptyNewPasscode);
  return (
    <LockForm
      title="Change passcode"
      id="change-passcode"
      submit="Change passcode"
      busyText="Changing your passcode…"
      run={async () => {
        const problem = newPasscodeProblem(value);
        if (problem) return problem;
        await appLock().changePasscode(current, value.passcode, value.kind);
        setCurrent('');
        setValue(emptyNewPasscode);
        onDone('Your passcode was changed. Use the new one from now on.');
        return undefined;
      }}
    >
      <CurrentField id="change-current" value={current} onChange={setCurrent} />
      <PasscodeFields idPrefix="change" value={value} onChange={setValue} />
    </LockForm>
  );
}

function NewRecoveryKeySection({ onKey }: { onKey: (key: string) => void }): JSX.Element {
  const [current, setCurrent] = useState('');
  return (
    <LockForm
      title="Recovery key"
      id="new-recovery"
      submit="Make a new recovery key"
      busyText="Making a new recovery key…"
      run={async () => {
        const key = await appLock().newRecoveryKey(current);
        setCurrent('');
        onKey(key);
        return undefined;
      }}
    >
      <p>
        A recovery key opens your journal if you forget your passcode. Making a new one stops the
        old one from working.
      </p>
      <CurrentField id="recovery-current" value={current} onChange={setCurrent} />
    </LockForm>
  );
}

function TurnOffSection({ onDone }: { onDone: () => void }): JSX.Element {
  const [current, setCurrent] = useState('');
  return (
    <LockForm
      title="Turn off the lock"
      id="lock-off"
      submit="Turn off the lock"
      busyText="Decrypting your journal…"
      run={async () => {
        await appLock().disable(current);
        lockStatus.set('off');
        onDone();
        return undefined;
      }}
    >
      <p>
        Your journal will be stored on this phone without encryption, and open without a passcode.
      </p>
      <CurrentField id="off-current" value={current} onChange={setCurrent} />
    </LockForm>
  );
}

function AutoLockSection(): JSX.Element {
  const [minutes, setMinutes] = useState<AutoLockMinutes>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void appLock()
      .autoLockMinutes()
      .then(setMinutes, () => setMinutes(defaultAutoLockMinutes));
  }, []);
  async function choose(choice: AutoLockMinutes): Promise<void> {
    setMinutes(choice);
    try {
      await appLock().setAutoLockMinutes(choice);
      const { setIdleMinutes } = await import('./autoLock');
      setIdleMinutes(choice);
      setProblem(undefined);
    } catch (error) {
      setProblem(lockProblem(error, Date.now()));
    }
  }
  return (
    <section class="card" aria-labelledby="auto-lock-title">
      <h2 id="auto-lock-title">Auto-lock</h2>
      <fieldset class="option-list">
        <legend>Lock after this long without use</legend>
        {autoLockChoices.map((choice) => (
          <label class="option" key={choice}>
            <input
              type="radio"
              name="auto-lock"
              checked={minutes === choice}
              disabled={minutes === undefined}
              onChange={() => void choose(choice)}
            />
            {choice === 1 ? '1 minute' : `${choice} minutes`}
          </label>
        ))}
      </fieldset>
      <p class="field__hint">Waypoint also locks after 1 minute in the background.</p>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
