// "My journal": the client's own entries as one Markdown file, a readable copy of their
// writing for them alone (never a therapist summary). Bodies are written exactly as typed,
// unescaped: it is their text, and any Markdown they wrote in it should read as they meant.
// Oldest first; titles, tags, session and flags are listed with each entry.
import { numberSessions, type SessionTiming } from '../domain/phase';
import { dayLabel, rangeLabel } from '../domain/summary/labels';
import type { SummaryRange } from '../domain/summary/types';
import type { JournalEntry } from '../domain/types';

/** Every entry (or those in `range`) as one Markdown document. */
export function journalMarkdown(
  entries: readonly JournalEntry[],
  sessions: readonly SessionTiming[],
  range?: SummaryRange,
): string {
  const numbers = numberSessions(sessions);
  const chosen = entries
    .filter((e) => !range || (e.day >= range.from && e.day <= range.to))
    .sort((a, b) => a.day.localeCompare(b.day) || a.createdAt - b.createdAt);
  const count = chosen.length === 1 ? '1 entry' : `${chosen.length} entries`;
  const parts = ['# My journal', `*${range ? rangeLabel(range) : 'Every entry'} · ${count}*`];
  for (const e of chosen) {
    const title = e.title?.trim();
    parts.push(`## ${dayLabel(e.day)}${title ? ` · ${oneLine(title)}` : ''}`);
    const about: string[] = [];
    const number = e.sessionId ? numbers.get(e.sessionId) : undefined;
    if (number !== undefined) about.push(`Session ${number}`);
    if (e.tags.length > 0) about.push(`Tags: ${e.tags.join(', ')}`);
    if (e.share) about.push('Shared with my therapist');
    if (e.discuss) about.push('To discuss');
    if (about.length > 0) parts.push(`*${about.join(' · ')}*`);
    parts.push(e.body.replace(/\r\n?/g, '\n').trimEnd());
  }
  return `${parts.join('\n\n')}\n`;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
