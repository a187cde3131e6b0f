// What a new summary includes before the client changes anything (issue 6, product.md): mood
// and questionnaires on; dose and vitals off; journal entries only when flagged "share"
// (built in `buildSummary`, not a switch here); check-in notes off, as they were never
// written for sharing.
import type { SummaryItemKind, SummaryOptions, SummaryRange, SummarySection } from './types';

/** The key that names one item in `SummaryOptions.excluded`. */
export const itemKey = (kind: SummaryItemKind, id: string): string => `${kind}:${id}`;

/** Sections on by default: all of them (entries still need each entry's "share" flag). */
export const defaultSections: Readonly<Record<SummarySection, boolean>> = {
  topics: true,
  sessions: true,
  mood: true,
  questionnaires: true,
  emotions: true,
  commitments: true,
  entries: true,
};

/** The options of a fresh summary over a range. */
export function defaultOptions(range: SummaryRange): SummaryOptions {
  return {
    range,
    sections: defaultSections,
    details: { dose: false, vitals: false, checkInNotes: false },
    excluded: [],
    excerpts: {},
  };
}
