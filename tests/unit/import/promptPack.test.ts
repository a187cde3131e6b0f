import { describe, expect, it } from 'vitest';
import type { ExistingRecords } from '../../../src/import/pipeline';
import { readImport } from '../../../src/import/pipeline';
import {
  type PromptPack,
  packPromptId,
  packPromptRecords,
  promptPackFormat,
  promptPackLimits,
  validatePromptPack,
} from '../../../src/import/promptPack';
import { sourceFromText } from '../../../src/import/source';
import goodPackText from '../../fixtures/prompt-packs/good-pack.json?raw';
import malformedText from '../../fixtures/prompt-packs/malformed-json.txt?raw';
import newerVersionText from '../../fixtures/prompt-packs/newer-version.json?raw';
import pollutionText from '../../fixtures/prompt-packs/prototype-pollution.json?raw';
import tooLongText from '../../fixtures/prompt-packs/too-long-text.json?raw';
import wrongSchemaText from '../../fixtures/prompt-packs/wrong-schema.json?raw';

const formats = [promptPackFormat];
const noneStored: ExistingRecords = { present: async () => new Set() };
const storedSet = (ids: readonly string[]): ExistingRecords => ({
  present: async (kind, asked) =>
    new Set(kind === 'prompts' ? asked.filter((id) => ids.includes(id)) : []),
});

const importText = (text: string, name = 'pack.json', existing = noneStored) =>
  readImport(sourceFromText(name, text), formats, existing);

/** A valid pack with `count` prompts, as a plain object to tamper with. */
function packWith(count: number, text = (i: number) => `Prompt number ${i + 1}?`) {
  return {
    format: 'waypoint-prompt-pack',
    version: 1,
    name: 'Generated',
    author: 'A test',
    prompts: Array.from({ length: count }, (_, i) => ({
      text: text(i),
      phase: 'integration',
      timing: 'day-3',
      theme: 'meaning',
    })),
  };
}

