import type { JSX } from 'preact';
import { countOf } from './importLabels';

/** After an import: what changed, and where to find it. */
export function ImportDone({
  added,
  updated,
  onAnother,
}: {
  added: number;
  updated: number;
  onAnother: () => void;
}): JSX.Element {
  return (
    <section class="card" aria-labelledby="import-done-title">
      <h2 id="import-done-title">Import finished</h2>
      <p data-testid="import-result">
        {added + updated === 0
          ? 'Nothing new: everything in the file was already here.'
          : `${countOf(added, 'record', 'records')} added${updated > 0 ? `, ${countOf(updated, 'record', 'records')} updated` : ''}.`}
      </p>
      <p class="link-row">
        <a href="/journal">Open the journal</a>
      </p>
      <p class="link-row">
        <a href="/sessions">See your sessions</a>
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  );
}
