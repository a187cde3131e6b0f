// Likely duplicates (product.md "Restore"): rows from another app carry no Waypoint ids, so a
// session the client already logged here by hand comes back from, say, Afterflow under a new id.
// POLICY: an imported session is a likely repeat of a stored, not cancelled session that starts
// within 12 hours of it (a clinic day); the preview lists each pair and offers to skip them
// (the default). A skipped session's check-ins and reflections are kept and join the session
// already here, so nothing the client wrote in the other app is dropped.
// Pure: stored sessions come in through `ExistingRecords.sessionsBetween`.
import type { CheckIn, JournalEntry, KapSession } from '../domain/types';
import type { ExistingRecords } from './pipeline';

/** How close two sessions' starts must be to count as the same session. */
export const SAME_SESSION_WINDOW_MS = 12 * 60 * 60 * 1000;

/** An imported session that is probably one already stored. */
export interface LikelyDuplicate {
  /** The id the import would give it. */
  readonly importedId: string;
  /** The session already here. */
  readonly existingId: string;
  /** The imported session's local day, for the preview. */
  readonly day: string;
}

/** The imported sessions that repeat stored ones, each with the closest stored session. */
export async function likelySessionDuplicates(
  imported: readonly { readonly id: string; readonly at: number; readonly day: string }[],
  existing: ExistingRecords,
): Promise<LikelyDuplicate[]> {
  if (!existing.sessionsBetween || imported.length === 0) return [];
  const importedIds = new Set(imported.map((session) => session.id));
  const times = imported.map((session) => session.at);
  const stored = (
    await existing.sessionsBetween(
      Math.min(...times) - SAME_SESSION_WINDOW_MS,
      Math.max(...times) + SAME_SESSION_WINDOW_MS,
    )
  ).filter((session) => session.status !== 'cancelled' && !importedIds.has(session.id));
  const taken = new Set<string>();
  const duplicates: LikelyDuplicate[] = [];
  for (const session of imported) {
    const closest = stored
      .filter(
        (s) => !taken.has(s.id) && Math.abs(s.startsAt - session.at) <= SAME_SESSION_WINDOW_MS,
      )
      .sort((a, b) => Math.abs(a.startsAt - session.at) - Math.abs(b.startsAt - session.at))[0];
    if (!closest) continue;
    taken.add(closest.id);
    duplicates.push({ importedId: session.id, existingId: closest.id, day: session.day });
  }
  return duplicates;
}

/** Imported sessions with the records that belong to them. */
export interface SessionRecords {
  readonly sessions: KapSession[];
  readonly checkins: CheckIn[];
  readonly entries: JournalEntry[];
}

/** Leaves the repeated sessions out; their check-ins and entries join the stored session. */
export function skipDuplicateSessions(
  records: SessionRecords,
  duplicates: readonly LikelyDuplicate[],
): SessionRecords {
  const existingFor = new Map(duplicates.map((d) => [d.importedId, d.existingId]));
  const repoint = <T extends { readonly sessionId?: string }>(record: T): T => {
    const existingId = record.sessionId ? existingFor.get(record.sessionId) : undefined;
    return existingId ? { ...record, sessionId: existingId } : record;
  };
  return {
    sessions: records.sessions.filter((session) => !existingFor.has(session.id)),
    checkins: records.checkins.map(repoint),
    entries: records.entries.map(repoint),
  };
}
