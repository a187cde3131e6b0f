// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shapeArabic } from '../../../../src/export/pdf/arabic';
import { parseFont } from '../../../../src/export/pdf/font';
import { cleanText, shapeText } from '../../../../src/export/pdf/text';
import { wrapRanges } from '../../../../src/export/pdf/wrap';
import { fontBytes } from './pdfTestSupport';

const font = parseFont(fontBytes);
const coverage = { hasGlyph: (codePoint: number) => font.hasGlyphForCodePoint(codePoint) };
const hasGlyph = coverage.hasGlyph;
/** Advance width at 10 pt: the sum of glyph advances, as pdf-lib measures with our fontkit. */
const measure = (text: string) =>
  (font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0) /
    font.unitsPerEm) *
  10;
const lines = (text: string, maxWidth = 10_000) =>
  shapeText(text, { coverage, maxWidth, measure }).lines;
const hex = (text: string) => Array.from(text, (c) => (c.codePointAt(0) ?? 0).toString(16));

describe('cleanText', () => {
  it('strips control characters, keeps line breaks, turns tabs into spaces and composes', () => {
    const { text, missing } = cleanText(
      'a\u0000b\u0007c\u001b[0m\u009bd\r\ne\rf\u2028g\th e\u0301',
      coverage,
    );
    expect(text).toBe('abc[0md\ne\nf\ng h \u00e9');
    expect(missing).toBe(false);
  });

  it('turns each emoji sequence, flag, CJK character and lone surrogate into one placeholder', () => {
    const { text, missing } = cleanText(
      'a\u{1F468}\u200D\u{1F469}\u200D\u{1F467}b\u{1F1EF}\u{1F1F5}c日本d\ud800e\udfffz',
      coverage,
    );
    expect(text).toBe('a\u25a1b\u25a1c\u25a1\u25a1d\u25a1e\u25a1z');
    expect(missing).toBe(true);
  });

  it('drops variation selectors instead of drawing them', () => {
    expect(cleanText('\u2764\ufe0f ok', coverage)).toEqual({ text: '\u2764 ok', missing: false });
  });

  it('keeps Latin, Greek, Cyrillic, Hebrew and Arabic as they are', () => {
    const sample = 'Grüße Καλημέρα Привет שָׁלוֹם السلام';
    expect(cleanText(sample, coverage)).toEqual({ text: sample.normalize('NFC'), missing: false });
  });
});

describe('shapeArabic', () => {
  it('chooses initial, medial and final forms and the lam-alef ligature', () => {
    expect(hex(shapeArabic('سلام', hasGlyph))).toEqual(['feb3', 'fefc', 'fee1']);
    expect(hex(shapeArabic('بيت', hasGlyph))).toEqual(['fe91', 'fef4', 'fe96']);
    expect(hex(shapeArabic('لا', hasGlyph))).toEqual(['fefb']);
    expect(hex(shapeArabic('دب', hasGlyph))).toEqual(['fea9', 'fe8f']); // dal never joins forward
  });

  it('lets harakat pass through the join, and ZWNJ break it', () => {
    expect(hex(shapeArabic('بَيت', hasGlyph))).toEqual(['fe91', '64e', 'fef4', 'fe96']);
    expect(hex(shapeArabic('ب\u200Cت', hasGlyph))).toEqual(['fe8f', '200c', 'fe95']);
    expect(hex(shapeArabic('\u0640ب', hasGlyph))).toEqual(['640', 'fe90']);
  });

  it('has a glyph in the embedded font for every form it produces', () => {
    const letters = [
      ...Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => 0x0621 + i),
      0x067e,
      0x0686,
      0x0698,
      0x06a9,
      0x06af,
      0x06cc,
    ].filter((cp) => cp < 0x063b || cp > 0x0640);
    for (const letter of letters) {
      const char = String.fromCodePoint(letter);
      // isolated, then the letter between two behs (medial or final), then before a beh
      for (const context of [char, `ب${char}ب`, `${char}ب`]) {
        for (const codePoint of Array.from(
          shapeArabic(context, hasGlyph),
          (c) => c.codePointAt(0) ?? 0,
        )) {
          expect(codePoint >= 0xfb50 && codePoint <= 0xfeff, context).toBe(true);
          expect(hasGlyph(codePoint)).toBe(true);
        }
      }
    }
  });
});

