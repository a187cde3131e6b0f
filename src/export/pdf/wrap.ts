// Line breaking for the PDF: greedy, at spaces, measured with the embedded font. A word wider
// than the line is broken between characters (never inside a surrogate pair or before a combining
// mark). Widths are summed piece by piece: pdf-lib's own measure is additive (advance widths, no
// kerning), so this matches what it draws without re-measuring the whole line for every word.

/** A half-open range [start, end) of code units in the wrapped text. */
export type LineRange = readonly [start: number, end: number];

const markPattern = /^\p{M}$/u;

/** Index just after the character cluster starting at `index` (base plus combining marks). */
export function clusterEnd(text: string, index: number): number {
  let i = index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
  while (i < text.length) {
    const next = text.codePointAt(i) ?? 0;
    if (!markPattern.test(String.fromCodePoint(next))) break;
    i += next > 0xffff ? 2 : 1;
  }
  return Math.min(i, text.length);
}

/**
 * Breaks one hard line into ranges no wider than `maxWidth` (a single character wider than the
 * line still gets a line of its own). Spaces at a break are dropped; leading indentation of the
 * first line is kept. An empty or all-space line yields one empty range.
 */
export function wrapRanges(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): LineRange[] {
  const ranges: LineRange[] = [];
  let start = 0;
  let end = 0;
  let width = 0;
  let hasContent = false;
  for (const word of text.matchAll(/[^ ]+/g)) {
    const wordStart = word.index;
    const wordEnd = wordStart + word[0].length;
    if (!hasContent && ranges.length > 0) {
      start = wordStart;
      end = wordStart;
      width = 0;
    }
    const added = measure(text.slice(end, wordEnd));
    if (width + added <= maxWidth) {
      width += added;
      end = wordEnd;
      hasContent = true;
      continue;
    }
    if (hasContent) {
      ranges.push([start, end]);
      start = wordStart;
      end = wordStart;
      width = 0;
      hasContent = false;
      const alone = measure(text.slice(wordStart, wordEnd));
      if (alone <= maxWidth) {
        width = alone;
        end = wordEnd;
        hasContent = true;
        continue;
      }
    }
    // The word does not fit on a line of its own: break it between clusters.
    let cursor = end;
    while (cursor < wordEnd) {
      const next = clusterEnd(text, cursor);
      const piece = measure(text.slice(cursor, next));
      if (width + piece > maxWidth && cursor > start) {
        ranges.push([start, cursor]);
        start = cursor;
        width = 0;
      }
      width += piece;
      cursor = next;
    }
    end = wordEnd;
    hasContent = true;
  }
  if (hasContent || ranges.length === 0) ranges.push([start, end]);
  return ranges;
}
