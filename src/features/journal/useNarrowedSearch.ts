// Search as the user types: each keystroke that lengthens the query (its folded text contains
// the previous one) looks only among the previous keystroke's matches, so typing a word scans
// five years of journal once, not once per letter (performance.md: a keystroke within 50 ms on
// a slow phone). Any other change (a deleted letter, new records) starts from everything.
import { useMemo, useRef } from 'preact/hooks';
import { foldForSearch } from '../../domain/search';

interface LastSearch<T> {
  readonly items: readonly T[];
  readonly needle: string;
  readonly matches: readonly T[];
}

/** The items whose folded text contains the folded query; all of them for an empty query. */
export function useNarrowedSearch<T>(
  items: readonly T[],
  query: string,
  foldedText: (item: T) => string,
): readonly T[] {
  const last = useRef<LastSearch<T> | undefined>(undefined);
  return useMemo(() => {
    const needle = foldForSearch(query.trim());
    if (!needle) {
      last.current = undefined;
      return items;
    }
    const previous = last.current;
    const pool =
      previous && previous.items === items && needle.includes(previous.needle)
        ? previous.matches
        : items;
    const matches = pool.filter((item) => foldedText(item).includes(needle));
    last.current = { items, needle, matches };
    return matches;
  }, [items, query]);
}
