// The session editor's form value (kept as the draft while the user types), its defaults, and
// the conversions to and from stored sessions. Numbers stay text while typing so nothing the
// user typed is rewritten under their fingers; they are checked and converted on save.
import {
  addDaysToDay,
  dayTimeToInstant,
  isDayString,
  toDay,
  toTimeOfDay,
} from '../../domain/dates';
import { sideEffectLabels } from '../../domain/labels';
import type {
  ChecklistItem,
  KapSession,
  Route,
  Setting,
  SideEffect,
  SideEffectKind,
  Vitals,
} from '../../domain/types';

/** One intention row while editing (the id only keeps inputs steady when rows are removed). */
export interface IntentionRow {
  readonly id: string;
  readonly text: string;
}

/** Vital signs as typed. */
export interface VitalsForm {
  readonly systolic: string;
  readonly diastolic: string;
  readonly heartRate: string;
}

/** How strong a side effect felt. */
export type Severity = SideEffect['severity'];

/** What the session editor holds while the user types. */
export interface SessionForm extends Record<string, unknown> {
  date: string;
  time: string;
  setting: Setting | '';
  clinician: string;
  therapist: string;
  supportPerson: string;
  intentions: IntentionRow[];
  checklist: ChecklistItem[];
  /** "This session already happened": reveals and saves the record fields. */
  happened: boolean;
  route: Route | '';
  dose: string;
  vitalsBefore: VitalsForm;
  vitalsAfter: VitalsForm;
  sideEffects: Partial<Record<SideEffectKind, Severity>>;
  otherSideEffect: string;
  /** Anything else, before or after ("bring headphones"). */
  notes: string;
}

/** The longest text a single field keeps. */
export const maxFieldLength = 2000;

/** A new id for a form row or checklist item. */
export const newRowId = (): string => crypto.randomUUID();

/** The preparation checklist a new session starts with; every item can be changed or removed. */
export const defaultChecklist: readonly ChecklistItem[] = [
  { id: 'ride-home', label: 'Ride home arranged', done: false },
  { id: 'fasting', label: 'Fasting as the clinic instructed', done: false },
  { id: 'music', label: 'Music or playlist ready', done: false },
  { id: 'comfort', label: 'Comfortable clothes and eye mask', done: false },
  { id: 'support', label: 'Support person knows the plan', done: false },
];

const emptyVitals: VitalsForm = { systolic: '', diastolic: '', heartRate: '' };

