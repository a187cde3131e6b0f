import { describe, expect, it } from 'vitest';
import { sessionMoods } from '../../../src/domain/checkins';
import { makeCheckIn } from '../factories';

describe('sessionMoods', () => {
  it('finds the latest before and after check-ins of one session', () => {
    const list = [
      makeCheckIn({ id: 'b1', sessionId: 's1', moment: 'before-session', at: 100, mood: 3 }),
      makeCheckIn({ id: 'b2', sessionId: 's1', moment: 'before-session', at: 200, mood: 4 }),
      makeCheckIn({ id: 'a1', sessionId: 's1', moment: 'after-session', at: 300, mood: 8 }),
      makeCheckIn({ id: 'plain', sessionId: 's1', at: 400, mood: 2 }),
      makeCheckIn({ id: 'other', sessionId: 's2', moment: 'after-session', at: 500, mood: 1 }),
    ];
    const moods = sessionMoods(list, 's1');
    expect(moods.before?.id).toBe('b2');
    expect(moods.after?.id).toBe('a1');
    expect(sessionMoods(list, 's3')).toEqual({});
  });
});
