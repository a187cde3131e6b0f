// The prompt pack format: a JSON file of reflection prompts a therapist gives a client.
//   { "format": "waypoint-prompt-pack", "version": 1, "name": "…", "author": "…",
//     "description"?: "…", "prompts": [ { "text", "phase", "timing", "theme" }, … ] }
// POLICY (documented in the README, "Prompt packs"):
// - Limits, tighter than the general import limits: a file of at most 1 MB, 1 to 500 prompts,
//   a prompt's text at most 1,000 characters, name and author at most 120, description 1,000.
//   Texts are trimmed; an empty text counts as missing.
// - Keys the format does not define are ignored and never stored (valibot builds fresh objects
//   from the known keys only), so a pack may carry notes for whoever maintains it.
// - A pack of a newer version is refused with a message to update the app; nothing else is.
// - Each prompt's id is a hash of the pack's name and the prompt's text, so importing the same
//   pack twice adds nothing, and a prompt the client edited or retired stays as they left it.
import * as v from 'valibot';
import { PROMPT_PHASES, PROMPT_THEMES, PROMPT_TIMINGS } from '../domain/prompts/library';
import type { Prompt, PromptPhase, PromptTheme, PromptTiming } from '../domain/types';
import { fnv1a64 } from './hash';
import { parseJson } from './json';
import type { Checked, ExistingRecords, ImportFormat } from './pipeline';
import { promptPackLimits } from './promptPackLimits';
import { type IssuePath, type IssueWords, validateWith } from './validate';

/** The `format` value every prompt pack carries. */
export const PROMPT_PACK_FORMAT = 'waypoint-prompt-pack';

/** The version of the format this build reads and writes. */
export const PROMPT_PACK_VERSION = 1;

export { promptPackLimits };

/** One prompt of a pack, as validated. */
export interface PackPrompt {
  readonly text: string;
  readonly phase: PromptPhase;
  readonly timing: PromptTiming;
  readonly theme: PromptTheme;
}

/** A validated prompt pack. */
export interface PromptPack {
  readonly name: string;
  readonly author: string;
  readonly description?: string;
  readonly prompts: readonly PackPrompt[];
}

/** One prompt as the preview lists it. */
export interface PackPromptPreview extends PackPrompt {
  readonly id: string;
  /** Already in the library (imported before): importing skips it. */
  readonly present: boolean;
}

/** What importing a pack would do. */
export interface PromptPackPreview {
  readonly name: string;
  readonly author: string;
  readonly description?: string;
  /** Every distinct prompt of the pack, in the pack's order. */
  readonly prompts: readonly PackPromptPreview[];
  /** How many prompts the file lists, repeats included. */
  readonly total: number;
  /** Prompts the import would add. */
  readonly newCount: number;
  /** Prompts already in the library. */
  readonly presentCount: number;
  /** Prompts listed more than once in the file (imported once). */
  readonly repeatedCount: number;
}

const count = (n: number | string) => Number(n).toLocaleString('en-US');
const list = (values: readonly string[]) => values.join(', ');

/** A trimmed text field: required unless `optional`, with a length limit. */
function textField(what: string, max: number) {
  return v.pipe(
    v.string(`%s: the ${what} must be text in double quotes.`),
    v.trim(),
    v.nonEmpty(`%s has no ${what}.`),
    v.maxLength(
      max,
      (issue) =>
        `%s: the ${what} is ${count(issue.received)} characters long; the most is ${count(max)}.`,
    ),
  );
}

const choice = <T extends string>(what: string, values: readonly T[]) =>
  v.picklist(
    values,
    (issue) =>
      `%s: the ${what} ${issue.received} is not one Waypoint knows. Use one of: ${list(values)}.`,
  );

const promptSchema = v.object(
  {
    text: textField('text', promptPackLimits.maxTextChars),
    phase: choice('phase', PROMPT_PHASES),
    timing: choice('timing', PROMPT_TIMINGS),
    theme: choice('theme', PROMPT_THEMES),
  },
  '%s must be an object in curly braces with "text", "phase", "timing" and "theme".',
);

const notAPack =
  'This file does not hold a prompt pack: a pack is one JSON object with "format", "version", "name", "author" and "prompts".';

const headerSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (data) => typeof data === 'object' && data !== null && !Array.isArray(data),
    notAPack,
  ),
  v.object(
    {
      format: v.literal(
        PROMPT_PACK_FORMAT,
        `This file is not a Waypoint prompt pack: it should say "format": "${PROMPT_PACK_FORMAT}".`,
      ),
      version: v.number('%s: the version must be a number, such as 1.'),
    },
    notAPack,
  ),
);

