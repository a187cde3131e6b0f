import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { BackupPreview, EncryptedBackupPreview } from '../../import/backup';
import type { ExistingRecords } from '../../import/pipeline';
import { ProblemList } from '../../ui/ImportProblem';
import { PasswordField } from './PasswordField';

/**
 * An encrypted backup asks for its passphrase; once it opens, the backup inside goes through the
 * same pipeline (validation, preview) as a plain one. A wrong passphrase or a changed file says
 * so and changes nothing.
 */
export function EncryptedBackupStep({
  fileName,
  preview,
  existing,
  onOpened,
  onCancel,
}: {
  fileName: string;
  preview: EncryptedBackupPreview;
  existing: ExistingRecords;
  onOpened: (preview: BackupPreview) => void;
  onCancel: () => void;
}): JSX.Element {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<{ text: string; more: readonly string[] }>();
  const [busy, setBusy] = useState(false);

  async function open(event: Event): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const [{ decryptBackup }, { deriveInWorker }, { readImport }, { sourceFromText }, backup] =
        await Promise.all([
          import('../../db/crypto/backupCipher'),
          import('../../db/crypto/derive'),
          import('../../import/pipeline'),
          import('../../import/source'),
          import('../../import/backup'),
        ]);
      const json = await decryptBackup(preview.file, passphrase, { derive: deriveInWorker });
      const result = await readImport(
        sourceFromText(fileName, json),
        [backup.backupFormat],
        existing,
      );
      if (result.ok) onOpened(result.preview);
      else setProblem({ text: result.problem, more: result.more });
    } catch (error) {
      setProblem({
        text:
          error instanceof Error && error.name === 'BackupPassphraseError'
            ? error.message
            : 'The backup could not be opened. Nothing was imported; please try again.',
        more: [],
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={(e) => void open(e)} aria-labelledby="encrypted-title">
      <h2 id="encrypted-title">Encrypted backup</h2>
      <p>“{fileName}” is protected with a passphrase. Enter it to see what the backup holds.</p>
      <PasswordField
        id="restore-passphrase"
        label="Backup passphrase"
        value={passphrase}
        onValue={setPassphrase}
        autocomplete="current-password"
      />
      {problem ? (
        <div role="alert">
          <p class="problem">{problem.text}</p>
          <ProblemList lines={problem.more} />
        </div>
      ) : null}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy || !passphrase}>
          {busy ? 'Opening…' : 'Open the backup'}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
