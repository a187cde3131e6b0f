// The timing of every stored session (clear fields only, no vault needed): what linking a
// record to its session by the phase rule reads. Small on purpose: a record's save reads it in
// its own transaction, so it belongs to the first load.
import type { SessionTiming } from '../domain/phase';
import type { WaypointDexie } from './database';

/** The session timings stored now (clear fields only); call inside a transaction. */
export async function readTimings(db: WaypointDexie): Promise<SessionTiming[]> {
  const rows = (await db.sessions.toArray()) as unknown as SessionTiming[];
  return rows.map(({ id, status, startsAt, day }) => ({ id, status, startsAt, day }));
}
