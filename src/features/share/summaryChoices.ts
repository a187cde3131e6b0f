// What the client chose on the Share screen, kept as a draft (sealed like any writing) so a
// half-built summary survives a reload and the print view shows the same thing. Turning the
// choices into summary options is pure, so the preview, the print view and every export use
// exactly one result.
import { addDaysToDay, toDay } from '../../domain/dates';
import { buildSummary } from '../../domain/summary/buildSummary';
import { defaultSections } from '../../domain/summary/options';
import { customRange, sessionWindow, sinceLastShared } from '../../domain/summary/ranges';
import type {
  Summary,
  SummaryData,
  SummaryDetails,
  SummaryOptions,
  SummaryRange,
  SummarySection,
} from '../../domain/summary/types';
import type { PrintableDocument } from '../../export/document';
import { summaryDocument } from '../../export/summaryDocument';

/** The draft id of the choices. */
export const choicesDraftId = 'summary:choices';

/** How the range is picked. */
export type RangeKind = 'session' | 'since-last' | 'custom';

/** Everything the Share screen lets the client choose. */
export type SummaryChoices = {
  rangeKind: RangeKind;
  /** The session whose integration window is shared; '' means the latest completed one. */
  sessionId: string;
  customFrom: string;
  customTo: string;
  sections: Record<SummarySection, boolean>;
  details: SummaryDetails;
  excluded: string[];
  excerpts: Record<string, number[]>;
};

/** The choices of a summary nobody has touched: the latest session's window, else 30 days. */
export function initialChoices(now: number, data: SummaryData): SummaryChoices {
  const today = toDay(now);
  return {
    rangeKind: latestCompletedSession(data, today) ? 'session' : 'custom',
    sessionId: '',
    customFrom: addDaysToDay(today, -29),
    customTo: today,
    sections: { ...defaultSections },
    details: { dose: false, vitals: false, checkInNotes: false },
    excluded: [],
    excerpts: {},
  };
}

/** The latest completed session on or before today, if any. */
export function latestCompletedSession(data: SummaryData, today: string) {
  return data.sessions
    .filter((s) => s.status === 'completed' && s.day <= today)
    .sort((a, b) => b.startsAt - a.startsAt)[0];
}

/** The range the choices describe, or a plain-words reason there is none. */
export function chosenRange(
  choices: SummaryChoices,
  data: SummaryData,
  lastSharedAt: number | undefined,
  now: number,
): { readonly range: SummaryRange } | { readonly problem: string } {
  const today = toDay(now);
  if (choices.rangeKind === 'session') {
    const id = choices.sessionId || latestCompletedSession(data, today)?.id;
    const range = id ? sessionWindow(data.sessions, id, today) : undefined;
    return range
      ? { range }
      : { problem: 'There is no completed session yet. Choose dates instead.' };
  }
  if (choices.rangeKind === 'since-last') {
    const range = sinceLastShared(lastSharedAt, today);
    return range
      ? { range }
      : { problem: 'You have not shared a summary yet. Choose a session or dates instead.' };
  }
  return customRange(choices.customFrom, choices.customTo);
}

/** The summary options for a range. */
export function toOptions(choices: SummaryChoices, range: SummaryRange): SummaryOptions {
  return {
    range,
    sections: choices.sections,
    details: choices.details,
    excluded: choices.excluded,
    excerpts: choices.excerpts,
  };
}

/** A built summary, what it could have held, and its document; or why there is none. */
export type BuiltSummary =
  | { readonly problem: string }
  | {
      readonly summary: Summary;
      /** The same range with nothing left out: every item the client can choose from. */
      readonly candidates: Summary;
      readonly doc: PrintableDocument;
    };

/** Builds the summary the choices describe. */
export function buildFromChoices(
  choices: SummaryChoices,
  data: SummaryData,
  lastSharedAt: number | undefined,
  now: number,
): BuiltSummary {
  const chosen = chosenRange(choices, data, lastSharedAt, now);
  if ('problem' in chosen) return chosen;
  const options = toOptions(choices, chosen.range);
  const summary = buildSummary(data, options, now);
  const candidates = buildSummary(
    data,
    {
      ...options,
      sections: { ...defaultSections },
      details: { dose: false, vitals: false, checkInNotes: false },
      excluded: [],
      excerpts: {},
    },
    now,
  );
  return { summary, candidates, doc: summaryDocument(summary) };
}
