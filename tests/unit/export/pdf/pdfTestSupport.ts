// Shared helpers for the PDF tests: the real font from public/fonts and pdf.js text extraction.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PrintableDocument } from '../../../../src/export/document';

/** The font file the app ships (same bytes the renderer fetches at /fonts/). */
export const fontBytes = new Uint8Array(
  readFileSync(fileURLToPath(new URL('../../../../public/fonts/DejaVuSans.ttf', import.meta.url))),
);

/** A fixed creation time so output is deterministic. */
export const NOW = Date.UTC(2026, 10, 27, 9, 0, 0);

/** Builds a document around some blocks. */
export function documentWith(blocks: PrintableDocument['blocks']): PrintableDocument {
  return {
    title: 'Summary for my therapist',
    rangeLabel: '1 Nov 2026 – 27 Nov 2026',
    footer: 'Prepared by the client with Waypoint',
    blocks,
  };
}

/** One page's text as pdf.js extracts it (logical order), plus the glyphs in drawn order. */
export interface PageText {
  /** Extracted text items joined by newlines (pdf.js puts RTL runs back in logical order). */
  readonly text: string;
  /** The text of each drawing operation exactly in the order its glyphs were painted. */
  readonly drawn: readonly string[];
}

/** Extracts each page of a PDF with pdf.js. */
export async function extractPages(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PageText[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ disableNormalization: true });
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
    const operators = await page.getOperatorList();
    const drawn: string[] = [];
    operators.fnArray.forEach((fn, index) => {
      if (fn !== OPS.showText) return;
      const glyphs = (operators.argsArray[index] as [unknown[]])[0];
      drawn.push(
        glyphs
          .map((glyph) =>
            typeof glyph === 'object' && glyph !== null && 'unicode' in glyph
              ? String((glyph as { unicode: string }).unicode)
              : '',
          )
          .join(''),
      );
    });
    pages.push({ text, drawn });
  }
  await pdf.destroy();
  return pages;
}

/** Dictionary keys that would make a PDF run code or act on its own. */
export const FORBIDDEN_NAMES = [
  'JS',
  'JavaScript',
  'Launch',
  'AA',
  'OpenAction',
  'URI',
  'EmbeddedFile',
  'AcroForm',
];

/** Latin-1 view of the bytes, for searching PDF syntax. */
export function pdfSyntax(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}
