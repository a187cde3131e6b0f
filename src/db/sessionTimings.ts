// The timing of every stored session (clear fields only, no vault needed): what linking a
// record to its session by the phase rule reads. Small on purpose: a record's save reads it in
// its own transaction, so it belongs to the first load.
//
// POLICY (saves): a save links by the timings last read, when no session has been written
// since, instead of reading them again in its transaction (a read of every session costs a save
// more than its own write on a slow phone). Dexie's `storagemutated` event, fired after any
// transaction that wrote sessions commits, in this tab or another, forgets what was read. Only
// reads outside a transaction that writes sessions are kept, so nothing uncommitted is cached.
import Dexie from 'dexie';
import type { SessionTiming } from '../domain/phase';
import type { WaypointDexie } from './database';

/** Bumped by every committed write to a sessions store; a kept read older than it is stale. */
let sessionWrites = 0;
let listening = false;
const kept = new WeakMap<
  WaypointDexie,
  { readonly at: number; readonly timings: SessionTiming[] }
>();

function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    // Keys read `idb://<database>/<table>/<index>`; any database's sessions counts (cheap, safe).
    if (Object.keys(parts).some((part) => part.split('/')[3] === 'sessions')) sessionWrites++;
  });
}

/** The timing fields of sessions as stored or as the repository reads them. */
export function toTimings(rows: readonly SessionTiming[]): SessionTiming[] {
  return rows.map(({ id, status, startsAt, day }) => ({ id, status, startsAt, day }));
}

/** The session timings stored now (clear fields only); call inside a transaction. */
export async function readTimings(db: WaypointDexie): Promise<SessionTiming[]> {
  return toTimings((await db.sessions.toArray()) as unknown as SessionTiming[]);
}

/** Where reads of every session happen: the count of session writes seen before one starts. */
export function sessionWritesSeen(): number {
  listen();
  return sessionWrites;
}

/** Keeps timings read when `seen` session writes had happened, unless another has since. */
export function keepTimings(db: WaypointDexie, seen: number, timings: SessionTiming[]): void {
  if (seen === sessionWrites) kept.set(db, { at: seen, timings });
}

/** The timings last kept, when no session has been written since; else undefined. */
export function keptTimings(db: WaypointDexie): SessionTiming[] | undefined {
  const last = kept.get(db);
  return listening && last?.at === sessionWrites ? last.timings : undefined;
}
