// Insights: the statistics behind the Insights screen (and, later, exports). Pure: records and
// the current day come in as arguments. Every figure says how many check-ins it rests on, and a
// figure with nothing under it is absent (undefined), never zero: "no data" is not "mood 0".
// Averages are means of the check-ins themselves (each check-in counts once), so a day with
// three check-ins weighs more than a day with one.

import { addDaysToDay, daysBetween } from './dates';
import { numberSessions, type SessionTiming } from './phase';
import { bandOf } from './questionnaires/bands';
import type { Assessment, CheckIn, DayString, Instrument } from './types';

/** A mean of some check-ins' moods and how many check-ins it rests on (always >= 1). */
export interface MoodFigure {
  readonly average: number;
  readonly count: number;
}

/** The moods of one day, or of one bucket of days starting at `day`. */
export interface MoodPoint extends MoodFigure {
  readonly day: DayString;
}

/** A range of local days, both included. */
export interface DayRange {
  readonly from: DayString;
  readonly to: DayString;
}

type MoodSource = Pick<CheckIn, 'day' | 'mood'>;

interface Sum {
  sum: number;
  count: number;
}

const figure = (s: Sum | undefined): MoodFigure | undefined =>
  s && s.count > 0 ? { average: s.sum / s.count, count: s.count } : undefined;

function add(map: Map<string, Sum>, key: string, mood: number): void {
  const s = map.get(key);
  if (s) {
    s.sum += mood;
    s.count++;
  } else map.set(key, { sum: mood, count: 1 });
}

/** Sums of mood by day, for looking figures up without re-reading every check-in. */
export function moodByDay(checkins: readonly MoodSource[]): ReadonlyMap<DayString, Sum> {
  const byDay = new Map<DayString, Sum>();
  for (const c of checkins) if (Number.isFinite(c.mood)) add(byDay, c.day, c.mood);
  return byDay;
}

/**
 * The mood series over a range: one point per day that has check-ins (days without any are
 * gaps, not zeros), or, with `bucketDays` > 1, one point per bucket of that many days counted
 * from `range.from` (the point's `day` is the bucket's first day). Sorted by day.
 */
export function moodSeries(
  checkins: readonly MoodSource[],
  range: DayRange,
  bucketDays = 1,
): MoodPoint[] {
  const size = Math.max(1, Math.floor(bucketDays));
  const byDay = new Map<DayString, Sum>();
  for (const c of checkins) {
    if (c.day < range.from || c.day > range.to || !Number.isFinite(c.mood)) continue;
    add(byDay, c.day, c.mood);
  }
  const days = [...byDay.keys()].sort();
  const points: MoodPoint[] = [];
  let bucket: { day: DayString; end: DayString; sum: number; count: number } | undefined;
  for (const day of days) {
    const s = byDay.get(day) as Sum;
    if (size === 1) {
      points.push({ day, average: s.sum / s.count, count: s.count });
      continue;
    }
    if (!bucket || day > bucket.end) {
      if (bucket)
        points.push({ day: bucket.day, average: bucket.sum / bucket.count, count: bucket.count });
      const start = addDaysToDay(
        range.from,
        Math.floor(daysBetween(range.from, day) / size) * size,
      );
      bucket = { day: start, end: addDaysToDay(start, size - 1), sum: 0, count: 0 };
    }
    bucket.sum += s.sum;
    bucket.count += s.count;
  }
  if (bucket)
    points.push({ day: bucket.day, average: bucket.sum / bucket.count, count: bucket.count });
  return points;
}

/** A completed session, as the charts mark it. */
export interface SessionMarker {
  readonly id: string;
  readonly day: DayString;
  readonly number: number;
}

/**
 * Completed sessions (the ones that happened) with their numbers, oldest first; only those
 * inside `range` when one is given. Planned and cancelled sessions are not marked.
 */
export function sessionMarkers(
  sessions: readonly SessionTiming[],
  range?: DayRange,
): SessionMarker[] {
  const numbers = numberSessions(sessions);
  return sessions
    .filter((s) => s.status === 'completed')
    .filter((s) => !range || (s.day >= range.from && s.day <= range.to))
    .map((s) => ({ id: s.id, day: s.day, number: numbers.get(s.id) ?? 0 }))
    .sort((a, b) => a.number - b.number);
}

