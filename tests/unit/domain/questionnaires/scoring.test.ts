import { describe, expect, it } from 'vitest';
import {
  answerCount,
  bandFor,
  isInstrument,
  maxTotal,
  needsSafetyResponse,
  pcl5Threshold,
  pcl5ThresholdNote,
  questionnaires,
  scoreAnswers,
} from '../../../../src/domain/questionnaires/scoring';
import type { Instrument } from '../../../../src/domain/types';

/** Answers with the given total, filled from the first item, each at most `top`. */
function answersFor(items: number, top: number, total: number): number[] {
  let left = total;
  return Array.from({ length: items }, () => {
    const answer = Math.min(top, left);
    left -= answer;
    return answer;
  });
}

/** The same total spread from the last item backwards, so a different vector. */
function answersFromEnd(items: number, top: number, total: number): number[] {
  return answersFor(items, top, total).reverse();
}

const shapes: Record<Instrument, { items: number; top: number; max: number }> = {
  phq9: { items: 9, top: 3, max: 27 },
  gad7: { items: 7, top: 3, max: 21 },
  pcl5: { items: 20, top: 4, max: 80 },
};

/** The expected band of each total, written out from product.md. */
function expectedBand(instrument: Instrument, total: number): string {
  if (instrument === 'pcl5') return total >= 33 ? 'probable PTSD' : 'below threshold';
  if (total <= 4) return 'minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  if (instrument === 'phq9' && total <= 19) return 'moderately severe';
  return 'severe';
}

describe('totals', () => {
  for (const instrument of ['phq9', 'gad7', 'pcl5'] as const) {
    const { items, top, max } = shapes[instrument];
    it(`${instrument}: every total from 0 to ${max} is scored as the sum, with its band`, () => {
      expect(maxTotal(instrument)).toBe(max);
      for (let total = 0; total <= max; total++) {
        for (const answers of [answersFor(items, top, total), answersFromEnd(items, top, total)]) {
          const score = scoreAnswers(instrument, answers);
          expect(score?.total, `${instrument} ${answers.join(',')}`).toBe(total);
          expect(score?.max).toBe(max);
          expect(score?.band.label).toBe(expectedBand(instrument, total));
        }
      }
    });
  }
});

describe('band edges', () => {
  const edges: [Instrument, number, string][] = [
    ['phq9', 0, 'minimal'],
    ['phq9', 4, 'minimal'],
    ['phq9', 5, 'mild'],
    ['phq9', 9, 'mild'],
    ['phq9', 10, 'moderate'],
    ['phq9', 14, 'moderate'],
    ['phq9', 15, 'moderately severe'],
    ['phq9', 19, 'moderately severe'],
    ['phq9', 20, 'severe'],
    ['phq9', 27, 'severe'],
    ['gad7', 0, 'minimal'],
    ['gad7', 4, 'minimal'],
    ['gad7', 5, 'mild'],
    ['gad7', 9, 'mild'],
    ['gad7', 10, 'moderate'],
    ['gad7', 14, 'moderate'],
    ['gad7', 15, 'severe'],
    ['gad7', 21, 'severe'],
    ['pcl5', 0, 'below threshold'],
    ['pcl5', 32, 'below threshold'],
    ['pcl5', 33, 'probable PTSD'],
    ['pcl5', 80, 'probable PTSD'],
  ];
  it.each(edges)('%s total %i is %s', (instrument, total, label) => {
    expect(bandFor(instrument, total).label).toBe(label);
    expect(bandFor(instrument, total).meaning.length).toBeGreaterThan(10);
  });

  it('GAD-7 has no "moderately severe" band', () => {
    for (let total = 15; total <= 19; total++) expect(bandFor('gad7', total).label).toBe('severe');
  });
});

describe('PCL-5 threshold and clusters', () => {
  it('uses 33 as the threshold and calls it a screen, not a diagnosis', () => {
    expect(pcl5Threshold).toBe(33);
    expect(pcl5ThresholdNote).toBe(
      'A score of 33 or more suggests probable PTSD: this is a screen, not a diagnosis.',
    );
  });

  it('sums items 1-5, 6-7, 8-14 and 15-20 into clusters B, C, D and E', () => {
    // Item n answered with a value that marks its cluster: B=1, C=2, D=3, E=4.
    const answers = Array.from({ length: 20 }, (_, i) => (i < 5 ? 1 : i < 7 ? 2 : i < 14 ? 3 : 4));
    const score = scoreAnswers('pcl5', answers);
    expect(score?.clusters?.map((c) => [c.key, c.name, c.items, c.total, c.max])).toEqual([
      ['B', 'Intrusion', [1, 5], 5, 20],
      ['C', 'Avoidance', [6, 7], 4, 8],
      ['D', 'Negative mood and cognition', [8, 14], 21, 28],
      ['E', 'Arousal and reactivity', [15, 20], 24, 24],
    ]);
    expect(score?.total).toBe(54);
  });

  it('moves each item into exactly one cluster', () => {
    for (let item = 0; item < 20; item++) {
      const answers = Array.from({ length: 20 }, (_, i) => (i === item ? 4 : 0));
      const clusters = scoreAnswers('pcl5', answers)?.clusters ?? [];
      const hit = clusters.filter((c) => c.total === 4).map((c) => c.key);
      const expected = item < 5 ? 'B' : item < 7 ? 'C' : item < 14 ? 'D' : 'E';
      expect(hit, `item ${item + 1}`).toEqual([expected]);
    }
  });

  it('PHQ-9 and GAD-7 have no clusters', () => {
    expect(scoreAnswers('phq9', Array(9).fill(1))?.clusters).toBeUndefined();
    expect(scoreAnswers('gad7', Array(7).fill(1))?.clusters).toBeUndefined();
  });
});

