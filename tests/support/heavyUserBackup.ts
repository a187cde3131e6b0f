// The heavy user as a Waypoint backup file (issue 9: "anyone can load it through the app's own
// import"). The generator makes stored rows (clear fields plus a plain payload); a backup holds
// records, so each row is joined back into its record, exactly as the plain vault opens it, and
// the file is written by the app's own exporter (src/export/backup.ts).
import { recordTables } from '../../src/db/recordTables';
import { type BackupFile, type BackupRecords, buildBackup } from '../../src/export/backup';
import {
  defaultHeavyUserEnd,
  generateHeavyUser,
  type HeavyUserOptions,
  type HeavyUserRecordRow,
} from './heavyUser';

/** The seed the benchmark and the shipped heavy-user file use. */
export const HEAVY_USER_SEED = 20_260_601;

function toRecord(row: HeavyUserRecordRow): Record<string, unknown> {
  const { payload, ...clear } = row;
  return { ...payload.data, ...clear };
}

/** The heavy user of this seed as a backup file made at the end of its history. */
export function heavyUserBackup(
  seed: number = HEAVY_USER_SEED,
  options: HeavyUserOptions = {},
): BackupFile {
  const data = generateHeavyUser(seed, options);
  const records = Object.fromEntries(
    recordTables.map((table) => [table, data[table].map(toRecord)]),
  ) as unknown as BackupRecords;
  return buildBackup(
    { records, settings: {} },
    { exportedAt: options.end ?? defaultHeavyUserEnd, appVersion: 'heavy-user-generator' },
  );
}
