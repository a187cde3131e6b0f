import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db/useLiveQuery';

/** How many records the journal holds now, over every kind (undefined while counting). */
export function useStoredCount(): number | undefined {
  const { repos } = useServices();
  const count = useLiveQuery(async () => {
    const counts = await Promise.all([
      repos.sessions.count(),
      repos.entries.count(),
      repos.checkins.count(),
      repos.assessments.count(),
      repos.prompts.count(),
      repos.promptTasks.count(),
      repos.commitments.count(),
    ]);
    return counts.reduce((sum, n) => sum + n, 0);
  }, [repos]);
  return count.status === 'ready' ? count.value : undefined;
}
