// Linking records to sessions. A record written without a chosen session belongs to the session
// of its phase (product.md "Decisions"); when sessions move, are cancelled or deleted, records
// linked automatically follow, and links the user chose stay. Relinking reads and writes only
// clear fields (session timing, sessionId, sessionLink), so it needs no vault and runs in the
// SAME transaction as the session change: the journal is never seen half re-linked.
import { type SessionTiming, sessionForMoment } from '../../domain/phase';
import { relink } from '../../domain/relink';
import type { SessionLink } from '../../domain/types';
import type { WaypointDexie } from '../database';
import { withReconnect } from '../database';
import type { StoredRow } from '../recordStore';
import { readTimings } from '../sessionTimings';

/**
 * The tables whose records link to sessions, the field that dates each record, and whether its
 * records say how they were linked (commitments have no `sessionLink`: they always follow).
 */
const linkedTables = [
  { table: 'entries', moment: 'createdAt', hasLinkKind: true },
  { table: 'checkins', moment: 'at', hasLinkKind: true },
  { table: 'assessments', moment: 'at', hasLinkKind: true },
  { table: 'commitments', moment: 'createdAt', hasLinkKind: false },
] as const;

/** A record's link before a change, kept so a delete can be undone exactly. */
export interface PreviousLink {
  readonly table: (typeof linkedTables)[number]['table'];
  readonly id: string;
  readonly sessionId: string | undefined;
  /** As stored: undefined for records without a link kind (commitments). */
  readonly sessionLink: SessionLink | undefined;
}

/** What an undo of a session delete needs. */
export interface SessionDeletion {
  readonly row: StoredRow;
  readonly previousLinks: readonly PreviousLink[];
}

interface LinkRow {
  id: string;
  sessionId?: string;
  sessionLink?: SessionLink;
  [field: string]: unknown;
}

/** The tables whose records link to sessions. */
export type LinkedTable = (typeof linkedTables)[number]['table'];

function linkInfo(table: LinkedTable): (typeof linkedTables)[number] {
  for (const linked of linkedTables) if (linked.table === table) return linked;
  throw new Error(`${table} records do not link to sessions`);
}

/** Whether records of this table link to sessions. */
export function isLinkedTable(table: string): table is LinkedTable {
  return linkedTables.some((linked) => linked.table === table);
}

/**
 * Links rows about to be written, in memory, by the same rule as `relinkAll`: an import links
 * the records it writes before writing them, so it never reads five years back to fix them.
 */
export function relinkRows(
  table: LinkedTable,
  rows: readonly StoredRow[],
  timings: readonly SessionTiming[],
): StoredRow[] {
  const { moment, hasLinkKind } = linkInfo(table);
  const changed = relinkLinks(rows as unknown as LinkRow[], moment, timings);
  if (changed.size === 0) return [...rows];
  return rows.map((row) => {
    const sessionId = changed.get(row.id);
    if (sessionId === undefined) return row;
    // As `relinkAll`'s update does: no session means no sessionId field at all.
    const linked: Record<string, unknown> = { ...row };
    if (sessionId === null) delete linked.sessionId;
    else linked.sessionId = sessionId;
    if (hasLinkKind) linked.sessionLink = 'auto';
    return linked as StoredRow;
  });
}

/** The new session (or null for none) of each row whose link changes. */
function relinkLinks(
  rows: readonly LinkRow[],
  moment: string,
  timings: readonly SessionTiming[],
): Map<string, string | null> {
  const records = rows.map((row) => ({
    id: row.id,
    sessionId: row.sessionId,
    sessionLink: row.sessionLink ?? 'auto',
    at: Number(row[moment]),
  }));
  const changed = relink(records, timings, (record) => record.at);
  return new Map(changed.map((record) => [record.id, record.sessionId ?? null]));
}

/** Re-links every automatically linked record; call inside a transaction over all tables. */
export async function relinkAll(db: WaypointDexie): Promise<PreviousLink[]> {
  const timings = await readTimings(db);
  const previous: PreviousLink[] = [];
  for (const { table, moment, hasLinkKind } of linkedTables) {
    const rows = (await db[table].toArray()) as unknown as LinkRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const [id, target] of relinkLinks(rows, moment, timings)) {
      const before = byId.get(id);
      previous.push({ table, id, sessionId: before?.sessionId, sessionLink: before?.sessionLink });
      const sessionId = target ?? undefined;
      await db[table].update(id, hasLinkKind ? { sessionId, sessionLink: 'auto' } : { sessionId });
    }
  }
  return previous;
}

const allLinkTables = (db: WaypointDexie) => [
  db.sessions,
  ...linkedTables.map(({ table }) => db[table]),
];

/** Session writes that keep every record's link right. */
export function createSessionLinks(db: WaypointDexie) {
  return {
    /** The session a record made at `at` belongs to by the phase rule. */
    async linkFor(at: number): Promise<string | undefined> {
      return sessionForMoment(await withReconnect(db, () => readTimings(db)), at);
    },
    /**
     * Writes a sealed session row and re-links records, in one transaction; with
     * `discardDraft`, removes the draft the session was typed in within that same transaction.
     */
    async putAndRelink(row: StoredRow, discardDraft?: string): Promise<void> {
      const tables =
        discardDraft === undefined ? allLinkTables(db) : [...allLinkTables(db), db.drafts];
      await withReconnect(db, () =>
        db.transaction('rw', tables, async () => {
          await db.sessions.put(row);
          await relinkAll(db);
          if (discardDraft !== undefined) await db.drafts.delete(discardDraft);
        }),
      );
    },
    /** Deletes a session (its records stay, re-linked by phase); returns what undo needs. */
    async removeAndRelink(id: string): Promise<SessionDeletion | undefined> {
      return withReconnect(db, () =>
        db.transaction('rw', allLinkTables(db), async () => {
          const row = (await db.sessions.get(id)) as unknown as StoredRow | undefined;
          if (!row) return undefined;
          await db.sessions.delete(id);
          const previousLinks = await relinkAll(db);
          return { row, previousLinks };
        }),
      );
    },
    /** Puts a deleted session back and restores every link exactly as it was. */
    async undoRemove(deletion: SessionDeletion): Promise<void> {
      await withReconnect(db, () =>
        db.transaction('rw', allLinkTables(db), async () => {
          await db.sessions.put(deletion.row);
          for (const link of deletion.previousLinks) {
            await db[link.table].update(link.id, {
              sessionId: link.sessionId,
              sessionLink: link.sessionLink,
            });
          }
        }),
      );
    },
  };
}

/** The session-linking operations' interface. */
export type SessionLinks = ReturnType<typeof createSessionLinks>;
