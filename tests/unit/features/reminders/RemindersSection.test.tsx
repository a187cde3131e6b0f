// The Reminders card of Settings over real repositories on fake-indexeddb.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { createDatabase, openDatabase } from '../../../../src/db/database';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { DAILY_CHECK_IN_UID } from '../../../../src/domain/reminders';
import { RemindersSection } from '../../../../src/features/reminders/RemindersSection';
import {
  captureDownloads,
  captureShares,
  parseCalendarFile,
  removeShareStubs,
} from './calendarCapture';

const now = new Date(2026, 10, 10, 9, 0).getTime();
let repos: Repositories;

beforeEach(async () => {
  const db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  repos = createRepositories(db, { now: () => now, newId: () => crypto.randomUUID() });
});
afterEach(() => removeShareStubs());

function show() {
  return render(
    <ServicesContext.Provider value={{ repos, now: () => now }}>
      <RemindersSection />
    </ServicesContext.Provider>,
  );
}

async function reminderTimeInput(): Promise<HTMLInputElement> {
  const input = (await screen.findByLabelText('Reminder time')) as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  return input;
}

describe('Reminders section', () => {
  it('explains that reminders go through the calendar because there is no server', async () => {
    show();
    expect(await screen.findByRole('heading', { name: 'Reminders' })).toBeTruthy();
    expect(screen.getByText(/Waypoint has no server/).textContent).toContain(
      "Reminders go through your phone's calendar",
    );
    expect((await reminderTimeInput()).value).toBe('19:00');
  });

  it('saves a new reminder time', async () => {
    show();
    const input = await reminderTimeInput();
    fireEvent.change(input, { target: { value: '20:30' } });
    expect(await screen.findByText('Reminders will be at 20:30.')).toBeTruthy();
    expect(await repos.settings.get('reminderTime')).toBe('20:30');
  });

  it('shows a stored reminder time', async () => {
    await repos.settings.set('reminderTime', '07:15');
    show();
    await waitFor(async () => expect((await reminderTimeInput()).value).toBe('07:15'));
  });

  it('says what is wrong with an empty time and keeps the saved one', async () => {
    await repos.settings.set('reminderTime', '21:00');
    show();
    const input = await reminderTimeInput();
    await waitFor(() => expect(input.value).toBe('21:00'));
    fireEvent.change(input, { target: { value: '' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a time such as 19:00.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await repos.settings.get('reminderTime')).toBe('21:00');
  });

  it('downloads the daily check-in reminder as one daily event and remembers it', async () => {
    const downloads = captureDownloads();
    show();
    await reminderTimeInput();
    const time = screen.getByLabelText('Daily check-in time') as HTMLInputElement;
    expect(time.value).toBe('20:00');
    fireEvent.input(time, { target: { value: '08:45' } });
    fireEvent.click(
      screen.getByRole('button', { name: 'Add daily check-in reminder to calendar' }),
    );
    expect(
      await screen.findByText(
        'Calendar file saved. Open it to add 1 reminder. It repeats every day at 08:45.',
      ),
    ).toBeTruthy();
    expect(downloads.downloads).toEqual(['waypoint-daily-check-in.ics']);
    const [file] = downloads.files;
    expect(file?.type).toBe('text/calendar');
    const events = await parseCalendarFile(file as File);
    expect(events).toHaveLength(1);
    expect(events[0]?.uid).toBe(DAILY_CHECK_IN_UID);
    expect(events[0]?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=DAILY');
    // 08:45 has passed at 09:00, so the series starts tomorrow, at the local time chosen.
    expect(events[0]?.startDate.toString()).toBe('2026-11-11T08:45:00');
    expect(await repos.settings.get('dailyCheckInReminder')).toEqual({
      enabled: true,
      time: '08:45',
    });
    expect(await screen.findByText(/You added a daily reminder at 08:45/)).toBeTruthy();
  });

  it('shares the daily reminder when the phone can share files', async () => {
    const shares = captureShares();
    show();
    await reminderTimeInput();
    fireEvent.click(
      screen.getByRole('button', { name: 'Add daily check-in reminder to calendar' }),
    );
    expect(await screen.findByText(/^Calendar file shared\./)).toBeTruthy();
    expect(shares.files.map((f) => f.name)).toEqual(['waypoint-daily-check-in.ics']);
    const events = await parseCalendarFile(shares.files[0] as File);
    expect(events[0]?.startDate.toString()).toBe('2026-11-10T20:00:00');
  });

  it('changes nothing when the share sheet is closed', async () => {
    captureShares('cancelled');
    show();
    await reminderTimeInput();
    fireEvent.click(
      screen.getByRole('button', { name: 'Add daily check-in reminder to calendar' }),
    );
    expect(await screen.findByText(/^Nothing was shared\./)).toBeTruthy();
    expect(await repos.settings.get('dailyCheckInReminder')).toBeUndefined();
  });

  it('refuses an empty daily time and makes no file', async () => {
    const downloads = captureDownloads();
    show();
    await reminderTimeInput();
    fireEvent.input(screen.getByLabelText('Daily check-in time'), { target: { value: '' } });
    fireEvent.click(
      screen.getByRole('button', { name: 'Add daily check-in reminder to calendar' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a time such as 19:00.');
    expect(downloads.downloads).toEqual([]);
    expect(await repos.settings.get('dailyCheckInReminder')).toBeUndefined();
  });
});
