// The built-in prompt library: enough prompts, every phase, timing and theme covered several
// times, stable unique ids, and wording that stays short, invitational and free of dosing,
// medication and pressure words.
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PROMPTS,
  builtInPrompt,
  isBuiltInPromptId,
  PROMPT_PHASES,
  PROMPT_THEMES,
  PROMPT_TIMINGS,
} from '../../../../src/domain/prompts/library';

/** Words and phrases a Waypoint prompt never uses (matched as whole words, any case). */
const bannedWords = [
  'dose',
  'doses',
  'dosage',
  'dosing',
  'mg',
  'milligram',
  'milligrams',
  'medication',
  'medicine',
  'should',
  'must',
  'ought',
  'have to',
  'need to',
  'supposed to',
  'failure',
  'fail',
  'failed',
  'wrong',
  'bad trip',
  'patient',
  'symptom',
  'symptoms',
  'diagnosis',
  'dissociation',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bannedPattern = new RegExp(`\\b(${bannedWords.map(escapeRegExp).join('|')})\\b`, 'i');

describe('built-in prompt library', () => {
  it('has at least 60 prompts', () => {
    expect(BUILT_IN_PROMPTS.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every prompt a unique, stable-looking built-in id', () => {
    const ids = BUILT_IN_PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^builtin-(prep|day|int)-[a-z-]+-\d{2}$/);
  });

  it('uses an id prefix that matches the phase', () => {
    const prefix = {
      preparation: 'builtin-prep-',
      'session-day': 'builtin-day-',
      integration: 'builtin-int-',
    };
    for (const p of BUILT_IN_PROMPTS) expect(p.id.startsWith(prefix[p.phase])).toBe(true);
  });

  it('covers every phase, timing and theme several times', () => {
    for (const phase of PROMPT_PHASES)
      expect(BUILT_IN_PROMPTS.filter((p) => p.phase === phase).length).toBeGreaterThanOrEqual(8);
    for (const timing of PROMPT_TIMINGS)
      expect(BUILT_IN_PROMPTS.filter((p) => p.timing === timing).length).toBeGreaterThanOrEqual(8);
    for (const theme of PROMPT_THEMES)
      expect(BUILT_IN_PROMPTS.filter((p) => p.theme === theme).length).toBeGreaterThanOrEqual(5);
  });

  it('lists each phase, timing and theme once in the exported orders', () => {
    expect(new Set(PROMPT_PHASES).size).toBe(3);
    expect(new Set(PROMPT_TIMINGS).size).toBe(6);
    expect(new Set(PROMPT_THEMES).size).toBe(8);
  });

  it('offers at least two prompts for every integration timing, so consecutive sessions can differ', () => {
    for (const timing of PROMPT_TIMINGS) {
      const forSlot = BUILT_IN_PROMPTS.filter(
        (p) => p.timing === timing && p.phase !== 'preparation' && !p.revisitsIntentions,
      );
      expect(forSlot.length, timing).toBeGreaterThanOrEqual(2);
    }
  });

  it('follows the phase and timing conventions the schedule relies on', () => {
    for (const p of BUILT_IN_PROMPTS) {
      if (p.phase === 'preparation') expect(p.timing).toBe('before-next');
      if (p.phase === 'session-day') expect(p.timing).toBe('same-evening');
      if (p.phase === 'integration') expect(p.timing).not.toBe('same-evening');
    }
  });

  it('keeps every text non-empty, trimmed, at most 280 characters and ending in punctuation', () => {
    for (const p of BUILT_IN_PROMPTS) {
      expect(p.text.trim(), p.id).toBe(p.text);
      expect(p.text.length, p.id).toBeGreaterThan(20);
      expect(p.text.length, p.id).toBeLessThanOrEqual(280);
      expect(p.text, p.id).toMatch(/[.?]$/);
      expect(p.text, p.id).not.toMatch(/ {2}/);
    }
  });

  it('never uses banned words', () => {
    for (const p of BUILT_IN_PROMPTS) expect(bannedPattern.exec(p.text), p.id).toBeNull();
  });

  it('catches a banned word when one is present (the check itself works)', () => {
    expect(bannedPattern.test('You should write more.')).toBe(true);
    expect(bannedPattern.test('Note the 50 mg you took.')).toBe(true);
    expect(bannedPattern.test('You Must rest.')).toBe(true);
    // Whole words only: "shoulder" and "dosed-off" style substrings are not flagged wrongly.
    expect(bannedPattern.test('Notice your shoulders.')).toBe(false);
  });

  it('invites, in the second person', () => {
    for (const p of BUILT_IN_PROMPTS) expect(p.text, p.id).toMatch(/\byou(r|rself)?\b/i);
    // Most prompts are questions; none is a bare command.
    const questions = BUILT_IN_PROMPTS.filter((p) => p.text.includes('?'));
    expect(questions.length).toBeGreaterThanOrEqual(BUILT_IN_PROMPTS.length - 2);
  });

  it('has no duplicated text', () => {
    const texts = BUILT_IN_PROMPTS.map((p) => p.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('includes a preparation prompt that invites setting intentions', () => {
    const setting = BUILT_IN_PROMPTS.filter((p) => p.setsIntentions);
    expect(setting.length).toBeGreaterThanOrEqual(1);
    for (const p of setting) {
      expect(p.phase).toBe('preparation');
      expect(p.text).toMatch(/intention/i);
    }
  });

  it('includes a day-after prompt that revisits the session intentions', () => {
    const revisiting = BUILT_IN_PROMPTS.filter((p) => p.revisitsIntentions);
    expect(revisiting.length).toBeGreaterThanOrEqual(1);
    for (const p of revisiting) {
      expect(p.phase).toBe('integration');
      expect(p.timing).toBe('day-1');
      expect(p.text).toMatch(/intentions/i);
    }
    expect(revisiting.some((p) => /show up/i.test(p.text))).toBe(true);
  });

  it('looks prompts up by id', () => {
    const first = BUILT_IN_PROMPTS[0]!;
    expect(builtInPrompt(first.id)).toBe(first);
    expect(builtInPrompt('builtin-int-intentions-01')?.revisitsIntentions).toBe(true);
    expect(builtInPrompt('no-such-prompt')).toBeUndefined();
    expect(isBuiltInPromptId(first.id)).toBe(true);
    expect(isBuiltInPromptId('3f1c2b8e-0000-4000-8000-000000000000')).toBe(false);
  });
});
