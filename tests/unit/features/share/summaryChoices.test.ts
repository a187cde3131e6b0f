import { describe, expect, it } from 'vitest';
import { itemKey } from '../../../../src/domain/summary/options';
import {
  buildFromChoices,
  chosenRange,
  initialChoices,
} from '../../../../src/features/share/summaryChoices';
import { monthData, novemberNow } from '../../domain/summary/summaryFixture';

const empty = { ...monthData, sessions: [] };

describe('summary choices', () => {
  it("start on the latest session's window, or the last 30 days without sessions", () => {
    const choices = initialChoices(novemberNow, monthData);
    expect(choices.rangeKind).toBe('session');
    // Session 2 (16 Nov) is followed by a planned session on 30 Nov: its window ends today.
    expect(chosenRange(choices, monthData, undefined, novemberNow)).toEqual({
      range: { from: '2026-11-16', to: '2026-11-27' },
    });
    const fresh = initialChoices(novemberNow, empty);
    expect(fresh.rangeKind).toBe('custom');
    expect(chosenRange(fresh, empty, undefined, novemberNow)).toEqual({
      range: { from: '2026-10-29', to: '2026-11-27' },
    });
  });

  it('explain in plain words when a range cannot be used', () => {
    const since = { ...initialChoices(novemberNow, monthData), rangeKind: 'since-last' as const };
    expect(chosenRange(since, monthData, undefined, novemberNow)).toEqual({
      problem: 'You have not shared a summary yet. Choose a session or dates instead.',
    });
    const session = { ...initialChoices(novemberNow, empty), rangeKind: 'session' as const };
    expect(chosenRange(session, empty, undefined, novemberNow)).toEqual({
      problem: 'There is no completed session yet. Choose dates instead.',
    });
  });

  it('offer every item as a candidate while the summary keeps only those chosen', () => {
    const choices = {
      ...initialChoices(novemberNow, monthData),
      rangeKind: 'custom' as const,
      customFrom: '2026-11-01',
      customTo: '2026-11-27',
      excluded: [itemKey('entry', 'e-shared')],
      sections: { ...initialChoices(novemberNow, monthData).sections, mood: false },
    };
    const built = buildFromChoices(choices, monthData, undefined, novemberNow);
    if ('problem' in built) throw new Error(built.problem);
    expect(built.candidates.entries?.map((e) => e.id)).toEqual(['e-shared', 'e-long']);
    expect(built.candidates.mood?.checkins).toHaveLength(5);
    expect(built.summary.entries?.map((e) => e.id)).toEqual(['e-long']);
    expect(built.summary.mood).toBeUndefined();
    expect(JSON.stringify(built.doc)).not.toContain('Lighter than I expected');
  });
});
