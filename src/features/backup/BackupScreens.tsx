// The backup and import screens share one route and one lazily loaded chunk (one route-table
// entry instead of two on the first load). Paths: /settings/backup, /settings/import.
import type { JSX } from 'preact';
import { usePath } from '../../app/router';
import { BackupScreen } from './BackupScreen';
import { ImportScreen } from './ImportScreen';

/** "Back up now" at /settings/backup; restore or import at /settings/import. */
export function BackupScreens(): JSX.Element {
  return usePath() === '/settings/import' ? <ImportScreen /> : <BackupScreen />;
}
