// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../src/export/document';
import { parseFont } from '../../../../src/export/pdf/font';
import { renderPdf } from '../../../../src/export/pdf/renderPdf';
import { shapeText } from '../../../../src/export/pdf/text';
import { documentWith, extractPages, fontBytes, NOW } from './pdfTestSupport';

const font = parseFont(fontBytes);
const coverage = { hasGlyph: (codePoint: number) => font.hasGlyphForCodePoint(codePoint) };
const measure = (text: string) =>
  (font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0) /
    font.unitsPerEm) *
  10;

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that exercise every branch: scripts, marks, joiners, controls, surrogates. */
const pools: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0x00, 0x1f], // C0 controls
  [0x7f, 0x9f], // DEL and C1 controls
  [0x0300, 0x036f], // combining marks
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x0590, 0x05ff], // Hebrew with points
  [0x0600, 0x06ff], // Arabic
  [0xfb50, 0xfeff], // presentation forms, BOM
  [0x200b, 0x206f], // joiners, bidi controls, separators
  [0xfe00, 0xfe0f], // variation selectors
  [0xd800, 0xdfff], // lone surrogates
  [0x3040, 0x9fff], // CJK
  [0x1f300, 0x1faff], // emoji
  [0xe000, 0xf8ff], // private use
  [0x0, 0x10ffff], // anything
];

function randomString(next: () => number): string {
  const length = Math.floor(next() * 80);
  let text = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = pools[Math.floor(next() * pools.length)] ?? [0x20, 0x7e];
    const codePoint = low + Math.floor(next() * (high - low + 1));
    // String.fromCharCode for surrogates keeps them lone; others as full code points.
    text +=
      codePoint >= 0xd800 && codePoint <= 0xdfff
        ? String.fromCharCode(codePoint)
        : String.fromCodePoint(codePoint);
    if (next() < 0.15) text += ' ';
  }
  return text;
}

const strings = (() => {
  const next = generator(20261127);
  return Array.from({ length: 200 }, () => randomString(next));
})();

describe('fuzz', { timeout: 60_000 }, () => {
  it('shapes 200 random strings without throwing, into lines the font can draw', () => {
    for (const input of strings) {
      const result = shapeText(input, { coverage, maxWidth: 120, measure });
      for (const line of result.lines) {
        for (const char of line.text) {
          const codePoint = char.codePointAt(0) ?? 0;
          expect(codePoint < 0xd800 || codePoint > 0xdfff, JSON.stringify(input)).toBe(true);
          expect(coverage.hasGlyph(codePoint), JSON.stringify(input)).toBe(true);
          expect(/[\p{Cc}\p{Cf}]/u.test(char), JSON.stringify(input)).toBe(false);
        }
        expect(
          measure(line.text) <= 120 || [...line.text].length <= 1 || /\p{M}/u.test(line.text),
        ).toBe(true);
      }
    }
  });

  it('renders all of them in every kind of block into a PDF that pdf.js reads', async () => {
    const blocks: DocumentBlock[] = [];
    for (let i = 0; i < strings.length; i += 5) {
      const [a = '', b = '', c = '', d = '', e = ''] = strings.slice(i, i + 5);
      blocks.push(
        { kind: 'heading', level: i % 2 === 0 ? 2 : 3, text: a },
        { kind: 'paragraph', text: b, style: i % 3 === 0 ? 'quote' : undefined },
        { kind: 'list', items: [c, d] },
        { kind: 'table', columns: [a, b], rows: [[c, d, e]] },
      );
    }
    blocks.push({
      kind: 'chart',
      label: strings[0] ?? '',
      min: 1,
      max: 10,
      points: [{ day: '2026-11-01', value: 5 }],
      markers: strings.slice(0, 5).map((label, i) => ({ day: `2026-11-0${i + 1}`, label })),
    });
    const doc = { ...documentWith(blocks), title: strings[1] ?? '', rangeLabel: strings[2] ?? '' };
    const bytes = await renderPdf(doc, { fontBytes, now: NOW });
    const pages = await extractPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page.drawn).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });
});
