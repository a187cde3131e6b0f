// Draws the mood chart as vectors: a frame with the min and max values labelled, the first and
// last day under it, the values as a line with points, and each session as a dashed vertical line
// with its label above the plot (labels staggered over rows so neighbours do not overlap).

import { CONTENT_WIDTH, colours, lineHeight, MARGIN_X, type PageWriter } from './pageWriter';
import type { VisualLine } from './text';

const LABEL_SIZE = 10.5;
const AXIS_SIZE = 8;
const MARKER_SIZE = 7.5;
const MARKER_ROWS = 3;
const MARKER_LABEL_WIDTH = 110;
const PLOT_HEIGHT = 120;
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A chart block as the document describes it. */
export interface ChartBlock {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly points: readonly { readonly day: string; readonly value: number }[];
  readonly markers: readonly { readonly day: string; readonly label: string }[];
}

/** Day number (days since 1970-01-01) of a yyyy-MM-dd string, or undefined if it is not one. */
export function dayNumber(day: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(day));
  if (match === null) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  return Math.round(time / DAY_MS);
}

/** "3 Nov" for a day number. */
function shortDay(dayNo: number): string {
  const date = new Date(dayNo * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''}`;
}

/** A number as an axis label: whole numbers plain, others with one decimal. */
function axisNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The value axis: the given range when it is usable, otherwise a safe one around it. */
function valueRange(min: number, max: number): [number, number] {
  const low = Number.isFinite(min) ? min : 0;
  const high = Number.isFinite(max) && max > low && Number.isFinite(max - low) ? max : low + 1;
  return Number.isFinite(high) && high > low ? [low, high] : [0, 1];
}

/** Draws the chart; it always stays on one page. */
export function drawChart(writer: PageWriter, chart: ChartBlock): void {
  // At most three lines of label, so the chart always fits on one page.
  const label = writer.shape(chart.label, LABEL_SIZE, CONTENT_WIDTH).lines.slice(0, 3);
  const [min, max] = valueRange(chart.min, chart.max);
  const points = chart.points
    .map((point) => ({ day: dayNumber(point.day), value: point.value }))
    .filter(
      (point): point is { day: number; value: number } =>
        point.day !== undefined && Number.isFinite(point.value),
    )
    .sort((a, b) => a.day - b.day);
  const markers = chart.markers
    .map((marker) => ({ day: dayNumber(marker.day), label: marker.label }))
    .filter((marker): marker is { day: number; label: string } => marker.day !== undefined)
    .sort((a, b) => a.day - b.day);
  const days = [...points.map((point) => point.day), ...markers.map((marker) => marker.day)];
  const firstDay = days.reduce((least, day) => Math.min(least, day), Number.POSITIVE_INFINITY);
  const lastDay = days.reduce((most, day) => Math.max(most, day), Number.NEGATIVE_INFINITY);

  const markerRows = Math.min(MARKER_ROWS, markers.length);
  const markerBand = markerRows * lineHeight(MARKER_SIZE);
  const total =
    label.length * lineHeight(LABEL_SIZE) +
    4 +
    markerBand +
    PLOT_HEIGHT +
    lineHeight(AXIS_SIZE) +
    8;
  writer.gap(6);
  writer.ensure(total);
  for (const line of label) {
    writer.drawLine(line, { size: LABEL_SIZE, x: MARGIN_X, width: CONTENT_WIDTH });
    writer.y -= lineHeight(LABEL_SIZE);
  }
  writer.y -= 4;
  const bandTop = writer.y;
  const plotTop = bandTop - markerBand;
  const plotBottom = plotTop - PLOT_HEIGHT;
  const page = writer.page;

  const minLabel = axisNumber(min);
  const maxLabel = axisNumber(max);
  const axisWidth =
    Math.max(writer.measure(minLabel, AXIS_SIZE), writer.measure(maxLabel, AXIS_SIZE)) + 6;
  const left = MARGIN_X + axisWidth;
  const right = MARGIN_X + CONTENT_WIDTH - 4;
  const span = Number.isFinite(firstDay) && lastDay > firstDay ? lastDay - firstDay : 0;
  const xOf = (day: number) =>
    span === 0 ? (left + right) / 2 : left + ((day - firstDay) / span) * (right - left);
  const yOf = (value: number) =>
    plotBottom + ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * PLOT_HEIGHT;

  for (const y of [plotBottom, plotTop]) {
    page.drawLine({
      start: { x: left, y },
      end: { x: right, y },
      thickness: 0.5,
      color: colours.rule,
    });
  }
  page.drawLine({
    start: { x: left, y: (plotBottom + plotTop) / 2 },
    end: { x: right, y: (plotBottom + plotTop) / 2 },
    thickness: 0.3,
    color: colours.rule,
    dashArray: [2, 3],
  });
  const axisStyle = { size: AXIS_SIZE, x: MARGIN_X, width: axisWidth - 6, color: colours.muted };
  // Numbers are drawn right-aligned against the plot, like right-to-left lines are.
  const numberLine = (text: string): VisualLine => ({ text, rtl: true, missing: false });
  writer.drawLine(numberLine(maxLabel), axisStyle, plotTop + AXIS_SIZE / 2);
  writer.drawLine(numberLine(minLabel), axisStyle, plotBottom + AXIS_SIZE / 2);

  if (points.length === 0) {
    const empty = writer.shape('No values in this range.', 9.5, right - left).lines[0];
    if (empty !== undefined) {
      const width = writer.measure(empty.text, 9.5);
      writer.drawLine(
        empty,
        { size: 9.5, x: (left + right - width) / 2, width, color: colours.muted },
        (plotTop + plotBottom) / 2 + 5,
      );
    }
  } else {
    const dayLabels = span === 0 ? [firstDay] : [firstDay, lastDay];
    for (const day of dayLabels) {
      const text = shortDay(day);
      const width = writer.measure(text, AXIS_SIZE);
      const x = Math.min(right - width, Math.max(left, xOf(day) - width / 2));
      writer.drawLine(
        { text, rtl: false, missing: false },
        { size: AXIS_SIZE, x, width, color: colours.muted },
        plotBottom - 3,
      );
    }
  }

  // Session markers: dashed line through the plot, label in the band above, staggered by row.
  const rowEnds = Array.from({ length: markerRows }, () => Number.NEGATIVE_INFINITY);
  markers.forEach((marker, index) => {
    const x = xOf(marker.day);
    page.drawLine({
      start: { x, y: plotBottom },
      end: { x, y: plotTop + (markerRows > 0 ? markerBand : 0) - 2 },
      thickness: 0.7,
      color: colours.marker,
      dashArray: [3, 2],
    });
    const shaped = writer.shape(marker.label, MARKER_SIZE, MARKER_LABEL_WIDTH).lines;
    const first = shaped[0];
    if (first === undefined || markerRows === 0) return;
    const cut = shaped.length > 1;
    const text = cut ? (first.rtl ? `\u2026${first.text}` : `${first.text}\u2026`) : first.text;
    const width = writer.measure(text, MARKER_SIZE);
    const labelX = Math.min(right - width, x + 2);
    const free = rowEnds.findIndex((end) => end < labelX - 4);
    const row = free >= 0 ? free : index % markerRows;
    rowEnds[row] = labelX + width;
    writer.drawLine(
      { text, rtl: false, missing: first.missing },
      { size: MARKER_SIZE, x: labelX, width, color: colours.marker },
      bandTop - row * lineHeight(MARKER_SIZE),
    );
  });

  // The values: a line through consecutive days, a dot on each.
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1];
    const to = points[i];
    if (from === undefined || to === undefined) continue;
    page.drawLine({
      start: { x: xOf(from.day), y: yOf(from.value) },
      end: { x: xOf(to.day), y: yOf(to.value) },
      thickness: 1.3,
      color: colours.line,
    });
  }
  for (const point of points) {
    page.drawCircle({ x: xOf(point.day), y: yOf(point.value), size: 2, color: colours.line });
  }

  writer.y = plotBottom - lineHeight(AXIS_SIZE) - 8;
}
