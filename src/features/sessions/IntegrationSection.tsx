import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { daysBetween } from '../../domain/dates';
import { entryTopic } from '../../domain/entries';
import type { KapSession } from '../../domain/types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where an entry's day lies relative to the session's: "Session day", "Day 3 after". */
export function relativeDay(sessionDay: string, entryDay: string): string {
  const days = daysBetween(sessionDay, entryDay);
  if (days === 0) return 'Session day';
  if (days > 0) return `Day ${days} after`;
  return days === -1 ? 'The day before' : `${-days} days before`;
}

/** Every journal entry linked to the session, oldest first, and a way to write another. */
export function IntegrationSection({ session }: { session: KapSession }): JSX.Element {
  const { repos } = useServices();
  const entries = useLiveQuery(() => repos.entries.listBySession(session.id), [repos, session.id]);
  const list =
    entries.status === 'ready' ? [...entries.value].sort((a, b) => a.createdAt - b.createdAt) : [];
  const integrating = session.status === 'completed';
  return (
    <section class="session-section" aria-labelledby="integration-title">
      <h2 id="integration-title">{integrating ? 'Integration' : 'Journal'}</h2>
      {entries.status === 'error' ? (
        <p class="problem" role="alert">
          {toStorageProblem(entries.error).message}
        </p>
      ) : null}
      {entries.status === 'ready' && !list.length ? (
        <p class="muted">
          {integrating
            ? 'What you write in the days after this session will gather here.'
            : 'What you write while getting ready for this session will gather here.'}
        </p>
      ) : null}
      {list.length ? (
        <ol class="integration-list">
          {list.map((entry) => (
            <li key={entry.id}>
              <a class="integration-entry" href={`/journal/${entry.id}`}>
                <span class="integration-entry__when">
                  {relativeDay(session.day, entry.day)} · {dateFormat.format(entry.createdAt)}
                </span>
                <span class="integration-entry__topic" dir="auto">
                  {entryTopic(entry) || 'Untitled entry'}
                </span>
              </a>
            </li>
          ))}
        </ol>
      ) : null}
      <a class="button" href={`/journal/new?session=${session.id}`}>
        Write about this session
      </a>
    </section>
  );
}
