// Which questionnaire to suggest, and why, at a moment. Pure (the moment is an argument) and
// small: Today imports it, so it must not pull in the questionnaire texts.
// Cadence clinics use (product.md): a baseline before session 1, one before each next
// session, and weekly in between.
// - Baseline: preparing for session 1 (no completed session, one planned ahead) and no
//   answer to that questionnaire in the last `everyDays` days.
// - Before a session: within `beforeDays` days before a planned session that is not the first
//   (up to its start time) and no answer to that questionnaire since that window opened.
// - Weekly: while a course is under way (a session planned ahead, or one completed within
//   `activeForDays` days), when the last answer is `everyDays` days old or more, or missing.
// With no sessions at all nothing is suggested. The first instrument due wins.
import { addDaysToDay, daysBetween, toDay } from '../dates';
import { type SessionTiming, sessionForMoment } from '../phase';
import type { Assessment, Instrument } from '../types';

/** The short names, kept here so Today needs no questionnaire text. */
export const instrumentNames: Readonly<Record<Instrument, string>> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
  pcl5: 'PCL-5',
};

/** Why a questionnaire is suggested. */
export type SuggestionReason = 'baseline' | 'before-session' | 'weekly';

/** A questionnaire to suggest now. */
export interface Suggestion {
  readonly instrument: Instrument;
  readonly reason: SuggestionReason;
  /** The session it belongs to by the phase rule, if any. */
  readonly sessionId?: string;
}

/** The cadence; every field can be changed. */
export interface CadenceOptions {
  /** Questionnaires to suggest, in order of preference. */
  readonly instruments: readonly Instrument[];
  /** Suggest one every `everyDays` days while a course is under way. */
  readonly periodic: boolean;
  /** Suggest a baseline before session 1 and one in the days before each next session. */
  readonly beforeSessions: boolean;
  readonly everyDays: number;
  readonly beforeDays: number;
  readonly activeForDays: number;
}

/** The default cadence: PHQ-9, weekly, and in the 3 days before a session. */
export const defaultCadence: CadenceOptions = {
  instruments: ['phq9'],
  periodic: true,
  beforeSessions: true,
  everyDays: 7,
  beforeDays: 3,
  activeForDays: 56,
};

/** What the rule needs of a past questionnaire. */
export type PastAssessment = Pick<Assessment, 'instrument' | 'at' | 'day' | 'complete'>;

/** The questionnaire due at `now`, or undefined when none is. */
export function suggestQuestionnaire(
  sessions: readonly SessionTiming[],
  assessments: readonly PastAssessment[],
  now: number,
  options: Partial<CadenceOptions> = {},
): Suggestion | undefined {
  const cadence = { ...defaultCadence, ...options };
  const today = toDay(now);
  const active = sessions.filter((s) => s.status !== 'cancelled');
  const ahead = active
    .filter((s) => s.status === 'planned' && s.startsAt > now)
    .sort((a, b) => a.startsAt - b.startsAt)[0];
  const lastDone = active
    .filter((s) => s.status === 'completed' && s.startsAt <= now)
    .sort((a, b) => b.startsAt - a.startsAt)[0];
  const underWay =
    ahead !== undefined ||
    (lastDone !== undefined && daysBetween(lastDone.day, today) <= cadence.activeForDays);
  if (!underWay) return undefined;
  const sessionId = sessionForMoment(sessions, now);

  for (const instrument of cadence.instruments) {
    const days = assessments
      .filter((a) => a.complete && a.instrument === instrument && a.at <= now)
      .map((a) => a.day)
      .sort();
    const last = days.at(-1);
    const since = (day: string) => last !== undefined && last >= day;
    let reason: SuggestionReason | undefined;
    if (ahead && !lastDone) {
      if (cadence.beforeSessions && !since(addDaysToDay(today, 1 - cadence.everyDays)))
        reason = 'baseline';
    } else if (
      cadence.beforeSessions &&
      ahead &&
      daysBetween(today, ahead.day) <= cadence.beforeDays &&
      !since(addDaysToDay(ahead.day, -cadence.beforeDays))
    ) {
      reason = 'before-session';
    } else if (cadence.periodic && !since(addDaysToDay(today, 1 - cadence.everyDays))) {
      reason = 'weekly';
    }
    if (reason) return sessionId ? { instrument, reason, sessionId } : { instrument, reason };
  }
  return undefined;
}

/** How often the user wants questionnaires suggested (a setting; see Settings). */
export interface CadenceSetting {
  /** 0 for never between sessions; otherwise every 7, 14 or 28 days. */
  readonly everyDays: 0 | 7 | 14 | 28;
  readonly beforeSessions: boolean;
}

/** The cadence setting's default: weekly, and before sessions. */
export const defaultCadenceSetting: CadenceSetting = { everyDays: 7, beforeSessions: true };

/** The cadence options for a setting and the questionnaires the focus areas suggest. */
export function cadenceFor(
  setting: CadenceSetting | undefined,
  instruments: readonly Instrument[],
): Partial<CadenceOptions> {
  const chosen = setting ?? defaultCadenceSetting;
  return {
    instruments: instruments.length ? instruments : defaultCadence.instruments,
    periodic: chosen.everyDays > 0,
    everyDays: chosen.everyDays || defaultCadence.everyDays,
    beforeSessions: chosen.beforeSessions,
  };
}
