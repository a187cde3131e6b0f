// One questionnaire, one question per screen. Every answer is kept at once as an unfinished
// Assessment (complete: false), so leaving and coming back carries on where the user was.
// SAFETY: when PHQ-9 item 9 is answered above 0, the crisis resources are shown in full before
// anything else (the next question, the score); only "I'm safe right now" goes on. Coming back
// to an unfinished PHQ-9 past that answer shows them again.
import type { JSX, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScreenProps } from '../../app/routes';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { callHref } from '../../domain/crisis';
import { toDay } from '../../domain/dates';
import {
  answerCount,
  isInstrument,
  needsSafetyResponse,
  pcl5ThresholdNote,
  phq9SafetyItem,
  questionnaires,
  scoreAnswers,
} from '../../domain/questionnaires/scoring';
import type { Assessment, Instrument } from '../../domain/types';
import { Screen } from '../../ui/Screen';
import { CrisisResourceList, useCrisisResources } from '../crisis/CrisisResourceList';
import './questionnaires.css';

/** /questionnaires/:instrument */
export function QuestionnaireScreen({ params }: ScreenProps): JSX.Element {
  const instrument = params.instrument ?? '';
  if (!isInstrument(instrument)) {
    return (
      <Screen title="Questionnaire not found">
        <p>There is no questionnaire at this address.</p>
        <a class="button" href="/questionnaires">
          All questionnaires
        </a>
      </Screen>
    );
  }
  return <Questionnaire key={instrument} instrument={instrument} />;
}

type Step =
  | { readonly kind: 'question'; readonly index: number }
  | { readonly kind: 'safety'; readonly next: number }
  | { readonly kind: 'result'; readonly saved: Assessment };

type Answers = readonly (number | null)[];

/** Where to carry on with answers kept from before. */
function resumeStep(instrument: Instrument, answers: Answers): Step {
  const gap = answers.indexOf(null);
  const index = gap === -1 ? answers.length - 1 : gap;
  if (needsSafetyResponse(instrument, answers) && index > phq9SafetyItem) {
    return { kind: 'safety', next: index };
  }
  return { kind: 'question', index };
}

