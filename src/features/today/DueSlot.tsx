// Today's due list (prompts, follow-ups, suggestions) is loaded after first paint, and only
// when something could be due: prompt tasks come from sessions, follow-ups from commitments.
// A new user's first visit therefore loads none of it (the prompt library and the answer forms
// stay off Today's first load); the plain link to the questionnaires stands in for it.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db/useLiveQuery';
import type { KapSession } from '../../domain/types';

type DueList = typeof import('../due/DueList').DueList;

/** The due list, once there is anything that could be due. */
export function DueSlot({ sessions }: { sessions: readonly KapSession[] }): JSX.Element | null {
  const { repos } = useServices();
  const [List, setList] = useState<DueList>();
  const [failed, setFailed] = useState(false);
  const records = useLiveQuery(
    async () => (await repos.promptTasks.count()) + (await repos.commitments.count()),
    [repos],
  );
  const needed = sessions.length > 0 || (records.status === 'ready' && records.value > 0);
  useEffect(() => {
    if (!needed || List) return;
    let live = true;
    import('../due/DueList').then(
      (m) => live && setList(() => m.DueList),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, List]);
  if (failed) {
    return (
      <p class="problem" role="alert">
        What is due today could not be loaded. Reload the page; your journal is safe.
      </p>
    );
  }
  if (List) return <List sessions={sessions} />;
  if (needed || records.status === 'loading') return null;
  return (
    <p class="link-row">
      <a href="/questionnaires">Questionnaires</a>
    </p>
  );
}
