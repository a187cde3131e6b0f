// The app badge and title (src/app/badge.ts): the count of due prompt tasks and follow-ups,
// through a stubbed navigator.setAppBadge, following data changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msToNextDay, showCount, startBadge, titleWithCount } from '../../../src/app/badge';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../db/testDatabase';
import { commitmentFields, promptTaskFields } from '../factories';

type BadgeNav = Navigator & {
  setAppBadge?: (n?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
};

describe('titleWithCount', () => {
  it('puts the count in front, replaces an old one, and removes it at zero', () => {
    expect(titleWithCount('Waypoint', 3)).toBe('(3) Waypoint');
    expect(titleWithCount('(3) Journal · Waypoint', 12)).toBe('(12) Journal · Waypoint');
    expect(titleWithCount('(2) Waypoint', 0)).toBe('Waypoint');
  });
});

describe('msToNextDay', () => {
  it('is the time left until local midnight', () => {
    expect(msToNextDay(new Date(2026, 10, 10, 23, 0).getTime())).toBe(3_600_000);
  });
});

describe('showCount', () => {
  it('sets the badge, clears it at zero, and never throws when the browser refuses', () => {
    const setAppBadge = vi.fn(async () => undefined);
    const clearAppBadge = vi.fn(async () => undefined);
    const nav = { setAppBadge, clearAppBadge } as unknown as BadgeNav;
    document.title = 'Waypoint';
    showCount(2, nav);
    expect(setAppBadge).toHaveBeenCalledWith(2);
    expect(document.title).toBe('(2) Waypoint');
    showCount(0, nav);
    expect(clearAppBadge).toHaveBeenCalled();
    expect(document.title).toBe('Waypoint');
    const refusing = {
      setAppBadge: () => {
        throw new Error('Not allowed');
      },
    } as unknown as BadgeNav;
    expect(() => showCount(1, refusing)).not.toThrow();
    expect(document.title).toBe('(1) Waypoint');
  });
});

describe('startBadge', () => {
  let t: TestDatabase;
  const calls: (number | 'clear')[] = [];
  let stop: () => void = () => undefined;
  beforeEach(async () => {
    t = await openTestDatabase();
    calls.length = 0;
    const nav = navigator as BadgeNav;
    nav.setAppBadge = async (n?: number) => {
      calls.push(n ?? 0);
    };
    nav.clearAppBadge = async () => {
      calls.push('clear');
    };
    document.title = 'Waypoint';
  });
  afterEach(() => {
    stop();
    const nav = navigator as BadgeNav;
    Reflect.deleteProperty(nav, 'setAppBadge');
    Reflect.deleteProperty(nav, 'clearAppBadge');
    closeTestDatabases();
  });

  it('counts due prompt tasks and follow-ups, and follows data changes', async () => {
    const { repos, clock } = t;
    // Due today (1 March 2026): two tasks (one overdue), one later, one answered.
    await repos.promptTasks.create(promptTaskFields({ dueDay: '2026-02-27' }));
    await repos.promptTasks.create(promptTaskFields({ id: 'today', dueDay: '2026-03-01' }));
    await repos.promptTasks.create(promptTaskFields({ dueDay: '2026-03-05' }));
    await repos.promptTasks.create(promptTaskFields({ dueDay: '2026-02-20', status: 'answered' }));
    // A commitment made 8 days ago: its week follow-up is due.
    await repos.commitments.create(commitmentFields({ day: '2026-02-21' }));
    stop = startBadge({ repos, now: clock.now });
    await vi.waitFor(() => expect(calls.at(-1)).toBe(3));
    expect(document.title).toBe('(3) Waypoint');

    await repos.promptTasks.skip('today');
    await vi.waitFor(() => expect(calls.at(-1)).toBe(2));
    expect(document.title).toBe('(2) Waypoint');

    // A screen setting its own title gets the count put back in front.
    document.title = 'Journal · Waypoint';
    await vi.waitFor(() => expect(document.title).toBe('(2) Journal · Waypoint'));
  });

  it('clears the badge when nothing is due', async () => {
    stop = startBadge({ repos: t.repos, now: t.clock.now });
    await vi.waitFor(() => expect(calls).toEqual(['clear']));
    expect(document.title).toBe('Waypoint');
  });
});
