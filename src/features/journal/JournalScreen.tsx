import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { endPerf, markPerfOnce, startPerf } from '../../app/perf';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db/useLiveQuery';
import { numberSessions } from '../../domain/phase';
import {
  buildTimeline,
  foldedCheckIn,
  type SearchableEntry,
  type TimelineFilter,
  tagsInUse,
} from '../../domain/timeline';
import type { CheckIn } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { VirtualList } from '../../ui/VirtualList';
import { sessionLabel } from '../sessions/sessionLabels';
import { rowHeightRem, TimelineRowView } from './TimelineRows';
import { useIdleFolding } from './useIdleFolding';
import { useNarrowedSearch } from './useNarrowedSearch';
import { useTimelineData } from './useTimelineData';

const noCheckIns: readonly CheckIn[] = [];
const noEntries: readonly SearchableEntry[] = [];
const entryText = (item: SearchableEntry) => item.folded;

/** Journal: every entry newest first, grouped by session, with search and filters. */
export function JournalScreen(): JSX.Element {
  const { repos } = useServices();
  const sessions = useLiveQuery(() => repos.sessions.listByDate(), [repos]);
  const timeline = useTimelineData();
  const draft = useLiveQuery(() => repos.drafts.get('entry:new'), [repos]);
  const [filter, setFilter] = useState<TimelineFilter>({});

  const searchable = timeline.status === 'loading' ? noEntries : timeline.entries;
  const sessionList = sessions.status === 'ready' ? sessions.value : [];
  const checkInList = timeline.status === 'loading' ? noCheckIns : timeline.checkIns;
  const completeFrom =
    timeline.status === 'loading' ? Number.NEGATIVE_INFINITY : timeline.completeFrom;
  const query = filter.query ?? '';
  const foundEntries = useNarrowedSearch(searchable, query, entryText);
  const foundCheckIns = useNarrowedSearch(checkInList, query, foldedCheckIn);
  const rows = useMemo(
    // The found records are the query's matches already: no second scan of their text.
    () => buildTimeline(sessionList, foundEntries, filter, foundCheckIns, completeFrom, true),
    [sessionList, foundEntries, filter, foundCheckIns, completeFrom],
  );
  const tags = useMemo(() => tagsInUse(searchable.map((s) => s.entry)), [searchable]);
  // Made once per change of sessions or tags, not at every keystroke of a search: each session
  // label formats a date, and a keystroke has 50 ms on a slow phone.
  const sessionOptions = useMemo(() => {
    const numbers = numberSessions(sessionList);
    return sessionList.map((session) => (
      <option value={session.id} key={session.id}>
        {sessionLabel(session, numbers.get(session.id))}
      </option>
    ));
  }, [sessionList]);
  const tagOptions = useMemo(
    () =>
      tags.map((tag) => (
        <option value={tag} key={tag}>
          {tag}
        </option>
      )),
    [tags],
  );
  const loading = sessions.status === 'loading' || timeline.status === 'loading';
  // The first window holds the newest records only: counts wait for the full read.
  const partial = timeline.status === 'window';
  const anything = searchable.length > 0 || checkInList.length > 0;
  const matchCount = rows.filter((row) => row.kind === 'entry').length;
  // Bench moments (Preact runs effects just after the frame that painted the commit): the first
  // window of timeline rows painted with data since navigation start, and a search's results.
  const timelineShown = !loading && rows.length > 0;
  useEffect(() => (timelineShown ? markPerfOnce('timeline-ready') : undefined), [timelineShown]);
  useEffect(() => endPerf('search'), [rows]);
  useIdleFolding(timelineShown, searchable, checkInList);

  return (
    <Screen title="Journal">
      <div class="actions">
        <a class="button button--primary" href="/journal/new">
          New entry
        </a>
        <a class="button" href="/prompts">
          Prompt library
        </a>
      </div>
      {draft.status === 'ready' && draft.value ? (
        <p class="card card--notice">
          You have an unsaved entry. <a href="/journal/new">Continue writing</a>
        </p>
      ) : null}
      <search class="journal-search">
        <label class="field">
          <span class="field__label">Search entries</span>
          <input
            class="input"
            type="search"
            value={query}
            onInput={(e) => {
              startPerf('search', e.timeStamp);
              setFilter({ ...filter, query: e.currentTarget.value });
            }}
          />
        </label>
        <div class="filters">
          <label class="field">
            <span class="field__label">Session</span>
            <select
              class="input"
              value={filter.sessionId ?? ''}
              onChange={(e) =>
                setFilter({ ...filter, sessionId: e.currentTarget.value || undefined })
              }
            >
              <option value="">All sessions</option>
              {sessionOptions}
              <option value="none">Not linked</option>
            </select>
          </label>
          <label class="field">
            <span class="field__label">Tag</span>
            <select
              class="input"
              value={filter.tag ?? ''}
              onChange={(e) => setFilter({ ...filter, tag: e.currentTarget.value || undefined })}
            >
              <option value="">All tags</option>
              {tagOptions}
            </select>
          </label>
          <label class="field">
            <span class="field__label">Marked</span>
            <select
              class="input"
              value={filter.flag ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setFilter({
                  ...filter,
                  flag: value === 'share' || value === 'discuss' ? value : undefined,
                });
              }}
            >
              <option value="">Everything</option>
              <option value="share">To share</option>
              <option value="discuss">To discuss</option>
            </select>
          </label>
        </div>
      </search>
      {query.trim() ? (
        <p class="muted" role="status">
          {partial
            ? 'Searching every entry…'
            : matchCount === 1
              ? '1 entry matches.'
              : `${matchCount} entries match.`}
        </p>
      ) : null}
      {loading ? null : rows.length === 0 ? (
        <EmptyState title={anything ? 'Nothing matches' : 'No entries yet'}>
          <p>
            {anything
              ? 'Try other words or clear the filters.'
              : 'What you write before and after each session is kept here, only on this phone.'}
          </p>
        </EmptyState>
      ) : (
        <VirtualList
          items={rows}
          heightRem={rowHeightRem}
          rowKey={(row) => row.key}
          label="Timeline"
          renderRow={(row) => <TimelineRowView row={row} query={query} partial={partial} />}
        />
      )}
    </Screen>
  );
}
