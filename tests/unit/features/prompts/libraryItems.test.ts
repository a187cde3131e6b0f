import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../../../src/domain/prompts/library';
import { filterPrompts, libraryPrompts } from '../../../../src/features/prompts/libraryItems';
import { makePrompt } from '../../factories';

describe('the prompt library list', () => {
  const mine = makePrompt({
    id: 'mine',
    text: 'What did the music leave behind?',
    phase: 'session-day',
    timing: 'same-evening',
    theme: 'memories-imagery',
  });
  const fromPack = makePrompt({
    id: 'pack-1',
    source: 'pack',
    packName: 'Gentle landings',
    phase: 'integration',
    timing: 'day-1',
    theme: 'body',
  });
  const retired = makePrompt({ id: 'old', retired: true });

  it('holds every built-in prompt and every stored one', () => {
    const all = libraryPrompts([mine, fromPack, retired]);
    expect(all).toHaveLength(BUILT_IN_PROMPTS.length + 3);
    expect(all.filter((p) => p.origin === 'builtin')).toHaveLength(BUILT_IN_PROMPTS.length);
    expect(all.find((p) => p.id === 'pack-1')).toMatchObject({
      origin: 'pack',
      packName: 'Gentle landings',
      stored: fromPack,
    });
  });

  it('orders by phase, then timing, then theme, with built-in prompts first', () => {
    const all = libraryPrompts([mine, fromPack]);
    const phases = all.map((p) => p.phase);
    expect(phases.indexOf('session-day')).toBeGreaterThan(phases.lastIndexOf('preparation'));
    expect(phases.indexOf('integration')).toBeGreaterThan(phases.lastIndexOf('session-day'));
    const sameSlot = all.filter((p) => p.phase === 'session-day' && p.theme === 'memories-imagery');
    expect(sameSlot.at(-1)?.id).toBe('mine');
    expect(sameSlot[0]?.origin).toBe('builtin');
  });

  it('filters by phase, theme and source together', () => {
    const all = libraryPrompts([mine, fromPack]);
    expect(filterPrompts(all, { origin: 'custom' }).map((p) => p.id)).toEqual(['mine']);
    expect(filterPrompts(all, { origin: 'pack', theme: 'body' }).map((p) => p.id)).toEqual([
      'pack-1',
    ]);
    const bodyIntegration = filterPrompts(all, { phase: 'integration', theme: 'body' });
    expect(bodyIntegration.length).toBeGreaterThan(1);
    expect(bodyIntegration.every((p) => p.phase === 'integration' && p.theme === 'body')).toBe(
      true,
    );
    expect(filterPrompts(all, {})).toHaveLength(all.length);
  });
});
