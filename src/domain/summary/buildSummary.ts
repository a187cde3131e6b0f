// Builds the therapist summary from every record and the client's choices. SELECTION POLICY
// (issue 6, product.md "Share and discuss"):
// - A journal entry's text appears only when the entry is flagged "share" and not left out;
//   an excerpt is only ever taken from such an entry.
// - An entry flagged "discuss" puts its topic line (title, or first line) on the topics list;
//   its body still needs "share".
// - A section switched off is undefined in the Summary, so no format can show it.
// - Dose, vitals and check-in notes appear only when their detail is switched on.
// - Any item (topic, entry, session, check-in, questionnaire result, commitment) can be left out.
// Pure: `now` is only stamped on the result.
import { toDay } from '../dates';
import { entryTopic } from '../entries';
import { beforeAfter, emotionFrequency, moodSeries } from '../insights';
import { numberSessions } from '../phase';
import { bandOf, instrumentScales } from '../questionnaires/bands';
import type { Assessment, CheckIn, Instrument } from '../types';
import { excerptRuns } from './excerpts';
import { itemKey } from './options';
import type {
  Summary,
  SummaryCheckIn,
  SummaryCommitment,
  SummaryData,
  SummaryEntry,
  SummaryMood,
  SummaryOptions,
  SummaryQuestionnaire,
  SummaryRange,
  SummarySession,
  SummaryTopic,
} from './types';

/** How many emotions the summary lists. */
export const topEmotions = 8;

/** The days either side of a session compared in the mood section. */
export const comparisonWindowDays = 3;

const instruments: readonly Instrument[] = ['phq9', 'gad7', 'pcl5'];

const inRange = (day: string, range: SummaryRange) => day >= range.from && day <= range.to;

/** Builds the summary the client chose. */
export function buildSummary(data: SummaryData, options: SummaryOptions, now: number): Summary {
  const { range, sections } = options;
  const excluded = new Set(options.excluded);
  const keep = (kind: Parameters<typeof itemKey>[0], id: string) =>
    !excluded.has(itemKey(kind, id));
  const numbers = numberSessions(data.sessions);
  const checkins = data.checkins.filter((c) => inRange(c.day, range) && keep('checkin', c.id));

  return {
    range,
    createdAt: now,
    topics: sections.topics ? topics(data, range, keep) : undefined,
    sessions: sections.sessions ? sessions(data, options, numbers, keep) : undefined,
    mood: sections.mood ? mood(data, options, numbers, checkins, keep) : undefined,
    questionnaires: sections.questionnaires
      ? questionnaires(data.assessments, range, keep)
      : undefined,
    emotions: sections.emotions ? emotionFrequency(checkins).slice(0, topEmotions) : undefined,
    commitments: sections.commitments ? commitments(data, range, keep) : undefined,
    entries: sections.entries ? entries(data, options, keep) : undefined,
  };
}

type Keep = (
  kind: 'topic' | 'entry' | 'session' | 'checkin' | 'assessment' | 'commitment',
  id: string,
) => boolean;

const byDayThenCreated = <T extends { day: string; createdAt: number }>(a: T, b: T) =>
  a.day.localeCompare(b.day) || a.createdAt - b.createdAt;

function topics(data: SummaryData, range: SummaryRange, keep: Keep): SummaryTopic[] {
  return data.entries
    .filter((e) => e.discuss && inRange(e.day, range) && keep('topic', e.id))
    .sort(byDayThenCreated)
    .map((e) => ({ entryId: e.id, day: e.day, text: entryTopic(e) }))
    .filter((t) => t.text !== '');
}

function sessions(
  data: SummaryData,
  options: SummaryOptions,
  numbers: ReadonlyMap<string, number>,
  keep: Keep,
): SummarySession[] {
  const { dose, vitals } = options.details;
  return data.sessions
    .filter(
      (s) => s.status === 'completed' && inRange(s.day, options.range) && keep('session', s.id),
    )
    .sort((a, b) => a.startsAt - b.startsAt)
    .map((s) => ({
      id: s.id,
      number: numbers.get(s.id) ?? 0,
      day: s.day,
      route: s.route,
      intentions: s.intentions.filter((i) => i.trim() !== ''),
      sideEffects: s.sideEffects,
      ...(dose && s.doseMg !== undefined ? { doseMg: s.doseMg } : {}),
      ...(vitals && s.vitalsBefore ? { vitalsBefore: s.vitalsBefore } : {}),
      ...(vitals && s.vitalsAfter ? { vitalsAfter: s.vitalsAfter } : {}),
    }));
}

