// Journal entry rules that screens and exports share: limits, tags, topics.
import type { JournalEntry } from './types';

/** The longest entry the editor accepts (import accepts more; see product.md size limits). */
export const maxEntryLength = 100_000;

/** The longest title. */
export const maxTitleLength = 200;

/** The first `n` UTF-16 units of a text, one fewer if that would split an emoji's surrogate pair. */
function cut(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** Splits typed tags ("sleep, Family ,sleep") into a clean, de-duplicated list. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const tag = cut(raw.trim().replace(/^#/, ''), 60).trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** The "topic to discuss" line of an entry: its title, or else its first non-empty line. */
export function entryTopic(entry: Pick<JournalEntry, 'title' | 'body'>): string {
  const title = entry.title?.trim();
  if (title) return title;
  const firstLine = entry.body.split('\n').find((line) => line.trim()) ?? '';
  return cut(firstLine.trim(), 140);
}

/** A short preview of an entry's body for lists. */
export function entryPreview(body: string, length = 180): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${cut(flat, length - 1)}…` : flat;
}
