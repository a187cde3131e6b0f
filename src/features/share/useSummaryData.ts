// Everything a summary is built from, in one live read, plus when the last one was shared.
import { useServices } from '../../app/services';
import { type LiveResult, useLiveQuery } from '../../db/useLiveQuery';
import type { SummaryData } from '../../domain/summary/types';

/** The records and the last-shared time. */
export interface ShareData extends SummaryData {
  readonly lastSharedAt: number | undefined;
}

/** Reads every record a summary may use and keeps them current. */
export function useSummaryData(): LiveResult<ShareData> {
  const { repos } = useServices();
  return useLiveQuery(async () => {
    const [sessions, entries, checkins, assessments, commitments, lastSharedAt] = await Promise.all(
      [
        repos.sessions.listByDate(),
        repos.entries.all(),
        repos.checkins.all(),
        repos.assessments.all(),
        repos.commitments.all(),
        repos.settings.get('lastSummarySharedAt'),
      ],
    );
    return { sessions, entries, checkins, assessments, commitments, lastSharedAt };
  }, [repos]);
}
