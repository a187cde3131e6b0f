// The formats the general import (Settings → Restore or import) recognises, loaded only when a
// file is picked: the schemas, the CSV parser and the backup cipher stay off every other screen.
import type { AfterflowPreview } from '../../import/afterflow';
import type { BackupPreview, EncryptedBackupPreview } from '../../import/backup';
import type { DaylioPreview } from '../../import/daylio';
import type { ImportFormat } from '../../import/pipeline';
import type { PromptPackPreview } from '../../import/promptPack';

/** A preview from any of the formats, told apart by `kind`. */
export type AnyPreview =
  | BackupPreview
  | EncryptedBackupPreview
  | DaylioPreview
  | AfterflowPreview
  | (PromptPackPreview & { readonly kind: 'prompt-pack' });

/** A format of the general import. */
export type AnyFormat = ImportFormat<unknown, AnyPreview>;

/** Every format of the general import, in the order detection tries them. */
export async function loadImportFormats(): Promise<readonly AnyFormat[]> {
  const [backup, daylio, afterflow, pack] = await Promise.all([
    import('../../import/backup'),
    import('../../import/daylio'),
    import('../../import/afterflow'),
    import('../../import/promptPack'),
  ]);
  const promptPack: ImportFormat<unknown, AnyPreview> = {
    ...(pack.promptPackFormat as ImportFormat<unknown, PromptPackPreview>),
    // The pack format predates `kind`; the general import needs it to choose the preview.
    async preview(valid, existing) {
      const preview = await pack.promptPackFormat.preview(valid as never, existing);
      return { ...preview, kind: 'prompt-pack' as const };
    },
  };
  return [
    backup.backupFormat as AnyFormat,
    backup.encryptedBackupFormat as AnyFormat,
    daylio.daylioFormat as AnyFormat,
    afterflow.afterflowFormat as AnyFormat,
    promptPack,
  ];
}
