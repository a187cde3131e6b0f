// Schema validation for every import, with valibot, the one validation library of the app.
// Schemas write their messages with a `%s` where the subject goes; this module puts in the
// subject that the issue's path names ("Prompt 3", "The pack"), so the user reads
// "Prompt 3 has no text" rather than a path. A required key that is missing altogether gets
// "<subject> has no <field>", with the field named by the format. Schemas give every check a
// message of their own: valibot's defaults are written for programmers.
import * as v from 'valibot';
import type { Checked } from './pipeline';

/** The keys leading to a value: property names and list positions. */
export type IssuePath = readonly (string | number)[];

/** How a format names the parts of its files in messages. */
export interface IssueWords {
  /** "Prompt 3" for a path into the third prompt, "The pack" for the pack itself. */
  subject(path: IssuePath): string;
  /** How a required field is named when it is missing: "text", "phase (use …)". */
  field(key: string): string;
}

type AnySchema = v.GenericSchema<unknown, unknown>;

/** Validates data against a schema; the output is built fresh by valibot from known keys only. */
export function validateWith<TSchema extends AnySchema>(
  schema: TSchema,
  data: unknown,
  words: IssueWords,
): Checked<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.output };
  const problems = [...new Set(result.issues.map((issue) => describeIssue(issue, words)))];
  return { ok: false, problems };
}

/** One valibot issue in plain words. */
export function describeIssue(issue: v.BaseIssue<unknown>, words: IssueWords): string {
  const path: IssuePath = (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
  const subject = words.subject(path);
  const last = path.at(-1);
  if (issue.type === 'object' && issue.received === 'undefined' && typeof last === 'string') {
    return `${subject} has no ${words.field(last)}.`;
  }
  // Every schema of ours writes its own words; a sentence without `%s` stands as it is.
  return issue.message.replaceAll('%s', subject);
}
