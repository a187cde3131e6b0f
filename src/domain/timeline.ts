// The journal timeline: every record newest first, grouped under the session it belongs to.
// Groups are ordered by their newest moment (a session's own date counts), so the session the
// client is living in now comes first. Filters and search narrow the items; headers of groups
// left empty by a filter are dropped. Check-ins sit among the entries by their moment; a tag or
// a "marked" filter leaves them out (they have neither), a search looks in their emotions and note.

import { numberSessions } from './phase';
import { foldForSearch } from './search';
import type { CheckIn, JournalEntry, KapSession } from './types';

/** One row of the timeline. */
export type TimelineRow =
  | {
      readonly kind: 'session';
      readonly key: string;
      readonly session: KapSession | undefined;
      readonly number: number | undefined;
      readonly count: number;
    }
  | { readonly kind: 'entry'; readonly key: string; readonly entry: JournalEntry }
  | { readonly kind: 'checkin'; readonly key: string; readonly checkIn: CheckIn };

type Item = { readonly at: number; readonly row: TimelineRow };

const checkInFolds = new WeakMap<CheckIn, string>();

/**
 * A check-in's searchable text, folded once per record object: each keystroke of a search then
 * only compares strings instead of folding years of check-ins again.
 */
export function foldedCheckIn(checkIn: CheckIn): string {
  let folded = checkInFolds.get(checkIn);
  if (folded === undefined) {
    folded = foldForSearch(`${checkIn.emotions.join('\n')}\n${checkIn.note ?? ''}`);
    checkInFolds.set(checkIn, folded);
  }
  return folded;
}

/** True when a check-in passes the filter. */
export function checkInPassesFilter(
  checkIn: CheckIn,
  filter: TimelineFilter,
  foldedQuery: string,
): boolean {
  if (
    filter.sessionId === 'none'
      ? checkIn.sessionId !== undefined
      : filter.sessionId && checkIn.sessionId !== filter.sessionId
  )
    return false;
  if (filter.tag || filter.flag) return false;
  if (foldedQuery) {
    if (!foldedCheckIn(checkIn).includes(foldedQuery)) return false;
  }
  return true;
}

/** What narrows the timeline. */
export interface TimelineFilter {
  /** A session id, 'none' for unlinked records, or undefined for all. */
  readonly sessionId?: string;
  readonly tag?: string;
  readonly flag?: 'share' | 'discuss';
  readonly query?: string;
}

/** An entry with its text folded once for searching. */
export interface SearchableEntry {
  readonly entry: JournalEntry;
  readonly folded: string;
}

/** Folds an entry's title, body and tags for search. */
export function toSearchable(entry: JournalEntry): SearchableEntry {
  // Folded on first use and kept: opening five years of journal folds nothing, the first search
  // (or idle time after the first paint) folds each entry once.
  let folded: string | undefined;
  return {
    entry,
    get folded() {
      folded ??= foldForSearch(`${entry.title ?? ''}\n${entry.body}\n${entry.tags.join('\n')}`);
      return folded;
    },
  };
}

/** True when an entry passes the filter. */
export function passesFilter(
  item: SearchableEntry,
  filter: TimelineFilter,
  foldedQuery: string,
): boolean {
  const { entry } = item;
  if (
    filter.sessionId === 'none'
      ? entry.sessionId !== undefined
      : filter.sessionId && entry.sessionId !== filter.sessionId
  )
    return false;
  if (
    filter.tag &&
    !entry.tags.some((tag) => tag.toLocaleLowerCase() === filter.tag?.toLocaleLowerCase())
  )
    return false;
  if (filter.flag === 'share' && !entry.share) return false;
  if (filter.flag === 'discuss' && !entry.discuss) return false;
  if (foldedQuery && !item.folded.includes(foldedQuery)) return false;
  return true;
}

/**
 * Builds the rows: session headers followed by their items, newest first. `completeFrom` is
 * the moment from which the entries and check-ins given are complete (a first window of the
 * newest ones): older items, and sessions with nothing newer, are left for the full read.
 * `searched` says the items given are already the query's matches (the screen narrows them as
 * the user types): the query then only hides sessions left empty, and no text is scanned twice.
 */
export function buildTimeline(
  sessions: readonly KapSession[],
  items: readonly SearchableEntry[],
  filter: TimelineFilter = {},
  checkIns: readonly CheckIn[] = [],
  completeFrom = Number.NEGATIVE_INFINITY,
  searched = false,
): TimelineRow[] {
  const numbers = numberSessions(sessions);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const query = foldForSearch(filter.query?.trim() ?? '');
  const foldedQuery = searched ? '' : query;
  const groups = new Map<string, Item[]>();
  const add = (sessionId: string | undefined, item: Item) => {
    const key = sessionId && byId.has(sessionId) ? sessionId : 'none';
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  };
  for (const item of items) {
    if (item.entry.createdAt < completeFrom) continue;
    if (!passesFilter(item, filter, foldedQuery)) continue;
    const { entry } = item;
    add(entry.sessionId, {
      at: entry.createdAt,
      row: { kind: 'entry', key: `entry:${entry.id}`, entry },
    });
  }
  for (const checkIn of checkIns) {
    if (checkIn.at < completeFrom) continue;
    if (!checkInPassesFilter(checkIn, filter, foldedQuery)) continue;
    add(checkIn.sessionId, {
      at: checkIn.at,
      row: { kind: 'checkin', key: `checkin:${checkIn.id}`, checkIn },
    });
  }
  const narrowed = query || filter.tag || filter.flag;
  if (!narrowed) {
    for (const session of sessions) {
      const wanted = !filter.sessionId || filter.sessionId === session.id;
      const shown = session.startsAt >= completeFrom;
      if (wanted && shown && session.status !== 'cancelled' && !groups.has(session.id))
        groups.set(session.id, []);
    }
  }
  const ordered = [...groups.entries()].map(([key, entries]) => {
    entries.sort((a, b) => b.at - a.at);
    const session = byId.get(key);
    const newest = Math.max(session?.startsAt ?? 0, entries[0]?.at ?? 0);
    return { key, session, entries, newest };
  });
  ordered.sort((a, b) => b.newest - a.newest);
  const rows: TimelineRow[] = [];
  for (const group of ordered) {
    rows.push({
      kind: 'session',
      key: `session:${group.key}`,
      session: group.session,
      number: group.session ? numbers.get(group.session.id) : undefined,
      count: group.entries.length,
    });
    for (const item of group.entries) rows.push(item.row);
  }
  return rows;
}

/** Every tag used, most used first. */
export function tagsInUse(entries: readonly JournalEntry[]): string[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const key = tag.toLocaleLowerCase();
      const current = counts.get(key);
      if (current) current.count++;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .map((t) => t.tag);
}

/**
 * The moment from which windows of the newest entries and check-ins (at most `limit` each)
 * hold every record: the later of the two windows' oldest moments; no limit when a window
 * holds fewer than `limit` records (it then holds them all).
 */
export function windowStart(
  entries: readonly JournalEntry[],
  checkIns: readonly CheckIn[],
  limit: number,
): number {
  let from = Number.NEGATIVE_INFINITY;
  if (entries.length >= limit) from = Math.max(from, Math.min(...entries.map((e) => e.createdAt)));
  if (checkIns.length >= limit) from = Math.max(from, Math.min(...checkIns.map((c) => c.at)));
  return from;
}
