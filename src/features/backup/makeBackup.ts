// Making a backup file: everything in the journal, read in one consistent snapshot, written as
// the versioned Waypoint backup format (README "Backup file format"), optionally sealed with a
// passphrase. The file is handed to the user (share sheet or download) and the time is recorded
// so the backup nudge knows when the last one was made. Nothing leaves the phone on its own.
import { recordBackupMade } from '../../db/backupActivity';
import { readBackupSnapshot } from '../../db/backupSnapshot';
import { encryptBackup } from '../../db/crypto/backupCipher';
import { deriveInWorker } from '../../db/crypto/derive';
import { backupFileName, buildBackup, serializeBackup } from '../../export/backup';
import { type SaveOutcome, saveFile } from '../../ui/saveFile';
import { lockDatabase } from '../lock/lockGate';

/** What a backup holds, for the confirmation ("412 records"). */
export interface MadeBackup {
  readonly file: File;
  readonly records: number;
  readonly encrypted: boolean;
}

/** Builds the backup file; with a passphrase, encrypted (PBKDF2 in a worker, then AES-GCM). */
export async function makeBackupFile(at: number, passphrase?: string): Promise<MadeBackup> {
  // lockDatabase() is the app's one database, set at start before any screen renders.
  const snapshot = await readBackupSnapshot(lockDatabase());
  const json = serializeBackup(
    buildBackup(snapshot, { exportedAt: at, appVersion: __APP_VERSION__ }),
  );
  const records = Object.values(snapshot.records).reduce((sum, list) => sum + list.length, 0);
  const encrypted = passphrase !== undefined;
  const body = encrypted
    ? JSON.stringify(await encryptBackup(json, passphrase, { derive: deriveInWorker }))
    : json;
  const file = new File([body], backupFileName(at, encrypted), { type: 'application/json' });
  return { file, records, encrypted };
}

/** Hands the file to the user; a backup counts as made once it was shared or downloaded. */
export async function deliverBackup(backup: MadeBackup, at: number): Promise<SaveOutcome> {
  const outcome = await saveFile(backup.file, { title: 'Waypoint backup' });
  if (outcome !== 'cancelled') await recordBackupMade(lockDatabase(), at);
  return outcome;
}
