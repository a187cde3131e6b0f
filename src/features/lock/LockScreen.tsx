// The lock screen. It replaces the whole app while the journal is locked, so no decrypted text
// is in the page. POLICY: help stays reachable without the passcode (the crisis screen reads
// only clear settings); wrong passcodes wait as data-safety 6 says, and nothing is wiped
// unless the user asks for it here in two deliberate steps.
import './lock.css';
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AppHeader } from '../../app/AppHeader';
import { preloadScreen } from '../../app/LazyScreen';
import { endPerfWhenShown, markPerf, startPerf } from '../../app/perf';
import { usePath } from '../../app/router';
import { matchRoute } from '../../app/routes';
import { LockWaitError } from '../../db/lock';
import type { LockRecord } from '../../db/lockRecord';
import { Screen } from '../../ui/Screen';
import { appLock } from './controller';
import { lockStatus } from './lockGate';
import { lockProblem, waitMessage } from './messages';
import {
  emptyNewPasscode,
  type NewPasscode,
  newPasscodeProblem,
  PasscodeFields,
} from './PasscodeFields';
import { WipeSection } from './WipeSection';

/** The locked app: the unlock form, or the crisis screen at /crisis. */
export function LockScreen(): JSX.Element {
  const path = usePath();
  // The code of the screen behind the lock (never its data) loads while the passcode is typed.
  useEffect(() => preloadScreen(matchRoute(path).route), [path]);
  return (
    <>
      <AppHeader />
      <main class="app-main" id="main">
        {path === '/crisis' ? <LockedCrisis /> : <UnlockForm />}
      </main>
    </>
  );
}

let Crisis: ComponentType | undefined;

/** The crisis screen, opened without unlocking. */
function LockedCrisis(): JSX.Element | null {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (Crisis) return;
    void import('../crisis/CrisisScreen').then((m) => {
      Crisis = m.CrisisScreen;
      setLoaded((n) => n + 1);
    });
  }, []);
  return Crisis ? (
    <>
      <Crisis />
      <p class="link-row">
        <a href="/">Back to unlocking Waypoint</a>
      </p>
    </>
  ) : null;
}

/** Re-renders every second while a wait runs; returns the time left. */
function useWait(waitUntil: number): number {
  const [, setTick] = useState(0);
  const left = Math.max(0, waitUntil - Date.now());
  const waiting = left > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [waiting]);
  return left;
}

