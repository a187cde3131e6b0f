// The session view's part of the integration schedule: the session's commitments with how
// they went, its answered prompts, and the prompts still to come.
import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { dayToDate } from '../../domain/dates';
import type { KapSession } from '../../domain/types';
import { outcomeLabels } from './outcomes';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** Commitments, prompt answers and upcoming prompts of one session. */
export function SessionCommitments({ session }: { session: KapSession }): JSX.Element | null {
  const { repos } = useServices();
  const data = useLiveQuery(async () => {
    const [commitments, entries, tasks] = await Promise.all([
      repos.commitments.listBySession(session.id),
      repos.entries.listBySession(session.id),
      repos.promptTasks.listBySession(session.id),
    ]);
    return {
      commitments: commitments.sort((a, b) => a.createdAt - b.createdAt),
      answers: entries
        .filter((e) => e.promptId !== undefined)
        .sort((a, b) => a.createdAt - b.createdAt),
      upcoming: tasks
        .filter((t) => t.status === 'due')
        .sort((a, b) => (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : 0)),
    };
  }, [repos, session.id]);
  if (data.status === 'loading') return null;
  if (data.status === 'error') {
    return (
      <p class="problem" role="alert">
        {toStorageProblem(data.error).message}
      </p>
    );
  }
  const { commitments, answers, upcoming } = data.value;
  return (
    <section class="session-section" aria-labelledby="commitments-title">
      <h2 id="commitments-title">Commitments and prompts</h2>
      {commitments.length ? (
        <ul class="commitment-list">
          {commitments.map((c) => (
            <li key={c.id}>
              <p class="user-text" dir="auto">
                {c.text}
              </p>
              {c.followUps.length ? (
                <ul>
                  {c.followUps.map((f) => (
                    <li key={f.at}>
                      {outcomeLabels[f.outcome]} · {dayFormat.format(f.at)}
                      {f.note ? (
                        <>
                          {': '}
                          <span class="user-text" dir="auto">
                            {f.note}
                          </span>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="muted">No follow-up yet.</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">
          No commitments yet. From any journal entry, "Make this a commitment" adds one here.
        </p>
      )}
      {answers.length ? (
        <>
          <h3>Answered prompts</h3>
          <ul>
            {answers.map((entry) => (
              <li key={entry.id}>
                <a href={`/journal/${entry.id}`} dir="auto">
                  {entry.title || 'Answer to a prompt'}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {upcoming.length ? (
        <p class="muted">
          Prompts not answered yet: {upcoming.length}, the first due{' '}
          {dayFormat.format(dayToDate(upcoming[0]?.dueDay ?? session.day))}.
        </p>
      ) : null}
    </section>
  );
}
