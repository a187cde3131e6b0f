import type { JSX } from 'preact';
import { entryTopic } from '../../domain/entries';
import { routeLabels } from '../../domain/labels';
import { excerptAround } from '../../domain/search';
import type { TimelineRow } from '../../domain/timeline';
import type { CheckIn } from '../../domain/types';
import { sessionLabel } from '../sessions/sessionLabels';
import { Highlighted } from './Highlighted';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An untitled entry's text after its first line (the first line is its topic). */
function afterFirstLine(body: string): string {
  const end = body.indexOf('\n');
  return end === -1 ? '' : body.slice(end + 1);
}

/** Row heights in rem: fixed per kind so the list can be windowed. */
export const rowHeightRem = (row: TimelineRow): number =>
  row.kind === 'session' ? 5.5 : row.kind === 'checkin' ? 5 : 8;

/** One timeline row: a session header or an entry card. */
export function TimelineRowView({
  row,
  query,
  partial = false,
}: {
  row: TimelineRow;
  query: string;
  /** Only the newest records are read yet: a session's item count would be short. */
  partial?: boolean;
}): JSX.Element {
  if (row.kind === 'session') {
    const { session, number } = row;
    const count = partial ? '' : row.count === 1 ? '1 item' : `${row.count} items`;
    if (!session) {
      return (
        <div class="timeline-header">
          <h2 class="timeline-header__title">Not linked to a session</h2>
          <p class="timeline-header__meta">{count}</p>
        </div>
      );
    }
    const details = [session.route ? routeLabels[session.route] : undefined, session.intentions[0]]
      .filter(Boolean)
      .join(' · ');
    return (
      <div class="timeline-header">
        <h2 class="timeline-header__title">
          <a href={`/sessions/${session.id}`}>{sessionLabel(session, number)}</a>
        </h2>
        <p class="timeline-header__meta" dir="auto">
          {details || (session.status === 'planned' ? 'Planned' : 'Completed')}
          {count ? ` · ${count}` : ''}
        </p>
      </div>
    );
  }
  if (row.kind === 'checkin') return <CheckInRow checkIn={row.checkIn} />;
  const { entry } = row;
  return (
    <a class="timeline-entry" href={`/journal/${entry.id}`}>
      <span class="timeline-entry__title" dir="auto">
        <Highlighted text={entryTopic(entry) || 'Untitled entry'} query={query} />
      </span>
      <span class="timeline-entry__preview" dir="auto">
        <Highlighted
          text={excerptAround(entry.title ? entry.body : afterFirstLine(entry.body), query)}
          query={query}
        />
      </span>
      <span class="timeline-entry__meta">
        {timeFormat.format(entry.createdAt)}
        {entry.share ? <span class="badge">Share</span> : null}
        {entry.discuss ? <span class="badge">Discuss</span> : null}
        {entry.tags.slice(0, 3).map((tag) => (
          <span class="tag" key={tag} dir="auto">
            #<Highlighted text={tag} query={query} />
          </span>
        ))}
      </span>
    </a>
  );
}

const momentLabels = {
  'before-session': 'Before the session',
  'after-session': 'After the session',
};

/** A check-in, compact: its mood, a few emotions and when. */
function CheckInRow({ checkIn }: { checkIn: CheckIn }): JSX.Element {
  return (
    <a class="timeline-entry timeline-checkin" href={`/checkin/${checkIn.id}`}>
      <span class="timeline-entry__title">
        Check-in · mood {checkIn.mood} of 10
        {checkIn.moment ? <span class="badge">{momentLabels[checkIn.moment]}</span> : null}
      </span>
      <span class="timeline-entry__meta">
        {timeFormat.format(checkIn.at)}
        {checkIn.emotions.length ? (
          <span dir="auto">{` · ${checkIn.emotions.slice(0, 4).join(', ')}`}</span>
        ) : null}
      </span>
    </a>
  );
}
