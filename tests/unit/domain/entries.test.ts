import { describe, expect, it } from 'vitest';
import { entryPreview, entryTopic, parseTags } from '../../../src/domain/entries';

const isLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('parseTags', () => {
  it('splits on commas and new lines and trims each tag', () => {
    expect(parseTags('sleep, family ,  walks\nmusic')).toEqual([
      'sleep',
      'family',
      'walks',
      'music',
    ]);
  });

  it('drops empty pieces', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,\n\n, ')).toEqual([]);
    expect(parseTags('a,,b,')).toEqual(['a', 'b']);
  });

  it('removes duplicates without regard to case, keeping the first spelling', () => {
    expect(parseTags('Family, sleep, family, SLEEP, Sleep')).toEqual(['Family', 'sleep']);
    expect(parseTags('Éveil, éveil')).toEqual(['Éveil']);
  });

  it('strips a leading # (and the space after it), and keeps a # elsewhere', () => {
    expect(parseTags('#gratitude, # body, c#')).toEqual(['gratitude', 'body', 'c#']);
    expect(parseTags('#sleep, sleep')).toEqual(['sleep']);
    expect(parseTags('#')).toEqual([]);
  });

  it('keeps non-Latin and emoji tags', () => {
    expect(parseTags('שינה, 睡眠, 🌙 night')).toEqual(['שינה', '睡眠', '🌙 night']);
  });

  it('caps a tag at 60 characters without splitting an emoji', () => {
    expect(parseTags('x'.repeat(80))).toEqual(['x'.repeat(60)]);
    const [tag] = parseTags(`${'x'.repeat(59)}😀tail`);
    expect(tag).toBe('x'.repeat(59));
    expect(isLoneSurrogate(tag ?? '')).toBe(false);
  });
});

describe('entryTopic', () => {
  it('is the title when there is one', () => {
    expect(entryTopic({ title: '  Fear of the dark  ', body: 'First line\nSecond' })).toBe(
      'Fear of the dark',
    );
  });

  it('is the first non-empty line of the body without a title', () => {
    expect(entryTopic({ body: '\n   \n  My father  \nmore text' })).toBe('My father');
    expect(entryTopic({ title: '   ', body: 'Body line' })).toBe('Body line');
    expect(entryTopic({ title: '', body: 'Body line' })).toBe('Body line');
  });

  it('is empty when there is nothing to show', () => {
    expect(entryTopic({ body: '' })).toBe('');
    expect(entryTopic({ body: ' \n \n' })).toBe('');
  });

  it('caps a long first line at 140 characters without splitting an emoji', () => {
    expect(entryTopic({ body: 'y'.repeat(300) })).toBe('y'.repeat(140));
    const topic = entryTopic({ body: `${'y'.repeat(139)}🌊 after` });
    expect(topic).toBe('y'.repeat(139));
    expect(isLoneSurrogate(topic)).toBe(false);
  });
});

describe('entryPreview', () => {
  it('collapses whitespace and new lines into single spaces', () => {
    expect(entryPreview('  First line\n\n\tSecond   line  ')).toBe('First line Second line');
  });

  it('keeps short text whole, up to exactly the length', () => {
    expect(entryPreview('a'.repeat(180))).toBe('a'.repeat(180));
    expect(entryPreview('short', 5)).toBe('short');
  });

  it('cuts long text to the length, ending with an ellipsis', () => {
    const preview = entryPreview('b'.repeat(500));
    expect(preview).toHaveLength(180);
    expect(preview).toBe(`${'b'.repeat(179)}…`);
    expect(entryPreview('abcdefghij', 5)).toBe('abcd…');
  });

  it('never cuts an emoji in half', () => {
    const preview = entryPreview(`${'c'.repeat(178)}😀 and more text`);
    expect(isLoneSurrogate(preview)).toBe(false);
    expect(preview).toBe(`${'c'.repeat(178)}…`);
    expect(entryPreview(`${'c'.repeat(177)}😀 and more text`)).toBe(`${'c'.repeat(177)}😀…`);
  });
});
