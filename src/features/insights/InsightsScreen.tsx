import './insights.css';
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { toDay } from '../../domain/dates';
import {
  assessmentSeries,
  beforeAfter,
  daysSinceSession,
  emotionFrequency,
  type InsightsRange,
  moodSeries,
  rangeDays,
  sessionMarkers,
} from '../../domain/insights';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import {
  BeforeAfterSection,
  EmotionsSection,
  MoodSection,
  OverlaySection,
  QuestionnairesSection,
} from './sections';
import {
  type InsightsData,
  readWindowDays,
  saveWindowDays,
  useInsightsData,
} from './useInsightsData';

const ranges: readonly { value: InsightsRange; label: string }[] = [
  { value: '30d', label: '30 days' },
  { value: '90d', label: '90 days' },
  { value: '1y', label: '1 year' },
  { value: 'all', label: 'All' },
];

/** How far the "days after a session" lines reach: the integration rhythm ends at day 14. */
const overlayDays = 14;

/** Insights: mood and questionnaire results over time, with every session marked. */
export function InsightsScreen(): JSX.Element {
  const data = useInsightsData();
  return (
    <Screen title="Insights">
      {data.status === 'loading' ? <p class="muted">Working it out…</p> : null}
      {data.status === 'error' ? (
        <p class="problem" role="alert">
          {toStorageProblem(data.error).message}
        </p>
      ) : null}
      {data.status === 'ready' ? <InsightsBody data={data.value} /> : null}
    </Screen>
  );
}

function InsightsBody({ data }: { data: InsightsData }): JSX.Element {
  const { now } = useServices();
  const [span, setSpan] = useState<InsightsRange>('90d');
  const [windowDays, setWindowDays] = useState(readWindowDays);
  const today = toDay(now());
  const { sessions, checkins, assessments } = data;

  const earliest = useMemo(() => {
    let first: string | undefined;
    for (const c of checkins) if (first === undefined || c.day < first) first = c.day;
    for (const a of assessments) if (first === undefined || a.day < first) first = a.day;
    return first;
  }, [checkins, assessments]);
  const range = rangeDays(span, today, earliest);
  const { from, to, bucketDays } = range;

  // Figures that do not depend on the period are worked out once per change of the data.
  const allCurves = useMemo(
    () => daysSinceSession(sessions, checkins, { today, maxDays: overlayDays }),
    [sessions, checkins, today],
  );
  const allComparisons = useMemo(
    () => beforeAfter(sessions, checkins, windowDays),
    [sessions, checkins, windowDays],
  );
  const figures = useMemo(() => {
    const inRange = (item: { day: string }) => item.day >= from && item.day <= to;
    return {
      points: moodSeries(checkins, { from, to }, bucketDays),
      markers: sessionMarkers(sessions, { from, to }),
      curves: allCurves.filter(inRange),
      comparisons: allComparisons.filter(inRange),
      series: assessmentSeries(assessments, { from, to }),
      emotions: emotionFrequency(checkins, { from, to }),
    };
  }, [sessions, checkins, assessments, allCurves, allComparisons, from, to, bucketDays]);

  if (checkins.length === 0 && assessments.length === 0) {
    return (
      <EmptyState title="Nothing to show yet">
        <p>
          Once you check in, this screen will show how your mood moves around each session. It is
          worked out on this phone and never sent anywhere.
        </p>
        <a class="button button--primary" href="/checkin">
          Check in
        </a>
      </EmptyState>
    );
  }

  return (
    <>
      <p class="screen__lead">Worked out on this phone from what you recorded. Nothing is sent.</p>
      <fieldset class="range-choice">
        <legend>Show</legend>
        {ranges.map((r) => (
          <label key={r.value} class="option">
            <input
              type="radio"
              name="insights-range"
              value={r.value}
              checked={span === r.value}
              onChange={() => setSpan(r.value)}
            />
            {r.label}
          </label>
        ))}
      </fieldset>
      <MoodSection
        from={from}
        to={to}
        bucketDays={bucketDays}
        points={figures.points}
        markers={figures.markers}
      />
      <OverlaySection curves={figures.curves} maxDays={overlayDays} />
      <BeforeAfterSection
        comparisons={figures.comparisons}
        windowDays={windowDays}
        onWindowDays={(days) => {
          setWindowDays(days);
          saveWindowDays(days);
        }}
      />
      <QuestionnairesSection series={figures.series} from={from} to={to} />
      <EmotionsSection counts={figures.emotions} />
    </>
  );
}
