// Storage errors in plain words. IndexedDB reports a full disk as QuotaExceededError, sometimes
// wrapped in an AbortError or in Dexie's own error types; a private window, an eviction or a
// crash shows up as open failures. The user sees what happened and what to do, never a stack.

/** What kind of storage problem happened. */
export type StorageProblemKind =
  | 'quota'
  | 'open-failed'
  | 'newer-version'
  | 'connection-lost'
  | 'blocked'
  | 'locked'
  | 'unknown';

/** A storage problem, ready to show. */
export interface StorageProblem {
  readonly kind: StorageProblemKind;
  readonly message: string;
}

const messages: Record<StorageProblemKind, string> = {
  quota:
    'Your phone is out of space for Waypoint, so this was not saved. Your text is still here. Free some space (or back up and remove old photos or apps), then try again.',
  'open-failed':
    'Waypoint could not open its storage on this phone. Nothing has been deleted. Close other Waypoint tabs and try again; if it keeps happening, you can restore from a backup.',
  'newer-version':
    'This journal was saved by a newer version of Waypoint. Reload to update the app; nothing has been changed.',
  'connection-lost':
    'The connection to storage was lost (this can happen after the phone sleeps). Try again; your text is still here.',
  blocked:
    'Waypoint is open in another tab that is using an older version. Close the other Waypoint tabs to continue.',
  locked: 'Your journal is locked. Unlock it to see and save entries.',
  unknown:
    'Something went wrong while saving on this phone. Your text is still here; please try again.',
};

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String(error.name);
  return '';
}

function innerError(error: unknown): unknown {
  if (!error || typeof error !== 'object') return undefined;
  const record = error as { inner?: unknown; cause?: unknown; target?: { error?: unknown } };
  return record.inner ?? record.cause ?? record.target?.error;
}

/** The names of an error and everything it wraps, outermost first. */
function errorChain(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    names.push(errorName(current));
    current = innerError(current);
  }
  return names;
}

/** Classifies any thrown value from the storage layer. */
export function classifyStorageError(error: unknown): StorageProblemKind {
  const names = errorChain(error);
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.includes('VaultLockedError')) return 'locked';
  if (names.includes('VersionError')) return 'newer-version';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError'))
    return 'connection-lost';
  if (names.includes('BlockedError')) return 'blocked';
  if (names.some((n) => n === 'OpenFailedError' || n === 'UnknownError' || n === 'MissingAPIError'))
    return 'open-failed';
  return 'unknown';
}

/** Maps any thrown value from the storage layer to a plain-language problem. */
export function toStorageProblem(error: unknown): StorageProblem {
  const kind = classifyStorageError(error);
  return { kind, message: messages[kind] };
}

/** The plain-language message for a kind of problem. */
export function storageMessage(kind: StorageProblemKind): string {
  return messages[kind];
}
