// Small SVG charts for Insights, drawn by hand (no chart library). Every chart is one
// role="img" with a summary in its aria-label, followed by a real table in a <details>.
// Colours come from CSS classes over the design tokens (insights.css), so dark mode follows.
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { daysBetween } from '../../domain/dates';
import type {
  AssessmentPoint,
  EmotionCount,
  InstrumentScale,
  MoodPoint,
  SessionCurve,
  SessionMarker,
} from '../../domain/insights';
import type { DayString } from '../../domain/types';
import { formatShortDay } from './format';

const width = 360;
const pad = { left: 30, right: 10, top: 20, bottom: 26 };
const plotWidth = width - pad.left - pad.right;

/** A chart and its table alternative, which is only built when opened. */
export function ChartFigure({
  label,
  height,
  chart,
  table,
}: {
  label: string;
  height: number;
  chart: ComponentChildren;
  table: () => ComponentChildren;
}): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <figure class="chart">
      <svg
        class="chart__svg"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMidYMid meet"
      >
        {chart}
      </svg>
      <details
        class="chart__table"
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>Show as a table</summary>
        {open ? <div class="table-scroll">{table()}</div> : null}
      </details>
    </figure>
  );
}

/** Builds a path through points, lifting the pen across gaps wider than `maxGap` in x units. */
function linePath(points: readonly { x: number; y: number; i: number }[], maxGap: number): string {
  let d = '';
  let previous: number | undefined;
  for (const p of points) {
    const move = previous === undefined || p.i - previous > maxGap;
    d += `${move ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
    previous = p.i;
  }
  return d;
}

const moodY = (plotHeight: number) => (mood: number) => pad.top + ((10 - mood) / 9) * plotHeight;

function MoodGrid({ height }: { height: number }): JSX.Element {
  const y = moodY(height - pad.top - pad.bottom);
  return (
    <g class="chart__grid">
      {[1, 4, 7, 10].map((mood) => (
        <g key={mood}>
          <line x1={pad.left} x2={width - pad.right} y1={y(mood)} y2={y(mood)} />
          <text x={pad.left - 6} y={y(mood) + 4} text-anchor="end">
            {mood}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Mood over a range of days, with a vertical mark on each session's day. */
export function MoodChartBody({
  from,
  to,
  points,
  markers,
  bucketDays,
}: {
  from: DayString;
  to: DayString;
  points: readonly MoodPoint[];
  markers: readonly SessionMarker[];
  bucketDays: number;
}): JSX.Element {
  const height = 200;
  const span = Math.max(1, daysBetween(from, to));
  const x = (day: DayString) => pad.left + (daysBetween(from, day) / span) * plotWidth;
  const y = moodY(height - pad.top - pad.bottom);
  const placed = points.map((p) => ({ x: x(p.day), y: y(p.average), i: daysBetween(from, p.day) }));
  let lastLabel = Number.NEGATIVE_INFINITY;
  return (
    <>
      <MoodGrid height={height} />
      <g class="chart__sessions">
        {markers.map((m) => {
          const mx = x(m.day);
          const showLabel = mx - lastLabel >= 16;
          if (showLabel) lastLabel = mx;
          return (
            <g key={m.id} class="chart__session" data-session={m.number}>
              <line x1={mx} x2={mx} y1={pad.top - 4} y2={height - pad.bottom} />
              {showLabel ? (
                <text x={mx} y={pad.top - 8} text-anchor="middle">
                  {m.number}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
      <path class="chart__line" d={linePath(placed, 3 * bucketDays)} />
      {placed.length <= 45
        ? placed.map((p) => <circle key={p.i} class="chart__dot" cx={p.x} cy={p.y} r={3} />)
        : null}
      <g class="chart__axis">
        <text x={pad.left} y={height - 8}>
          {formatShortDay(from)}
        </text>
        <text x={width - pad.right} y={height - 8} text-anchor="end">
          {formatShortDay(to)}
        </text>
      </g>
    </>
  );
}

/** The highlighted lines' classes, in order: newest session first. */
export const highlightClasses = ['chart__curve--1', 'chart__curve--2', 'chart__curve--3'];

/** Mood by days since each session: faint lines for earlier sessions, the latest highlighted. */
export function OverlayChartBody({
  curves,
  highlighted,
  maxDays,
}: {
  curves: readonly SessionCurve[];
  highlighted: readonly SessionCurve[];
  maxDays: number;
}): JSX.Element {
  const height = 200;
  const y = moodY(height - pad.top - pad.bottom);
  const x = (offset: number) => pad.left + (offset / Math.max(1, maxDays)) * plotWidth;
  const path = (curve: SessionCurve) =>
    linePath(
      curve.points.map((p) => ({ x: x(p.offset), y: y(p.average), i: p.offset })),
      3,
    );
  const highlightIds = new Set(highlighted.map((c) => c.id));
  return (
    <>
      <MoodGrid height={height} />
      <g class="chart__faint">
        {curves
          .filter((c) => !highlightIds.has(c.id))
          .map((c) => (
            <path key={c.id} d={path(c)} />
          ))}
      </g>
      {[...highlighted].reverse().map((c) => {
        const index = highlighted.indexOf(c);
        return (
          <g key={c.id} class={`chart__curve ${highlightClasses[index] ?? ''}`}>
            <path d={path(c)} />
            {c.points.map((p) => (
              <circle key={p.offset} cx={x(p.offset)} cy={y(p.average)} r={2.5} />
            ))}
          </g>
        );
      })}
      <g class="chart__axis">
        {[0, Math.round(maxDays / 2), maxDays].map((offset) => (
          <text
            key={offset}
            x={x(offset)}
            y={height - 8}
            text-anchor={offset === 0 ? 'start' : offset === maxDays ? 'end' : 'middle'}
          >
            {offset === 0 ? 'Session day' : `Day ${offset}`}
          </text>
        ))}
      </g>
    </>
  );
}

/** A questionnaire's totals over the range, over its bands (shaded, labelled). */
export function AssessmentChartBody({
  scale,
  points,
  from,
  to,
}: {
  scale: InstrumentScale;
  points: readonly AssessmentPoint[];
  from: DayString;
  to: DayString;
}): JSX.Element {
  const height = 190;
  const plotHeight = height - pad.top - pad.bottom;
  const y = (total: number) => pad.top + ((scale.max - total) / scale.max) * plotHeight;
  const span = Math.max(1, daysBetween(from, to));
  const x = (day: DayString) => pad.left + (daysBetween(from, day) / span) * plotWidth;
  const placed = points.map((p, i) => ({ x: x(p.day), y: y(p.total), i }));
  return (
    <>
      <g class="chart__bands">
        {scale.bands.map((band, index) => {
          const top = y(band.to + (index === scale.bands.length - 1 ? 0 : 0.5));
          const bottom = y(Math.max(0, band.from - 0.5));
          return (
            <g key={band.label} class="chart__band">
              <rect
                x={pad.left}
                y={top}
                width={plotWidth}
                height={bottom - top}
                fill-opacity={0.06 + (0.16 * index) / Math.max(1, scale.bands.length - 1)}
              />
              {bottom - top >= 11 ? (
                <text x={pad.left + 4} y={bottom - 3}>
                  {band.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
      <g class="chart__grid">
        {[0, scale.max].map((total) => (
          <text key={total} x={pad.left - 6} y={y(total) + 4} text-anchor="end">
            {total}
          </text>
        ))}
      </g>
      <path class="chart__line" d={linePath(placed, Number.POSITIVE_INFINITY)} />
      {placed.map((p) => (
        <circle key={p.i} class="chart__dot" cx={p.x} cy={p.y} r={3.5} />
      ))}
      <g class="chart__axis">
        <text x={pad.left} y={height - 8}>
          {formatShortDay(from)}
        </text>
        <text x={width - pad.right} y={height - 8} text-anchor="end">
          {formatShortDay(to)}
        </text>
      </g>
    </>
  );
}

/** Row height of the emotion bars. */
export const emotionRowHeight = 26;

/** Horizontal bars: how many check-ins named each emotion. */
export function EmotionBarsBody({ counts }: { counts: readonly EmotionCount[] }): JSX.Element {
  const labelWidth = 118;
  const barMax = width - labelWidth - 44;
  const most = Math.max(1, ...counts.map((c) => c.count));
  return (
    <g class="chart__bars">
      {counts.map((c, i) => {
        const top = 6 + i * emotionRowHeight;
        const barWidth = Math.max(2, (c.count / most) * barMax);
        return (
          <g key={c.emotion}>
            <text class="chart__bar-label" x={labelWidth - 8} y={top + 15} text-anchor="end">
              {c.emotion.length > 16 ? `${c.emotion.slice(0, 15)}…` : c.emotion}
            </text>
            <rect x={labelWidth} y={top + 3} width={barWidth} height={16} rx={3} />
            <text x={labelWidth + barWidth + 6} y={top + 15}>
              {c.count}
            </text>
          </g>
        );
      })}
    </g>
  );
}
