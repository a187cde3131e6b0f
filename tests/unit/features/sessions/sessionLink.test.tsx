import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDay } from '../../../../src/domain/dates';
import * as phase from '../../../../src/domain/phase';
import type { KapSession } from '../../../../src/domain/types';
import * as labels from '../../../../src/features/sessions/sessionLabels';
import { SessionLinkOptions } from '../../../../src/features/sessions/sessionLink';
import { makeSession } from '../../factories';

vi.mock('../../../../src/features/sessions/sessionLabels', async (importOriginal) => {
  const actual = await importOriginal<typeof labels>();
  return { ...actual, sessionLabel: vi.fn(actual.sessionLabel) };
});

vi.mock('../../../../src/domain/phase', async (importOriginal) => {
  const actual = await importOriginal<typeof phase>();
  return { ...actual, sessionForMoment: vi.fn(actual.sessionForMoment) };
});

afterEach(cleanup);

/** A completed session on 1 March of `year`, at ten. */
function session(id: string, year: number): KapSession {
  const startsAt = new Date(year, 2, 1, 10).getTime();
  return makeSession({ id, status: 'completed', startsAt, day: toDay(startsAt) });
}

const sessions = [session('a', 2024), session('b', 2025), session('c', 2026)];

describe('SessionLinkOptions', () => {
  it('offers automatic (the session of the moment), every session, and none', () => {
    const { container } = render(
      <select>
        <SessionLinkOptions sessions={sessions} at={new Date(2025, 5, 1).getTime()} />
      </select>,
    );
    const options = [...container.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    expect(options.map(([value]) => value)).toEqual(['auto', 'a', 'b', 'c', 'none']);
    expect(options[0]?.[1]).toMatch(/^Automatic: Session 2 · /);
    expect(options[4]?.[1]).toBe('Not linked to a session');
  });

  it('works the labels out once per list of sessions, however often the form renders', () => {
    const label = vi.mocked(labels.sessionLabel);
    const at = new Date(2025, 5, 1).getTime();
    const { rerender } = render(
      <select>
        <SessionLinkOptions sessions={sessions} at={at} />
      </select>,
    );
    const afterFirst = label.mock.calls.length;
    // The form renders again as the clock moves (a new check-in's moment is "now").
    for (let tick = 1; tick <= 5; tick++) {
      rerender(
        <select>
          <SessionLinkOptions sessions={sessions} at={at + tick * 1000} />
        </select>,
      );
    }
    // Only the automatic option's label, once a render; the list's labels are not redone.
    expect(label.mock.calls.length - afterFirst).toBe(5);
    // A new list of sessions (a session was added) is labelled afresh.
    rerender(
      <select>
        <SessionLinkOptions sessions={[...sessions, session('d', 2027)]} at={at} />
      </select>,
    );
    expect(label.mock.calls.length - afterFirst).toBe(5 + 1 + 4);
  });

  it('finds the session of the moment once a render, not once per session', () => {
    const sessionForMoment = vi.mocked(phase.sessionForMoment);
    sessionForMoment.mockClear();
    render(
      <select>
        <SessionLinkOptions sessions={sessions} at={new Date(2025, 5, 1).getTime()} />
      </select>,
    );
    expect(sessionForMoment).toHaveBeenCalledTimes(1);
  });
});
