import type { JSX } from 'preact';
import { findMatches, highlightParts } from '../../domain/search';

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
