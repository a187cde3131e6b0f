// The journal timeline: every record newest first, grouped under the session it belongs to.
// Groups are ordered by their newest moment (a session's own date counts), so the session the
// client is living in now comes first. Filters and search narrow the items; headers of groups
// left empty by a filter are dropped.

import { numberSessions } from './phase';
import { foldForSearch } from './search';
import type { JournalEntry, KapSession } from './types';

/** One row of the timeline. */
export type TimelineRow =
  | {
      readonly kind: 'session';
      readonly key: string;
      readonly session: KapSession | undefined;
      readonly number: number | undefined;
      readonly count: number;
    }
  | { readonly kind: 'entry'; readonly key: string; readonly entry: JournalEntry };

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
  return {
    entry,
    folded: foldForSearch(`${entry.title ?? ''}\n${entry.body}\n${entry.tags.join('\n')}`),
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

/** Builds the rows: session headers followed by their items, newest first. */
export function buildTimeline(
  sessions: readonly KapSession[],
  items: readonly SearchableEntry[],
  filter: TimelineFilter = {},
): TimelineRow[] {
  const numbers = numberSessions(sessions);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const foldedQuery = foldForSearch(filter.query?.trim() ?? '');
  const groups = new Map<string, JournalEntry[]>();
  for (const item of items) {
    if (!passesFilter(item, filter, foldedQuery)) continue;
    const key =
      item.entry.sessionId && byId.has(item.entry.sessionId) ? item.entry.sessionId : 'none';
    const group = groups.get(key);
    if (group) group.push(item.entry);
    else groups.set(key, [item.entry]);
  }
  const narrowed = foldedQuery || filter.tag || filter.flag;
  if (!narrowed) {
    for (const session of sessions) {
      const wanted = !filter.sessionId || filter.sessionId === session.id;
      if (wanted && session.status !== 'cancelled' && !groups.has(session.id))
        groups.set(session.id, []);
    }
  }
  const ordered = [...groups.entries()].map(([key, entries]) => {
    entries.sort((a, b) => b.createdAt - a.createdAt);
    const session = byId.get(key);
    const newest = Math.max(session?.startsAt ?? 0, entries[0]?.createdAt ?? 0);
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
    for (const entry of group.entries)
      rows.push({ kind: 'entry', key: `entry:${entry.id}`, entry });
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
