// Commitments and when to look back at them. Pure: sessions and the day come in as arguments.
// Rules (issue 5, product.md "The KAP arc": commitments and how they went):
// - A commitment gets two follow-ups: a week after the day it was made (+7 days), and the day
//   before the next planned session after that day, when that day falls after the creation
//   day. Both on the same day count once (the week's).
// - A follow-up is answered by any follow-up recorded on or after its day: answering once when
//   two are due covers both, so the same question is never asked twice in a row.
// - Snoozing moves every follow-up due by today to tomorrow (`snoozedUntil`); it never brings
//   one forward. A snoozed follow-up becomes due again on that day.
// - Follow-ups stay due until answered: a commitment is never dropped silently.
import { addDaysToDay, toDay } from './dates';
import type { SessionTiming } from './phase';
import type { Commitment, CommitmentFollowUp, DayString, FollowUpSlot } from './types';

/** Days after its creation day that a commitment's first follow-up falls. */
export const FOLLOW_UP_AFTER_DAYS = 7;

/** The longest a commitment may be, in characters. */
export const maxCommitmentLength = 500;

/** One follow-up of a commitment: which, and on what day. */
export interface FollowUpDay {
  readonly slot: FollowUpSlot;
  readonly day: DayString;
}

/** The follow-up days of a commitment made on `day`, earliest first. */
export function followUpDays(
  commitment: Pick<Commitment, 'day'>,
  sessions: readonly SessionTiming[],
): FollowUpDay[] {
  const week: FollowUpDay = {
    slot: 'day-7',
    day: addDaysToDay(commitment.day, FOLLOW_UP_AFTER_DAYS),
  };
  const next = sessions
    .filter((s) => s.status === 'planned' && s.day > commitment.day)
    .sort((a, b) => a.startsAt - b.startsAt)[0];
  const days = [week];
  if (next) {
    const before = addDaysToDay(next.day, -1);
    if (before > commitment.day && before !== week.day)
      days.push({ slot: 'before-next', day: before });
  }
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** True when a follow-up recorded on or after the slot's day has answered it. */
function answered(day: DayString, followUps: readonly CommitmentFollowUp[]): boolean {
  return followUps.some((f) => toDay(f.at) >= day);
}

/** A commitment with a follow-up due. */
export interface DueFollowUp {
  readonly commitment: Commitment;
  /** The earliest unanswered follow-up due by today. */
  readonly slot: FollowUpSlot;
  readonly dueDay: DayString;
}

/** The follow-up due on `today` for a commitment, if any. */
export function dueFollowUp(
  commitment: Commitment,
  sessions: readonly SessionTiming[],
  today: DayString,
): DueFollowUp | undefined {
  if (commitment.snoozedUntil !== undefined && commitment.snoozedUntil > today) return undefined;
  const open = followUpDays(commitment, sessions).filter(
    (f) => f.day <= today && !answered(f.day, commitment.followUps),
  );
  const first = open[0];
  return first ? { commitment, slot: first.slot, dueDay: first.day } : undefined;
}

/** Every commitment with a follow-up due on `today`, oldest due day first. */
export function dueFollowUps(
  commitments: readonly Commitment[],
  sessions: readonly SessionTiming[],
  today: DayString,
): DueFollowUp[] {
  return commitments
    .map((c) => dueFollowUp(c, sessions, today))
    .filter((due): due is DueFollowUp => due !== undefined)
    .sort(
      (a, b) =>
        (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : 0) ||
        a.commitment.createdAt - b.commitment.createdAt,
    );
}

/** The commitment with one more follow-up recorded (a blank note is left out). */
export function withFollowUp(
  commitment: Commitment,
  followUp: CommitmentFollowUp,
): Pick<Commitment, 'followUps' | 'snoozedUntil'> {
  const note = followUp.note?.trim();
  const recorded: CommitmentFollowUp = note
    ? { ...followUp, note }
    : { ...followUp, note: undefined };
  return { followUps: [...commitment.followUps, recorded], snoozedUntil: undefined };
}

/** The snooze of a commitment's due follow-up: tomorrow, never earlier than already set. */
export function snoozeFollowUp(
  commitment: Commitment,
  now: number,
): Pick<Commitment, 'snoozedUntil'> {
  const tomorrow = addDaysToDay(toDay(now), 1);
  const current = commitment.snoozedUntil;
  return { snoozedUntil: current !== undefined && current > tomorrow ? current : tomorrow };
}

/** Why a commitment's text cannot be saved, or undefined when it can. */
export function commitmentProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return 'Write the commitment first: it is empty.';
  if (trimmed.length > maxCommitmentLength)
    return `Keep it to ${maxCommitmentLength} characters or fewer (it has ${trimmed.length}).`;
  return undefined;
}

const sentenceFallback = /[^.!?。！？\n]+(?:[.!?。！？]+|$)/gu;

/**
 * The sentences of a text, trimmed, blanks left out. Uses Intl.Segmenter where the runtime has
 * it (it knows abbreviations and scripts), a punctuation split otherwise; lines always split.
 */
export function splitSentences(text: string, locale?: string): string[] {
  const lines = text.split(/\n+/);
  const out: string[] = [];
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  for (const line of lines) {
    if (Segmenter) {
      const segmenter = new Segmenter(locale, { granularity: 'sentence' });
      for (const part of segmenter.segment(line)) out.push(part.segment);
    } else {
      out.push(...(line.match(sentenceFallback) ?? []));
    }
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
