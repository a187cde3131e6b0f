// Focus areas: what the client is working on. They add optional ratings to check-ins and
// suggest which standard questionnaire may be worth taking.
import type { Instrument } from './types';

/** What a client can say they are working on. */
export type FocusArea = 'depression' | 'anxiety' | 'ptsd' | 'bipolar' | 'chronic-pain' | 'other';

/** Every focus area, in the order Settings lists them. */
export const focusAreas: readonly FocusArea[] = [
  'depression',
  'anxiety',
  'ptsd',
  'bipolar',
  'chronic-pain',
  'other',
];

/** How each focus area is named on screen. */
export const focusAreaLabels: Record<FocusArea, string> = {
  depression: 'Depression',
  anxiety: 'Anxiety',
  ptsd: 'PTSD',
  bipolar: 'Bipolar',
  'chronic-pain': 'Chronic pain',
  other: 'Something else',
};

/** The optional check-in ratings a focus area adds. */
export type FocusField = 'pain' | 'elevatedMood' | 'irritability';

const fieldsFor: Partial<Record<FocusArea, readonly FocusField[]>> = {
  'chronic-pain': ['pain'],
  bipolar: ['elevatedMood', 'irritability'],
};

const instrumentFor: Partial<Record<FocusArea, Instrument>> = {
  depression: 'phq9',
  anxiety: 'gad7',
  ptsd: 'pcl5',
};

/** Keeps only known focus areas, once each, in the standard order (settings may be old). */
export function toFocusAreas(value: unknown): FocusArea[] {
  if (!Array.isArray(value)) return [];
  return focusAreas.filter((area) => value.includes(area));
}

/** The extra check-in ratings the chosen focus areas add, in a stable order. */
export function focusFields(areas: readonly FocusArea[]): FocusField[] {
  const wanted = new Set(areas.flatMap((area) => fieldsFor[area] ?? []));
  return (['pain', 'elevatedMood', 'irritability'] as const).filter((f) => wanted.has(f));
}

/** The questionnaires worth suggesting for the chosen focus areas: PHQ-9, GAD-7, PCL-5. */
export function suggestedInstruments(areas: readonly FocusArea[]): Instrument[] {
  const wanted = new Set(areas.map((area) => instrumentFor[area]));
  return (['phq9', 'gad7', 'pcl5'] as const).filter((i) => wanted.has(i));
}
