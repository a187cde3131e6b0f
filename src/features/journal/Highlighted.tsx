import type { JSX } from 'preact';
import { findMatches, firstMatch, highlightParts } from '../../domain/search';

/** Text with every match of the query marked, rendered as text nodes (never as HTML). */
export function Highlighted({ text, query }: { text: string; query: string }): JSX.Element {
  if (!query.trim()) return <>{text}</>;
  const parts = highlightParts(text, findMatches(text, query));
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          // Parts never reorder, so their index is a stable key.
          <mark key={index}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** The part of a long text around its first match, so search results show why they matched. */
export function excerptAround(text: string, query: string, length = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = query.trim() ? firstMatch(flat, query) : undefined;
  const start = first ? Math.max(0, first[0] - 40) : 0;
  const slice = flat.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${slice}${start + length < flat.length ? '…' : ''}`;
}