const packSchema = v.object({
  name: textField('name', promptPackLimits.maxNameChars),
  author: textField('author', promptPackLimits.maxAuthorChars),
  description: v.optional(
    v.pipe(
      v.string('%s: the description must be text in double quotes.'),
      v.trim(),
      v.maxLength(
        promptPackLimits.maxDescriptionChars,
        (issue) =>
          `%s: the description is ${count(issue.received)} characters long; the most is ${count(promptPackLimits.maxDescriptionChars)}.`,
      ),
    ),
  ),
  prompts: v.pipe(
    v.array(promptSchema, '%s: "prompts" must be a list in square brackets.'),
    v.minLength(1, '%s has no prompts.'),
    v.maxLength(
      promptPackLimits.maxPrompts,
      (issue) =>
        `%s has ${count(issue.received)} prompts; a pack can hold at most ${count(promptPackLimits.maxPrompts)}.`,
    ),
  ),
});

const fieldWords: Readonly<Record<string, string>> = {
  text: 'text',
  phase: `phase (use one of: ${list(PROMPT_PHASES)})`,
  timing: `timing (use one of: ${list(PROMPT_TIMINGS)})`,
  theme: `theme (use one of: ${list(PROMPT_THEMES)})`,
  name: 'name',
  author: 'author',
  prompts: 'prompts',
  format: `"format" (it should be "${PROMPT_PACK_FORMAT}")`,
  version: 'version',
};

const words: IssueWords = {
  subject(path: IssuePath) {
    const [first, index] = path;
    return first === 'prompts' && typeof index === 'number' ? `Prompt ${index + 1}` : 'The pack';
  },
  field: (key) => fieldWords[key] ?? `"${key}"`,
};

/** Checks data against the prompt pack schema (header first, so a newer pack says so). */
export function validatePromptPack(data: unknown): Checked<PromptPack> {
  const header = validateWith(headerSchema, data, words);
  if (!header.ok) return header;
  const { version } = header.value;
  if (version > PROMPT_PACK_VERSION) {
    return {
      ok: false,
      problems: [
        `This prompt pack is version ${version}, made for a newer Waypoint. Update Waypoint (reload it while online), then import the pack again. Nothing was imported.`,
      ],
    };
  }
  if (version !== PROMPT_PACK_VERSION) {
    return {
      ok: false,
      problems: [
        `The pack says it is version ${version}; Waypoint reads version 1. Nothing was imported.`,
      ],
    };
  }
  const pack = validateWith(packSchema, data, words);
  if (!pack.ok) return pack;
  const { name, author, description, prompts } = pack.value;
  const value: PromptPack = {
    name,
    author,
    ...(description ? { description } : {}),
    prompts: prompts.map(({ text, phase, timing, theme }) => ({ text, phase, timing, theme })),
  };
  return { ok: true, value };
}

/** The id a prompt of a pack always gets (the same pack imported twice adds nothing). */
export function packPromptId(packName: string, text: string): string {
  return `pack-${fnv1a64(`${packName.normalize('NFC')}\u001f${text.normalize('NFC')}`)}`;
}

/** Compares a pack with the library: which prompts are new, which are already there. */
export async function previewPromptPack(
  pack: PromptPack,
  existing: ExistingRecords,
): Promise<PromptPackPreview> {
  const distinct = new Map<string, PackPrompt>();
  for (const prompt of pack.prompts) {
    const id = packPromptId(pack.name, prompt.text);
    if (!distinct.has(id)) distinct.set(id, prompt);
  }
  const present = await existing.present('prompts', [...distinct.keys()]);
  const prompts = [...distinct].map(([id, prompt]) => ({
    ...prompt,
    id,
    present: present.has(id),
  }));
  const presentCount = prompts.filter((p) => p.present).length;
  return {
    name: pack.name,
    author: pack.author,
    ...(pack.description ? { description: pack.description } : {}),
    prompts,
    total: pack.prompts.length,
    newCount: prompts.length - presentCount,
    presentCount,
    repeatedCount: pack.prompts.length - prompts.length,
  };
}

/** The records to store for the preview's new prompts. */
export function packPromptRecords(preview: PromptPackPreview, now: number): Prompt[] {
  return preview.prompts
    .filter((prompt) => !prompt.present)
    .map(({ id, text, phase, timing, theme }) => ({
      id,
      createdAt: now,
      updatedAt: now,
      source: 'pack',
      packName: preview.name,
      text,
      phase,
      timing,
      theme,
      retired: false,
    }));
}

/** The prompt pack format for the import pipeline. */
export const promptPackFormat: ImportFormat<PromptPack, PromptPackPreview> = {
  id: PROMPT_PACK_FORMAT,
  label: 'a Waypoint prompt pack',
  maxBytes: promptPackLimits.maxBytes,
  detect(name, head) {
    if (head.includes(`"${PROMPT_PACK_FORMAT}"`)) return 'certain';
    return /\.json$/i.test(name) ? 'possible' : 'no';
  },
  parse: parseJson,
  validate: validatePromptPack,
  preview: previewPromptPack,
};
