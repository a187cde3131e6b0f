// Today's due list, loaded after first paint: prompts of the integration schedule, commitment
// follow-ups (oldest first), then the suggested check-in and questionnaire. Each item is a
// form of its own (with a draft). Prompts are few by design (the integration window), but
// follow-ups gather over years of commitments, so only the first few are shown and the rest on
// request: dozens of forms would make every visit to Today slow and long.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { toDay } from '../../domain/dates';
import type { KapSession } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { readDue } from './dueItems';
import { FollowUpRow } from './FollowUpRow';
import { answerDraftId, PromptRow } from './PromptRow';
import { CheckInSuggestion, QuestionnaireSuggestion, useSuggestions } from './SuggestionRows';
import './due.css';

/** Follow-ups shown before "Show … more". */
export const followUpsShownAtFirst = 5;

/** What is due today, each answerable in place. */
export function DueList({ sessions }: { sessions: readonly KapSession[] }): JSX.Element | null {
  const { repos, now } = useServices();
  const today = toDay(now());
  const due = useLiveQuery(() => readDue(repos, today), [repos, today]);
  const suggestions = useSuggestions(sessions, today);
  const [showAll, setShowAll] = useState(false);
  if (due.status === 'error') {
    return (
      <p class="problem" role="alert">
        {toStorageProblem(due.error).message}
      </p>
    );
  }
  if (due.status === 'loading' || !suggestions) return null;
  const { draftIds, prompts } = due.value;
  const count = prompts.length + due.value.followUps.length;
  const followUps = showAll
    ? due.value.followUps
    : due.value.followUps.slice(0, followUpsShownAtFirst);
  const hidden = due.value.followUps.length - followUps.length;
  const empty = count === 0 && !suggestions.checkIn && !suggestions.questionnaire;
  return (
    <section class="due" aria-labelledby="due-title">
      <h2 id="due-title">{count ? `Due today (${count})` : 'Due today'}</h2>
      {empty ? (
        <EmptyState title="Nothing due today">
          <p>Reflection prompts and commitment follow-ups appear here on the days they are due.</p>
        </EmptyState>
      ) : (
        <ul class="due__list">
          {prompts.map((item) => (
            <PromptRow
              key={item.task.id}
              item={item}
              sessions={due.value.sessions}
              hasDraft={draftIds.has(answerDraftId(item.task.id))}
            />
          ))}
          {followUps.map((item) => (
            <FollowUpRow key={item.commitment.id} due={item} sessions={due.value.sessions} />
          ))}
          {hidden > 0 ? (
            <li class="due__more">
              <button type="button" class="button" onClick={() => setShowAll(true)}>
                {hidden === 1 ? 'Show 1 more follow-up' : `Show ${hidden} more follow-ups`}
              </button>
            </li>
          ) : null}
          {suggestions.checkIn ? <CheckInSuggestion today={today} /> : null}
          {suggestions.questionnaire ? (
            <QuestionnaireSuggestion suggestion={suggestions.questionnaire} today={today} />
          ) : null}
        </ul>
      )}
      {suggestions.questionnaire ? null : (
        <p class="link-row">
          <a href="/questionnaires">Questionnaires</a>
        </p>
      )}
    </section>
  );
}
