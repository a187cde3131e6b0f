// Reminders that need no server: calendar files from a session and from Settings, read back
// with ical.js. The browser runs in Berlin time so UTC times in the file are really converted
// (19:30 UTC is 20:30 in Berlin in November).
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import {
  parseCalendar,
  RemindersSettings,
  SessionCalendar,
  sharedFiles,
  stubFileSharing,
} from './pages/ReminderPages';
import { SessionEditorPage } from './pages/SessionPages';
import { axeViolations } from './support/axe';

test.use({ serviceWorkers: 'block', timezoneId: 'Europe/Berlin' });

const intention = 'Forgive my brother Tobias';
const integrationDays = ['20261110', '20261111', '20261113', '20261117', '20261124'];
const slots = ['same-evening', 'day-1', 'day-3', 'day-7', 'day-14'];

/** Records a session that happened this morning and returns its id. */
async function completeSession(page: import('@playwright/test').Page): Promise<string> {
  await page.goto('/sessions/new');
  const editor = new SessionEditorPage(page);
  await editor.fillPlan({ date: '2026-11-10', time: '10:00', intentions: [intention] });
  await editor.happened.check();
  await editor.fillRecord({ route: 'Intramuscular (IM)', doseMg: '55' });
  await editor.save('Save session');
  return new URL(page.url()).pathname.split('/').pop() as string;
}

test('a completed session adds its reflections to the calendar at the chosen time', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-10T12:00:00+01:00'));
  const settings = new RemindersSettings(page);
  await settings.open();
  await expect(settings.reminderTime).toHaveValue('19:00');
  await settings.setReminderTime('20:30');

  const sessionId = await completeSession(page);
  const calendar = new SessionCalendar(page);
  await expect(calendar.section).toContainText('This adds 5 reminders at 20:30');
  await expect(calendar.section).toContainText('nothing is sent anywhere');

  const file = await calendar.download();
  await expect(
    calendar.section.getByText('Calendar file saved. Open it to add 5 reminders.'),
  ).toBeVisible();
  expect(file.name).toBe('waypoint-session-1-reminders.ics');
  expect(file.events.map((e) => e.uid)).toEqual(
    slots.map((slot) => `ptask-${sessionId}-${slot}@waypoint.invalid`),
  );
  // 20:30 in Berlin (UTC+1 in November) is written as 19:30 UTC.
  for (const [i, event] of file.events.entries()) {
    expect(file.text).toContain(`DTSTART:${integrationDays[i]}T193000Z`);
    expect(event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(event.startDate.toString()).toBe(
      `${integrationDays[i]?.replace(/(\d{4})(\d\d)(\d\d)/, '$1-$2-$3')}T19:30:00Z`,
    );
    expect(event.summary).toBe('Waypoint reflection');
    const alarm = event.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(
      (alarm?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined)?.toSeconds(),
    ).toBe(0);
  }
  for (const secret of ['Tobias', 'Forgive', 'Intramuscular', '55 mg']) {
    expect(file.text).not.toContain(secret);
  }

  // Exporting again gives the same UIDs, so the calendar updates instead of duplicating.
  await page.clock.setFixedTime(new Date('2026-11-10T12:05:00+01:00'));
  const again = await calendar.download();
  expect(again.events.map((e) => e.uid)).toEqual(file.events.map((e) => e.uid));
  expect(again.events[0]?.sequence).toBeGreaterThan(file.events[0]?.sequence ?? Infinity);

  expect(await axeViolations(page)).toEqual([]);
});

test("the session's stored tasks decide: a reflection skipped on Today leaves the calendar", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-10T12:00:00+01:00'));
  const sessionId = await completeSession(page);
  await page.goto('/');
  const due = page.locator('.due-item').filter({ hasText: 'Skip' }).first();
  const promptText = (await due.getByRole('heading').textContent()) ?? '';
  expect(promptText.length).toBeGreaterThan(10);
  await due.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByText('Prompt skipped.')).toBeVisible();

  await page.goto(`/sessions/${sessionId}`);
  const calendar = new SessionCalendar(page);
  await expect(calendar.section).toContainText('This adds 4 reminders at 19:00');
  const file = await calendar.download();
  // The skipped same-evening reflection is left out; the others keep their days (19:00 local).
  expect(file.events.map((e) => [e.uid, e.startDate.toString()])).toEqual([
    [`ptask-${sessionId}-day-1@waypoint.invalid`, '2026-11-11T18:00:00Z'],
    [`ptask-${sessionId}-day-3@waypoint.invalid`, '2026-11-13T18:00:00Z'],
    [`ptask-${sessionId}-day-7@waypoint.invalid`, '2026-11-17T18:00:00Z'],
    [`ptask-${sessionId}-day-14@waypoint.invalid`, '2026-11-24T18:00:00Z'],
  ]);
  expect(file.text.replace(/\r\n /g, '')).not.toContain(promptText.slice(0, 25));
});

test('where the phone can share files, the calendar file goes to the share sheet', async ({
  page,
}) => {
  await stubFileSharing(page);
  await page.clock.setFixedTime(new Date('2026-11-10T12:00:00+01:00'));
  await completeSession(page);
  const calendar = new SessionCalendar(page);
  await calendar.addButton.click();
  await expect(
    calendar.section.getByText('Calendar file shared. Your calendar app can now add 5 reminders.'),
  ).toBeVisible();
  const shared = await sharedFiles(page);
  expect(shared.map((f) => [f.name, f.type])).toEqual([
    ['waypoint-session-1-reminders.ics', 'text/calendar'],
  ]);
  const file = parseCalendar(shared[0]?.name ?? '', shared[0]?.text ?? '');
  expect(file.events).toHaveLength(5);
  expect(file.events[0]?.startDate.toString()).toBe('2026-11-10T18:00:00Z');
  expect(file.text).not.toContain('Tobias');
});

test('Settings adds a daily check-in reminder as one repeating event', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T12:00:00+01:00'));
  const settings = new RemindersSettings(page);
  await settings.open();
  await expect(settings.section).toContainText('Waypoint has no server');
  await expect(settings.checkInTime).toHaveValue('20:00');

  const file = await settings.downloadDailyReminder('21:00');
  await expect(
    settings.section.getByText(
      'Calendar file saved. Open it to add 1 reminder. It repeats every day at 21:00.',
    ),
  ).toBeVisible();
  expect(file.name).toBe('waypoint-daily-check-in.ics');
  expect(file.events).toHaveLength(1);
  const event = file.events[0] as ICAL.Event;
  expect(event.uid).toBe('daily-checkin@waypoint.invalid');
  expect(event.summary).toBe('Waypoint check-in');
  expect(event.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=DAILY');
  // A floating local time: 21:00 wherever the phone is, summer or winter time.
  expect(file.text).toContain('\r\nDTSTART:20261110T210000\r\n');
  expect(event.component.getFirstSubcomponent('valarm')).not.toBeNull();

  await settings.open();
  await expect(settings.section).toContainText('You added a daily reminder at 21:00');
  await expect(settings.checkInTime).toHaveValue('21:00');
  expect(await axeViolations(page)).toEqual([]);
});