/** A blank form: planned a week from today, or (for a past session) today. */
export function emptySessionForm(now: number, happened: boolean): SessionForm {
  const today = toDay(now);
  return {
    date: happened ? today : addDaysToDay(today, 7),
    time: '10:00',
    setting: '',
    clinician: '',
    therapist: '',
    supportPerson: '',
    intentions: [{ id: newRowId(), text: '' }],
    // A session that already happened needs no checklist; one to come starts with suggestions.
    checklist: happened ? [] : defaultChecklist.map((item) => ({ ...item })),
    happened,
    route: '',
    dose: '',
    vitalsBefore: emptyVitals,
    vitalsAfter: emptyVitals,
    sideEffects: {},
    otherSideEffect: '',
    notes: '',
  };
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

const vitalsToForm = (vitals: Vitals | undefined): VitalsForm => ({
  systolic: numberText(vitals?.systolic),
  diastolic: numberText(vitals?.diastolic),
  heartRate: numberText(vitals?.heartRate),
});

/** The form for an existing session; `happened` forces the record open ("Mark as completed"). */
export function sessionToForm(session: KapSession, happened: boolean): SessionForm {
  const sideEffects: Partial<Record<SideEffectKind, Severity>> = {};
  for (const effect of session.sideEffects) sideEffects[effect.kind] = effect.severity;
  const intentions = session.intentions.map((text) => ({ id: newRowId(), text }));
  return {
    date: session.day,
    time: toTimeOfDay(session.startsAt),
    setting: session.setting ?? '',
    clinician: session.clinician ?? '',
    therapist: session.therapist ?? '',
    supportPerson: session.supportPerson ?? '',
    intentions: intentions.length ? intentions : [{ id: newRowId(), text: '' }],
    checklist: session.checklist.map((item) => ({ ...item })),
    happened: happened || session.status === 'completed',
    route: session.route ?? '',
    dose: numberText(session.doseMg),
    vitalsBefore: vitalsToForm(session.vitalsBefore),
    vitalsAfter: vitalsToForm(session.vitalsAfter),
    sideEffects,
    otherSideEffect: session.sideEffects.find((effect) => effect.kind === 'other')?.note ?? '',
    notes: session.notes ?? '',
  };
}

/** A number typed by the user ("72", "37,5"), or NaN when it is not one. */
function parseNumber(text: string): number {
  const clean = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

function toVitals(form: VitalsForm): Vitals | undefined {
  const values: Record<string, number> = {};
  for (const key of ['systolic', 'diastolic', 'heartRate'] as const) {
    if (form[key].trim()) values[key] = parseNumber(form[key]);
  }
  return Object.keys(values).length ? (values as Vitals) : undefined;
}

const vitalsProblem = (form: VitalsForm, when: string): string | undefined => {
  for (const key of ['systolic', 'diastolic', 'heartRate'] as const) {
    const text = form[key].trim();
    if (!text) continue;
    const value = parseNumber(text);
    if (!Number.isInteger(value) || value < 20 || value > 300) {
      return `Check the vital signs ${when}: write each one as the whole number the clinic gave you (for example 120, 80 and 72).`;
    }
  }
  return undefined;
};

/** Plain-language problems that stop the form from being saved (empty when it can be saved). */
export function sessionFormProblems(form: SessionForm, now: number): string[] {
  const problems: string[] = [];
  if (!isDayString(form.date)) problems.push('Choose the date of the session.');
  if (!/^\d{2}:\d{2}$/.test(form.time)) problems.push('Choose the time of the session.');
  if (problems.length) return problems;
  if (form.happened && form.date > toDay(now)) {
    problems.push(
      'This date is still ahead. Change the date, or turn off "This session already happened".',
    );
  }
  if (!form.happened) return problems;
  const dose = form.dose.trim();
  if (dose && !(parseNumber(dose) > 0)) {
    problems.push('Write the dose as a number of milligrams, or leave it empty.');
  }
  for (const problem of [
    vitalsProblem(form.vitalsBefore, 'before the session'),
    vitalsProblem(form.vitalsAfter, 'after the session'),
  ]) {
    if (problem) problems.push(problem);
  }
  return problems;
}

const optionalText = (text: string) => text.trim().slice(0, maxFieldLength) || undefined;

/** The fields of a session that the planning part of the form describes. */
type PlanFields = Pick<
  KapSession,
  'startsAt' | 'day' | 'setting' | 'clinician' | 'therapist' | 'supportPerson' | 'notes'
> &
  Pick<KapSession, 'intentions' | 'checklist'>;

/** The fields the record part ("what happened") describes. */
type RecordFields = Pick<
  KapSession,
  'route' | 'doseMg' | 'vitalsBefore' | 'vitalsAfter' | 'sideEffects'
>;

/** The session fields a valid form describes; the record part only when the session happened. */
export function formToFields(form: SessionForm): PlanFields & Partial<RecordFields> {
  const plan: PlanFields = {
    startsAt: dayTimeToInstant(form.date, form.time),
    day: form.date,
    setting: form.setting || undefined,
    clinician: optionalText(form.clinician),
    therapist: optionalText(form.therapist),
    supportPerson: optionalText(form.supportPerson),
    notes: optionalText(form.notes),
    intentions: form.intentions
      .map((row) => row.text.trim().slice(0, maxFieldLength))
      .filter(Boolean),
    checklist: form.checklist
      .map((item) => ({ ...item, label: item.label.trim().slice(0, maxFieldLength) }))
      .filter((item) => item.label),
  };
  if (!form.happened) return plan;
  const sideEffects: SideEffect[] = [];
  for (const kind of Object.keys(sideEffectLabels) as SideEffectKind[]) {
    const severity = form.sideEffects[kind];
    if (!severity) continue;
    const note = kind === 'other' ? optionalText(form.otherSideEffect) : undefined;
    sideEffects.push(note ? { kind, severity, note } : { kind, severity });
  }
  const dose = form.dose.trim();
  return {
    ...plan,
    route: form.route || undefined,
    doseMg: dose ? parseNumber(dose) : undefined,
    vitalsBefore: toVitals(form.vitalsBefore),
    vitalsAfter: toVitals(form.vitalsAfter),
    sideEffects,
  };
}
