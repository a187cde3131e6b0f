import { describe, expect, it } from 'vitest';
import {
  exportablePrompts,
  promptPackFileName,
  promptPackJson,
} from '../../../src/export/promptPack';
import { readImport } from '../../../src/import/pipeline';
import { promptPackFormat } from '../../../src/import/promptPack';
import { sourceFromText } from '../../../src/import/source';
import { makePrompt } from '../factories';

const noneStored = { present: async () => new Set<string>() };

describe('prompt pack export', () => {
  const mine = [
    makePrompt({ id: 'b', createdAt: 2, text: 'Where did you feel at home today? 🏡' }),
    makePrompt({
      id: 'a',
      createdAt: 1,
      text: 'מה למדת על עצמך השבוע?',
      phase: 'preparation',
      timing: 'before-next',
      theme: 'meaning',
    }),
    makePrompt({ id: 'c', createdAt: 3, text: 'Retired one', retired: true }),
    makePrompt({ id: 'd', createdAt: 4, text: 'From a pack', source: 'pack', packName: 'X' }),
  ];

  it('exports only the user’s own prompts that are not retired, oldest first', () => {
    expect(exportablePrompts(mine).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('round-trips through the importer: same texts, phases, timings and themes', async () => {
    const chosen = exportablePrompts(mine);
    const text = promptPackJson(
      { name: '  My prompts ', author: 'Sam', description: 'For my next course' },
      chosen,
    );
    const result = await readImport(
      sourceFromText(promptPackFileName('2026-11-27'), text),
      [promptPackFormat],
      noneStored,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.data).toEqual({
      name: 'My prompts',
      author: 'Sam',
      description: 'For my next course',
      prompts: chosen.map(({ text, phase, timing, theme }) => ({ text, phase, timing, theme })),
    });
  });

  it('writes the known keys only: no ids, dates or flags leave the phone', () => {
    const parsed = JSON.parse(promptPackJson({ name: 'N', author: 'A' }, exportablePrompts(mine)));
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'name', 'author', 'prompts']);
    expect(parsed.format).toBe('waypoint-prompt-pack');
    expect(parsed.version).toBe(1);
    for (const prompt of parsed.prompts) {
      expect(Object.keys(prompt)).toEqual(['text', 'phase', 'timing', 'theme']);
    }
  });

  it('names the file after the day', () => {
    expect(promptPackFileName('2026-11-27')).toBe('waypoint-prompts-2026-11-27.json');
  });
});