function Questionnaire({ instrument }: { instrument: Instrument }): JSX.Element {
  const { repos, now } = useServices();
  const definition = questionnaires[instrument];
  const count = answerCount(instrument);
  const [answers, setAnswers] = useState<Answers>();
  const [step, setStep] = useState<Step>();
  const [resumedFrom, setResumedFrom] = useState<number>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const recordId = useRef<string>();
  const writes = useRef<Promise<void>>(Promise.resolve());
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    let cancelled = false;
    repos.assessments.all().then(
      (all) => {
        if (cancelled) return;
        const open = all
          .filter((a) => !a.complete && a.instrument === instrument)
          .sort((a, b) => b.updatedAt - a.updatedAt)[0];
        const start = Array.from({ length: count }, (_, i) => open?.answers[i] ?? null);
        recordId.current = open?.id;
        if (open) setResumedFrom(open.createdAt);
        setAnswers(start);
        setStep(open ? resumeStep(instrument, start) : { kind: 'question', index: 0 });
      },
      (error: unknown) => {
        if (cancelled) return;
        setProblem(toStorageProblem(error).message);
        setAnswers(Array(count).fill(null));
        setStep({ kind: 'question', index: 0 });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repos, instrument, count]);

  // Each new step moves focus to its heading so screen readers read it; not on arrival, when
  // the screen's own heading has focus.
  useEffect(() => {
    if (!step) return;
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
    window.scrollTo(0, 0);
  }, [step]);

  /** Keeps the answers so far, one write after another. */
  function keep(next: Answers): void {
    writes.current = writes.current.then(async () => {
      try {
        if (recordId.current) {
          await repos.assessments.update(recordId.current, { answers: next });
        } else {
          const at = now();
          const created = await repos.assessments.create({
            at,
            day: toDay(at),
            sessionId: await repos.sessions.linkFor(at),
            sessionLink: 'auto',
            instrument,
            answers: next,
            complete: false,
          });
          recordId.current = created.id;
        }
        setProblem(undefined);
      } catch (error) {
        setProblem(toStorageProblem(error).message);
      }
    });
  }

  function choose(index: number, value: number): void {
    if (!answers) return;
    const next = answers.map((a, i) => (i === index ? value : a));
    setAnswers(next);
    keep(next);
  }

  async function finish(final: Answers): Promise<void> {
    const score = scoreAnswers(instrument, final);
    if (!score) {
      const gap = final.indexOf(null);
      setStep({ kind: 'question', index: Math.max(0, gap) });
      return;
    }
    setBusy(true);
    try {
      await writes.current;
      const at = now();
      const fields = {
        at,
        day: toDay(at),
        sessionId: await repos.sessions.linkFor(at),
        sessionLink: 'auto' as const,
        instrument,
        answers: final,
        total: score.total,
        band: score.band.label,
        complete: true,
      };
      const saved = recordId.current
        ? await repos.assessments.update(recordId.current, fields)
        : await repos.assessments.create(fields);
      recordId.current = undefined;
      setProblem(undefined);
      setStep({ kind: 'result', saved });
    } catch (error) {
      setProblem(toStorageProblem(error).message);
    } finally {
      setBusy(false);
    }
  }

  function goOn(index: number): void {
    if (!answers) return;
    const scored = index < definition.items.length;
    if (scored && answers[index] === null) {
      setProblem('Choose an answer to go on.');
      return;
    }
    setProblem(undefined);
    if (index === phq9SafetyItem && needsSafetyResponse(instrument, answers)) {
      setStep({ kind: 'safety', next: index + 1 });
    } else if (index + 1 < count) {
      setStep({ kind: 'question', index: index + 1 });
    } else {
      void finish(answers);
    }
  }

  async function startOver(): Promise<void> {
    await writes.current;
    const id = recordId.current;
    recordId.current = undefined;
    if (id) await repos.assessments.remove(id).catch(() => undefined);
    setResumedFrom(undefined);
    setAnswers(Array(count).fill(null));
    setStep({ kind: 'question', index: 0 });
  }

  return (
    <Screen title={definition.name} lead={definition.fullName}>
      {!answers || !step ? null : step.kind === 'safety' ? (
        <SafetyResponse
          headingRef={stepHeading}
          onSafe={() =>
            step.next < count
              ? setStep({ kind: 'question', index: step.next })
              : void finish(answers)
          }
        />
      ) : step.kind === 'result' ? (
        <Result headingRef={stepHeading} assessment={step.saved} />
      ) : (
        <form
          class="question"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            goOn(step.index);
          }}
        >
          {resumedFrom && step.index > 0 ? (
            <div class="card card--notice" role="status">
              <p>
                Carrying on where you left off, with the answers you gave on{' '}
                {new Date(resumedFrom).toLocaleDateString()}.
              </p>
              <button type="button" class="button" onClick={() => void startOver()}>
                Start over
              </button>
            </div>
          ) : null}
          {/* Keyed by question: reused radios that change group lose their checked state. */}
          <QuestionStep
            key={step.index}
            headingRef={stepHeading}
            instrument={instrument}
            index={step.index}
            answer={answers[step.index] ?? null}
            onChoose={(value) => choose(step.index, value)}
          />
          {problem ? (
            <p class="problem" role="alert">
              {problem}
            </p>
          ) : null}
          <div class="actions question__nav">
            {step.index > 0 ? (
              <button
                type="button"
                class="button"
                onClick={() => {
                  setProblem(undefined);
                  setStep({ kind: 'question', index: step.index - 1 });
                }}
              >
                Back
              </button>
            ) : (
              <a class="button" href="/questionnaires">
                Not now
              </a>
            )}
            <button type="submit" class="button button--primary" disabled={busy}>
              {step.index + 1 < count ? 'Next' : busy ? 'Saving…' : 'See my result'}
            </button>
          </div>
        </form>
      )}
      {problem && step?.kind !== 'question' ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
    </Screen>
  );
}

