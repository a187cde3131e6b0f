// Draws a table: columns sized to their content within the text column, cells wrapped, rows
// separated by rules. A row may continue on the next page line by line; the header row is
// repeated at the top of every page the table reaches.

import { CONTENT_WIDTH, colours, lineHeight, MARGIN_X, type PageWriter } from './pageWriter';
import type { VisualLine } from './text';

const SIZE = 9.5;
const PADDING = 4;
const ROW_GAP = 3;

/**
 * Column widths: every column gets what its longest line needs when that fits; otherwise columns
 * narrower than a fair share keep their width and the rest share what is left equally.
 */
export function columnWidths(natural: readonly number[], available: number): number[] {
  const wanted = natural.map((width) => width + 2 * PADDING);
  const total = wanted.reduce((sum, width) => sum + width, 0);
  if (total <= available) {
    const extra = (available - total) / Math.max(1, wanted.length);
    return wanted.map((width) => width + extra);
  }
  const widths = wanted.map(() => 0);
  let open = wanted.map((_, index) => index);
  let left = available;
  for (;;) {
    const share = left / Math.max(1, open.length);
    const fitting = open.filter((index) => (wanted[index] ?? 0) <= share);
    if (fitting.length === 0) {
      for (const index of open) widths[index] = share;
      return widths;
    }
    for (const index of fitting) {
      widths[index] = wanted[index] ?? 0;
      left -= wanted[index] ?? 0;
    }
    open = open.filter((index) => !fitting.includes(index));
    if (open.length === 0) return widths;
  }
}

/** Draws a table with a header row. */
export function drawTable(
  writer: PageWriter,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const count = rows.reduce((most, row) => Math.max(most, row.length), columns.length);
  if (count === 0) return;
  const cellText = (row: readonly string[], index: number) => String(row[index] ?? '');
  const lineWidth = (text: string) =>
    writer
      .shape(text, SIZE, Number.POSITIVE_INFINITY)
      .lines.reduce((most, line) => Math.max(most, writer.measure(line.text, SIZE)), 0);
  const natural = Array.from({ length: count }, (_, index) =>
    [columns, ...rows].reduce((most, row) => Math.max(most, lineWidth(cellText(row, index))), 0),
  );
  const widths = columnWidths(natural, CONTENT_WIDTH);
  const shapeRow = (row: readonly string[]) =>
    widths.map(
      (width, index) => writer.shape(cellText(row, index), SIZE, width - 2 * PADDING).lines,
    );
  const header = shapeRow(columns);
  const height = lineHeight(SIZE);

  const drawRow = (cells: readonly (readonly VisualLine[])[], isHeader: boolean) => {
    const lineCount = cells.reduce((most, lines) => Math.max(most, lines.length), 1);
    writer.gap(ROW_GAP);
    for (let lineIndex = 0; lineIndex < lineCount; lineIndex++) {
      if (writer.ensure(height) && !isHeader && columns.length > 0) drawRow(header, true);
      let x = MARGIN_X;
      cells.forEach((lines, index) => {
        const line = lines[lineIndex];
        const width = widths[index] ?? 0;
        if (line !== undefined) {
          writer.drawLine(line, {
            size: SIZE,
            x: x + PADDING,
            width: width - 2 * PADDING,
            color: isHeader ? colours.muted : colours.text,
          });
        }
        x += width;
      });
      writer.y -= height;
    }
    writer.y -= ROW_GAP;
    writer.page.drawLine({
      start: { x: MARGIN_X, y: writer.y },
      end: { x: MARGIN_X + CONTENT_WIDTH, y: writer.y },
      thickness: isHeader ? 0.9 : 0.4,
      color: colours.rule,
    });
  };

  writer.ensure(2 * (height + 2 * ROW_GAP));
  if (columns.length > 0) drawRow(header, true);
  for (const row of rows) drawRow(shapeRow(row), false);
  writer.gap(8);
}