async function problemOf(text: string, name = 'pack.json') {
  const result = await importText(text, name);
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

describe('prompt pack: a good pack', () => {
  it('is recognised, validated and previewed with every prompt new', async () => {
    const result = await importText(goodPackText, 'gentle-landings.json');
    if (!result.ok) throw new Error(result.problem);
    expect(result.format).toBe(promptPackFormat);
    const { preview } = result;
    expect(preview).toMatchObject({
      name: 'Gentle landings',
      author: 'Harbour Lane Integration Practice',
      description: 'A few prompts for the weeks around your sessions. Answer any, all or none.',
      total: 6,
      newCount: 6,
      presentCount: 0,
      repeatedCount: 0,
    });
    expect(preview.prompts.map((p) => p.text)).toContain(
      '今日、体のどこが一番やわらかく感じますか？',
    );
    expect(preview.prompts.map((p) => p.text)).toContain('מה היית רוצה לומר לעצמך בעדינות היום?');
    expect(preview.prompts[1]).toMatchObject({
      text: 'Tonight, is there a colour, sound or shape from today that is still with you? 🌊',
      phase: 'session-day',
      timing: 'same-evening',
      theme: 'memories-imagery',
      present: false,
    });
  });

  it('trims texts and drops keys the format does not define', async () => {
    const result = await importText(goodPackText);
    if (!result.ok) throw new Error(result.problem);
    expect(result.data.prompts[5]?.text).toBe(
      'Two weeks on, is there one small thing you have been doing differently?',
    );
    expect(Object.keys(result.data).sort()).toEqual(['author', 'description', 'name', 'prompts']);
  });

  it('is recognised by its content even when the file has another name', async () => {
    const result = await importText(goodPackText, 'shared from mail.txt');
    expect(result.ok).toBe(true);
  });

  it('marks prompts already in the library and counts repeats once', async () => {
    const pack = packWith(3);
    pack.prompts.push({ ...pack.prompts[0]! });
    const firstId = packPromptId('Generated', 'Prompt number 1?');
    const result = await importText(JSON.stringify(pack), 'p.json', storedSet([firstId]));
    if (!result.ok) throw new Error(result.problem);
    expect(result.preview).toMatchObject({
      total: 4,
      newCount: 2,
      presentCount: 1,
      repeatedCount: 1,
    });
    expect(result.preview.prompts.map((p) => p.present)).toEqual([true, false, false]);
    const records = packPromptRecords(result.preview, 1_000);
    expect(records.map((r) => r.text)).toEqual(['Prompt number 2?', 'Prompt number 3?']);
    expect(records[0]).toEqual({
      id: packPromptId('Generated', 'Prompt number 2?'),
      createdAt: 1_000,
      updatedAt: 1_000,
      source: 'pack',
      packName: 'Generated',
      text: 'Prompt number 2?',
      phase: 'integration',
      timing: 'day-3',
      theme: 'meaning',
      retired: false,
    });
  });

  it('gives each prompt an id from the pack name and text, the same on every import', () => {
    expect(packPromptId('Gentle landings', 'Hello?')).toBe(
      packPromptId('Gentle landings', 'Hello?'),
    );
    expect(packPromptId('Gentle landings', 'Hello?')).not.toBe(
      packPromptId('Other pack', 'Hello?'),
    );
    // The same letters typed as one code point or as a letter and an accent give one id.
    expect(packPromptId('P', 'caf\u00e9')).toBe(packPromptId('P', 'cafe\u0301'));
    expect(packPromptId('P', 'x')).toMatch(/^pack-[0-9a-f]{16}$/);
  });

  it('accepts exactly the limits', async () => {
    const pack = packWith(promptPackLimits.maxPrompts, () => 'x');
    pack.prompts = pack.prompts.map((p, i) => ({
      ...p,
      text: `${i}`.padEnd(promptPackLimits.maxTextChars, '.'),
    }));
    pack.name = 'n'.repeat(promptPackLimits.maxNameChars);
    const result = await importText(JSON.stringify(pack));
    expect(result).toMatchObject({ ok: true, preview: { newCount: promptPackLimits.maxPrompts } });
  });
});

describe('prompt pack: bad packs get one clear problem', () => {
  it('an oversized file is refused by its size, before it is read', async () => {
    const padding = ' '.repeat(promptPackLimits.maxBytes);
    const text = `${goodPackText}${padding}`;
    const result = await problemOf(text);
    expect(result.stage).toBe('size');
    expect(result.problem).toMatch(
      /^“pack\.json” is 1(\.\d)? MB; a Waypoint prompt pack can be at most 1 MB\./,
    );
  });

  it('malformed JSON says where it breaks', async () => {
    const result = await problemOf(malformedText, 'malformed.json');
    expect(result.stage).toBe('parse');
    expect(result.problem).toMatch(
      /^The file is not valid JSON near line 11, column \d+, so it cannot be read\. It may be cut off or damaged/,
    );
  });

  it('a file cut off at the end says so', async () => {
    const result = await problemOf(goodPackText.slice(0, 200));
    expect(result.stage).toBe('parse');
    expect(result.problem).toContain('The file is not valid JSON');
  });

  it('the wrong schema names each prompt and field at fault', async () => {
    const result = await problemOf(wrongSchemaText);
    expect(result.stage).toBe('validate');
    expect([result.problem, ...result.more]).toEqual([
      'Prompt 2: the theme "gratitude" is not one Waypoint knows. Use one of: body, emotions, memories-imagery, relationships, meaning, self-compassion, change, commitments.',
      'Prompt 3 has no text.',
    ]);
  });

  it('a text that is too long names the prompt, its length and the limit', async () => {
    const result = await problemOf(tooLongText);
    expect(result.problem).toBe('Prompt 2: the text is 1,175 characters long; the most is 1,000.');
  });

  it('too many prompts', async () => {
    const result = await problemOf(JSON.stringify(packWith(promptPackLimits.maxPrompts + 1)));
    expect(result.problem).toBe('The pack has 501 prompts; a pack can hold at most 500.');
  });

  it('a newer version asks to update the app', async () => {
    const result = await problemOf(newerVersionText);
    expect(result.problem).toBe(
      'This prompt pack is version 2, made for a newer Waypoint. Update Waypoint (reload it while online), then import the pack again. Nothing was imported.',
    );
  });

  it.each([
    ['an empty list of prompts', { ...packWith(1), prompts: [] }, 'The pack has no prompts.'],
    ['no name', { ...packWith(1), name: undefined }, 'The pack has no name.'],
    ['a blank author', { ...packWith(1), author: '   ' }, 'The pack has no author.'],
    [
      'a prompt with no phase',
      { ...packWith(1), prompts: [{ text: 'Hi?', timing: 'day-1', theme: 'body' }] },
      'Prompt 1 has no phase (use one of: preparation, session-day, integration).',
    ],
    [
      'a text that is a number',
      {
        ...packWith(1),
        prompts: [{ text: 7, phase: 'integration', timing: 'day-1', theme: 'body' }],
      },
      'Prompt 1: the text must be text in double quotes.',
    ],
    [
      'a prompt that is a plain string',
      { ...packWith(1), prompts: ['What now?'] },
      'Prompt 1 must be an object in curly braces with "text", "phase", "timing" and "theme".',
    ],
    [
      'an unknown timing',
      {
        ...packWith(1),
        prompts: [{ text: 'Hi?', phase: 'integration', timing: 'day-2', theme: 'body' }],
      },
      'Prompt 1: the timing "day-2" is not one Waypoint knows. Use one of: same-evening, day-1, day-3, day-7, day-14, before-next.',
    ],
    [
      'another format',
      { format: 'waypoint-backup', version: 1 },
      'This file is not a Waypoint prompt pack: it should say "format": "waypoint-prompt-pack".',
    ],
    [
      'no format at all',
      { name: 'x', prompts: [] },
      'The pack has no "format" (it should be "waypoint-prompt-pack").',
    ],
    [
      'a list instead of a pack',
      [{ text: 'Hi?' }],
      'This file does not hold a prompt pack: a pack is one JSON object with "format", "version", "name", "author" and "prompts".',
    ],
    [
      'version 0',
      { ...packWith(1), version: 0 },
      'The pack says it is version 0; Waypoint reads version 1. Nothing was imported.',
    ],
  ])('%s', async (_label, pack, expected) => {
    const result = await problemOf(JSON.stringify(pack));
    expect(result.stage).toBe('validate');
    expect(result.problem).toBe(expected);
  });

  it('an empty file says it is empty', async () => {
    const result = await problemOf('');
    expect(result.problem).toContain('is empty');
  });

  it('a file that is not a pack at all is not recognised', async () => {
    const result = await problemOf('date,mood\n2026-01-01,good', 'daylio.csv');
    expect(result).toMatchObject({
      stage: 'detect',
      problem: '“daylio.csv” is not a Waypoint prompt pack. Nothing was imported.',
    });
  });
});

describe('prompt pack: hostile input', () => {
  it('__proto__ and constructor keys pollute nothing and are not imported', async () => {
    const result = await importText(pollutionText);
    if (!result.ok) throw new Error(result.problem);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const prompt = result.data.prompts[0]!;
    expect(Object.keys(prompt).sort()).toEqual(['phase', 'text', 'theme', 'timing']);
    expect(Object.getPrototypeOf(prompt)).toBe(Object.prototype);
    // Fields a pack cannot set (id, source, retired) come from the app, never from the file.
    const [record] = packPromptRecords(result.preview, 5);
    expect(record).toMatchObject({ source: 'pack', retired: false });
    expect(record?.id).toMatch(/^pack-/);
  });

  it('random JSON never throws past the importer', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const keys = [
      'format',
      'version',
      'name',
      'author',
      'prompts',
      'text',
      'phase',
      'timing',
      'theme',
      '__proto__',
    ];
    const leaves = [
      null,
      true,
      0,
      -1,
      1,
      2,
      1e300,
      '',
      'waypoint-prompt-pack',
      'integration',
      'day-1',
      'body',
      'x',
    ];
    const value = (depth: number): unknown => {
      const kind = depth > 3 ? 0 : Math.floor(random() * 3);
      if (kind === 0) return pick(leaves);
      if (kind === 1)
        return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 6) }, () => [pick(keys), value(depth + 1)]),
      );
    };
    for (let run = 0; run < 300; run++) {
      const data = value(0);
      expect(() => validatePromptPack(data)).not.toThrow();
      const result = await importText(JSON.stringify(data) ?? 'null');
      if (!result.ok) expect(result.problem.length).toBeGreaterThan(0);
    }
  });
});

describe('prompt pack: validated data', () => {
  it('is a fresh PromptPack with only the known fields', () => {
    const result = validatePromptPack(JSON.parse(goodPackText));
    if (!result.ok) throw new Error(result.problems[0]);
    const pack: PromptPack = result.value;
    expect(pack.prompts).toHaveLength(6);
  });
});
