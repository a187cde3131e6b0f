// Draws the text blocks of a printable document: title, headings, paragraphs and lists.

import { CONTENT_WIDTH, colours, lineHeight, MARGIN_X, type PageWriter } from './pageWriter';

/** Body text size in points. */
export const BODY_SIZE = 10;
const HEADING_SIZE = { 2: 14, 3: 12 } as const;
const QUOTE_INDENT = 18;
const BULLET_INDENT = 14;

/** The document title and its date range at the top of the first page. */
export function drawTitle(writer: PageWriter, title: string, rangeLabel: string): void {
  writer.text(title, { size: 18, x: MARGIN_X, width: CONTENT_WIDTH });
  writer.gap(2);
  writer.text(rangeLabel, { size: 11, x: MARGIN_X, width: CONTENT_WIDTH, color: colours.muted });
  writer.gap(8);
}

/** A heading, kept on the same page as at least two lines of what follows. */
export function drawHeading(writer: PageWriter, level: 2 | 3, text: string): void {
  const size = HEADING_SIZE[level] ?? HEADING_SIZE[2];
  writer.gap(level === 2 ? 12 : 8);
  const shaped = writer.shape(text, size, CONTENT_WIDTH);
  const height = shaped.lines.length * lineHeight(size);
  writer.ensure(height + 2 * lineHeight(BODY_SIZE) + 4);
  for (const line of shaped.lines) {
    writer.ensure(lineHeight(size));
    writer.drawLine(line, { size, x: MARGIN_X, width: CONTENT_WIDTH });
    writer.y -= lineHeight(size);
  }
  if (level === 2) {
    writer.page.drawLine({
      start: { x: MARGIN_X, y: writer.y + 2 },
      end: { x: MARGIN_X + CONTENT_WIDTH, y: writer.y + 2 },
      thickness: 0.6,
      color: colours.rule,
    });
  }
  writer.gap(4);
}

/** A paragraph; a quote is indented with a rule beside it, muted text is smaller and grey. */
export function drawParagraph(
  writer: PageWriter,
  text: string,
  style: 'quote' | 'muted' | undefined,
): void {
  const size = style === 'muted' ? 9.5 : BODY_SIZE;
  const indent = style === 'quote' ? QUOTE_INDENT : 0;
  const color = style === 'muted' ? colours.muted : colours.text;
  const height = lineHeight(size);
  const x = MARGIN_X + indent;
  for (const line of writer.shape(text, size, CONTENT_WIDTH - indent).lines) {
    writer.ensure(height);
    writer.drawLine(line, { size, x, width: CONTENT_WIDTH - indent, color });
    if (style === 'quote') {
      writer.page.drawLine({
        start: { x: MARGIN_X + 5, y: writer.y },
        end: { x: MARGIN_X + 5, y: writer.y - height },
        thickness: 2,
        color: colours.rule,
      });
    }
    writer.y -= height;
  }
  writer.gap(6);
}

/** A bulleted list; the bullet sits on the right for right-to-left items. */
export function drawList(writer: PageWriter, items: readonly string[]): void {
  const size = BODY_SIZE;
  const height = lineHeight(size);
  const width = CONTENT_WIDTH - BULLET_INDENT;
  for (const item of items) {
    const lines = writer.shape(item, size, width).lines;
    lines.forEach((line, index) => {
      writer.ensure(height);
      if (index === 0) {
        const bulletX = line.rtl ? MARGIN_X + CONTENT_WIDTH - BULLET_INDENT + 5 : MARGIN_X + 4;
        writer.page.drawText(writer.coverage.hasGlyph(0x2022) ? '\u2022' : '-', {
          x: bulletX,
          y: writer.y - size,
          size,
          font: writer.font,
          color: colours.muted,
        });
      }
      const x = line.rtl ? MARGIN_X : MARGIN_X + BULLET_INDENT;
      writer.drawLine(line, { size, x, width });
      writer.y -= height;
    });
    writer.gap(2);
  }
  writer.gap(4);
}
