import type { JSX } from 'preact';
import { countOf } from './importLabels';

/** After an import: what changed, and where to find it. */
export function ImportDone({
  added,
  updated,
  removed,
  onAnother,
}: {
  added: number;
  updated: number;
  removed: number;
  onAnother: () => void;
}): JSX.Element {
  return (
    <section class="card" aria-labelledby="import-done-title">
      <h2 id="import-done-title">Import finished</h2>
      <p data-testid="import-result">{summary(added, updated, removed)}</p>
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

/** "3 records added, 1 record updated, 2 records removed." */
function summary(added: number, updated: number, removed: number): string {
  if (added + updated + removed === 0) {
    return 'Nothing new: everything in the file was already here.';
  }
  const parts = [
    `${countOf(added, 'record', 'records')} added`,
    updated > 0 ? `${countOf(updated, 'record', 'records')} updated` : '',
    removed > 0 ? `${countOf(removed, 'record', 'records')} removed` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}
