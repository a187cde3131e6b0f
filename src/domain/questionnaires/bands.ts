// The severity bands of the standard questionnaires, exactly as published (product.md): the one
// table both scoring and the insights charts read, so the two can never disagree.
// PHQ-9 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe;
// GAD-7 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe; PCL-5: 33 or more suggests
// probable PTSD (a screen, not a diagnosis).
import type { Instrument } from '../types';

/** A band of an instrument's scale (both ends included). */
export interface ScaleBand {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  /** What the band means, in plain words. */
  readonly meaning: string;
}

/** How an instrument's totals are drawn: its range and bands, per product.md. */
export interface InstrumentScale {
  readonly name: string;
  readonly max: number;
  readonly bands: readonly ScaleBand[];
}

/** Scales of the three questionnaires. PCL-5 has one threshold (33), a screen, not a diagnosis. */
export const instrumentScales: Readonly<Record<Instrument, InstrumentScale>> = {
  phq9: {
    name: 'PHQ-9',
    max: 27,
    bands: [
      { label: 'minimal', from: 0, to: 4, meaning: 'Few or no signs of this right now.' },
      { label: 'mild', from: 5, to: 9, meaning: 'Some signs, at a mild level.' },
      {
        label: 'moderate',
        from: 10,
        to: 14,
        meaning: 'A moderate level: worth talking over with your clinician.',
      },
      {
        label: 'moderately severe',
        from: 15,
        to: 19,
        meaning: 'A moderately severe level: please talk it over with your clinician soon.',
      },
      {
        label: 'severe',
        from: 20,
        to: 27,
        meaning: 'A severe level: please talk it over with your clinician soon.',
      },
    ],
  },
  gad7: {
    name: 'GAD-7',
    max: 21,
    bands: [
      { label: 'minimal', from: 0, to: 4, meaning: 'Few or no signs of this right now.' },
      { label: 'mild', from: 5, to: 9, meaning: 'Some signs, at a mild level.' },
      {
        label: 'moderate',
        from: 10,
        to: 14,
        meaning: 'A moderate level: worth talking over with your clinician.',
      },
      {
        label: 'severe',
        from: 15,
        to: 21,
        meaning: 'A severe level: please talk it over with your clinician soon.',
      },
    ],
  },
  pcl5: {
    name: 'PCL-5',
    max: 80,
    bands: [
      {
        label: 'below threshold',
        from: 0,
        to: 32,
        meaning: 'Your answers are below the level that suggests PTSD.',
      },
      {
        label: 'probable PTSD',
        from: 33,
        to: 80,
        meaning:
          'Your answers are at or above the level that suggests PTSD may be present. Talk it over with your clinician.',
      },
    ],
  },
};

/** The band a total falls in on an instrument's scale. */
export function scaleBandOf(instrument: Instrument, total: number): ScaleBand | undefined {
  return instrumentScales[instrument].bands.find((b) => total >= b.from && total <= b.to);
}

/** The label of the band a total falls in. */
export function bandOf(instrument: Instrument, total: number): string | undefined {
  return scaleBandOf(instrument, total)?.label;
}
