import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import {
  instrumentOrder,
  pcl5ThresholdNote,
  questionnaires,
} from '../../domain/questionnaires/scoring';
import type { Assessment } from '../../domain/types';
import { Screen } from '../../ui/Screen';
import './questionnaires.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The questionnaires: what each measures, start or continue one, and past results. */
export function QuestionnairesScreen(): JSX.Element {
  const { repos } = useServices();
  const assessments = useLiveQuery(() => repos.assessments.all(), [repos]);
  const list = assessments.status === 'ready' ? assessments.value : [];
  const history = list.filter((a) => a.complete).sort((a, b) => b.at - a.at);
  const unfinished = (instrument: Assessment['instrument']) =>
    list.find((a) => !a.complete && a.instrument === instrument);

  return (
    <Screen
      title="Questionnaires"
      lead="Short, standard questionnaires many clinics use to follow how the weeks go. Your answers stay on this phone."
    >
      {assessments.status === 'error' ? (
        <p class="problem" role="alert">
          {toStorageProblem(assessments.error).message}
        </p>
      ) : null}
      {instrumentOrder.map((instrument) => {
        const definition = questionnaires[instrument];
        const open = unfinished(instrument);
        const answered = open?.answers.filter((a) => a !== null).length ?? 0;
        return (
          <section class="card" key={instrument} aria-labelledby={`q-${instrument}`}>
            <h2 id={`q-${instrument}`}>{definition.name}</h2>
            <p>{definition.measures}</p>
            <p class="muted">
              {definition.items.length} questions, about {Math.ceil(definition.items.length / 4)}{' '}
              {definition.items.length > 4 ? 'minutes' : 'minute'}.
            </p>
            <a
              class="button button--primary"
              href={`/questionnaires/${instrument}`}
              aria-label={`${open ? 'Continue' : 'Start'} ${definition.name}`}
            >
              {open ? `Continue (${answered} answered)` : 'Start'}
            </a>
          </section>
        );
      })}
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">Your results</h2>
        {assessments.status === 'ready' && history.length === 0 ? (
          <p class="muted">Nothing yet. Results appear here once you finish a questionnaire.</p>
        ) : (
          <ul class="history" aria-label="Past results, newest first">
            {history.map((assessment) => (
              <li key={assessment.id}>
                <span>
                  <strong>{questionnaires[assessment.instrument].name}</strong>{' '}
                  <span class="muted">{dateFormat.format(assessment.at)}</span>
                </span>
                <span>
                  {assessment.total ?? '–'}
                  {assessment.band ? <span class="badge">{assessment.band}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
        {history.some((a) => a.instrument === 'pcl5') ? (
          <p class="muted">PCL-5: {pcl5ThresholdNote}</p>
        ) : null}
      </section>
      <p class="muted">
        These are screens, not a diagnosis. Talk over any result with your clinician. If you are
        struggling right now, these <a href="/crisis">crisis resources</a> are there for you.
      </p>
    </Screen>
  );
}