/** One session's line in the "days since session" overlay. */
export interface SessionCurve extends SessionMarker {
  /** How many days after the session its window reaches (0: the session day only). */
  readonly lastOffset: number;
  /** Mood by days since the session (0 = the session day), only where there are check-ins. */
  readonly points: readonly (MoodFigure & { readonly offset: number })[];
}

/**
 * For each completed session, the mood on each day of its integration window: from the session
 * day (offset 0) until the day before the next completed session, at most `maxDays` days after
 * it, and never past `today`. Sessions with no check-ins in their window have no points.
 */
export function daysSinceSession(
  sessions: readonly SessionTiming[],
  checkins: readonly MoodSource[],
  options: { readonly today: DayString; readonly maxDays?: number },
): SessionCurve[] {
  const maxDays = Math.max(0, Math.floor(options.maxDays ?? 14));
  const byDay = moodByDay(checkins);
  const markers = sessionMarkers(sessions);
  return markers.map((marker, index) => {
    const next = markers.slice(index + 1).find((m) => m.day > marker.day);
    let lastOffset = Math.min(maxDays, daysBetween(marker.day, options.today));
    if (next) lastOffset = Math.min(lastOffset, daysBetween(marker.day, next.day) - 1);
    lastOffset = Math.max(0, lastOffset);
    const points: (MoodFigure & { offset: number })[] = [];
    for (let offset = 0; offset <= lastOffset; offset++) {
      const f = figure(byDay.get(addDaysToDay(marker.day, offset)));
      if (f) points.push({ offset, ...f });
    }
    return { ...marker, lastOffset, points };
  });
}

/** Mood around one session. Every figure is absent when no check-in backs it. */
export interface SessionComparison extends SessionMarker {
  /** Check-ins marked "before the session". */
  readonly before?: MoodFigure;
  /** Check-ins marked "after the session". */
  readonly after?: MoodFigure;
  /** Every check-in on the `windowDays` days before the session day. */
  readonly daysBefore?: MoodFigure;
  /** Every check-in on the `windowDays` days after the session day. */
  readonly daysAfter?: MoodFigure;
}

type ComparisonSource = Pick<CheckIn, 'day' | 'mood' | 'moment' | 'sessionId'>;

/**
 * Mood just before vs just after each completed session (check-ins with moment
 * before-session / after-session that belong to it: linked to it, or unlinked on its day), and
 * the mean of the `windowDays` days before vs the `windowDays` days after its day (3 unless
 * said otherwise; the session day itself is in neither). Oldest session first.
 */
export function beforeAfter(
  sessions: readonly SessionTiming[],
  checkins: readonly ComparisonSource[],
  windowDays = 3,
): SessionComparison[] {
  const n = Math.max(1, Math.floor(windowDays));
  const byDay = moodByDay(checkins);
  const markers = sessionMarkers(sessions);
  const markerIds = new Set(markers.map((m) => m.id));
  const firstOnDay = new Map<DayString, string>();
  for (const m of markers) if (!firstOnDay.has(m.day)) firstOnDay.set(m.day, m.id);
  const moments = new Map<string, { before: Sum; after: Sum }>();
  for (const c of checkins) {
    if (!c.moment || !Number.isFinite(c.mood)) continue;
    const id =
      c.sessionId !== undefined && markerIds.has(c.sessionId)
        ? c.sessionId
        : c.sessionId === undefined
          ? firstOnDay.get(c.day)
          : undefined;
    if (id === undefined) continue;
    let sums = moments.get(id);
    if (!sums) {
      sums = { before: { sum: 0, count: 0 }, after: { sum: 0, count: 0 } };
      moments.set(id, sums);
    }
    const s = c.moment === 'before-session' ? sums.before : sums.after;
    s.sum += c.mood;
    s.count++;
  }
  const window = (day: DayString, sign: 1 | -1): MoodFigure | undefined => {
    const total: Sum = { sum: 0, count: 0 };
    for (let i = 1; i <= n; i++) {
      const s = byDay.get(addDaysToDay(day, sign * i));
      if (s) {
        total.sum += s.sum;
        total.count += s.count;
      }
    }
    return figure(total);
  };
  return markers.map((marker) => {
    const sums = moments.get(marker.id);
    const result: {
      -readonly [K in keyof SessionComparison]: SessionComparison[K];
    } = { ...marker };
    const before = figure(sums?.before);
    const after = figure(sums?.after);
    const daysBefore = window(marker.day, -1);
    const daysAfter = window(marker.day, 1);
    if (before) result.before = before;
    if (after) result.after = after;
    if (daysBefore) result.daysBefore = daysBefore;
    if (daysAfter) result.daysAfter = daysAfter;
    return result;
  });
}

