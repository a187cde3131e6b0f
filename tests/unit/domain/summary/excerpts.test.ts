import { describe, expect, it } from 'vitest';
import { excerptRuns, splitPassages } from '../../../../src/domain/summary/excerpts';

describe('excerpt passages', () => {
  it('splits lines into sentences, in every script', () => {
    const body = 'One. Two?\n\n今日は晴れ。明日は雨。\nשלום עולם. مرحبا بالعالم؟ 🌊';
    expect(splitPassages(body).map((p) => [p.paragraph, p.text])).toEqual([
      [0, 'One.'],
      [0, 'Two?'],
      [1, '今日は晴れ。'],
      [1, '明日は雨。'],
      [2, 'שלום עולם.'],
      [2, 'مرحبا بالعالم؟'],
      [2, '🌊'],
    ]);
  });

  it('joins neighbouring passages and splits at gaps', () => {
    const body = 'A one. A two.\nB one.';
    expect(excerptRuns(body, [2, 0, 1])).toEqual(['A one. A two.\nB one.']);
    expect(excerptRuns(body, [0, 2])).toEqual(['A one.', 'B one.']);
    expect(excerptRuns(body, [9])).toEqual([]);
  });
});