describe('shapeText: visual order', () => {
  it('reverses a right-to-left line and marks it for right alignment', () => {
    expect(lines('שלום עולם')).toEqual([{ text: 'םלוע םולש', rtl: true, missing: false }]);
  });

  it('keeps numbers and Latin words left to right inside Hebrew, and mirrors brackets', () => {
    expect(lines('מספר 123 (בדיקה) and English')[0]?.text).toBe('and English (הקידב) 123 רפסמ');
  });

  it('reorders a Hebrew run inside a left-to-right line', () => {
    expect(lines('Hebrew: שלום עולם.')).toEqual([
      { text: 'Hebrew: םלוע םולש.', rtl: false, missing: false },
    ]);
  });

  it('shapes Arabic before reversing it', () => {
    expect(hex(lines('سلام عليكم')[0]?.text ?? '')).toEqual(
      hex('\ufee2\ufedc\ufef4\ufee0\ufecb \ufee1\ufefc\ufeb3'),
    );
  });

  it('keeps combining marks after their base and surrogate pairs whole', () => {
    // shin + qamats + shin dot (canonical order), then lamed: lamed comes first, and the marks
    // stay with shin, just before it (DejaVu draws right-to-left marks over the next glyph).
    expect(lines('\u05e9\u05b8\u05c1\u05dc')[0]?.text).toBe('\u05dc\u05b8\u05c1\u05e9');
    // Latin marks follow their base (they reach back over it).
    expect(lines('a\u0301\u0323b')[0]?.text).toBe('a\u0301\u0323b'.normalize('NFC'));
    expect(lines('שלום \u{1F600} עולם')[0]?.text).toBe('םלוע \u{1F600} םולש');
  });

  it('says which lines show a placeholder', () => {
    const result = shapeText('plain line\nwith 日本', { coverage, maxWidth: 1000, measure });
    expect(result.missing).toBe(true);
    expect(result.lines).toEqual([
      { text: 'plain line', rtl: false, missing: false },
      { text: 'with \u25a1\u25a1', rtl: false, missing: true },
    ]);
    // A typed white square is the user's text, not a missing character.
    expect(shapeText('\u25a1', { coverage, maxWidth: 1000, measure }).missing).toBe(false);
  });
});

describe('wrapping', () => {
  it('breaks at spaces within the width and keeps hard line breaks and blank lines', () => {
    const text = 'The quick brown fox jumps over the lazy dog again and again.\n\nNext';
    const result = lines(text, 120);
    for (const line of result) expect(measure(line.text)).toBeLessThanOrEqual(120);
    expect(result.map((l) => l.text).join(' ')).toBe(text.replace('\n\n', '  '));
    expect(result.filter((l) => l.text === '')).toHaveLength(1);
    expect(result[result.length - 1]?.text).toBe('Next');
  });

  it('breaks a word longer than the line between characters', () => {
    const word = 'Supercalifragilisticexpialidocious'.repeat(4);
    const result = lines(word, 100);
    expect(result.length).toBeGreaterThan(3);
    for (const line of result) expect(measure(line.text)).toBeLessThanOrEqual(100);
    expect(result.map((l) => l.text).join('')).toBe(word);
  });

  it('never splits a surrogate pair or separates a mark from its base', () => {
    const text = 'e\u0301'.repeat(30);
    const ranges = wrapRanges(text, 20, measure);
    for (const [start, end] of ranges) {
      expect(text.slice(start, end).startsWith('e')).toBe(true);
      expect(end - start).toBeGreaterThan(0);
    }
  });
});
