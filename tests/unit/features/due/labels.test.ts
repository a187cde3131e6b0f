// How due items name their session and moment (src/features/due/labels.ts).
import { describe, expect, it } from 'vitest';
import { followUpLabel, taskLabel } from '../../../../src/features/due/labels';
import { makeCommitment, makePromptTask, makeSession } from '../../factories';

const s1 = makeSession({
  id: 's1',
  status: 'completed',
  day: '2026-03-02',
  startsAt: Date.UTC(2026, 2, 2, 10),
});
const s2 = makeSession({
  id: 's2',
  status: 'planned',
  day: '2026-03-16',
  startsAt: Date.UTC(2026, 2, 16, 10),
});
const sessions = [s1, s2];
const task = (slot: string, sessionId: string, dueDay: string) =>
  makePromptTask({ id: `ptask-${sessionId}-${slot}`, sessionId, dueDay });

describe('taskLabel', () => {
  it('names the session by number and the slot by its day, even once snoozed', () => {
    expect(taskLabel(task('day-1', 's1', '2026-03-03'), sessions)).toBe('Session 1, day 1');
    expect(taskLabel(task('day-1', 's1', '2026-03-05'), sessions)).toBe('Session 1, day 1');
    expect(taskLabel(task('same-evening', 's1', '2026-03-02'), sessions)).toBe(
      'Session 1, session day',
    );
    expect(taskLabel(task('before-next', 's1', '2026-03-15'), sessions)).toBe(
      'Session 1, before the next session',
    );
    expect(taskLabel(task('prep-3', 's2', '2026-03-13'), sessions)).toBe(
      'Session 2, 3 days before',
    );
    expect(taskLabel(task('prep-1', 's2', '2026-03-15'), sessions)).toBe(
      'Session 2, the day before',
    );
  });

  it('is empty for a task whose session is gone', () => {
    expect(taskLabel(task('day-1', 'gone', '2026-03-03'), sessions)).toBe('');
  });
});

describe('followUpLabel', () => {
  it('says a week on, or before which session', () => {
    const commitment = makeCommitment({ day: '2026-03-03' });
    expect(followUpLabel({ commitment, slot: 'day-7', dueDay: '2026-03-10' }, sessions)).toBe(
      'A week on',
    );
    expect(followUpLabel({ commitment, slot: 'before-next', dueDay: '2026-03-15' }, sessions)).toBe(
      'Before session 2',
    );
  });
});
