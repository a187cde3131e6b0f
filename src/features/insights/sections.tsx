// The sections of Insights. Each one gets figures already aggregated by src/domain/insights.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { addDaysToDay } from '../../domain/dates';
import type {
  AssessmentSeries,
  EmotionCount,
  MoodFigure,
  MoodPoint,
  SessionComparison,
  SessionCurve,
  SessionMarker,
} from '../../domain/insights';
import { instrumentScales } from '../../domain/insights';
import type { DayString, Instrument } from '../../domain/types';
import {
  AssessmentChartBody,
  ChartFigure,
  EmotionBarsBody,
  emotionRowHeight,
  highlightClasses,
  MoodChartBody,
  OverlayChartBody,
} from './charts';
import { checkInCount, formatDay, formatMood, formatShortDay } from './format';

/** A figure in a table cell: the average and, below it, how many check-ins it rests on. */
function FigureCell({ figure }: { figure: MoodFigure | undefined }): JSX.Element {
  if (!figure)
    return (
      <td class="figure figure--none">
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">no check-ins</span>
      </td>
    );
  return (
    <td class="figure">
      <span class="figure__value">{formatMood(figure.average)}</span>
      <span class="figure__count">{checkInCount(figure.count)}</span>
    </td>
  );
}

function moodSummary(points: readonly MoodPoint[], unit: string): string {
  if (points.length === 0) return 'No check-ins in this period.';
  let sum = 0;
  let count = 0;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    sum += p.average * p.count;
    count += p.count;
    low = Math.min(low, p.average);
    high = Math.max(high, p.average);
  }
  return `${points.length} ${unit} with check-ins, ${checkInCount(count)}. Average mood ${formatMood(sum / count)} out of 10, lowest ${formatMood(low)}, highest ${formatMood(high)}.`;
}

