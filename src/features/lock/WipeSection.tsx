import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { appLock } from './controller';
import { lockProblem } from './messages';

const confirmWord = 'DELETE';

/** Wipe all data: a deliberate, two-step action that deletes the database and starts afresh. */
export function WipeSection({ lead }: { lead: string }): JSX.Element {
  const [step, setStep] = useState<'closed' | 'confirm' | 'busy'>('closed');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string>();

  async function wipe(): Promise<void> {
    setStep('busy');
    try {
      await appLock().wipe();
      location.replace('/');
    } catch (error) {
      setProblem(lockProblem(error, Date.now()));
      setStep('confirm');
    }
  }

  return (
    <section class="card" aria-labelledby="wipe-title" id="wipe">
      <h2 id="wipe-title">Wipe all data</h2>
      <p>{lead}</p>
      {step === 'closed' ? (
        <button type="button" class="button" onClick={() => setStep('confirm')}>
          Wipe all data…
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === confirmWord) void wipe();
          }}
        >
          <p>
            <strong>
              This deletes every session, entry, check-in, questionnaire and setting on this phone.
              It cannot be undone.
            </strong>
          </p>
          <div class="field">
            <label class="field__label" for="wipe-confirm">
              Type {confirmWord} to confirm
            </label>
            <input
              id="wipe-confirm"
              class="input"
              autocomplete="off"
              autocapitalize="characters"
              value={typed}
              onInput={(event) => setTyped(event.currentTarget.value)}
            />
          </div>
          <div class="actions">
            <button
              type="submit"
              class="button button--primary"
              disabled={typed !== confirmWord || step === 'busy'}
            >
              Delete everything
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setStep('closed');
                setTyped('');
              }}
            >
              Cancel
            </button>
          </div>
          {problem ? (
            <p class="problem" role="alert">
              {problem}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
