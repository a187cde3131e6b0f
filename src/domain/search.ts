// Search folding: case- and diacritic-insensitive substring matching, as product.md defines
// it: Unicode NFKD, then remove combining marks, then lower-case with the locale. Substring
// (not word) matching, so scripts written without spaces (Chinese, Japanese) work too.
// Matches are reported as ranges of the ORIGINAL text, so the screen can highlight them even
// where folding changed the length (ﬁ -> fi, é -> e + mark).

const combiningMark = /\p{M}/gu;
const finalSigma = /ς/g;

/**
 * Folds one piece of text for comparison. Greek final sigma folds to σ (as Unicode case folding
 * does): lower-casing "Σ" depends on the letters around it, so without this a text folded whole
 * and the same text folded letter by letter (findMatches) would disagree.
 */
export function foldForSearch(text: string, locale?: string): string {
  return text
    .normalize('NFKD')
    .replace(combiningMark, '')
    .toLocaleLowerCase(locale)
    .replace(finalSigma, 'σ');
}

/** A folded text with, for each folded UTF-16 unit, the index of its source in the original. */
interface FoldedText {
  readonly folded: string;
  readonly sourceIndex: readonly number[];
}

/**
 * The fold of one ASCII character without Unicode normalisation (most journal text is ASCII,
 * and highlighting folds character by character). Undefined where the locale can matter: the
 * capital I (Turkish and Azeri lower it to a dotless ı) and anything beyond ASCII.
 */
function asciiFold(char: string): string | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0x80 || code === 0x49) return undefined;
  return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
}

const beyondAscii = /[\u0080-\uffff]/;

function foldWithMap(text: string, locale?: string): FoldedText {
  if (!beyondAscii.test(text)) {
    // ASCII folds one unit to one unit (nothing to decompose, no marks, a one-unit lower case
    // in every locale): fold the whole text at once; each folded unit is its own source.
    const sourceIndex: number[] = [];
    for (let i = 0; i <= text.length; i++) sourceIndex.push(i);
    return { folded: foldForSearch(text, locale), sourceIndex };
  }
  let folded = '';
  const sourceIndex: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = asciiFold(char) ?? foldForSearch(char, locale);
    folded += piece;
    for (let i = 0; i < piece.length; i++) sourceIndex.push(offset);
    offset += char.length;
  }
  sourceIndex.push(offset);
  return { folded, sourceIndex };
}

/** A half-open range [start, end) of the original text. */
export type MatchRange = readonly [start: number, end: number];

/** Every non-overlapping occurrence of `query` in `text`, as ranges of the original text. */
export function findMatches(text: string, query: string, locale?: string): MatchRange[] {
  const needle = foldForSearch(query.trim(), locale);
  if (!needle) return [];
  const { folded, sourceIndex } = foldWithMap(text, locale);
  const ranges: MatchRange[] = [];
  let from = folded.indexOf(needle);
  while (from !== -1) {
    const start = sourceIndex[from] ?? 0;
    const lastSource = sourceIndex[from + needle.length - 1] ?? start;
    // End after the whole source character that produced the last folded unit.
    let after = from + needle.length;
    while (after < sourceIndex.length - 1 && (sourceIndex[after] ?? 0) <= lastSource) after++;
    const end = Math.max(sourceIndex[after] ?? text.length, lastSource + 1);
    ranges.push([start, end]);
    // Go on after the whole range: one source character can fold to several units (ﬀ, …),
    // and a second match inside it would repeat the same range.
    let next = from + needle.length;
    while (next < folded.length && (sourceIndex[next] ?? text.length) < end) next++;
    from = folded.indexOf(needle, next);
  }
  return ranges;
}

/**
 * The first match of the query in the text, exactly as `findMatches` gives it, folding only
 * as far into the text as needed: a search result shows the words around its first match, and
 * mapping a whole long entry character by character for each row on screen would cost a slow
 * phone most of a keystroke's 50 ms. Folding is per character, so a match wholly inside a
 * prefix of the text is the same match in the whole text.
 */
export function firstMatch(text: string, query: string, locale?: string): MatchRange | undefined {
  if (!foldForSearch(query.trim(), locale)) return undefined;
  let span = Math.min(text.length, 256);
  for (;;) {
    // Never cut a surrogate pair in two.
    if (span < text.length && /[\uD800-\uDBFF]/.test(text.charAt(span - 1))) span++;
    const first = findMatches(text.slice(0, span), query, locale)[0];
    if (span >= text.length || (first && first[1] < span)) return first;
    span = Math.min(text.length, span * 4);
  }
}

/** True when the folded text contains the folded query (fast path for filtering). */
export function matchesQuery(foldedText: string, query: string, locale?: string): boolean {
  const needle = foldForSearch(query.trim(), locale);
  return needle.length > 0 && foldedText.includes(needle);
}

/** Splits text into plain and matched parts, for rendering highlights as text nodes. */
export function highlightParts(
  text: string,
  ranges: readonly MatchRange[],
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/**
 * The part of a long text around its first match (its start when there is none, or no query),
 * whitespace flattened, so a search result shows why it matched. Only a window of the text is
 * flattened and searched, grown until the excerpt lies inside it: rows on screen are rendered
 * again at every keystroke, and an entry can run to 20,000 characters.
 */
export function excerptAround(text: string, query: string, length = 180): string {
  const searching = query.trim() !== '';
  let span = Math.min(text.length, 4 * length);
  for (;;) {
    if (span < text.length && /[\uD800-\uDBFF]/.test(text.charAt(span - 1))) span++;
    const whole = span >= text.length;
    const flat = text.slice(0, span).replace(/\s+/g, ' ').trim();
    const first = searching ? firstMatch(flat, query) : undefined;
    const start = first ? Math.max(0, first[0] - 40) : 0;
    // Inside the window: the match (or the lack of a query) and the excerpt's end, with a
    // character to spare, so the whole text would give the same excerpt and the same "…".
    const settled =
      (!searching || (first && first[1] < flat.length)) && start + length < flat.length;
    if (whole || settled) {
      const slice = flat.slice(start, start + length);
      return `${start > 0 ? '…' : ''}${slice}${start + length < flat.length ? '…' : ''}`;
    }
    span = Math.min(text.length, span * 4);
  }
}
