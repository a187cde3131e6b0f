import type { JSX } from 'preact';
import type { SkippedRow } from '../../import/csv';
import { countOf } from './importLabels';

/** How many of the skipped rows are listed; the rest are counted. */
const listed = 20;

/** Rows of a CSV file that will not be imported, each with its reason. */
export function SkippedRows({ rows }: { rows: readonly SkippedRow[] }): JSX.Element | null {
  if (rows.length === 0) return null;
  return (
    <section class="import-skipped" aria-labelledby="skipped-title">
      <h3 id="skipped-title">{countOf(rows.length, 'row', 'rows')} will be skipped</h3>
      <ul class="problem-list">
        {rows.slice(0, listed).map((row) => (
          <li key={row.line} dir="auto">
            {row.reason}
          </li>
        ))}
        {rows.length > listed ? <li>…and {rows.length - listed} more.</li> : null}
      </ul>
    </section>
  );
}
