import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../../src/domain/search';
import { useNarrowedSearch } from '../../../../src/features/journal/useNarrowedSearch';

afterEach(cleanup);

const texts = ['Morning light', 'MORE rain', 'A calm evening', 'Mørk kaffe', 'Crème brûlée'];

/** Renders the hook over `items`, counting how many texts each search reads. */
function search(items: readonly string[]) {
  let reads = 0;
  const fold = (text: string) => {
    reads++;
    return foldForSearch(text);
  };
  const hook = renderHook(({ query, list }) => useNarrowedSearch(list, query, fold), {
    initialProps: { query: '', list: items },
  });
  const type = (query: string, list = items) => {
    reads = 0;
    hook.rerender({ query, list });
    return { found: hook.result.current, reads };
  };
  return { type };
}

describe('useNarrowedSearch', () => {
  it('finds every folded match, and each longer query looks only among the last matches', () => {
    const { type } = search(texts);
    expect(type('m')).toEqual({ found: texts, reads: 5 });
    expect(type('mo')).toEqual({ found: ['Morning light', 'MORE rain'], reads: 5 });
    expect(type('mor')).toEqual({ found: ['Morning light', 'MORE rain'], reads: 2 });
    expect(type('morn')).toEqual({ found: ['Morning light'], reads: 2 });
  });

  it('starts from everything when a letter is deleted, the query changes, or records change', () => {
    const { type } = search(texts);
    type('morn');
    expect(type('mor')).toEqual({ found: ['Morning light', 'MORE rain'], reads: 5 });
    expect(type('creme')).toEqual({ found: ['Crème brûlée'], reads: 5 });
    const more = [...texts, 'crémeux'];
    expect(type('creme', more)).toEqual({ found: ['Crème brûlée', 'crémeux'], reads: 6 });
    expect(type('', more)).toEqual({ found: more, reads: 0 });
  });
});
