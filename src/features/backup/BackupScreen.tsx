import './backup.css';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { endPerf, startPerf } from '../../app/perf';
import { useServices } from '../../app/services';
import { showToast } from '../../app/toast';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { Screen } from '../../ui/Screen';
import { useObservable } from '../../ui/useObservable';
import { lockStatus } from '../lock/lockGate';
import { backupPassphraseProblem } from './backupPassphrase';
import { deliverBackup, makeBackupFile } from './makeBackup';
import { PasswordField } from './PasswordField';

type Protection = 'passphrase' | 'none';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/**
 * "Back up now": one file with everything, to keep somewhere safe. With the passcode lock on,
 * the file is encrypted by default (product.md "Backups while locked"); a plain file then needs
 * the passcode again and says plainly that anyone with the file can read it.
 */
export function BackupScreen(): JSX.Element {
  const { repos, now } = useServices();
  const locked = useObservable(lockStatus) !== 'off';
  const lastBackup = useLiveQuery(() => repos.meta.get('lastBackupAt'), [repos]);
  const [protection, setProtection] = useState<Protection>(locked ? 'passphrase' : 'none');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [passcode, setPasscode] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function backUp(event: Event): Promise<void> {
    event.preventDefault();
    const encrypted = protection === 'passphrase';
    const invalid = encrypted ? backupPassphraseProblem(passphrase, confirm) : undefined;
    if (invalid) {
      setProblem(invalid);
      return;
    }
    startPerf('backup', event.timeStamp); // bench: "Back up now" → the file's bytes, before hand-off
    setBusy(true);
    setProblem(undefined);
    try {
      if (!encrypted && locked) {
        // The same check (and the same wait after wrong tries) as unlocking.
        const { appLock } = await import('../lock/controller');
        await appLock().unlock(passcode);
      }
      const at = now();
      const backup = await makeBackupFile(at, encrypted ? passphrase : undefined);
      endPerf('backup');
      const outcome = await deliverBackup(backup, at);
      if (outcome !== 'cancelled') {
        showToast(`Backup saved: ${backup.records.toLocaleString('en-US')} records.`);
        setPassphrase('');
        setConfirm('');
        setPasscode('');
      }
    } catch (error) {
      setProblem(backupProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const last = lastBackup.status === 'ready' ? lastBackup.value : undefined;
  return (
    <Screen
      title="Back up your journal"
      lead="A backup is one file with everything in Waypoint: sessions, entries, check-ins, questionnaires, prompts, commitments, drafts and settings. Keep it somewhere safe, such as your computer. It is the only way to move to a new phone or to recover if this phone loses its data."
    >
      <p class="muted" data-testid="last-backup">
        {lastBackup.status !== 'ready'
          ? ' '
          : last
            ? `Last backup: ${dateFormat.format(last)}.`
            : 'No backup made on this phone yet.'}
      </p>
      <form class="card backup-form" onSubmit={(e) => void backUp(e)} noValidate>
        <fieldset class="option-list">
          <legend>Protect the file</legend>
          <label class="option">
            <input
              type="radio"
              name="protection"
              checked={protection === 'passphrase'}
              onChange={() => setProtection('passphrase')}
            />
            Encrypt it with a passphrase{locked ? ' (recommended while the lock is on)' : ''}
          </label>
          <label class="option">
            <input
              type="radio"
              name="protection"
              checked={protection === 'none'}
              onChange={() => setProtection('none')}
            />
            No passphrase: anyone with the file can read it
          </label>
        </fieldset>
        {protection === 'passphrase' ? (
          <>
            <PasswordField
              id="backup-passphrase"
              label="Passphrase for this backup"
              value={passphrase}
              onValue={setPassphrase}
              autocomplete="new-password"
              hint="8 or more characters. It may be the same as your passcode. Waypoint cannot recover a forgotten passphrase, and without it the file cannot be opened."
            />
            <PasswordField
              id="backup-confirm"
              label="Type the passphrase again"
              value={confirm}
              onValue={setConfirm}
              autocomplete="new-password"
            />
          </>
        ) : locked ? (
          <div class="card--notice">
            <p>
              Your journal is encrypted on this phone, but this file will not be: anyone who gets it
              can read everything you wrote.
            </p>
            <PasswordField
              id="backup-passcode"
              label="Enter your passcode to make an unencrypted backup"
              value={passcode}
              onValue={setPasscode}
              autocomplete="current-password"
            />
          </div>
        ) : (
          <p class="muted">
            The file is plain text. Keep it private, or choose a passphrase above.
          </p>
        )}
        {problem ? (
          <p class="problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={busy}>
            {busy ? 'Preparing the backup…' : 'Back up now'}
          </button>
        </div>
      </form>
      <section class="card" aria-labelledby="restore-title">
        <h2 id="restore-title">Restore or import</h2>
        <p>
          Restore a Waypoint backup, or bring in your history from Daylio or Afterflow. You see what
          will change before anything is added.
        </p>
        <p class="link-row">
          <a href="/settings/import">Restore or import a file</a>
        </p>
      </section>
    </Screen>
  );
}

function backupProblem(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'WrongPasscodeError') return 'That passcode is not right. No backup was made.';
  if (name === 'LockWaitError') {
    return 'Too many wrong tries. Wait a little, then try again. No backup was made.';
  }
  const problem = toStorageProblem(error);
  return problem.kind === 'unknown'
    ? 'The backup could not be made. Nothing was changed; please try again.'
    : problem.message;
}