function UnlockForm(): JSX.Element {
  const [record, setRecord] = useState<LockRecord>();
  const [passcode, setPasscode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [waitUntil, setWaitUntil] = useState(0);
  const [forgot, setForgot] = useState(false);
  const [recoveredWith, setRecoveredWith] = useState<string>();
  const wait = useWait(waitUntil);

  useEffect(() => {
    markPerf('lock-screen-shown'); // bench: effects run just after the frame that painted it
    const lock = appLock();
    void lock.record().then(setRecord, () => undefined);
    void lock.attempts().then(
      (attempts) => setWaitUntil(attempts.waitUntil),
      () => undefined,
    );
  }, []);

  async function unlock(secret: string, viaRecovery: boolean): Promise<void> {
    if (busy || wait > 0) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await appLock().unlock(secret);
      markPerf('vault-open');
      if (viaRecovery) {
        setRecoveredWith(secret);
        setBusy(false);
      } else {
        lockStatus.set('unlocked');
        endPerfWhenShown('unlock', '#main h1'); // bench: the first screen's heading painted
      }
    } catch (error) {
      if (error instanceof LockWaitError) setWaitUntil(error.waitUntil);
      setProblem(lockProblem(error, Date.now()));
      setBusy(false);
    }
  }

  if (recoveredWith) return <NewPasscodeAfterRecovery recoveryKey={recoveredWith} />;

  const pin = record?.kind === 'pin';
  const label = pin ? 'Your PIN' : 'Your passphrase';
  return (
    <div class="lock-screen">
      <Screen title="Waypoint is locked">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            startPerf('unlock', event.timeStamp); // bench: passcode submitted → first screen shown
            void unlock(passcode, false);
          }}
        >
          <div class="field">
            <label class="field__label" for="unlock-passcode">
              {label}
            </label>
            <input
              id="unlock-passcode"
              class="input"
              type="password"
              autocomplete="current-password"
              inputMode={pin ? 'numeric' : 'text'}
              value={passcode}
              disabled={busy}
              onInput={(event) => setPasscode(event.currentTarget.value)}
            />
          </div>
          <div class="actions">
            <button
              type="submit"
              class="button button--primary"
              disabled={busy || wait > 0 || passcode === ''}
            >
              {busy ? 'Unlocking…' : 'Unlock'}
            </button>
          </div>
        </form>
        <p class={problem || wait > 0 ? 'problem lock-status' : 'lock-status'} role="status">
          {busy ? 'Unlocking…' : wait > 0 ? waitMessage(wait) : problem}
        </p>
        <p class="link-row">
          <a href="/crisis">Get help now, without unlocking</a>
        </p>
        <button
          type="button"
          class="button button--quiet"
          aria-expanded={forgot}
          aria-controls="forgot-passcode"
          onClick={() => setForgot(!forgot)}
        >
          Forgot your passcode?
        </button>
        {forgot ? (
          <div id="forgot-passcode">
            <section class="card" aria-labelledby="forgot-title">
              <h2 id="forgot-title">If you forgot your passcode</h2>
              <p>
                Your journal is encrypted with your passcode. Without the passcode or your recovery
                key, no one can open it again, not even the people who made Waypoint. That is what
                keeps it private.
              </p>
              {record?.recovery ? (
                <RecoveryForm
                  busy={busy}
                  blocked={wait > 0}
                  onUnlock={(key) => unlock(key, true)}
                />
              ) : (
                <p>No recovery key was made for this journal.</p>
              )}
            </section>
            <WipeSection lead="If you cannot unlock it, you can erase everything on this phone and start again with an empty journal." />
          </div>
        ) : null}
      </Screen>
    </div>
  );
}

function RecoveryForm({
  busy,
  blocked,
  onUnlock,
}: {
  busy: boolean;
  blocked: boolean;
  onUnlock: (key: string) => Promise<void>;
}): JSX.Element {
  const [key, setKey] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onUnlock(key);
      }}
    >
      <div class="field">
        <label class="field__label" for="unlock-recovery">
          Recovery key
        </label>
        <input
          id="unlock-recovery"
          class="input"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={key}
          onInput={(event) => setKey(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button" disabled={busy || blocked || key.trim() === ''}>
        Unlock with recovery key
      </button>
    </form>
  );
}

/** After a recovery-key unlock: choose a new passcode (or keep the old one for now). */
function NewPasscodeAfterRecovery({ recoveryKey }: { recoveryKey: string }): JSX.Element {
  const [value, setValue] = useState<NewPasscode>(emptyNewPasscode);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function save(): Promise<void> {
    const invalid = newPasscodeProblem(value);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await appLock().changePasscode(recoveryKey, value.passcode, value.kind);
      lockStatus.set('unlocked');
    } catch (error) {
      setProblem(lockProblem(error, Date.now()));
      setBusy(false);
    }
  }

  return (
    <div class="lock-screen">
      <Screen title="Choose a new passcode">
        <p>Your recovery key worked. Choose a new passcode to use from now on.</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <PasscodeFields idPrefix="recovered" value={value} onChange={setValue} />
          <div class="actions">
            <button type="submit" class="button button--primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save new passcode'}
            </button>
            <button type="button" class="button" onClick={() => lockStatus.set('unlocked')}>
              Not now
            </button>
          </div>
        </form>
        <p class={problem ? 'problem' : 'draft-status'} role="status">
          {busy ? 'Saving your new passcode…' : problem}
        </p>
      </Screen>
    </div>
  );
}
