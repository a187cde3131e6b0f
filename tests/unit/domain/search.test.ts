import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excerptAround,
  findMatches,
  firstMatch,
  foldForSearch,
  highlightParts,
  type MatchRange,
  matchesQuery,
} from '../../../src/domain/search';

/** The original text each range covers. */
const slices = (text: string, ranges: readonly MatchRange[]) =>
  ranges.map(([s, e]) => text.slice(s, e));

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

describe('foldForSearch', () => {
  it('folds case', () => {
    expect(foldForSearch('HeLLo WoRLD')).toBe('hello world');
    expect(foldForSearch('ПРИВЕТ Мир')).toBe('привет мир');
  });

  it('strips accents and other combining marks (NFKD, then marks removed)', () => {
    expect(foldForSearch('Café Crème Brûlée')).toBe('cafe creme brulee');
    expect(foldForSearch('naïve Ångström Łódź')).toBe('naive angstrom łodz');
    expect(foldForSearch('Ελλάδα')).toBe('ελλαδα');
    // Hebrew vowel points and Arabic short vowels are marks too.
    expect(foldForSearch('שָׁלוֹם')).toBe('שלום');
    expect(foldForSearch('مَرْحَبًا')).toBe('مرحبا');
  });

  it('folds decomposed and precomposed input alike', () => {
    expect(foldForSearch('cafe\u0301')).toBe(foldForSearch('caf\u00e9'));
    expect(foldForSearch('cafe\u0301')).toBe('cafe');
  });

  it('expands ligatures and compatibility forms', () => {
    expect(foldForSearch('ﬁne ﬂow')).toBe('fine flow');
    expect(foldForSearch('ǄEMAL')).toBe('dzemal');
    expect(foldForSearch('Ｆｕｌｌ')).toBe('full');
    expect(foldForSearch('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  it('folds Greek final sigma like sigma, so a capital word matches however it was folded', () => {
    expect(foldForSearch('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldForSearch('οδός')).toBe('οδοσ');
  });

  it('lower-cases with the given locale', () => {
    expect(foldForSearch('TITLE', 'tr')).toBe('tıtle');
    expect(foldForSearch('TITLE', 'en')).toBe('title');
  });
});

describe('findMatches', () => {
  it('finds any piece of a text, every range folding to the query (ASCII and beyond)', () => {
    const pieces = fc.constantFrom(
      'a',
      'I',
      'i',
      'Z',
      ' ',
      '\n',
      'é',
      'É',
      'ﬁ',
      'İ',
      'ς',
      '😀',
      'ש',
      '2',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { minLength: 1, maxLength: 30 }).map((chars) => chars.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const from = a % text.length;
          const query = text.slice(from, from + 1 + (b % 6)).trim();
          fc.pre(query.length > 0 && !/[\uD800-\uDFFF]/.test(query));
          const ranges = findMatches(text, query);
          expect(ranges.length).toBeGreaterThan(0);
          for (const [start, end] of ranges)
            expect(foldForSearch(text.slice(start, end))).toContain(foldForSearch(query));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives ASCII text (folded whole) the ranges folding it letter by letter gives', () => {
    /** The definition: each character folded alone, matches mapped back through the folds. */
    const byLetter = (text: string, query: string, locale?: string): [number, number][] => {
      const needle = foldForSearch(query.trim(), locale);
      const folds = [...text].map((char) => foldForSearch(char, locale));
      const folded = folds.join('');
      const source = folds.flatMap((fold, index) => Array.from(fold, () => index));
      const ranges: [number, number][] = [];
      for (let at = folded.indexOf(needle); needle && at !== -1; ) {
        ranges.push([source[at] ?? 0, (source[at + needle.length - 1] ?? 0) + 1]);
        at = folded.indexOf(needle, at + needle.length);
      }
      return ranges;
    };
    const ascii = fc.constantFrom('a', 'I', 'i', 'Q', 'q', ' ', '\n', '-', '7');
    fc.assert(
      fc.property(
        fc.array(ascii, { maxLength: 60 }).map((chars) => chars.join('')),
        fc.array(ascii, { minLength: 1, maxLength: 3 }).map((chars) => chars.join('')),
        fc.constantFrom(undefined, 'en', 'tr'),
        (text, query, locale) => {
          expect(findMatches(text, query, locale)).toEqual(byLetter(text, query, locale));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds every occurrence, whatever the case', () => {
    const text = 'Hello hello HELLO';
    expect(findMatches(text, 'hello')).toEqual([
      [0, 5],
      [6, 11],
      [12, 17],
    ]);
  });

  it('returns nothing for an empty or blank query, and trims the query', () => {
    expect(findMatches('some text', '')).toEqual([]);
    expect(findMatches('some text', '   ')).toEqual([]);
    expect(findMatches('some text', '  text ')).toEqual([[5, 9]]);
    expect(findMatches('', 'text')).toEqual([]);
    expect(findMatches('some text', 'absent')).toEqual([]);
  });

  it('reports ranges of the original accented text', () => {
    const text = 'Un café crème, puis un autre CAFÉ';
    const ranges = findMatches(text, 'cafe');
    expect(ranges).toEqual([
      [3, 7],
      [29, 33],
    ]);
    expect(slices(text, ranges)).toEqual(['café', 'CAFÉ']);
    expect(slices(text, findMatches(text, 'Crème'))).toEqual(['crème']);
    expect(slices('plain cafe', findMatches('plain cafe', 'café'))).toEqual(['cafe']);
  });

  it('covers combining marks of decomposed input', () => {
    const text = 'cafe\u0301 noir';
    expect(findMatches(text, 'café')).toEqual([[0, 5]]);
    // Even when the query stops at the letter, the mark on it belongs to the match.
    expect(findMatches(text, 'cafe')).toEqual([[0, 5]]);
    expect(findMatches(text, 'noir')).toEqual([[6, 10]]);
    const ranges = findMatches('e\u0301te\u0301', 'ete');
    expect(ranges).toEqual([[0, 5]]);
  });

  it('finds words inside text without spaces (CJK)', () => {
    const text = '今日は日本語で日記を書いた。日本';
    const ranges = findMatches(text, '日本');
    expect(ranges).toEqual([
      [3, 5],
      [14, 16],
    ]);
    expect(slices(text, ranges)).toEqual(['日本', '日本']);
    expect(slices(text, findMatches(text, '日記'))).toEqual(['日記']);
  });

  it('finds Hebrew without vowel points inside pointed text', () => {
    const word = 'שָׁלוֹם';
    const text = `אמרתי ${word} לכולם`;
    const start = text.indexOf(word);
    expect(findMatches(text, 'שלום')).toEqual([[start, start + word.length]]);
  });

  it('matches capital Greek with a final sigma (matchesQuery and findMatches agree)', () => {
    const text = 'Η ΟΔΟΣ και ο δρόμος';
    expect(matchesQuery(foldForSearch(text), 'οδος')).toBe(true);
    expect(slices(text, findMatches(text, 'οδος'))).toEqual(['ΟΔΟΣ']);
    expect(slices(text, findMatches(text, 'ΔΡΟΜΟΣ'))).toEqual(['δρόμος']);
  });

  it('counts emoji as the UTF-16 units they take and never splits them', () => {
    const text = 'I 😀 love 😀 you';
    expect(findMatches(text, 'love')).toEqual([[5, 9]]);
    const ranges = findMatches(text, '😀');
    expect(ranges).toEqual([
      [2, 4],
      [10, 12],
    ]);
    expect(slices(text, ranges)).toEqual(['😀', '😀']);
    // A variation selector is a mark: the heart matches with or without it, whole.
    const heart = 'I ❤️ tea';
    expect(slices(heart, findMatches(heart, '❤️'))).toEqual(['❤️']);
    expect(slices(heart, findMatches(heart, '❤'))).toEqual(['❤️']);
    for (const [sample, query] of [
      [text, '😀'],
      ['👍🏽 ok 👍🏽', '👍'],
      ['🇯🇵 日本 🇯🇵', '🇯🇵'],
    ] as const) {
      const found = findMatches(sample, query);
      expect(found).toHaveLength(2);
      for (const [start, end] of found) {
        expect(isLowSurrogate(sample.charCodeAt(start))).toBe(false);
        expect(isLowSurrogate(sample.charCodeAt(end))).toBe(false);
      }
    }
  });

  it('reports non-overlapping matches', () => {
    expect(findMatches('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(findMatches('aaa', 'aa')).toEqual([[0, 2]]);
  });

  it('maps matches through ligatures to whole source characters, once each', () => {
    const text = 'ﬁne ﬁsh';
    expect(findMatches(text, 'fi')).toEqual([
      [0, 1],
      [4, 5],
    ]);
    expect(findMatches(text, 'ine')).toEqual([[0, 3]]);
    expect(findMatches(text, 'i')).toEqual([
      [0, 1],
      [4, 5],
    ]);
    // One character folding to several matching units is one match, not several.
    expect(findMatches('oﬀer', 'f')).toEqual([[1, 2]]);
    expect(findMatches('wait…', '.')).toEqual([[4, 5]]);
    expect(findMatches('wait… more…', '..')).toEqual([
      [4, 5],
      [10, 11],
    ]);
  });

  it('only reports ranges whose original text folds to contain the query', () => {
    const texts = [
      'Ärger über Öl und Ähnliches',
      'ﬃ ﬄ ﬀ office',
      'Crème brûlée with cafe\u0301',
      'Привет, Ёжик! Ежик.',
      '日本語と한국어 and 😀 emoji 😀',
    ];
    const queries = ['e', 'ö', 'f', 'ff', 'ежик', '語', '국', 'emoji', 'ul'];
    for (const text of texts) {
      for (const query of queries) {
        const ranges = findMatches(text, query);
        let previousEnd = 0;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(foldForSearch(text.slice(start, end))).toContain(foldForSearch(query));
          previousEnd = end;
        }
        expect(ranges.length > 0).toBe(matchesQuery(foldForSearch(text), query));
      }
    }
  });
});

describe('highlightParts', () => {
  it('splits text into plain and matched parts in order', () => {
    const text = 'Un café crème';
    expect(highlightParts(text, findMatches(text, 'cafe'))).toEqual([
      { text: 'Un ', match: false },
      { text: 'café', match: true },
      { text: ' crème', match: false },
    ]);
  });

  it('handles matches at the start and end, adjacent matches, and no matches', () => {
    expect(
      highlightParts('abcab', [
        [0, 2],
        [3, 5],
      ]),
    ).toEqual([
      { text: 'ab', match: true },
      { text: 'c', match: false },
      { text: 'ab', match: true },
    ]);
    expect(
      highlightParts('aaaa', [
        [0, 2],
        [2, 4],
      ]),
    ).toEqual([
      { text: 'aa', match: true },
      { text: 'aa', match: true },
    ]);
    expect(highlightParts('nothing here', [])).toEqual([{ text: 'nothing here', match: false }]);
    expect(highlightParts('', [])).toEqual([]);
  });

  it('rebuilds exactly the original text, ligatures and marks included', () => {
    for (const [text, query] of [
      ['oﬀer ﬁne ﬃ', 'f'],
      ['cafe\u0301 café CAFÉ', 'café'],
      ['😀 love 😀', '😀'],
    ] as const) {
      const parts = highlightParts(text, findMatches(text, query));
      expect(parts.map((p) => p.text).join('')).toBe(text);
      expect(parts.some((p) => p.match)).toBe(true);
    }
  });
});

describe('matchesQuery', () => {
  it('matches a folded text against a query folded the same way', () => {
    const folded = foldForSearch('Crème Brûlée at the ﬁnal session');
    expect(matchesQuery(folded, 'BRULEE')).toBe(true);
    expect(matchesQuery(folded, 'brûlée')).toBe(true);
    expect(matchesQuery(folded, 'final')).toBe(true);
    expect(matchesQuery(folded, ' session ')).toBe(true);
    expect(matchesQuery(folded, 'tiramisu')).toBe(false);
  });

  it('never matches an empty or blank query', () => {
    expect(matchesQuery('anything', '')).toBe(false);
    expect(matchesQuery('anything', '  ')).toBe(false);
  });

  it('matches substrings of text without spaces', () => {
    expect(matchesQuery(foldForSearch('今日は日本語で日記を書いた'), '日記')).toBe(true);
  });
});

describe('firstMatch', () => {
  it('is the first of findMatches, in short and long texts of any script', () => {
    const pieces = fc.constantFrom(
      'a',
      'I',
      'z',
      ' ',
      'é',
      'e\u0301',
      'ﬁ',
      'İ',
      'ς',
      '😀',
      'ש',
      'ق',
      '日',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { minLength: 1, maxLength: 1500 }).map((chars) => chars.join('')),
        fc.array(pieces, { minLength: 1, maxLength: 3 }).map((chars) => chars.join('')),
        (text, query) => {
          expect(firstMatch(text, query)).toEqual(findMatches(text, query)[0]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a match far into a long entry, and none for an empty query', () => {
    const text = `${'word '.repeat(2000)}Crème brûlée at the end`;
    expect(firstMatch(text, 'creme')).toEqual([10_000, 10_005]);
    expect(firstMatch(text, '   ')).toBeUndefined();
  });
});

/** The excerpt as defined: the whole text flattened, then the window around the first match. */
function excerptOfWholeText(text: string, query: string, length = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = query.trim() ? firstMatch(flat, query) : undefined;
  const start = first ? Math.max(0, first[0] - 40) : 0;
  const slice = flat.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${slice}${start + length < flat.length ? '…' : ''}`;
}

describe('excerptAround', () => {
  const river = `${'Morning pages. '.repeat(200)}\n\nThe Rívèr was high\n\ntoday. ${'After. '.repeat(400)}`;

  it('shows the words around the first match, with … where the text goes on', () => {
    const excerpt = excerptAround(river, 'river');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('The Rívèr was high today.');
    expect(excerpt.length).toBe(182);
  });

  it('shows the start of the text without a query or without a match in the body', () => {
    expect(excerptAround('  Short\n\nentry.  ', '')).toBe('Short entry.');
    expect(excerptAround(river, 'nowhere')).toBe(excerptOfWholeText(river, 'nowhere'));
    expect(excerptAround(river, 'nowhere').startsWith('Morning pages.')).toBe(true);
  });

  it('finds a match that spans a line break, as the flattened text has it', () => {
    expect(excerptAround(river, 'high today')).toBe(excerptOfWholeText(river, 'high today'));
    expect(excerptAround(river, 'high today')).toContain('high today');
  });

  it('gives exactly the excerpt of the whole text, for any text and query', () => {
    const piece = fc.constantFrom(
      'a',
      'é',
      'E\u0301',
      ' ',
      '\n',
      '\t  ',
      '😀',
      'ﬁ',
      'Σ',
      'ς',
      'ß',
      'İ',
      '日本',
    );
    const text = fc.array(piece, { maxLength: 1500 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text,
        fc.array(piece, { maxLength: 4 }),
        fc.integer({ min: 1, max: 300 }),
        (body, q, length) => {
          const query = q.join('');
          expect(excerptAround(body, query, length)).toBe(excerptOfWholeText(body, query, length));
        },
      ),
      { numRuns: 400 },
    );
  });
});
