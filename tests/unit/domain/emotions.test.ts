import { describe, expect, it } from 'vitest';
import {
  emotionGroup,
  emotionGroups,
  emotionWords,
  toggleEmotion,
} from '../../../src/domain/emotions';

describe('emotion vocabulary', () => {
  it('has about thirty distinct lower-case words in four groups', () => {
    expect(emotionWords.length).toBeGreaterThanOrEqual(28);
    expect(emotionWords.length).toBeLessThanOrEqual(36);
    expect(new Set(emotionWords).size).toBe(emotionWords.length);
    for (const word of emotionWords) expect(word).toMatch(/^[a-z]+$/);
    expect(emotionGroups.map((g) => g.group)).toEqual([
      'pleasant-higher',
      'pleasant-lower',
      'unpleasant-higher',
      'unpleasant-lower',
    ]);
    for (const group of emotionGroups) expect(group.words.length).toBeGreaterThanOrEqual(6);
  });

  it('places words in the group a reader would expect', () => {
    expect(emotionGroup('excited')).toBe('pleasant-higher');
    expect(emotionGroup('calm')).toBe('pleasant-lower');
    expect(emotionGroup('anxious')).toBe('unpleasant-higher');
    expect(emotionGroup('numb')).toBe('unpleasant-lower');
    expect(emotionGroup('made-up')).toBeUndefined();
  });

  it('toggles a word on and off, keeping the vocabulary order and unknown words', () => {
    let chosen = toggleEmotion([], 'sad');
    chosen = toggleEmotion(chosen, 'calm');
    expect(chosen).toEqual(['calm', 'sad']);
    expect(toggleEmotion(chosen, 'sad')).toEqual(['calm']);
    // A word from an import that is not in the vocabulary is kept.
    expect(toggleEmotion(['wistful', 'sad'], 'calm')).toEqual(['calm', 'sad', 'wistful']);
    expect(toggleEmotion(['wistful'], 'wistful')).toEqual([]);
  });
});
