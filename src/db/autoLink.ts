// Linking a record to its session as it is saved (PutOptions.linkAt): the sessions are read in
// the save's own transaction and the phase rule picks the session, so the link and the record
// are written together. Loaded on the first save, by the screens that save.
import { sessionForMoment } from '../domain/phase';
import type { WaypointDexie } from './database';
import type { StoredRow } from './recordStore';
import { readTimings } from './sessionTimings';

/** The row and the record linked automatically to the session of `at` (or to none). */
export async function linkToSession<T>(
  db: WaypointDexie,
  row: StoredRow,
  record: T,
  at: number,
): Promise<{ row: StoredRow; record: T }> {
  const sessionId = sessionForMoment(await readTimings(db), at);
  // The session id is a clear field: the sealed payload stays as it is. No session means no
  // sessionId field at all, as everywhere else.
  const linked = { ...row, sessionId, sessionLink: 'auto' } as Record<string, unknown>;
  const saved = { ...record, sessionId, sessionLink: 'auto' } as Record<string, unknown>;
  if (sessionId === undefined) {
    delete linked.sessionId;
    delete saved.sessionId;
  }
  return { row: linked as StoredRow, record: saved as T };
}