/** Mood over the chosen days, every session marked. */
export function MoodSection({
  from,
  to,
  bucketDays,
  points,
  markers,
}: {
  from: DayString;
  to: DayString;
  bucketDays: number;
  points: readonly MoodPoint[];
  markers: readonly SessionMarker[];
}): JSX.Element {
  const weekly = bucketDays > 1;
  const sessionsOn = (start: DayString) => {
    const end = addDaysToDay(start, bucketDays - 1);
    return markers.filter((m) => m.day >= start && m.day <= end).map((m) => `Session ${m.number}`);
  };
  const label = `Mood from ${formatDay(from)} to ${formatDay(to)}${weekly ? ', by week' : ''}. ${moodSummary(points, weekly ? 'weeks' : 'days')} ${markers.length === 1 ? '1 session' : `${markers.length} sessions`} marked.`;
  return (
    <section class="insights-section" aria-labelledby="mood-title">
      <h2 id="mood-title">Mood over time</h2>
      <p class="muted insights-note">
        {weekly ? 'Each point is the average of a week. ' : 'Each point is the average of a day. '}
        Upright lines mark your sessions, with their numbers.
      </p>
      {points.length === 0 ? (
        <p class="insights-note">No check-ins in these days. A longer period may show more.</p>
      ) : null}
      <ChartFigure
        label={label}
        height={200}
        chart={
          <MoodChartBody
            from={from}
            to={to}
            points={points}
            markers={markers}
            bucketDays={bucketDays}
          />
        }
        table={() => (
          <table class="data-table">
            <caption>{weekly ? 'Average mood by week' : 'Average mood by day'}</caption>
            <thead>
              <tr>
                <th scope="col">{weekly ? 'Week from' : 'Day'}</th>
                <th scope="col">Mood</th>
                <th scope="col">Check-ins</th>
                <th scope="col">Session</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.day}>
                  <th scope="row">{formatDay(p.day)}</th>
                  <td>{formatMood(p.average)}</td>
                  <td>{p.count}</td>
                  <td>{sessionsOn(p.day).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
    </section>
  );
}

/** Mood by days since each session in the period, the latest three highlighted. */
export function OverlaySection({
  curves,
  maxDays,
}: {
  curves: readonly SessionCurve[];
  maxDays: number;
}): JSX.Element {
  const withData = curves.filter((c) => c.points.length > 0);
  const highlighted = withData.slice(-3).reverse();
  const others = withData.length - highlighted.length;
  const offsets = Array.from({ length: maxDays + 1 }, (_, i) => i);
  const combined = (offset: number): MoodFigure | undefined => {
    let sum = 0;
    let count = 0;
    for (const c of withData) {
      const p = c.points.find((q) => q.offset === offset);
      if (p) {
        sum += p.average * p.count;
        count += p.count;
      }
    }
    return count ? { average: sum / count, count } : undefined;
  };
  const label =
    withData.length === 0
      ? 'No check-ins in the days after the sessions of this period.'
      : `Mood by days since the session, one line per session, for ${withData.length === 1 ? '1 session' : `${withData.length} sessions`}. Highlighted: ${highlighted
          .map((c) => `session ${c.number}`)
          .join(', ')}.`;
  return (
    <section class="insights-section" aria-labelledby="overlay-title">
      <h2 id="overlay-title">The days after each session</h2>
      <p class="muted insights-note">
        Each line follows one session until the next one, up to {maxDays} days.
      </p>
      {withData.length === 0 ? (
        <p class="insights-note">No check-ins after a session in these days yet.</p>
      ) : (
        <>
          <ul class="chart-legend" aria-label="Legend">
            {highlighted.map((c, i) => (
              <li key={c.id}>
                <svg class={`chart-legend__swatch ${highlightClasses[i] ?? ''}`} aria-hidden="true">
                  <line x1="2" x2="30" y1="8" y2="8" />
                </svg>
                Session {c.number} · {formatDay(c.day)}
              </li>
            ))}
            {others > 0 ? (
              <li>
                <svg class="chart-legend__swatch chart__faint" aria-hidden="true">
                  <line x1="2" x2="30" y1="8" y2="8" />
                </svg>
                {others === 1 ? '1 earlier session' : `${others} earlier sessions`}
              </li>
            ) : null}
          </ul>
          <ChartFigure
            label={label}
            height={200}
            chart={
              <OverlayChartBody curves={withData} highlighted={highlighted} maxDays={maxDays} />
            }
            table={() => (
              <table class="data-table">
                <caption>Average mood by days since the session</caption>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    {highlighted.map((c) => (
                      <th key={c.id} scope="col">
                        Session {c.number}
                      </th>
                    ))}
                    <th scope="col">All {withData.length}</th>
                  </tr>
                </thead>
                <tbody>
                  {offsets.map((offset) => (
                    <tr key={offset}>
                      <th scope="row">{offset === 0 ? 'Session day' : `Day ${offset}`}</th>
                      {highlighted.map((c) => (
                        <FigureCell key={c.id} figure={c.points.find((p) => p.offset === offset)} />
                      ))}
                      <FigureCell figure={combined(offset)} />
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          />
        </>
      )}
    </section>
  );
}

const shownAtFirst = 8;

/** Mood just before and after each session, and the days either side, with counts. */
export function BeforeAfterSection({
  comparisons,
  windowDays,
  onWindowDays,
}: {
  comparisons: readonly SessionComparison[];
  windowDays: number;
  onWindowDays: (days: number) => void;
}): JSX.Element {
  const [showAll, setShowAll] = useState(false);
  const newestFirst = [...comparisons].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, shownAtFirst);
  const days = windowDays === 1 ? '1 day' : `${windowDays} days`;
  return (
    <section class="insights-section" aria-labelledby="before-after-title">
      <h2 id="before-after-title">Before and after each session</h2>
      <p class="muted insights-note">
        Average mood from the check-ins you marked just before or just after a session, and from
        every check-in in the days either side. Under each figure: how many check-ins it comes from.
      </p>
      <div class="field insights-window">
        <label class="field__label" for="window-days">
          Days either side
        </label>
        <select
          id="window-days"
          class="input"
          value={String(windowDays)}
          onChange={(event) =>
            onWindowDays(Number((event.currentTarget as HTMLSelectElement).value))
          }
        >
          {[1, 2, 3, 4, 5, 6, 7].map((n) => (
            <option key={n} value={String(n)}>
              {n === 1 ? '1 day' : `${n} days`}
            </option>
          ))}
        </select>
      </div>
      {comparisons.length === 0 ? (
        <p class="insights-note">No sessions in these days.</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table before-after">
            <caption class="visually-hidden">
              Mood before and after each session, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Just before</th>
                <th scope="col">Just after</th>
                <th scope="col">{days} before</th>
                <th scope="col">{days} after</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <span class="visually-hidden">Session </span>
                    <span class="figure__value">{c.number}</span>
                    <span class="figure__count">{formatShortDay(c.day)}</span>
                  </th>
                  <FigureCell figure={c.before} />
                  <FigureCell figure={c.after} />
                  <FigureCell figure={c.daysBefore} />
                  <FigureCell figure={c.daysAfter} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {newestFirst.length > shownAtFirst ? (
        <div class="actions">
          <button type="button" class="button" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show fewer' : `Show all ${newestFirst.length} sessions`}
          </button>
        </div>
      ) : null}
    </section>
  );
}

const instruments: readonly Instrument[] = ['phq9', 'gad7', 'pcl5'];

/** Questionnaire totals over the period, over their bands. */
export function QuestionnairesSection({
  series,
  from,
  to,
}: {
  series: AssessmentSeries;
  from: DayString;
  to: DayString;
}): JSX.Element {
  const present = instruments.filter((i) => series[i].length > 0);
  return (
    <section class="insights-section" aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">Questionnaires</h2>
      {present.length === 0 ? (
        <p class="insights-note">No questionnaires finished in these days.</p>
      ) : (
        <p class="muted insights-note">
          Totals over time, over the ranges the questionnaires use. Lower is easier. These are
          screens, not a diagnosis.
        </p>
      )}
      {present.map((instrument) => {
        const scale = instrumentScales[instrument];
        const points = series[instrument];
        const first = points[0];
        const latest = points.at(-1);
        const result = (p: typeof first) =>
          p ? `${p.total}${p.band ? ` (${p.band})` : ''} on ${formatDay(p.day)}` : '';
        const label = `${scale.name} totals, ${points.length === 1 ? '1 result' : `${points.length} results`} out of ${scale.max}. ${points.length > 1 ? `First ${result(first)}; latest ${result(latest)}.` : `${result(latest)}.`}`;
        return (
          <div key={instrument} class="insights-instrument">
            <h3>{scale.name}</h3>
            <ChartFigure
              label={label}
              height={190}
              chart={<AssessmentChartBody scale={scale} points={points} from={from} to={to} />}
              table={() => (
                <table class="data-table">
                  <caption>{scale.name} totals</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Total</th>
                      <th scope="col">Range</th>
                    </tr>
                  </thead>
                  <tbody>
                    {points.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">{formatDay(p.day)}</th>
                        <td>{p.total}</td>
                        <td>{p.band ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            />
          </div>
        );
      })}
    </section>
  );
}

const emotionsShown = 12;

/** The feelings named most often in check-ins of the period. */
export function EmotionsSection({ counts }: { counts: readonly EmotionCount[] }): JSX.Element {
  const top = counts.slice(0, emotionsShown);
  const label = `Feelings named most often: ${top.map((c) => `${c.emotion} ${c.count}`).join(', ')}.`;
  return (
    <section class="insights-section" aria-labelledby="emotions-title">
      <h2 id="emotions-title">Feelings you named</h2>
      {top.length === 0 ? (
        <p class="insights-note">No feelings named in these days.</p>
      ) : (
        <>
          <p class="muted insights-note">How many check-ins named each feeling.</p>
          <ChartFigure
            label={label}
            height={top.length * emotionRowHeight + 12}
            chart={<EmotionBarsBody counts={top} />}
            table={() => (
              <table class="data-table">
                <caption>Feelings by number of check-ins</caption>
                <thead>
                  <tr>
                    <th scope="col">Feeling</th>
                    <th scope="col">Check-ins</th>
                  </tr>
                </thead>
                <tbody>
                  {counts.map((c) => (
                    <tr key={c.emotion}>
                      <th scope="row">{c.emotion}</th>
                      <td>{c.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          />
        </>
      )}
    </section>
  );
}
