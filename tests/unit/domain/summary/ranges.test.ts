import { describe, expect, it } from 'vitest';
import { customRange, sessionWindow, sinceLastShared } from '../../../../src/domain/summary/ranges';
import { makeSession } from '../../factories';

const at = (day: string) => new Date(`${day}T10:00:00`).getTime();
const s1 = makeSession({
  id: 's1',
  status: 'completed',
  day: '2026-11-02',
  startsAt: at('2026-11-02'),
});
const cancelled = makeSession({
  id: 'x',
  status: 'cancelled',
  day: '2026-11-05',
  startsAt: at('2026-11-05'),
});
const s2 = makeSession({
  id: 's2',
  status: 'planned',
  day: '2026-11-16',
  startsAt: at('2026-11-16'),
});

describe('summary ranges', () => {
  it("runs a session's window to the day before the next session, skipping cancelled ones", () => {
    expect(sessionWindow([s1, cancelled, s2], 's1', '2026-11-27')).toEqual({
      from: '2026-11-02',
      to: '2026-11-15',
    });
  });

  it('gives a session with none after it 14 days, never past today', () => {
    expect(sessionWindow([s1], 's1', '2026-12-31')).toEqual({
      from: '2026-11-02',
      to: '2026-11-16',
    });
    expect(sessionWindow([s1], 's1', '2026-11-10')).toEqual({
      from: '2026-11-02',
      to: '2026-11-10',
    });
    expect(sessionWindow([s1], 'nope', '2026-11-10')).toBeUndefined();
  });

  it('starts "since the last summary" on the day it was shared', () => {
    expect(sinceLastShared(undefined, '2026-11-27')).toBeUndefined();
    expect(sinceLastShared(new Date('2026-11-12T19:30:00').getTime(), '2026-11-27')).toEqual({
      from: '2026-11-12',
      to: '2026-11-27',
    });
  });

  it('checks typed dates and says what is wrong in plain words', () => {
    expect(customRange('2026-11-01', '2026-11-27')).toEqual({
      range: { from: '2026-11-01', to: '2026-11-27' },
    });
    expect(customRange('', '2026-11-27')).toEqual({
      problem: 'Choose the first day of the summary.',
    });
    expect(customRange('2026-11-01', '2026-02-30')).toEqual({
      problem: 'Choose the last day of the summary.',
    });
    expect(customRange('2026-11-27', '2026-11-01')).toEqual({
      problem: 'The first day must come before the last day.',
    });
  });
});
