// What every page carries once the page count is known: a header with the title and the date
// range, a footer with "Prepared by the client with Waypoint" and "Page n of m", and, on pages
// that show a placeholder, the note that the text export holds those characters exactly.

import type { PrintableDocument } from '../document';
import {
  CONTENT_WIDTH,
  colours,
  lineHeight,
  MARGIN_X,
  PAGE_HEIGHT,
  type PageWriter,
} from './pageWriter';
import { MISSING_GLYPH_NOTE, type VisualLine } from './text';

const SIZE = 8.5;
const NOTE_SIZE = 7.5;
const HEADER_BASELINE_TOP = PAGE_HEIGHT - 30;
const HEADER_RULE = PAGE_HEIGHT - 46;
const FOOTER_RULE = 52;
const FOOTER_TOP = 44;

/** The first line of a string within a width, with an ellipsis when the rest was cut. */
function oneLine(writer: PageWriter, text: string, size: number, width: number): VisualLine {
  const ellipsis = '\u2026';
  const whole = writer.shape(text, size, width).lines;
  const first = whole[0] ?? { text: '', rtl: false, missing: false };
  if (whole.length <= 1) return first;
  const cut =
    writer.shape(text, size, Math.max(1, width - writer.measure(ellipsis, size))).lines[0] ?? first;
  return { ...cut, text: cut.rtl ? ellipsis + cut.text : cut.text + ellipsis };
}

/** Draws header, footer and notes on every page. */
export function drawPageFurniture(writer: PageWriter, doc: PrintableDocument): void {
  const total = writer.pages.length;
  const noteLines = writer.shape(MISSING_GLYPH_NOTE, NOTE_SIZE, CONTENT_WIDTH).lines;
  const range = oneLine(writer, doc.rangeLabel, SIZE, CONTENT_WIDTH * 0.55);
  const rangeWidth = writer.measure(range.text, SIZE);
  const title = oneLine(writer, doc.title, SIZE, Math.max(1, CONTENT_WIDTH - rangeWidth - 16));

  writer.pages.forEach((page, index) => {
    const pageLabel = `Page ${index + 1} of ${total}`;
    const pageLabelWidth = writer.measure(pageLabel, SIZE);
    const footer = oneLine(writer, doc.footer, SIZE, CONTENT_WIDTH - pageLabelWidth - 16);
    const draw = (line: VisualLine, x: number, width: number, top: number, size = SIZE) => {
      if (line.text === '') return;
      page.drawText(line.text, {
        x: line.rtl ? x + Math.max(0, width - writer.measure(line.text, size)) : x,
        y: top - size,
        size,
        font: writer.font,
        color: colours.muted,
      });
    };

    draw(title, MARGIN_X, CONTENT_WIDTH - rangeWidth - 16, HEADER_BASELINE_TOP);
    draw({ ...range, rtl: true }, MARGIN_X, CONTENT_WIDTH, HEADER_BASELINE_TOP);
    draw(footer, MARGIN_X, CONTENT_WIDTH - pageLabelWidth - 16, FOOTER_TOP);
    draw({ text: pageLabel, rtl: true, missing: false }, MARGIN_X, CONTENT_WIDTH, FOOTER_TOP);
    for (const y of [HEADER_RULE, FOOTER_RULE]) {
      page.drawLine({
        start: { x: MARGIN_X, y },
        end: { x: MARGIN_X + CONTENT_WIDTH, y },
        thickness: 0.5,
        color: colours.rule,
      });
    }
    if (writer.pagesWithMissing.has(index) || title.missing || range.missing || footer.missing) {
      noteLines.forEach((line, lineIndex) => {
        const top = FOOTER_RULE + 6 + (noteLines.length - lineIndex) * lineHeight(NOTE_SIZE);
        draw(line, MARGIN_X, CONTENT_WIDTH, top, NOTE_SIZE);
      });
    }
  });
}
