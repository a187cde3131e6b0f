// Text shaping pipeline for the PDF: turns any string (user text included) into lines the embedded
// font can draw left to right. Policy, in order:
//  1. clean: line breaks normalised to \n, tabs to spaces, other control characters and variation
//     selectors dropped, NFC composed;
//  2. coverage: each user-perceived character (grapheme) whose code points the font lacks (emoji,
//     CJK, lone surrogates, private use…) becomes one visible placeholder, and the caller is told so
//     it can print a note that the text export holds those characters exactly;
//  3. Arabic letters get their contextual presentation forms (./arabic.ts);
//  4. each hard line is wrapped (./wrap.ts), then each wrapped line is put into visual order with
//     the Unicode bidi algorithm (bidi-js: levels for the whole hard line, reordering per line,
//     mirrored brackets in right-to-left runs), combining marks kept with their base;
//  5. format characters (bidi controls, ZWJ/ZWNJ, soft hyphen) are dropped from what is drawn.
// Nothing here throws on any string: every step works on plain code units and code points.

import bidiFactory from 'bidi-js';
import { shapeArabic } from './arabic';
import { clusterEnd, wrapRanges } from './wrap';

/** What the embedded font can draw. */
export interface GlyphCoverage {
  hasGlyph(codePoint: number): boolean;
}

/** The note printed on a page that shows a placeholder. */
export const MISSING_GLYPH_NOTE =
  'Some characters (for example emoji or Japanese) cannot be shown in this PDF; the text export holds them exactly.';

/** One line ready to draw: visual order, left to right. `rtl` asks for right alignment. */
export interface VisualLine {
  readonly text: string;
  readonly rtl: boolean;
  /** The line shows a placeholder for a character the font lacks. */
  readonly missing: boolean;
}

/** A string laid out into lines, and whether any character had to become a placeholder. */
export interface ShapedText {
  readonly lines: readonly VisualLine[];
  readonly missing: boolean;
}

/** Logical-order text cleaned for the font. */
export interface CleanText {
  readonly text: string;
  readonly missing: boolean;
}

type Bidi = ReturnType<typeof bidiFactory>;
let bidiInstance: Bidi | undefined;
function bidi(): Bidi {
  bidiInstance ??= bidiFactory();
  return bidiInstance;
}

let graphemeSegmenter: Intl.Segmenter | null | undefined;
/** Splits text into graphemes; falls back to base-plus-marks clusters where Intl.Segmenter is absent. */
function graphemes(text: string): string[] {
  if (graphemeSegmenter === undefined) {
    graphemeSegmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('en', { granularity: 'grapheme' })
        : null;
  }
  if (graphemeSegmenter !== null) {
    return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
  }
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    const next = clusterEnd(text, i);
    parts.push(text.slice(i, next));
    i = next;
  }
  return parts;
}

const formatPattern = /\p{Cf}/gu;
/** Characters that make bidi reordering necessary: right-to-left letters, Arabic digits, RLM/RLE/RLO/RLI. */
const rightToLeftPattern =
  /[\u0590-\u08ff\ufb1d-\ufdcf\ufdf0-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const isFormat = /^\p{Cf}$/u;

/** True for code points no font should be asked for: surrogates and noncharacters. */
function isNeverDrawable(codePoint: number): boolean {
  return (
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe
  );
}

/** Fast path: true when every character can be drawn, so no grapheme analysis is needed. */
function allDrawable(text: string, coverage: GlyphCoverage): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isNeverDrawable(codePoint)) return false;
    if (codePoint !== 0x0a && !coverage.hasGlyph(codePoint) && !isFormat.test(char)) return false;
  }
  return true;
}

/** The placeholder drawn for a character the font lacks: a white square, or "?" without one. */
export function placeholderFor(coverage: GlyphCoverage): string {
  return coverage.hasGlyph(0x25a1) ? '\u25a1' : '?';
}

/**
 * Stands in for the placeholder until lines are final, so each line knows whether it shows one
 * (a user may type the placeholder character itself). A noncharacter, so cleaning turns any that
 * came in into placeholders; like the placeholder it never joins Arabic letters, and bidi levels
 * are computed with the real placeholder in its place (same length, one code unit each).
 */
const SENTINEL = '\ufdd0';

/**
 * Step 1 and 2: cleans a string and replaces each character the font cannot draw by
 * `replacement` (the placeholder unless told otherwise).
 */
export function cleanText(
  input: string,
  coverage: GlyphCoverage,
  replacement = placeholderFor(coverage),
): CleanText {
  const normalised = String(input)
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]/g, '')
    .normalize('NFC');
  if (allDrawable(normalised, coverage)) return { text: normalised, missing: false };
  let missing = false;
  let text = '';
  for (const grapheme of graphemes(normalised)) {
    let drawable = true;
    for (const char of grapheme) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (isNeverDrawable(codePoint)) drawable = false;
      else if (!isFormat.test(char) && codePoint !== 0x0a && !coverage.hasGlyph(codePoint)) {
        drawable = false;
      }
      if (!drawable) break;
    }
    if (drawable) text += grapheme;
    else {
      text += replacement;
      missing = true;
    }
  }
  return { text, missing };
}

