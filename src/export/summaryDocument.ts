// Lays a Summary out as a PrintableDocument: the one layout the preview, the print view, the
// PDF and the text formats all draw, so what the client previews is what leaves the phone.
// The client's "topics to discuss" come first. A section with nothing in it is left out.

import type { MoodFigure } from '../domain/insights';
import { routeLabels, sideEffectLabels } from '../domain/labels';
import {
  dayLabel,
  oneDecimal,
  outcomeLabels,
  rangeLabel,
  signed,
  vitalsLabel,
} from '../domain/summary/labels';
import type {
  Summary,
  SummaryCommitment,
  SummaryEntry,
  SummaryMood,
  SummaryQuestionnaire,
  SummarySession,
} from '../domain/summary/types';
import type { DocumentBlock, PrintableDocument } from './document';

/** The document's title. */
export const summaryTitle = 'Summary for my therapist';

/** The line on every page saying who made the document. */
export const summaryFooter = 'Prepared by the client with Waypoint';

/** The marker between two passages of an excerpt. */
export const gapMarker = '[…]';

/** The blocks and frame of a summary. */
export function summaryDocument(summary: Summary): PrintableDocument {
  const blocks: DocumentBlock[] = [];
  if (summary.topics?.length) {
    blocks.push(heading(2, 'Topics to discuss'), {
      kind: 'list',
      items: summary.topics.map((t) => t.text),
    });
  }
  if (summary.sessions?.length) blocks.push(...sessionBlocks(summary.sessions));
  if (summary.mood && summary.mood.checkins.length > 0) blocks.push(...moodBlocks(summary.mood));
  if (summary.questionnaires?.length) blocks.push(...questionnaireBlocks(summary.questionnaires));
  if (summary.emotions?.length) {
    blocks.push(heading(2, 'Emotions named most often'), {
      kind: 'list',
      items: summary.emotions.map((e) => `${e.emotion}: ${checkIns(e.count)}`),
    });
  }
  if (summary.commitments?.length) blocks.push(...commitmentBlocks(summary.commitments));
  if (summary.entries?.length) blocks.push(...entryBlocks(summary.entries));
  if (blocks.length === 0) blocks.push(muted('Nothing is chosen to share for these dates.'));
  return {
    title: summaryTitle,
    rangeLabel: rangeLabel(summary.range),
    footer: summaryFooter,
    blocks,
  };
}

const heading = (level: 2 | 3, text: string): DocumentBlock => ({ kind: 'heading', level, text });
const muted = (text: string): DocumentBlock => ({ kind: 'paragraph', text, style: 'muted' });
const checkIns = (n: number) => (n === 1 ? '1 check-in' : `${n} check-ins`);

function sessionBlocks(sessions: readonly SummarySession[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [heading(2, 'Sessions')];
  for (const s of sessions) {
    blocks.push(heading(3, `Session ${s.number} · ${dayLabel(s.day)}`));
    const facts: string[] = [];
    if (s.route) facts.push(`Route: ${routeLabels[s.route]}`);
    if (s.doseMg !== undefined) facts.push(`Dose: ${s.doseMg} mg`);
    const before = vitalsLabel(s.vitalsBefore);
    const after = vitalsLabel(s.vitalsAfter);
    if (before) facts.push(`Vitals before: ${before}`);
    if (after) facts.push(`Vitals after: ${after}`);
    facts.push(
      s.sideEffects.length === 0
        ? 'Side effects: none recorded'
        : `Side effects: ${s.sideEffects
            .map((e) => `${sideEffectLabels[e.kind]} (${e.severity})`)
            .join(', ')}`,
    );
    blocks.push({ kind: 'list', items: facts });
    if (s.intentions.length > 0)
      blocks.push({ kind: 'paragraph', text: 'Intentions' }, { kind: 'list', items: s.intentions });
  }
  return blocks;
}

const figure = (f: MoodFigure | undefined) =>
  f ? `${oneDecimal(f.average)} (${checkIns(f.count)})` : '–';

function moodBlocks(mood: SummaryMood): DocumentBlock[] {
  const blocks: DocumentBlock[] = [heading(2, 'Mood')];
  if (mood.average) {
    blocks.push({
      kind: 'paragraph',
      text: `Average mood ${oneDecimal(mood.average.average)} out of 10 (10 is best), from ${checkIns(mood.average.count)}.`,
    });
  }
  blocks.push({
    kind: 'chart',
    label: 'Mood by day (1 to 10, 10 is best)',
    min: 1,
    max: 10,
    points: mood.points.map((p) => ({ day: p.day, value: Math.round(p.average * 10) / 10 })),
    markers: mood.markers.map((m) => ({ day: m.day, label: `Session ${m.number}` })),
  });
  if (mood.comparisons.length > 0) {
    const n = mood.windowDays;
    blocks.push(heading(3, 'Around each session'), {
      kind: 'table',
      columns: ['Session', 'Just before', 'Just after', `${n} days before`, `${n} days after`],
      rows: mood.comparisons.map((c) => [
        `Session ${c.number} · ${dayLabel(c.day)}`,
        figure(c.before),
        figure(c.after),
        figure(c.daysBefore),
        figure(c.daysAfter),
      ]),
    });
  }
  const notes = mood.checkins.filter((c) => c.note);
  if (notes.length > 0) {
    blocks.push(heading(3, 'Notes on check-ins'), {
      kind: 'list',
      items: notes.map((c) => `${dayLabel(c.day)}: ${c.note}`),
    });
  }
  return blocks;
}

function questionnaireBlocks(list: readonly SummaryQuestionnaire[]): DocumentBlock[] {
  const rows = list.flatMap((q) =>
    q.results.map((r) => [
      q.name,
      dayLabel(r.day),
      `${r.total} of ${q.max}`,
      r.band ?? '',
      r.isBaseline ? 'baseline' : signed(r.change ?? 0),
    ]),
  );
  const blocks: DocumentBlock[] = [
    heading(2, 'Questionnaires'),
    {
      kind: 'table',
      columns: ['Questionnaire', 'Date', 'Total', 'Band', 'Change since baseline'],
      rows,
    },
  ];
  if (list.some((q) => q.instrument === 'pcl5'))
    blocks.push(
      muted('PCL-5: 33 or more suggests probable PTSD. It is a screen, not a diagnosis.'),
    );
  return blocks;
}

function commitmentBlocks(list: readonly SummaryCommitment[]): DocumentBlock[] {
  return [
    heading(2, 'Commitments and how they went'),
    {
      kind: 'list',
      items: list.map((c) => {
        const went =
          c.followUps.length === 0
            ? 'no follow-up yet'
            : c.followUps
                .map(
                  (f) =>
                    `${outcomeLabels[f.outcome]} (${dayLabel(f.day)})${f.note?.trim() ? `: ${f.note.trim()}` : ''}`,
                )
                .join('; ');
        return `${c.text.trim()} (from ${dayLabel(c.day)}): ${went}`;
      }),
    },
  ];
}

function entryBlocks(list: readonly SummaryEntry[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [heading(2, 'Journal entries')];
  for (const e of list) {
    blocks.push(
      heading(3, e.title ?? `Entry of ${dayLabel(e.day)}`),
      muted(e.excerpt ? `${dayLabel(e.day)} · excerpt` : dayLabel(e.day)),
    );
    e.passages.forEach((passage, index) => {
      if (index > 0) blocks.push(muted(gapMarker));
      for (const line of passage.split(/\r?\n/)) {
        if (line.trim()) blocks.push({ kind: 'paragraph', text: line, style: 'quote' });
      }
    });
  }
  return blocks;
}
