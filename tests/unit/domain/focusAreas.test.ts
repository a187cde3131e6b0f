import { describe, expect, it } from 'vitest';
import {
  focusAreas,
  focusFields,
  suggestedInstruments,
  toFocusAreas,
} from '../../../src/domain/focusAreas';

describe('focus areas', () => {
  it('suggests PHQ-9 for depression, GAD-7 for anxiety and PCL-5 for PTSD', () => {
    expect(suggestedInstruments([])).toEqual([]);
    expect(suggestedInstruments(['depression'])).toEqual(['phq9']);
    expect(suggestedInstruments(['anxiety'])).toEqual(['gad7']);
    expect(suggestedInstruments(['ptsd'])).toEqual(['pcl5']);
    expect(suggestedInstruments(['ptsd', 'other', 'depression', 'anxiety'])).toEqual([
      'phq9',
      'gad7',
      'pcl5',
    ]);
    expect(suggestedInstruments(['bipolar', 'chronic-pain', 'other'])).toEqual([]);
  });

  it('adds pain for chronic pain, and elevated mood and irritability for bipolar', () => {
    expect(focusFields([])).toEqual([]);
    expect(focusFields(['chronic-pain'])).toEqual(['pain']);
    expect(focusFields(['bipolar'])).toEqual(['elevatedMood', 'irritability']);
    expect(focusFields(['bipolar', 'depression', 'chronic-pain'])).toEqual([
      'pain',
      'elevatedMood',
      'irritability',
    ]);
  });

  it('reads a stored value safely: known areas only, once, in order', () => {
    expect(toFocusAreas(undefined)).toEqual([]);
    expect(toFocusAreas('depression')).toEqual([]);
    expect(toFocusAreas(['other', 'gone', 'depression', 'other'])).toEqual(['depression', 'other']);
    expect(toFocusAreas([...focusAreas].reverse())).toEqual(focusAreas);
  });
});
