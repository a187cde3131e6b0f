// Scoring of the standard questionnaires by their published rules. Pure.
// - PHQ-9: 9 items 0-3, total 0-27; 0-4 minimal, 5-9 mild, 10-14 moderate,
//   15-19 moderately severe, 20-27 severe. The tenth question is not scored.
// - GAD-7: 7 items 0-3, total 0-21; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
// - PCL-5: 20 items 0-4, total 0-80; clusters B (items 1-5) intrusion, C (6-7) avoidance,
//   D (8-14) negative mood and cognition, E (15-20) arousal; 33 or more suggests probable PTSD.
// An answer set with any scored item missing or out of range has no total.
// Safety: PHQ-9 item 9 answered above 0 needs the safety response, whatever the total.
import type { Instrument } from '../types';
import { scaleBandOf } from './bands';
import type { QuestionnaireDefinition } from './definition';
import { gad7 } from './gad7';
import { pcl5 } from './pcl5';
import { phq9 } from './phq9';

/** Every questionnaire, by id. */
export const questionnaires: Readonly<Record<Instrument, QuestionnaireDefinition>> = {
  phq9,
  gad7,
  pcl5,
};

/** The order questionnaires are listed in. */
export const instrumentOrder: readonly Instrument[] = ['phq9', 'gad7', 'pcl5'];

/** True when a string names a questionnaire Waypoint scores. */
export function isInstrument(value: string): value is Instrument {
  return value === 'phq9' || value === 'gad7' || value === 'pcl5';
}

/** The PCL-5 total at or above which probable PTSD is suggested. */
export const pcl5Threshold = 33;

/** The note shown with every PCL-5 result. */
export const pcl5ThresholdNote =
  'A score of 33 or more suggests probable PTSD: this is a screen, not a diagnosis.';

/** The highest answer value of a questionnaire's scored items. */
export function maxAnswer(instrument: Instrument): number {
  return Math.max(...questionnaires[instrument].options.map((o) => o.value));
}

/** The highest possible total. */
export function maxTotal(instrument: Instrument): number {
  return questionnaires[instrument].items.length * maxAnswer(instrument);
}

/** How many answers a complete answer set holds (scored items plus any unscored question). */
export function answerCount(instrument: Instrument): number {
  const definition = questionnaires[instrument];
  return definition.items.length + (definition.unscored ? 1 : 0);
}

/** A severity band: a short label and what it means in plain words. */
export interface Band {
  readonly label: string;
  readonly meaning: string;
}

/** The band of a total (from the one published band table in bands.ts). */
export function bandFor(instrument: Instrument, total: number): Band {
  const band = scaleBandOf(instrument, Math.min(Math.max(total, 0), maxTotal(instrument)));
  if (!band) throw new RangeError(`No band for ${instrument} total ${total}`);
  return { label: band.label, meaning: band.meaning };
}

/** One PCL-5 symptom cluster and its subtotal. */
export interface ClusterScore {
  readonly key: 'B' | 'C' | 'D' | 'E';
  readonly name: string;
  /** Item numbers, 1-based, first and last included. */
  readonly items: readonly [number, number];
  readonly total: number;
  readonly max: number;
}

/** The PCL-5 clusters (DSM-5 criteria B to E) by item number. */
export const pcl5Clusters: readonly Omit<ClusterScore, 'total' | 'max'>[] = [
  { key: 'B', name: 'Intrusion', items: [1, 5] },
  { key: 'C', name: 'Avoidance', items: [6, 7] },
  { key: 'D', name: 'Negative mood and cognition', items: [8, 14] },
  { key: 'E', name: 'Arousal and reactivity', items: [15, 20] },
];

/** A scored answer set. */
export interface Score {
  readonly total: number;
  readonly max: number;
  readonly band: Band;
  /** PCL-5 only. */
  readonly clusters?: readonly ClusterScore[];
}

/** True when every scored item has a whole answer within the options. */
export function isComplete(instrument: Instrument, answers: readonly (number | null)[]): boolean {
  const top = maxAnswer(instrument);
  return questionnaires[instrument].items.every((_, i) => {
    const answer = answers[i];
    return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= top;
  });
}

/** The score of an answer set, or undefined when any scored item is unanswered or invalid. */
export function scoreAnswers(
  instrument: Instrument,
  answers: readonly (number | null)[],
): Score | undefined {
  if (!isComplete(instrument, answers)) return undefined;
  const scored = answers.slice(0, questionnaires[instrument].items.length) as number[];
  const total = scored.reduce((sum, answer) => sum + answer, 0);
  const score: Score = { total, max: maxTotal(instrument), band: bandFor(instrument, total) };
  if (instrument !== 'pcl5') return score;
  const top = maxAnswer(instrument);
  const clusters = pcl5Clusters.map((cluster) => {
    const [first, last] = cluster.items;
    const part = scored.slice(first - 1, last);
    return { ...cluster, total: part.reduce((a, b) => a + b, 0), max: part.length * top };
  });
  return { ...score, clusters };
}

/** The PHQ-9 item (0-based) about thoughts of being better off dead or of self-harm. */
export const phq9SafetyItem = 8;

/**
 * True when the answers need the safety response: PHQ-9 item 9 answered above 0. Depends on
 * that one answer only, never on the total or on whether the rest is answered.
 */
export function needsSafetyResponse(
  instrument: Instrument,
  answers: readonly (number | null)[],
): boolean {
  if (instrument !== 'phq9') return false;
  const answer = answers[phq9SafetyItem];
  return typeof answer === 'number' && answer > 0;
}