export {
  bandOf,
  type InstrumentScale,
  instrumentScales,
  type ScaleBand,
} from './questionnaires/bands';

/** One questionnaire result on the chart. */
export interface AssessmentPoint {
  readonly id: string;
  readonly at: number;
  readonly day: DayString;
  readonly total: number;
  readonly band: string | undefined;
}

/** Totals over time per instrument, oldest first. Unfinished questionnaires are left out. */
export type AssessmentSeries = Readonly<Record<Instrument, readonly AssessmentPoint[]>>;

/** Complete questionnaires' totals over time, per instrument, with their bands. */
export function assessmentSeries(
  assessments: readonly Pick<
    Assessment,
    'id' | 'at' | 'day' | 'instrument' | 'total' | 'band' | 'complete'
  >[],
  range?: DayRange,
): AssessmentSeries {
  const series: Record<Instrument, AssessmentPoint[]> = { phq9: [], gad7: [], pcl5: [] };
  for (const a of assessments) {
    if (!a.complete || a.total === undefined || !Number.isFinite(a.total)) continue;
    if (range && (a.day < range.from || a.day > range.to)) continue;
    const list = series[a.instrument];
    if (!list) continue;
    list.push({
      id: a.id,
      at: a.at,
      day: a.day,
      total: a.total,
      band: a.band ?? bandOf(a.instrument, a.total),
    });
  }
  for (const list of Object.values(series)) list.sort((a, b) => a.at - b.at);
  return series;
}

/** How often an emotion was picked. */
export interface EmotionCount {
  readonly emotion: string;
  readonly count: number;
}

/**
 * How many check-ins named each emotion (once per check-in, even if repeated), most frequent
 * first, then alphabetically; within `range` when given.
 */
export function emotionFrequency(
  checkins: readonly Pick<CheckIn, 'day' | 'emotions'>[],
  range?: DayRange,
): EmotionCount[] {
  const counts = new Map<string, number>();
  for (const c of checkins) {
    if (range && (c.day < range.from || c.day > range.to)) continue;
    const seen = new Set<string>();
    for (const raw of c.emotions ?? []) {
      const emotion = raw.trim();
      if (!emotion || seen.has(emotion)) continue;
      seen.add(emotion);
      counts.set(emotion, (counts.get(emotion) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([emotion, count]) => ({ emotion, count }))
    .sort((a, b) => b.count - a.count || a.emotion.localeCompare(b.emotion));
}

/** The time spans the Insights screen offers. */
export type InsightsRange = '30d' | '90d' | '1y' | 'all';

/**
 * The days a span covers, ending today, and how many days each drawn point stands for (a week
 * for "all" when it covers more than a year). "All" starts at the earliest day given.
 */
export function rangeDays(
  span: InsightsRange,
  today: DayString,
  earliest: DayString | undefined,
): DayRange & { readonly bucketDays: number } {
  const lengths = { '30d': 30, '90d': 90, '1y': 365 } as const;
  if (span !== 'all')
    return { from: addDaysToDay(today, 1 - lengths[span]), to: today, bucketDays: 1 };
  const from = earliest && earliest < today ? earliest : today;
  return { from, to: today, bucketDays: daysBetween(from, today) >= 366 ? 7 : 1 };
}
