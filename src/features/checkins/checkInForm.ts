// The check-in screen's form value, and conversions to and from check-ins. Ratings are kept as
// strings while the user edits ('' means "not given") so a draft holds exactly what was shown.
import { dayTimeToInstant, isDayString, toDay, toTimeOfDay } from '../../domain/dates';
import type { CheckIn } from '../../domain/types';

/** The optional 0-10 ratings of a check-in. */
export const ratingFields = [
  'anxiety',
  'energy',
  'sleepQuality',
  'pain',
  'elevatedMood',
  'irritability',
] as const;

/** One optional 0-10 rating. */
export type RatingField = (typeof ratingFields)[number];

/** The longest note a check-in keeps. */
export const maxCheckInNote = 5000;

/** What the check-in screen holds while the user fills it in (kept as the draft). */
export interface CheckInForm extends Record<string, unknown> {
  /** 1..10, or 0 while none is chosen. */
  mood: number;
  anxiety: string;
  energy: string;
  sleepHours: string;
  sleepQuality: string;
  pain: string;
  elevatedMood: string;
  irritability: string;
  emotions: readonly string[];
  note: string;
  /** Local date and time of the check-in. */
  date: string;
  time: string;
  /** True once the user changed the date or time (otherwise a new check-in is "now"). */
  timeChosen: boolean;
  /** 'auto' (by phase), 'none', or a session id chosen by hand. */
  session: string;
  /** '' or the session moment it was made for. */
  moment: '' | 'before-session' | 'after-session';
  /** True when the optional fields are shown. */
  more: boolean;
}

/** A blank check-in made at `at`. */
export function emptyCheckInForm(at: number): CheckInForm {
  return {
    mood: 0,
    anxiety: '',
    energy: '',
    sleepHours: '',
    sleepQuality: '',
    pain: '',
    elevatedMood: '',
    irritability: '',
    emotions: [],
    note: '',
    date: toDay(at),
    time: toTimeOfDay(at),
    timeChosen: false,
    session: 'auto',
    moment: '',
    more: false,
  };
}

const ratingText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form for editing an existing check-in. */
export function checkInToForm(checkIn: CheckIn): CheckInForm {
  const hasMore = [...ratingFields, 'sleepHours' as const].some((f) => checkIn[f] !== undefined);
  return {
    mood: checkIn.mood,
    anxiety: ratingText(checkIn.anxiety),
    energy: ratingText(checkIn.energy),
    sleepHours: ratingText(checkIn.sleepHours),
    sleepQuality: ratingText(checkIn.sleepQuality),
    pain: ratingText(checkIn.pain),
    elevatedMood: ratingText(checkIn.elevatedMood),
    irritability: ratingText(checkIn.irritability),
    emotions: checkIn.emotions,
    note: checkIn.note ?? '',
    date: toDay(checkIn.at),
    time: toTimeOfDay(checkIn.at),
    timeChosen: false,
    session: checkIn.sessionLink === 'manual' ? (checkIn.sessionId ?? 'none') : 'auto',
    moment: checkIn.moment ?? '',
    more: hasMore || checkIn.emotions.length > 0 || Boolean(checkIn.note),
  };
}

/** A 0-10 whole number from the form, or undefined when not given or out of range. */
export function parseRating(text: string): number | undefined {
  if (!/^\d{1,2}$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value <= 10 ? value : undefined;
}

/** Hours slept (0-24, halves allowed), or undefined when not given or not valid. */
export function parseSleepHours(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Math.round(Number(trimmed) * 2) / 2;
  return value <= 24 ? value : undefined;
}

/** What is wrong with the form in plain words, or undefined when it can be saved. */
export function checkInProblem(form: CheckInForm): string | undefined {
  if (!(form.mood >= 1 && form.mood <= 10)) return 'Choose how you feel, from 1 to 10, first.';
  if (form.timeChosen && (!isDayString(form.date) || !/^\d{2}:\d{2}$/.test(form.time)))
    return 'The date or time is not complete.';
  if (form.sleepHours.trim() && parseSleepHours(form.sleepHours) === undefined)
    return 'Hours of sleep should be a number from 0 to 24.';
  return undefined;
}

/**
 * When the check-in happened: the chosen date and time, else the existing moment (editing),
 * else now.
 */
export function checkInMoment(form: CheckInForm, existingAt: number | undefined, now: number) {
  if (form.timeChosen) return dayTimeToInstant(form.date, form.time);
  return existingAt ?? now;
}

/** The check-in fields a form describes (moment and session link are resolved by the caller). */
export function formToCheckInFields(
  form: CheckInForm,
): Omit<CheckIn, 'id' | 'createdAt' | 'updatedAt' | 'at' | 'day' | 'sessionId' | 'sessionLink'> {
  const note = form.note.trim();
  const fields: Record<string, unknown> = {
    mood: form.mood,
    emotions: [...form.emotions],
    note: note ? form.note : undefined,
    moment: form.moment || undefined,
    sleepHours: parseSleepHours(form.sleepHours),
  };
  for (const field of ratingFields) fields[field] = parseRating(form[field]);
  return fields as ReturnType<typeof formToCheckInFields>;
}
