// Insights: the mood chart marks every session, its table lists the days, the before/after
// table shows exact figures and counts, and the screen is axe-clean in both colour schemes.
import type { Page } from '@playwright/test';
import { databaseName } from '../../src/db/schema';
import { addDaysToDay, toDay } from '../../src/domain/dates';
import { moodSeries } from '../../src/domain/insights';
import { numberSessions } from '../../src/domain/phase';
import type { CheckIn, KapSession } from '../../src/domain/types';
import {
  type HeavyUserData,
  loadHeavyUserInPage,
  nativeSchemaVersion,
  toStoredRow,
  writeHeavyUserRows,
} from '../support/heavyUser';
import { expect, test } from './fixtures';
import { InsightsPage } from './pages/InsightsPage';
import { axeViolations } from './support/axe';
import { bodyBackground, bodyBackgroundOf } from './support/theme';

/**
 * Waits until the app has started (so its database exists). Either Today or the first-run
 * welcome is fine: both datasets below write meta firstRunDone themselves.
 */
async function waitForDatabase(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^(Today|Welcome to Waypoint)$/);
}

/** Loads the heavy user and opens Insights; returns the data and the day it ends on. */
async function openWithHeavyUser(page: Page): Promise<{ data: HeavyUserData; today: string }> {
  await page.goto('/');
  await waitForDatabase(page);
  const data = await loadHeavyUserInPage(page, 11);
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.moodChart).toBeVisible({ timeout: 15_000 });
  return { data, today: toDay(Date.now()) };
}

const completedIn = (data: HeavyUserData, from: string, to: string) => {
  const sessions = data.sessions.map((row) => row as unknown as KapSession);
  const numbers = numberSessions(sessions);
  return sessions
    .filter((s) => s.status === 'completed' && s.day >= from && s.day <= to)
    .map((s) => numbers.get(s.id) ?? 0)
    .sort((a, b) => a - b);
};

test('five years of check-ins: every session in range is marked and the table lists the days', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { data, today } = await openWithHeavyUser(page);
  const insights = new InsightsPage(page);

  // 90 days by default.
  const from = addDaysToDay(today, -89);
  const expected = completedIn(data, from, today);
  expect(expected.length).toBeGreaterThan(0);
  await expect(insights.moodMarkers).toHaveCount(expected.length);
  const marked = await insights.moodMarkers.evaluateAll((marks) =>
    marks.map((m) => Number(m.getAttribute('data-session'))),
  );
  expect(marked).toEqual(expected);
  await expect(insights.moodChart).toHaveAttribute(
    'aria-label',
    new RegExp(`${expected.length} sessions? marked`),
  );

  // The table alternative: one row per day with check-ins, each with its mean and count.
  const checkins = data.checkins.map((row) => ({
    day: row.day as string,
    mood: (row.payload.data as unknown as CheckIn).mood,
  }));
  const days = moodSeries(checkins, { from, to: today });
  const table = await insights.showTable(insights.mood);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(days.length);
  const first = days[0];
  if (!first) throw new Error('no days');
  await expect(rows.first().locator('td').nth(0)).toHaveText(
    String(Math.round(first.average * 10) / 10),
  );
  await expect(rows.first().locator('td').nth(1)).toHaveText(String(first.count));
  // Session days say which session they were.
  for (const n of expected)
    await expect(table.getByRole('cell', { name: `Session ${n}`, exact: true })).toHaveCount(1);

  // "All": every completed session is marked, drawn by week.
  await insights.chooseRange('All');
  const all = completedIn(data, '0000-01-01', today);
  await expect(insights.moodMarkers).toHaveCount(all.length);
  await expect(insights.moodChart).toHaveAttribute('aria-label', /by week/);
  const weekly = await insights.showTable(insights.mood);
  const weeks = await weekly.locator('tbody tr').count();
  expect(weeks).toBeGreaterThan(250);
  expect(weeks).toBeLessThanOrEqual(262);

  // Before and after: the newest sessions, each figure with its count. The generator writes one
  // before-session and one after-session check-in per session, and two check-ins a day.
  await insights.chooseRange('90 days');
  const newest = expected.at(-1) ?? 0;
  await expect(insights.sessionRow(newest)).toHaveCount(1);
  expect((await insights.figure(newest, 'just before')).count).toBe('1 check-in');
  expect((await insights.figure(newest, 'just after')).count).toBe('1 check-in');
  expect((await insights.figure(newest, 'days before')).count).toBe('6 check-ins');
  await expect(insights.beforeAfterTable.locator('tbody tr')).toHaveCount(
    Math.min(8, expected.length),
  );
});

test('Insights with five years of data has no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(150_000);
  // The heavy user is loaded once; both colour schemes are checked on the same page.
  await page.emulateMedia({ colorScheme: 'light' });
  await openWithHeavyUser(page);
  const insights = new InsightsPage(page);
  await insights.showTable(insights.mood);
  await insights.showTable(insights.overlay);
  await insights.showTable(insights.questionnaires);
  await insights.showTable(insights.emotions);
  await expect(page.locator('h1')).toHaveCount(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await bodyBackgroundOf(page), colorScheme).toBe(bodyBackground[colorScheme]);
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('a brand-new user sees a gentle empty state', async ({ page }) => {
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.emptyState).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check in' })).toBeVisible();
});