function mood(
  data: SummaryData,
  options: SummaryOptions,
  numbers: ReadonlyMap<string, number>,
  checkins: readonly CheckIn[],
  keep: Keep,
): SummaryMood {
  const { range } = options;
  const sorted = [...checkins].sort((a, b) => a.at - b.at);
  const shared: SummaryCheckIn[] = sorted.map((c) => ({
    id: c.id,
    at: c.at,
    day: c.day,
    sessionNumber: c.sessionId ? numbers.get(c.sessionId) : undefined,
    moment: c.moment,
    mood: c.mood,
    anxiety: c.anxiety,
    energy: c.energy,
    sleepHours: c.sleepHours,
    sleepQuality: c.sleepQuality,
    emotions: c.emotions,
    note: options.details.checkInNotes && c.note?.trim() ? c.note : undefined,
  }));
  // Figures around sessions rest only on the check-ins the client kept in.
  // A session left out is not marked on the chart either.
  const comparisons = beforeAfter(data.sessions, checkins, comparisonWindowDays).filter(
    (c) => inRange(c.day, range) && keep('session', c.id),
  );
  const points = moodSeries(checkins, range);
  const count = points.reduce((n, p) => n + p.count, 0);
  const sum = points.reduce((n, p) => n + p.average * p.count, 0);
  return {
    checkins: shared,
    points,
    markers: comparisons.map((c) => ({ day: c.day, number: c.number })),
    comparisons,
    average: count > 0 ? { average: sum / count, count } : undefined,
    windowDays: comparisonWindowDays,
  };
}

function questionnaires(
  assessments: readonly Assessment[],
  range: SummaryRange,
  keep: Keep,
): SummaryQuestionnaire[] {
  const usable = assessments
    .filter((a) => a.complete && a.total !== undefined && Number.isFinite(a.total))
    .filter((a) => a.day <= range.to && keep('assessment', a.id))
    .sort((a, b) => a.at - b.at);
  const result: SummaryQuestionnaire[] = [];
  for (const instrument of instruments) {
    const all = usable.filter((a) => a.instrument === instrument);
    const shown = all.filter((a) => inRange(a.day, range));
    if (shown.length === 0) continue;
    // The baseline is the first result the client kept in, even from before the range.
    const baseline = all[0] as Assessment;
    const rows = shown[0] === baseline ? shown : [baseline, ...shown];
    const scale = instrumentScales[instrument];
    result.push({
      instrument,
      name: scale.name,
      max: scale.max,
      results: rows.map((a) => {
        const total = a.total as number;
        const isBaseline = a === baseline;
        return {
          id: a.id,
          day: a.day,
          total,
          band: a.band ?? bandOf(instrument, total),
          isBaseline,
          ...(isBaseline ? {} : { change: total - (baseline.total as number) }),
        };
      }),
    });
  }
  return result;
}

function commitments(data: SummaryData, range: SummaryRange, keep: Keep): SummaryCommitment[] {
  return data.commitments
    .map((c) => ({
      id: c.id,
      day: c.day,
      createdAt: c.createdAt,
      text: c.text,
      followUps: [...c.followUps]
        .sort((a, b) => a.at - b.at)
        .map((f) => ({ ...f, day: toDay(f.at) })),
    }))
    .filter((c) => c.text.trim() !== '' && keep('commitment', c.id))
    .filter((c) => inRange(c.day, range) || c.followUps.some((f) => inRange(f.day, range)))
    .sort(byDayThenCreated)
    .map(({ createdAt: _createdAt, ...c }) => c);
}

function entries(data: SummaryData, options: SummaryOptions, keep: Keep): SummaryEntry[] {
  const shared: SummaryEntry[] = [];
  const sorted = data.entries
    // The rule that matters most: without "share", no part of an entry's body leaves.
    .filter((e) => e.share === true && inRange(e.day, options.range) && keep('entry', e.id))
    .sort(byDayThenCreated);
  for (const e of sorted) {
    const chosen = Object.hasOwn(options.excerpts, e.id) ? options.excerpts[e.id] : undefined;
    const passages = chosen ? excerptRuns(e.body, chosen) : [e.body.trim()];
    if (passages.length === 0 || passages.every((p) => p === '')) continue;
    const title = e.title?.trim();
    shared.push({
      id: e.id,
      day: e.day,
      ...(title ? { title } : {}),
      passages,
      excerpt: chosen !== undefined,
    });
  }
  return shared;
}
