import type { JSX } from 'preact';
import { dayToDate } from '../../domain/dates';
import { routeLabels } from '../../domain/labels';
import type { AfterflowPreview } from '../../import/afterflow';
import { ImportCounts } from './ImportCounts';
import { SkippedRows } from './SkippedRows';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** An Afterflow export: its ketamine sessions, their moods and reflections, and what is skipped. */
export function AfterflowPreviewCard({
  preview,
  skipDuplicates,
  onSkipDuplicates,
}: {
  preview: AfterflowPreview;
  skipDuplicates: boolean;
  onSkipDuplicates: (skip: boolean) => void;
}): JSX.Element {
  const newSessions = preview.sessions.filter((s) => !s.present).length;
  return (
    <section class="card import-preview" aria-labelledby="afterflow-preview-title">
      <h2 id="afterflow-preview-title">Afterflow export</h2>
      <ImportCounts
        rows={[
          [
            'Completed sessions',
            {
              total: preview.sessions.length,
              new: newSessions,
              present: preview.sessions.length - newSessions,
            },
          ],
          ['Mood check-ins (before and after)', preview.checkins],
          ['Journal entries (reflections)', preview.entries],
        ]}
        firstDay={preview.firstDay}
        lastDay={preview.lastDay}
      />
      {preview.sessions.length > 0 ? (
        <ul class="import-sessions" aria-label="Sessions in the file">
          {preview.sessions.map((session) => (
            <li key={session.id}>
              <strong>{dayFormat.format(dayToDate(session.day))}</strong>,{' '}
              {routeLabels[session.route]}
              {session.intention ? (
                <>
                  : <span dir="auto">“{session.intention}”</span>
                </>
              ) : null}
              {session.present ? <span class="muted"> (already here)</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {preview.duplicates.length > 0 ? (
        <section class="import-duplicates" aria-labelledby="duplicates-title">
          <h3 id="duplicates-title">Possibly logged here already</h3>
          <ul>
            {preview.duplicates.map((duplicate) => (
              <li key={duplicate.importedId}>
                {dayFormat.format(dayToDate(duplicate.day))}: you logged a session on this day in
                Waypoint.
              </li>
            ))}
          </ul>
          <label class="option">
            <input
              type="checkbox"
              checked={skipDuplicates}
              onChange={(e) => onSkipDuplicates(e.currentTarget.checked)}
            />
            Don't add these sessions again; add their moods and reflections to the sessions already
            here
          </label>
        </section>
      ) : null}
      <SkippedRows rows={preview.skipped} />
    </section>
  );
}
