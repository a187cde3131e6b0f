// Exports the client's own prompts as a prompt pack (README "Prompt packs"), so they can move
// them to another phone or hand them to their therapist. Only prompts the client wrote and has
// not retired are exported; imported pack prompts already have a file elsewhere. The output
// is read back by src/import/promptPack.ts, and a test proves the round trip.
import type { DayString, Prompt } from '../domain/types';

/** The pack's `format`; the importer checks for the same value. */
const PACK_FORMAT = 'waypoint-prompt-pack';

/** The format version written. */
const PACK_VERSION = 1;

/** What the exported pack says about itself. */
export interface PromptPackInfo {
  readonly name: string;
  readonly author: string;
  readonly description?: string;
}

/** The prompts that go into an export: the user's own, not retired, oldest first. */
export function exportablePrompts(prompts: readonly Prompt[]): Prompt[] {
  return prompts
    .filter((prompt) => prompt.source === 'custom' && !prompt.retired)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The prompt pack file's text: pretty-printed JSON with the known keys only. */
export function promptPackJson(info: PromptPackInfo, prompts: readonly Prompt[]): string {
  const description = info.description?.trim();
  const pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: info.name.trim(),
    author: info.author.trim(),
    ...(description ? { description } : {}),
    prompts: prompts.map(({ text, phase, timing, theme }) => ({ text, phase, timing, theme })),
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** The file name of an export made on a day: waypoint-prompts-2026-11-27.json. */
export function promptPackFileName(day: DayString): string {
  return `waypoint-prompts-${day}.json`;
}
