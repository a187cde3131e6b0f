// Everything Insights reads, in one live query: sessions, check-ins and questionnaires.
import { useServices } from '../../app/services';
import { type LiveResult, useLiveQuery } from '../../db/useLiveQuery';
import type { Assessment, CheckIn, KapSession } from '../../domain/types';

/** The records Insights works from. */
export interface InsightsData {
  readonly sessions: readonly KapSession[];
  readonly checkins: readonly CheckIn[];
  readonly assessments: readonly Assessment[];
}

/** Reads the records and keeps them current. */
export function useInsightsData(): LiveResult<InsightsData> {
  const { repos } = useServices();
  return useLiveQuery(async () => {
    const [sessions, checkins, assessments] = await Promise.all([
      repos.sessions.listByDate(),
      repos.checkins.all(),
      repos.assessments.all(),
    ]);
    return { sessions, checkins, assessments };
  }, [repos]);
}

const windowKey = 'waypoint.insights.windowDays';

/** The "days either side" setting, kept on this device (1 to 7, 3 unless changed). */
export function readWindowDays(): number {
  try {
    const value = Number(localStorage.getItem(windowKey));
    return Number.isInteger(value) && value >= 1 && value <= 7 ? value : 3;
  } catch {
    return 3;
  }
}

/** Saves the "days either side" setting. */
export function saveWindowDays(days: number): void {
  try {
    localStorage.setItem(windowKey, String(days));
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts until the screen closes.
  }
}