describe('incomplete answers', () => {
  it('gives no total when any scored item is missing', () => {
    for (const instrument of ['phq9', 'gad7', 'pcl5'] as const) {
      const { items } = shapes[instrument];
      for (let gap = 0; gap < items; gap++) {
        const answers: (number | null)[] = Array(items).fill(1);
        answers[gap] = null;
        expect(scoreAnswers(instrument, answers), `${instrument} gap ${gap}`).toBeUndefined();
      }
      expect(scoreAnswers(instrument, Array(items - 1).fill(1))).toBeUndefined();
      expect(scoreAnswers(instrument, [])).toBeUndefined();
    }
  });

  it('gives no total for answers outside the options', () => {
    expect(scoreAnswers('phq9', [...Array(8).fill(0), 4])).toBeUndefined();
    expect(scoreAnswers('gad7', [...Array(6).fill(0), -1])).toBeUndefined();
    expect(scoreAnswers('gad7', [...Array(6).fill(0), 1.5])).toBeUndefined();
    expect(scoreAnswers('pcl5', [...Array(19).fill(0), 5])).toBeUndefined();
  });

  it('does not need the unscored PHQ-9 difficulty question, and does not count it', () => {
    expect(answerCount('phq9')).toBe(10);
    expect(scoreAnswers('phq9', Array(9).fill(2))?.total).toBe(18);
    expect(scoreAnswers('phq9', [...Array(9).fill(2), null])?.total).toBe(18);
    expect(scoreAnswers('phq9', [...Array(9).fill(2), 3])?.total).toBe(18);
  });
});

describe('needsSafetyResponse (PHQ-9 item 9 above 0, whatever the total)', () => {
  it('triggers at total 1 when only item 9 is 1', () => {
    const answers = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(scoreAnswers('phq9', answers)?.total).toBe(1);
    expect(needsSafetyResponse('phq9', answers)).toBe(true);
  });

  it('does not trigger at total 24 with item 9 at 0', () => {
    const answers = [3, 3, 3, 3, 3, 3, 3, 3, 0];
    expect(scoreAnswers('phq9', answers)?.total).toBe(24);
    expect(needsSafetyResponse('phq9', answers)).toBe(false);
  });

  it('depends on item 9 alone, for every answer of item 9 and every other total', () => {
    for (let others = 0; others <= 24; others++) {
      for (const item9 of [0, 1, 2, 3]) {
        const answers = [...answersFor(8, 3, others), item9];
        expect(needsSafetyResponse('phq9', answers)).toBe(item9 > 0);
      }
    }
  });

  it('triggers as soon as item 9 is answered, before the rest is complete', () => {
    const answers: (number | null)[] = Array(10).fill(null);
    answers[8] = 2;
    expect(scoreAnswers('phq9', answers)).toBeUndefined();
    expect(needsSafetyResponse('phq9', answers)).toBe(true);
    answers[8] = null;
    expect(needsSafetyResponse('phq9', answers)).toBe(false);
  });

  it('never triggers for GAD-7 or PCL-5, even with item 9 high', () => {
    expect(needsSafetyResponse('gad7', [3, 3, 3, 3, 3, 3, 3])).toBe(false);
    expect(needsSafetyResponse('pcl5', Array(20).fill(4))).toBe(false);
  });
});

describe('published text', () => {
  it('has the published number of items and answer options', () => {
    expect(questionnaires.phq9.items).toHaveLength(9);
    expect(questionnaires.gad7.items).toHaveLength(7);
    expect(questionnaires.pcl5.items).toHaveLength(20);
    const sameDays = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
    expect(questionnaires.phq9.options.map((o) => o.label)).toEqual(sameDays);
    expect(questionnaires.gad7.options.map((o) => o.label)).toEqual(sameDays);
    expect(questionnaires.phq9.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
    expect(questionnaires.pcl5.options.map((o) => [o.value, o.label])).toEqual([
      [0, 'Not at all'],
      [1, 'A little bit'],
      [2, 'Moderately'],
      [3, 'Quite a bit'],
      [4, 'Extremely'],
    ]);
  });

  it('has the published wording', () => {
    expect(questionnaires.phq9.instructions).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    expect(questionnaires.phq9.items[0]).toBe('Little interest or pleasure in doing things');
    expect(questionnaires.phq9.items[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(questionnaires.phq9.unscored?.question).toBe(
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    );
    expect(questionnaires.phq9.unscored?.options.map((o) => o.label)).toEqual([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
    expect(questionnaires.gad7.items[0]).toBe('Feeling nervous, anxious or on edge');
    expect(questionnaires.gad7.items[6]).toBe('Feeling afraid as if something awful might happen');
    expect(questionnaires.pcl5.stem).toBe('In the past month, how much were you bothered by:');
    expect(questionnaires.pcl5.items[0]).toBe(
      'Repeated, disturbing, and unwanted memories of the stressful experience?',
    );
    expect(questionnaires.pcl5.items[16]).toBe('Being "superalert" or watchful or on guard?');
    expect(questionnaires.pcl5.items[19]).toBe('Trouble falling or staying asleep?');
  });

  it('names the source and terms of each', () => {
    expect(questionnaires.phq9.source).toContain('Spitzer');
    expect(questionnaires.phq9.source).toContain('Pfizer');
    expect(questionnaires.gad7.source).toContain('No permission required');
    expect(questionnaires.pcl5.source).toContain('Weathers');
    expect(questionnaires.pcl5.source).toContain('Public domain');
  });

  it('recognises instrument ids only', () => {
    expect(['phq9', 'gad7', 'pcl5', 'phq', ''].map(isInstrument)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
