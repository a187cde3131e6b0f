import type { JSX } from 'preact';
import type { BackupPreview } from '../../import/backup';
import { countOf, dayRange, recordKindLabels } from './importLabels';

/** How a backup meets what is on the phone (product.md "Restore"). */
export type RestoreMode = 'merge' | 'replace';

const exportedFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'long',
  timeStyle: 'short',
});

/** What restoring a backup would do: counts by type, the date range, new versus present. */
export function BackupPreviewCard({
  preview,
  mode,
  onMode,
  storedCount,
}: {
  preview: BackupPreview;
  mode: RestoreMode;
  onMode: (mode: RestoreMode) => void;
  /** How many records the phone holds now (for the replace warning). */
  storedCount: number | undefined;
}): JSX.Element {
  const kinds = (Object.keys(recordKindLabels) as (keyof typeof recordKindLabels)[]).filter(
    (kind) => preview.counts[kind].total > 0,
  );
  const total = kinds.reduce((sum, kind) => sum + preview.counts[kind].total, 0);
  const range = dayRange(preview.firstDay, preview.lastDay);
  return (
    <section class="card import-preview" aria-labelledby="backup-preview-title">
      <h2 id="backup-preview-title">Waypoint backup</h2>
      <p>
        Made {exportedFormat.format(preview.exportedAt)} by Waypoint {preview.appVersion}:{' '}
        {countOf(total, 'record', 'records')}
        {range ? `, ${range}` : ''}
        {preview.settingsCount > 0
          ? `, and ${countOf(preview.settingsCount, 'setting', 'settings')}`
          : ''}
        .
      </p>
      {kinds.length > 0 ? (
        <table class="import-counts">
          <caption class="visually-hidden">What the backup holds</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">In the file</th>
              <th scope="col">New</th>
              <th scope="col">Already here</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => {
              const counts = preview.counts[kind];
              return (
                <tr key={kind} data-kind={kind}>
                  <th scope="row">{recordKindLabels[kind]}</th>
                  <td>{counts.total.toLocaleString('en-US')}</td>
                  <td>{counts.new.toLocaleString('en-US')}</td>
                  <td>
                    {counts.present.toLocaleString('en-US')}
                    {counts.newer > 0
                      ? ` (${counts.newer.toLocaleString('en-US')} newer in the file)`
                      : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>The backup holds no records.</p>
      )}
      <fieldset class="option-list">
        <legend>How to restore</legend>
        <label class="option">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => onMode('merge')}
          />
          Add what is missing (recommended): keeps everything on this phone; where both have the
          same record, the more recently changed one is kept
        </label>
        <label class="option">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => onMode('replace')}
          />
          Replace everything: this phone will hold exactly what the backup holds
        </label>
      </fieldset>
      {mode === 'replace' ? (
        <p class="card--notice" role="note">
          Replacing deletes everything now in Waypoint on this phone
          {storedCount !== undefined ? ` (${countOf(storedCount, 'record', 'records')})` : ''} that
          is not in the backup, including settings. Consider{' '}
          <a href="/settings/backup">backing up this phone</a> first.
        </p>
      ) : null}
    </section>
  );
}
