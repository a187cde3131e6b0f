// Page geometry and the cursor that flows content down A4 pages, starting a new page when the
// next piece does not fit. Header and footer bands are left free here and drawn once the page
// count is known (./pageFurniture.ts).

import { type Color, type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { type GlyphCoverage, type ShapedText, shapeText, type VisualLine } from './text';

/** A4 in points. */
export const PAGE_WIDTH = 595.28;
/** A4 in points. */
export const PAGE_HEIGHT = 841.89;
/** Left and right margin. */
export const MARGIN_X = 50;
/** Width of the text column. */
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** Top of the body, below the header band. */
export const BODY_TOP = PAGE_HEIGHT - 64;
/** Bottom of the body, above the footer band and the missing-character note. */
export const BODY_BOTTOM = 92;

/** Colours used throughout. */
export const colours = {
  text: rgb(0.1, 0.1, 0.12),
  muted: rgb(0.38, 0.38, 0.42),
  rule: rgb(0.75, 0.75, 0.78),
  line: rgb(0.12, 0.36, 0.62),
  marker: rgb(0.62, 0.33, 0.12),
} as const;

/** Line height for a font size. */
export function lineHeight(size: number): number {
  return size * 1.32;
}

/** How to draw a run of lines. */
export interface LineStyle {
  readonly size: number;
  readonly x: number;
  readonly width: number;
  readonly color?: Color;
}

/** Writes content onto successive pages, tracking where placeholders were drawn. */
export class PageWriter {
  readonly pages: PDFPage[] = [];
  /** Indexes of pages that show a placeholder for a missing character. */
  readonly pagesWithMissing = new Set<number>();
  /** Baseline cursor: the top of the free space left on the current page. */
  y = BODY_TOP;

  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly coverage: GlyphCoverage,
  ) {
    this.newPage();
  }

  /** The page being written. */
  get page(): PDFPage {
    const page = this.pages[this.pages.length - 1];
    if (page === undefined) throw new Error('No page');
    return page;
  }

  /** Starts a new page and moves the cursor to its top. */
  newPage(): void {
    this.pages.push(this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]));
    this.y = BODY_TOP;
  }

  /** True when the current page is still empty. */
  get atPageTop(): boolean {
    return this.y === BODY_TOP;
  }

  /** Makes sure `height` points are free below the cursor, breaking the page if needed. */
  ensure(height: number): boolean {
    if (this.y - height >= BODY_BOTTOM || this.atPageTop) return false;
    this.newPage();
    return true;
  }

  /** Moves the cursor down (no effect at the top of a page, so gaps never open a page). */
  gap(points: number): void {
    if (!this.atPageTop) this.y = Math.max(BODY_BOTTOM, this.y - points);
  }

  /** Width of drawable text at a size. */
  measure(text: string, size: number): number {
    return text === '' ? 0 : this.font.widthOfTextAtSize(text, size);
  }

  /** Shapes any string into lines for a width at a size. */
  shape(text: string, size: number, width: number): ShapedText {
    return shapeText(text, {
      coverage: this.coverage,
      maxWidth: width,
      measure: (part) => this.measure(part, size),
    });
  }

  /** Draws one visual line with its baseline `size` below the cursor top; right-aligned if RTL. */
  drawLine(line: VisualLine, style: LineStyle, top = this.y): void {
    if (line.missing) this.pagesWithMissing.add(this.pages.length - 1);
    if (line.text === '') return;
    const width = this.measure(line.text, style.size);
    const x = line.rtl ? style.x + Math.max(0, style.width - width) : style.x;
    this.page.drawText(line.text, {
      x,
      y: top - style.size,
      size: style.size,
      font: this.font,
      color: style.color ?? colours.text,
    });
  }

  /** Shapes and draws a string as flowing lines, breaking pages between lines. */
  text(text: string, style: LineStyle): void {
    const height = lineHeight(style.size);
    for (const line of this.shape(text, style.size, style.width).lines) {
      this.ensure(height);
      this.drawLine(line, style);
      this.y -= height;
    }
  }
}
