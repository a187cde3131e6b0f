// The stores that hold records (all but settings and meta), in the order a backup lists them.
// One list, so a backup, its restore and the "replace everything" commit can never disagree
// about which stores make up the journal.
import type { RecordTableName } from './schema';

/** Every store of records, drafts last. */
export const recordTables = [
  'sessions',
  'entries',
  'checkins',
  'assessments',
  'prompts',
  'promptTasks',
  'commitments',
  'drafts',
] as const satisfies readonly RecordTableName[];

/** A store of entity records (id, createdAt, updatedAt, sealed payload): all but drafts. */
export type EntityTableName = Exclude<(typeof recordTables)[number], 'drafts'>;

/** Every store of entity records. */
export const entityTables = recordTables.filter(
  (table): table is EntityTableName => table !== 'drafts',
);
