// src/export/pdf/renderPdf.ts — the therapist summary as a PDF, made on the phone, offline.
// Reached only through import() (pdf-lib and fontkit stay out of the first-load bundle).
// Safety policy: the PDF holds text and vector drawings only — no JavaScript, no actions, no
// links, no attachments, no form fields — and its metadata carries the title and nothing else
// the user wrote. It is saved without object streams so every dictionary stays plain text in the
// file and that policy can be checked byte by byte.

import { PDFDocument, PDFName } from 'pdf-lib';
import type { PrintableDocument } from '../document';
import { drawHeading, drawList, drawParagraph, drawTitle } from './blocks';
import { drawChart } from './chart';
import { fetchFontBytes, parseFont, plainGlyphFontkit } from './font';
import { drawPageFurniture } from './pageFurniture';
import { PageWriter } from './pageWriter';
import { drawTable } from './table';
import { cleanText } from './text';

/** Options for {@link renderPdf}. */
export interface RenderPdfOptions {
  /** The DejaVu Sans bytes; fetched from /fonts/ on this origin when absent. */
  readonly fontBytes?: Uint8Array | ArrayBuffer;
  /** Creation time in ms since the epoch (defaults to the current time). */
  readonly now?: number;
}

let fetchedFont: Promise<Uint8Array> | undefined;

/** Fetches the font once per page (it is the same file every time); a failure is retried. */
export function prepareFont(): Promise<Uint8Array> {
  fetchedFont ??= fetchFontBytes();
  fetchedFont.catch(() => {
    fetchedFont = undefined;
  });
  return fetchedFont;
}

/** Renders a printable document to PDF bytes (A4, embedded subset font, page furniture). */
export async function renderPdf(
  doc: PrintableDocument,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const fontBytes = new Uint8Array(options.fontBytes ?? (await prepareFont()));
  const now = new Date(Number.isFinite(options.now) ? (options.now as number) : Date.now());
  let coverageFont: ReturnType<typeof parseFont>;
  try {
    coverageFont = parseFont(fontBytes);
  } catch {
    throw new Error('The font for the PDF could not be read. Try again, or share as text.');
  }
  const coverage = {
    hasGlyph: (codePoint: number) => coverageFont.hasGlyphForCodePoint(codePoint),
  };

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(plainGlyphFontkit);
  // Subsetting keeps the file small; the presentation forms used by Arabic shaping survive it.
  const font = await pdf.embedFont(fontBytes, { subset: true, customName: 'DejaVuSans' });

  const writer = new PageWriter(pdf, font, coverage);
  drawTitle(writer, doc.title, doc.rangeLabel);
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        drawHeading(writer, block.level, block.text);
        break;
      case 'paragraph':
        drawParagraph(writer, block.text, block.style);
        break;
      case 'list':
        drawList(writer, block.items);
        break;
      case 'table':
        drawTable(writer, block.columns, block.rows);
        break;
      case 'chart':
        drawChart(writer, block);
        break;
    }
  }
  drawPageFurniture(writer, doc);
  // pdf-lib gives each page an empty annotation list; we never add links, so drop the key.
  for (const page of writer.pages) page.node.delete(PDFName.of('Annots'));

  const title = cleanText(doc.title, { hasGlyph: () => true }).text;
  pdf.setTitle(title);
  pdf.setProducer('Waypoint');
  pdf.setCreator('Waypoint');
  pdf.setLanguage('en');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  return pdf.save({ useObjectStreams: false });
}
