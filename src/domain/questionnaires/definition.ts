// The shape of a standard questionnaire: its published text and answer options. Pure data.
import type { Instrument } from '../types';

/** One answer option: the score it carries and its published label. */
export interface AnswerOption {
  readonly value: number;
  readonly label: string;
}

/** A questionnaire exactly as published. */
export interface QuestionnaireDefinition {
  readonly id: Instrument;
  /** The short name people know it by, such as "PHQ-9". */
  readonly name: string;
  readonly fullName: string;
  /** What it measures, in our own plain words (not part of the instrument). */
  readonly measures: string;
  /** The published instructions, verbatim. */
  readonly instructions: string;
  /** The published lead-in before the items, when there is one. */
  readonly stem?: string;
  /** The scored items, verbatim, in order. */
  readonly items: readonly string[];
  /** The answer options of every scored item, verbatim. */
  readonly options: readonly AnswerOption[];
  /** A published question that is asked but not scored; stored after the scored answers. */
  readonly unscored?: { readonly question: string; readonly options: readonly AnswerOption[] };
  /** Who made it and on what terms it may be used. */
  readonly source: string;
}
