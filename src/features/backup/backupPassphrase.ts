/** The shortest passphrase a backup file may be encrypted with. */
export const MIN_BACKUP_PASSPHRASE = 8;

/** Why a backup passphrase cannot be used, in plain words; undefined when it can. */
export function backupPassphraseProblem(passphrase: string, confirm: string): string | undefined {
  if (passphrase.length < MIN_BACKUP_PASSPHRASE) {
    return `Choose a passphrase of at least ${MIN_BACKUP_PASSPHRASE} characters.`;
  }
  if (passphrase !== confirm) return 'The two passphrases are not the same. Type it again.';
  return undefined;
}