/** Drops format characters (bidi controls, joiners, soft hyphen): they steer shaping, not ink. */
export function dropFormatCharacters(text: string): string {
  return text.replace(formatPattern, '');
}

/**
 * Step 4: the visual (left-to-right drawing) order of `text[start, end)`, given the bidi levels of
 * the whole hard line. Characters move as clusters, so surrogate pairs and a base with its marks
 * stay together, and are mirrored in right-to-left runs. Within a cluster, the marks go where the
 * font draws them from (nothing positions them: marks have no advance and are drawn from the pen
 * position): after the base in left-to-right runs (Latin marks reach back over the previous
 * glyph), before it in right-to-left runs (DejaVu's Hebrew and Arabic marks reach forward over the
 * next glyph, as the visual order of right-to-left text puts them before their base).
 */
export function visualOrder(
  text: string,
  levels: ReturnType<Bidi['getEmbeddingLevels']>,
  start: number,
  end: number,
): string {
  if (end <= start) return '';
  const order: number[] = [];
  for (let i = start; i < end; i++) order.push(i);
  for (const [from, to] of bidi().getReorderSegments(text, levels, start, end - 1)) {
    // Reverse in place (no spread: a line of zero-width marks can be very long).
    for (let a = (from ?? start) - start, b = (to ?? start) - start; a < b; a++, b--) {
      const swap = order[a] ?? 0;
      order[a] = order[b] ?? 0;
      order[b] = swap;
    }
  }
  const mirrored = bidi().getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const clusterOf = new Int32Array(end - start);
  const clusterEnds: number[] = [];
  for (let i = start, id = 0; i < end; id++) {
    const next = Math.min(clusterEnd(text, i), end);
    clusterOf.fill(id, i - start, next - start);
    clusterEnds.push(next);
    i = next;
  }
  const emitted = new Uint8Array(clusterEnds.length);
  let out = '';
  for (const index of order) {
    const id = clusterOf[index - start] ?? 0;
    if (emitted[id] === 1) continue;
    emitted[id] = 1;
    const clusterStart = id === 0 ? start : (clusterEnds[id - 1] ?? start);
    const clusterStop = clusterEnds[id] ?? end;
    const baseEnd = Math.min(
      clusterStop,
      clusterStart + ((text.codePointAt(clusterStart) ?? 0) > 0xffff ? 2 : 1),
    );
    let base = '';
    for (let i = clusterStart; i < baseEnd; i++) base += mirrored.get(i) ?? text[i];
    const marks = text.slice(baseEnd, clusterStop);
    const rightToLeft = ((levels.levels[clusterStart] ?? 0) & 1) === 1;
    out += rightToLeft ? marks + base : base + marks;
  }
  return out;
}

/** Options for laying out one string. */
export interface ShapeOptions {
  readonly coverage: GlyphCoverage;
  /** Width available for a line, in points. */
  readonly maxWidth: number;
  /** Width of drawable text in points at the size it will be drawn. */
  readonly measure: (text: string) => number;
}

/** The whole pipeline: any string in, drawable visual lines out. */
export function shapeText(input: string, options: ShapeOptions): ShapedText {
  const placeholder = placeholderFor(options.coverage);
  const { text, missing } = cleanText(input, options.coverage, SENTINEL);
  const hasGlyph = (codePoint: number) => options.coverage.hasGlyph(codePoint);
  const drawable = (part: string) => dropFormatCharacters(part).replaceAll(SENTINEL, placeholder);
  const measure = (part: string) => options.measure(drawable(part));
  const lines: VisualLine[] = [];
  for (const hardLine of text.split('\n')) {
    const shaped = shapeArabic(hardLine, hasGlyph);
    if (!rightToLeftPattern.test(shaped)) {
      // Nothing right-to-left: the bidi algorithm would leave the order as it is.
      for (const [start, end] of wrapRanges(shaped, options.maxWidth, measure)) {
        const part = shaped.slice(start, end);
        lines.push({
          text: drawable(part),
          rtl: false,
          missing: missing && part.includes(SENTINEL),
        });
      }
      continue;
    }
    // Levels come from the text as it will look; the sentinel string has the same length.
    const levels = bidi().getEmbeddingLevels(shaped.replaceAll(SENTINEL, placeholder));
    const rtl = ((levels.paragraphs[0]?.level ?? 0) & 1) === 1;
    for (const [start, end] of wrapRanges(shaped, options.maxWidth, measure)) {
      const visual = visualOrder(shaped, levels, start, end);
      lines.push({ text: drawable(visual), rtl, missing: missing && visual.includes(SENTINEL) });
    }
  }
  return { lines, missing };
}
