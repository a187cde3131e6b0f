// Pure questions about check-ins.
import type { CheckIn } from './types';

/** The latest check-ins made before and after one session. */
export function sessionMoods(
  checkIns: readonly CheckIn[],
  sessionId: string,
): { before?: CheckIn; after?: CheckIn } {
  const result: { before?: CheckIn; after?: CheckIn } = {};
  for (const checkIn of checkIns) {
    if (checkIn.sessionId !== sessionId || !checkIn.moment) continue;
    const key = checkIn.moment === 'before-session' ? 'before' : 'after';
    const current = result[key];
    if (!current || checkIn.at > current.at) result[key] = checkIn;
  }
  return result;
}