function QuestionStep({
  headingRef,
  instrument,
  index,
  answer,
  onChoose,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  instrument: Instrument;
  index: number;
  answer: number | null;
  onChoose: (value: number) => void;
}): JSX.Element {
  const definition = questionnaires[instrument];
  const count = answerCount(instrument);
  const scored = index < definition.items.length;
  const text = scored ? definition.items[index] : definition.unscored?.question;
  const options = scored ? definition.options : (definition.unscored?.options ?? []);
  return (
    <>
      <h2 class="question__progress" tabIndex={-1} ref={headingRef}>
        Question {index + 1} of {count}
      </h2>
      {scored ? (
        <p>
          {definition.instructions}
          {definition.stem ? ` ${definition.stem}` : null}
        </p>
      ) : (
        <p class="muted">This last question is not part of the score. You can leave it blank.</p>
      )}
      <fieldset class="option-list">
        <legend class="question__item">{text}</legend>
        {options.map((option) => (
          <label class="option option--large" key={option.value}>
            <input
              type="radio"
              name={`answer-${index}`}
              value={option.value}
              checked={answer === option.value}
              onChange={() => onChoose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}

function SafetyResponse({
  headingRef,
  onSafe,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  onSafe: () => void;
}): JSX.Element {
  const resources = useCrisisResources();
  const first = resources.find((r) => callHref(r));
  const firstCall = first ? callHref(first) : undefined;
  return (
    <>
      <section class="card card--notice safety" aria-labelledby="safety-title">
        <h2 id="safety-title" tabIndex={-1} ref={headingRef}>
          Before you go on: you do not have to carry this alone
        </h2>
        <p>
          You answered that you have had thoughts that you would be better off dead, or of hurting
          yourself. Thank you for being honest. You deserve support with this now.
        </p>
        <p>
          <strong>No one monitors Waypoint.</strong> Not the app makers and not your clinic: no one
          will see this answer, so please reach out to a person directly.
        </p>
        <p>
          If you might act on these thoughts, or you are in danger, call your local emergency number
          now.
        </p>
        {first && firstCall ? (
          <div class="actions">
            <a class="button button--primary" href={firstCall}>
              Get help now: call {first.phoneLabel ?? first.phone}
            </a>
          </div>
        ) : null}
      </section>
      <CrisisResourceList resources={resources} titleId="safety-resources-title" />
      <div class="actions">
        <button type="button" class="button button--primary" onClick={onSafe}>
          I'm safe right now
        </button>
      </div>
      <p class="muted">
        You can open these numbers again at any time with "Get help" at the top of every screen.
      </p>
    </>
  );
}

function Result({
  headingRef,
  assessment,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  assessment: Assessment;
}): JSX.Element {
  const { instrument, answers } = assessment;
  const definition = questionnaires[instrument];
  const score = scoreAnswers(instrument, answers);
  if (!score) return <p class="problem">These answers are incomplete.</p>;
  return (
    <>
      <section class="card" aria-labelledby="result-title">
        <h2 id="result-title" tabIndex={-1} ref={headingRef}>
          Your result
        </h2>
        <p class="result__total">
          {score.total} <span class="muted">of {score.max}</span>
        </p>
        <p>
          <span class="badge">{score.band.label}</span>
        </p>
        <p>{score.band.meaning}</p>
        {score.clusters ? (
          <>
            <p>{pcl5ThresholdNote}</p>
            <h3>By group of questions</h3>
            <ul class="history">
              {score.clusters.map((cluster) => (
                <li key={cluster.key}>
                  <span>
                    {cluster.name}{' '}
                    <span class="muted">
                      (questions {cluster.items[0]}–{cluster.items[1]})
                    </span>
                  </span>
                  <span>
                    {cluster.total} of {cluster.max}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="muted">
          This is a screen, not a diagnosis. It is saved on this phone; you choose whether to share
          it with your clinician.
        </p>
      </section>
      {needsSafetyResponse(instrument, answers) ? (
        <section class="card card--notice" aria-labelledby="result-safety-title">
          <h2 id="result-safety-title">Support is there for you</h2>
          <p>
            You told us about thoughts of hurting yourself or being better off dead. Please tell
            your therapist or clinician, and reach out to someone today.
          </p>
          <a class="button button--primary" href="/crisis">
            Get help now
          </a>
        </section>
      ) : null}
      <div class="actions">
        <a class="button" href="/questionnaires">
          All questionnaires
        </a>
        <a class="button" href="/">
          Back to Today
        </a>
      </div>
      <p class="muted">{definition.source}</p>
    </>
  );
}