// A tiny hand-made history, so every figure can be worked out by hand.
const at = (day: string, time = '12:00') => new Date(`${day}T${time}:00`).getTime();

function tinyHistory(): HeavyUserData {
  const session = (id: string, day: string): KapSession => ({
    id,
    status: 'completed',
    startsAt: at(day, '10:00'),
    day,
    createdAt: at(day),
    updatedAt: at(day),
    intentions: [],
    checklist: [],
    sideEffects: [],
  });
  let n = 0;
  const checkIn = (
    day: string,
    mood: number,
    extra: Partial<CheckIn> = {},
    time = '12:00',
  ): CheckIn => {
    n++;
    return {
      id: `c${n}`,
      at: at(day, time),
      day,
      createdAt: at(day, time),
      updatedAt: at(day, time),
      sessionLink: 'auto',
      mood,
      emotions: ['calm'],
      ...extra,
    };
  };
  const sessions = [session('s1', '2026-11-05'), session('s2', '2026-11-12')];
  const checkins = [
    checkIn('2026-11-01', 2),
    checkIn('2026-11-02', 4),
    checkIn('2026-11-03', 5, {}, '09:00'),
    checkIn('2026-11-03', 6, {}, '20:00'),
    checkIn('2026-11-04', 3),
    checkIn('2026-11-05', 3, { moment: 'before-session', sessionId: 's1' }, '09:00'),
    checkIn('2026-11-05', 8, { moment: 'after-session', sessionId: 's1' }, '14:00'),
    checkIn('2026-11-06', 7, { sessionId: 's1' }),
    checkIn('2026-11-08', 6, { sessionId: 's1' }),
    checkIn('2026-11-09', 6, { sessionId: 's1' }),
    checkIn('2026-11-11', 8, { sessionId: 's1' }),
    checkIn('2026-11-12', 5, { moment: 'before-session', sessionId: 's2' }, '08:00'),
    checkIn('2026-11-12', 6, { moment: 'before-session', sessionId: 's2' }, '09:00'),
    checkIn('2026-11-13', 9, { sessionId: 's2' }),
  ];
  return {
    sessions: sessions.map((s) => toStoredRow('sessions', s)),
    checkins: checkins.map((c) => toStoredRow('checkins', c)),
    entries: [],
    assessments: [],
    prompts: [],
    promptTasks: [],
    commitments: [],
    drafts: [],
    settings: [],
    meta: [{ key: 'firstRunDone', value: true }],
  };
}

test('two sessions and a few check-ins: the before/after figures and counts are exact', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-20T12:00:00'));
  await page.goto('/');
  await waitForDatabase(page);
  await page.evaluate(writeHeavyUserRows, {
    name: databaseName,
    version: nativeSchemaVersion,
    data: tinyHistory(),
  });
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.beforeAfterTable).toBeVisible();
  await expect(insights.moodMarkers).toHaveCount(2);
  await expect(insights.windowDays).toHaveValue('3');

  // Session 1 (5 Nov): moments 3 and 8; the 3 days before (2-4 Nov) are 4, 5, 6, 3; the
  // 3 days after (6-8 Nov) are 7 and 6 (7 Nov has none).
  expect(await insights.figure(1, 'just before')).toEqual({ value: '3', count: '1 check-in' });
  expect(await insights.figure(1, 'just after')).toEqual({ value: '8', count: '1 check-in' });
  expect(await insights.figure(1, 'days before')).toEqual({ value: '4.5', count: '4 check-ins' });
  expect(await insights.figure(1, 'days after')).toEqual({ value: '6.5', count: '2 check-ins' });
  // Session 2 (12 Nov): two before-session check-ins (5, 6), none after: absent, not zero.
  expect(await insights.figure(2, 'just before')).toEqual({ value: '5.5', count: '2 check-ins' });
  expect(await insights.figure(2, 'just after')).toEqual({ value: '–', count: 'no check-ins' });
  // 9-11 Nov: 6 and 8 (10 Nov has none); 13-15 Nov: 9.
  expect(await insights.figure(2, 'days before')).toEqual({ value: '7', count: '2 check-ins' });
  expect(await insights.figure(2, 'days after')).toEqual({ value: '9', count: '1 check-in' });

  // Four days either side: 1-4 Nov adds the 2; 6-9 Nov adds the 6 of 9 Nov; 8-11 Nov for
  // session 2 adds the 6 of 8 Nov.
  await insights.windowDays.selectOption('4');
  await expect(
    insights.beforeAfterTable.getByRole('columnheader', { name: '4 days before' }),
  ).toBeVisible();
  expect(await insights.figure(1, 'days before')).toEqual({ value: '4', count: '5 check-ins' });
  expect(await insights.figure(1, 'days after')).toEqual({ value: '6.3', count: '3 check-ins' });
  expect(await insights.figure(2, 'days before')).toEqual({ value: '6.7', count: '3 check-ins' });
  // The choice is kept on this device.
  await page.reload();
  await expect(insights.windowDays).toHaveValue('4');

  // The days-after overlay's table: session 1's day 1 is 7 from one check-in.
  const overlay = await insights.showTable(insights.overlay);
  const dayOne = overlay.locator('tbody tr').nth(1);
  await expect(dayOne.getByRole('rowheader')).toHaveText('Day 1');
  await expect(dayOne.locator('td').nth(1)).toHaveText('71 check-in');
});
