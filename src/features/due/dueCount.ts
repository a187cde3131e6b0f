// The number of items due on a day, for the app badge: prompt tasks and commitment follow-ups.
// Kept apart from dueItems.ts so the badge never loads the prompt library.
import type { Repositories } from '../../db/repositories';
import { dueFollowUps } from '../../domain/commitments';
import type { DayString } from '../../domain/types';

/** How many items are due on a day (what the badge and title show). */
export async function countDue(repos: Repositories, today: DayString): Promise<number> {
  const [tasks, commitments, sessions] = await Promise.all([
    repos.promptTasks.listDueBy(today),
    repos.commitments.all(),
    repos.sessions.listByDate(),
  ]);
  return tasks.length + dueFollowUps(commitments, sessions, today).length;
}
