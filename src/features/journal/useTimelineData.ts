// What the journal timeline shows, read in two steps (performance.md: the first window of five
// years painted within a second on a slow phone). First the newest entries and check-ins by
// index, a few dozen rows, enough to fill the screen; once that window is painted, every entry
// and check-in, for scrolling, search and filters. Until then the window says where it is
// complete (`completeFrom`), so nothing half-read is shown as if it were whole.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db/useLiveQuery';
import { type SearchableEntry, toSearchable, windowStart } from '../../domain/timeline';
import type { CheckIn, JournalEntry } from '../../domain/types';

/** Newest entries and newest check-ins read for the first paint: more than a screen holds. */
export const firstWindowSize = 40;

/** The timeline's records: loading, the first window, or everything. */
export type TimelineData =
  | { readonly status: 'loading' }
  | {
      readonly status: 'window' | 'full';
      readonly entries: readonly SearchableEntry[];
      readonly checkIns: readonly CheckIn[];
      /** The moment from which `entries` and `checkIns` hold every record. */
      readonly completeFrom: number;
    };

/** Reads the timeline's entries and check-ins: the newest first, then all of them. */
export function useTimelineData(): TimelineData {
  const { repos } = useServices();
  const [readAll, setReadAll] = useState(false);
  const recent = useLiveQuery(
    () =>
      Promise.all([repos.entries.newest(firstWindowSize), repos.checkins.newest(firstWindowSize)]),
    [repos],
  );
  const all = useLiveQuery(
    () =>
      readAll
        ? Promise.all([repos.entries.all(), repos.checkins.all()])
        : Promise.resolve(undefined),
    [repos, readAll],
  );
  const windowShown = recent.status === 'ready';
  // Effects run after the frame that painted the window: only then read the rest.
  useEffect(() => {
    if (windowShown) setReadAll(true);
  }, [windowShown]);

  const source = all.status === 'ready' && all.value ? all.value : undefined;
  const windowRows = recent.status === 'ready' ? recent.value : undefined;
  const entries = useSearchable(source?.[0] ?? windowRows?.[0]);
  return useMemo((): TimelineData => {
    if (source) {
      return {
        status: 'full',
        entries,
        checkIns: source[1],
        completeFrom: Number.NEGATIVE_INFINITY,
      };
    }
    if (!windowRows) return { status: 'loading' };
    const [newestEntries, newestCheckIns] = windowRows;
    return {
      status: 'window',
      entries,
      checkIns: newestCheckIns,
      completeFrom: windowStart(newestEntries, newestCheckIns, firstWindowSize),
    };
  }, [source, windowRows, entries]);
}

const noEntries: readonly SearchableEntry[] = [];

/** The entries ready for search, made once per list read. */
function useSearchable(list: readonly JournalEntry[] | undefined): readonly SearchableEntry[] {
  return useMemo(() => (list ? list.map(toSearchable) : noEntries), [list]);
}
