// One line on Today when a questionnaire is due. On the first-load path: keep it tiny.
import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db/useLiveQuery';
import { suggestedInstruments, toFocusAreas } from '../../domain/focusAreas';
import type { SessionTiming } from '../../domain/phase';
import {
  cadenceFor,
  instrumentNames,
  suggestQuestionnaire,
} from '../../domain/questionnaires/suggestions';

const why = {
  baseline: 'a starting point before your first session',
  'before-session': 'before your next session',
  weekly: 'your weekly look at how things are going',
} as const;

/** "PHQ-9 questionnaire: before your next session", or a plain link when nothing is due. */
export function SuggestionLine({ sessions }: { sessions: readonly SessionTiming[] }): JSX.Element {
  const { repos, now } = useServices();
  const past = useLiveQuery(
    async () => ({
      assessments: await repos.assessments.all(),
      cadence: cadenceFor(
        await repos.settings.get('questionnaireCadence'),
        suggestedInstruments(toFocusAreas(await repos.settings.get('focusAreas'))),
      ),
    }),
    [repos],
  );
  const due =
    past.status === 'ready'
      ? suggestQuestionnaire(sessions, past.value.assessments, now(), past.value.cadence)
      : undefined;
  return (
    <p class="link-row">
      {due ? (
        <a href={`/questionnaires/${due.instrument}`}>
          {instrumentNames[due.instrument]} questionnaire: {why[due.reason]}
        </a>
      ) : (
        <a href="/questionnaires">Questionnaires</a>
      )}
    </p>
  );
}
