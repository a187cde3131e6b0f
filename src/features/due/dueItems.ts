// What is due on a day, read from the repositories: prompt tasks and commitment follow-ups
// (counted by the app badge), plus what the suggestions need. Oldest first, per product.md.
import type { Repositories } from '../../db/repositories';
import { type DueFollowUp, dueFollowUps } from '../../domain/commitments';
import { builtInPrompt } from '../../domain/prompts/library';
import { dueItems } from '../../domain/prompts/schedule';
import type { DayString, KapSession, PromptTask } from '../../domain/types';

/** A due prompt with what its row shows. */
export interface DuePrompt {
  readonly task: PromptTask;
  /** The prompt's words; undefined when the prompt no longer exists. */
  readonly text: string | undefined;
  readonly revisitsIntentions: boolean;
}

/** Everything due on a day. */
export interface DueToday {
  readonly prompts: readonly DuePrompt[];
  readonly followUps: readonly DueFollowUp[];
  readonly sessions: readonly KapSession[];
  /** Ids of kept drafts, so a half-typed answer opens where it was left. */
  readonly draftIds: ReadonlySet<string>;
}

/** The due prompt tasks and follow-ups of `today`, with the sessions they belong to. */
export async function readDue(repos: Repositories, today: DayString): Promise<DueToday> {
  const [tasks, commitments, sessions, custom, drafts] = await Promise.all([
    repos.promptTasks.listDueBy(today),
    repos.commitments.all(),
    repos.sessions.listByDate(),
    repos.prompts.all(),
    repos.drafts.list(),
  ]);
  const customText = new Map(custom.map((p) => [p.id, p.text]));
  const prompts = dueItems(tasks, today).map((task) => {
    const builtIn = builtInPrompt(task.promptId);
    return {
      task,
      text: builtIn?.text ?? customText.get(task.promptId),
      revisitsIntentions: builtIn?.revisitsIntentions === true,
    };
  });
  return {
    prompts,
    followUps: dueFollowUps(commitments, sessions, today),
    sessions,
    draftIds: new Set(drafts.map((d) => d.id)),
  };
}
