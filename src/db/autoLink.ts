// Linking a record to its session as it is saved (PutOptions.linkAt): the sessions are read in
// the save's own transaction (unless the last save's read still holds: keptTimings.ts) and the
// phase rule picks the session, so the link and the record are written together. Loaded by the
// screens that save, while their form is read (RecordStore's prepareLinkedSaves), or on the
// first save.
import { type SessionTiming, sessionForMoment } from '../domain/phase';
import { type WaypointDexie, withReconnect } from './database';
import { keepTimings, keptTimings, sessionWritesSeen } from './keptTimings';
import type { StoredRow } from './recordStore';
import { readTimings } from './sessionTimings';

export { keptTimings } from './keptTimings';

/** Reads the session timings in the caller's transaction and keeps them (keptTimings.ts's rule). */
async function readAndKeepTimings(db: WaypointDexie): Promise<SessionTiming[]> {
  const seen = sessionWritesSeen();
  const read = await readTimings(db);
  keepTimings(db, seen, read);
  return read;
}

/** Reads and keeps the session timings now, unless kept ones still hold: the next save needs no read. */
export async function keepTimingsAhead(db: WaypointDexie): Promise<void> {
  if (keptTimings(db)) return;
  await withReconnect(db, () => db.transaction('r', db.sessions, () => readAndKeepTimings(db)));
}

/** The row and the record linked automatically to the session of `at` (or to none). */
export async function linkToSession<T>(
  db: WaypointDexie,
  row: StoredRow,
  record: T,
  at: number,
  kept?: readonly SessionTiming[],
): Promise<{ row: StoredRow; record: T }> {
  const timings = kept ?? (await readAndKeepTimings(db));
  const sessionId = sessionForMoment(timings, at);
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
