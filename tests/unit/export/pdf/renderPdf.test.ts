// @vitest-environment node
import fontkit from '@pdf-lib/fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
} from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentBlock } from '../../../../src/export/document';
import { renderPdf } from '../../../../src/export/pdf/renderPdf';
import { MISSING_GLYPH_NOTE } from '../../../../src/export/pdf/text';
import {
  documentWith,
  extractPages,
  FORBIDDEN_NAMES,
  fontBytes,
  NOW,
  pdfSyntax,
} from './pdfTestSupport';
import { typicalMonth } from './typicalMonth';

const render = (blocks: readonly DocumentBlock[]) =>
  renderPdf(documentWith(blocks), { fontBytes, now: NOW });

/** Every dictionary key anywhere in the file, found by walking the object graph. */
async function allKeys(bytes: Uint8Array): Promise<Set<string>> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const keys = new Set<string>();
  const visit = (value: unknown): void => {
    if (value instanceof PDFStream) visit(value.dict);
    else if (value instanceof PDFDict) {
      for (const [key, inner] of value.entries()) {
        keys.add(key.decodeText());
        visit(inner);
      }
    } else if (value instanceof PDFArray) value.asArray().forEach(visit);
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) visit(object);
  visit(pdf.context.trailerInfo.Root instanceof PDFRef ? undefined : pdf.context.trailerInfo.Root);
  return keys;
}

