import type { JSX } from 'preact';
import { countOf, dayRange } from './importLabels';

/** New versus already present, for one kind of record. */
export interface NewAndPresent {
  readonly total: number;
  readonly new: number;
  readonly present: number;
}

/** "4 check-ins: 3 new, 1 already here", one line per kind, and the date range. */
export function ImportCounts({
  rows,
  firstDay,
  lastDay,
}: {
  rows: readonly (readonly [string, NewAndPresent])[];
  firstDay: string | undefined;
  lastDay: string | undefined;
}): JSX.Element {
  const range = dayRange(firstDay, lastDay);
  return (
    <>
      {range ? <p>From {range}.</p> : null}
      <ul class="import-counts-list">
        {rows
          .filter(([, counts]) => counts.total > 0)
          .map(([label, counts]) => (
            <li key={label}>
              {label}: {counts.total.toLocaleString('en-US')}
              {' ('}
              {countOf(counts.new, 'new', 'new')}
              {counts.present > 0 ? `, ${counts.present.toLocaleString('en-US')} already here` : ''}
              )
            </li>
          ))}
      </ul>
    </>
  );
}
