// POLICY (saves): a save links its record by the session timings the last save read, when no
// session has been written since, instead of reading every session again in its transaction
// (that read costs a save more than its own write on a slow phone). Dexie's `storagemutated`
// event, fired after any transaction that wrote sessions commits, in this tab or another,
// forgets them, so a save never links by stale timings. Only committed reads are kept: a save's
// own transaction (which never writes sessions) or a read-only one made ahead of a save, and
// only when no session write was seen from before the read to after it. Loaded with autoLink.ts.
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

/** The count of session writes seen so far; take it before reading the timings to keep. */
export function sessionWritesSeen(): number {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', (parts) => {
      // Keys read `idb://<database>/<table>/<index>`: any database's sessions counts (safe).
      if (Object.keys(parts).some((part) => part.split('/')[3] === 'sessions')) sessionWrites++;
    });
  }
  return sessionWrites;
}

/** Keeps timings read when `seen` session writes had happened, unless another has since. */
export function keepTimings(db: WaypointDexie, seen: number, timings: SessionTiming[]): void {
  if (listening && seen === sessionWrites) kept.set(db, { at: seen, timings });
}

/** The timings last kept, when no session has been written since; else undefined. */
export function keptTimings(db: WaypointDexie): SessionTiming[] | undefined {
  const last = kept.get(db);
  return last?.at === sessionWrites ? last.timings : undefined;
}