// Rendering takes about a second per document on a busy two-core machine.
describe('renderPdf', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('contains the chosen Latin, Greek and Cyrillic items and none of the left-out ones', async () => {
    const all = {
      latin: 'Slept badly before the session; Grüße aus Köln, façade, Ærø.',
      greek: 'Ένιωσα ήρεμη μετά τη συνεδρία.',
      cyrillic: 'Чувствую себя спокойнее после сеанса.',
      leftOutLatin: 'Private note about my sister',
      leftOutGreek: 'Μυστικό σημείωμα',
      leftOutCyrillic: 'Личная заметка',
    };
    const bytes = await render([
      { kind: 'heading', level: 2, text: 'Notes on check-ins' },
      { kind: 'list', items: [all.latin, all.greek] },
      { kind: 'paragraph', text: all.cyrillic, style: 'quote' },
    ]);
    const text = (await extractPages(bytes)).map((page) => page.text).join('\n');
    expect(text).toContain(all.latin);
    expect(text).toContain(all.greek);
    expect(text).toContain(all.cyrillic);
    expect(text).not.toContain(all.leftOutLatin);
    expect(text).not.toContain(all.leftOutGreek);
    expect(text).not.toContain(all.leftOutCyrillic);
    expect(text).not.toContain('Private');
  });

  it('puts the range, the footer and "Page n of m" on every page of a long document', async () => {
    const paragraph =
      'Today I noticed the tension in my shoulders again and tried the breathing exercise twice. ';
    const blocks: DocumentBlock[] = Array.from({ length: 60 }, (_, i) => ({
      kind: 'paragraph',
      text: `${i + 1}. ${paragraph.repeat(3)}`,
    }));
    const pages = await extractPages(await render(blocks));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, index) => {
      expect(page.drawn).toContain('1 Nov 2026 – 27 Nov 2026');
      expect(page.drawn).toContain('Prepared by the client with Waypoint');
      expect(page.drawn).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    // Content flows in order across pages: paragraph 60 ends up on the last page.
    expect(pages[pages.length - 1]?.text).toContain('60. Today I noticed');
    expect(pages[0]?.text).not.toContain('60. Today I noticed');
  });

  it('makes a typical month one to three pages, small enough to share', async () => {
    const bytes = await renderPdf(typicalMonth(), { fontBytes, now: NOW });
    const pages = await extractPages(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    // The font is subset: the whole file stays far below the 757 KB font file.
    expect(bytes.length).toBeLessThan(120_000);
    const text = pages.map((page) => page.text).join('\n');
    for (const expected of ['Topics to discuss', 'Session 4 · 19 Nov 2026', 'PHQ-9', 'Moderate']) {
      expect(text).toContain(expected);
    }
  });

  it('holds no JavaScript, actions, links, attachments or forms', async () => {
    const bytes = await renderPdf(typicalMonth(), { fontBytes, now: NOW });
    const syntax = pdfSyntax(bytes);
    expect(syntax.startsWith('%PDF-')).toBe(true);
    for (const name of ['/JS', '/JavaScript', '/Launch', '/AA', '/OpenAction']) {
      expect(syntax).not.toContain(name);
    }
    // Object streams are off, so the structure is plain text; and a walk of every dictionary
    // finds none of the keys either.
    expect(syntax).not.toContain('/ObjStm');
    const keys = await allKeys(bytes);
    expect(keys.has('Font')).toBe(true); // the walk does see the structure
    for (const name of FORBIDDEN_NAMES) expect(keys.has(name)).toBe(false);
    expect(keys.has('Annots')).toBe(false);
  });

  it('sets the title, producer and creator and no other user text in the metadata', async () => {
    const bytes = await renderPdf(typicalMonth(), { fontBytes, now: NOW });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Summary for my therapist');
    expect(pdf.getProducer()).toBe('Waypoint');
    expect(pdf.getCreator()).toBe('Waypoint');
    expect(pdf.getAuthor()).toBeUndefined();
    expect(pdf.getSubject()).toBeUndefined();
    expect(pdf.getKeywords()).toBeUndefined();
    expect(pdf.getCreationDate()?.getTime()).toBe(NOW);
    const catalog = pdf.catalog;
    expect(catalog.get(PDFName.of('OpenAction'))).toBeUndefined();
  });

  it('draws Hebrew and Arabic in visual order, Arabic letters joined', async () => {
    const hebrew = 'שלום עולם, היום היה טוב';
    const arabic = 'السلام عليكم';
    const pages = await extractPages(
      await render([
        { kind: 'paragraph', text: hebrew },
        { kind: 'paragraph', text: arabic },
      ]),
    );
    const drawn = pages[0]?.drawn ?? [];
    // The glyphs are painted left to right in visual order…
    expect(drawn).toContain('בוט היה םויה ,םלוע םולש');
    const arabicLine = drawn.find((line) => /[\ufe70-\ufeff]/u.test(line)) ?? '';
    // alef, lam (initial), seen (medial), lam-alef (final), meem; then ain (initial), lam, yeh,
    // kaf (medial), meem (final) — read right to left, painted left to right.
    expect(arabicLine).toBe('\ufee2\ufedc\ufef4\ufee0\ufecb \ufee1\ufefc\ufeb4\ufedf\ufe8d');
    // …joined through presentation forms, with no unjoined base letter left…
    expect(arabicLine).not.toMatch(/[\u0621-\u064a]/u);
    // …and pdf.js, reading them back, recovers the logical order the client typed.
    expect(pages[0]?.text).toContain(hebrew);
  });

  it('keeps the outlines of the Arabic presentation forms in the subset font', async () => {
    const bytes = await render([{ kind: 'paragraph', text: 'السلام عليكم، كيف حالك؟ لا بأس' }]);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const fontFiles = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .map((dict) => dict.lookup(PDFName.of('FontFile2')))
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream);
    expect(fontFiles).toHaveLength(1);
    const subset = fontkit.create(decodePDFRawStream(fontFiles[0] as PDFRawStream).decode());
    // Only the glyphs used are kept (a few dozen of DejaVu's 6000)…
    expect(subset.numGlyphs).toBeLessThan(120);
    // …and every one but the space has its outline (composite glyphs kept their parts).
    const empty: number[] = [];
    for (let id = 1; id < subset.numGlyphs; id++) {
      if (subset.getGlyph(id).path.toSVG() === '') empty.push(id);
    }
    expect(empty).toHaveLength(1);
    expect(subset.getGlyph(empty[0] ?? 0).advanceWidth).toBeGreaterThan(0);
  });

  it('shows a placeholder for emoji and CJK, with the note on that page only', async () => {
    const filler: DocumentBlock[] = Array.from({ length: 45 }, (_, i) => ({
      kind: 'paragraph',
      text: `Line ${i + 1} of plain text that fills the first page.`,
    }));
    const bytes = await render([
      ...filler,
      { kind: 'paragraph', text: 'Felt 😶‍🌫️ foggy, wrote 大丈夫 in my notebook.' },
    ]);
    const pages = await extractPages(bytes);
    expect(pages.length).toBe(2);
    expect(pages[0]?.drawn).not.toContain(MISSING_GLYPH_NOTE);
    expect(pages[1]?.drawn).toContain(MISSING_GLYPH_NOTE);
    expect(pages[1]?.drawn).toContain(
      'Felt \u25a1 foggy, wrote \u25a1\u25a1\u25a1 in my notebook.',
    );
  });

  it('draws the chart with its label, axis values and session markers, on one page', async () => {
    const pages = await extractPages(
      await render([
        {
          kind: 'chart',
          label: 'Mood by day',
          min: 1,
          max: 10,
          points: [
            { day: '2026-11-01', value: 4 },
            { day: '2026-11-10', value: 7.5 },
            { day: '2026-11-27', value: 6 },
          ],
          markers: [{ day: '2026-11-05', label: 'Session 3' }],
        },
      ]),
    );
    expect(pages).toHaveLength(1);
    const drawn = pages[0]?.drawn ?? [];
    for (const text of ['Mood by day', '10', '1', '1 Nov', '27 Nov', 'Session 3']) {
      expect(drawn).toContain(text);
    }
  });

  it('survives a chart with bad values, an empty table and odd table rows', async () => {
    const pages = await extractPages(
      await render([
        {
          kind: 'chart',
          label: 'Empty',
          min: 10,
          max: 1,
          points: [
            { day: 'not a day', value: 3 },
            { day: '2026-02-30', value: 3 },
            { day: '2026-11-02', value: Number.NaN },
          ],
          markers: [{ day: '2026-11-04', label: '' }],
        },
        {
          kind: 'chart',
          label: 'Huge range\n'.repeat(40),
          min: -Number.MAX_VALUE,
          max: Number.MAX_VALUE,
          points: [{ day: '2026-11-02', value: Number.POSITIVE_INFINITY }],
          markers: [],
        },
        { kind: 'table', columns: [], rows: [] },
        { kind: 'table', columns: ['Only one'], rows: [['a', 'b', 'c'], []] },
        { kind: 'list', items: [] },
        { kind: 'heading', level: 3, text: '' },
      ]),
    );
    expect(pages[0]?.drawn).toContain('No values in this range.');
    expect(pages[0]?.drawn).toContain('c');
  });

  it('repeats the table header on each page a long table reaches, wrapping long cells', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => [
      `${i + 1} Nov`,
      i === 0
        ? 'A very long note in a cell that must wrap over several lines inside its column'
        : 'ok',
    ]);
    const pages = await extractPages(
      await render([{ kind: 'table', columns: ['Date', 'Note'], rows }]),
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.drawn.slice(0, 6)).toContain('Note');
    expect(pages[0]?.text).toContain('A very long note');
  });

  it('fetches the font from this origin when no bytes are given', async () => {
    const fetchMock = vi.fn(async () => new Response(fontBytes.slice()));
    vi.stubGlobal('fetch', fetchMock);
    const bytes = await renderPdf(documentWith([{ kind: 'paragraph', text: 'Hello' }]), {
      now: NOW,
    });
    expect(fetchMock).toHaveBeenCalledWith('/fonts/DejaVuSans.ttf');
    expect((await extractPages(bytes))[0]?.text).toContain('Hello');
  });

  it('explains in plain words when the font cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404 })),
    );
    // A fresh module: the font fetched by the test above is kept for the page's lifetime.
    vi.resetModules();
    const fresh = await import('../../../../src/export/pdf/renderPdf');
    await expect(fresh.renderPdf(documentWith([]), { now: NOW })).rejects.toThrow(
      'The font for the PDF could not be loaded. Try again, or share as text.',
    );
  });

  it('fetches the font once per page, and again after a failed fetch', async () => {
    vi.resetModules();
    const fresh = await import('../../../../src/export/pdf/renderPdf');
    const fetches = vi.fn(async () => new Response('missing', { status: 404 }));
    vi.stubGlobal('fetch', fetches);
    await expect(fresh.prepareFont()).rejects.toThrow('could not be loaded');
    fetches.mockImplementation(async () => new Response(fontBytes.slice()));
    await fresh.renderPdf(documentWith([]), { now: NOW });
    await fresh.renderPdf(documentWith([]), { now: NOW });
    expect(fetches).toHaveBeenCalledTimes(2);
  });

  it('says so in plain words when the font bytes are not a font', async () => {
    await expect(
      renderPdf(documentWith([]), { fontBytes: new Uint8Array([1, 2, 3, 4]), now: NOW }),
    ).rejects.toThrow('The font for the PDF could not be read. Try again, or share as text.');
  });

  it('accepts the font as an ArrayBuffer and is deterministic for a fixed time', async () => {
    const buffer = fontBytes.slice().buffer;
    const a = await renderPdf(typicalMonth(), { fontBytes: buffer, now: NOW });
    const b = await renderPdf(typicalMonth(), { fontBytes, now: NOW });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
