// The session's "Add to calendar" over real repositories on fake-indexeddb; the file it makes
// is read back with ical.js.
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { createDatabase, openDatabase } from '../../../../src/db/database';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { reminderInstant } from '../../../../src/domain/prompts/schedule';
import { REMINDER_SUMMARY } from '../../../../src/domain/reminders';
import type { KapSession } from '../../../../src/domain/types';
import { AddToCalendar } from '../../../../src/features/reminders/AddToCalendar';
import { makePromptTask, makeSession } from '../../factories';
import {
  captureDownloads,
  captureShares,
  parseCalendarFile,
  removeShareStubs,
} from './calendarCapture';

const now = new Date(2026, 10, 10, 9, 0).getTime();
let repos: Repositories;

const session = makeSession({
  id: 'sess-1',
  status: 'completed',
  startsAt: new Date(2026, 10, 10, 8).getTime(),
  day: '2026-11-10',
  intentions: ['Call my father Anselm'],
  notes: 'Felt the ocean',
});

beforeEach(async () => {
  const db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  repos = createRepositories(db, { now: () => now, newId: () => crypto.randomUUID() });
});
afterEach(() => removeShareStubs());

function show(shown: KapSession = session, number: number | undefined = 3) {
  return render(
    <ServicesContext.Provider value={{ repos, now: () => now }}>
      <AddToCalendar session={shown} list={[shown]} number={number} />
    </ServicesContext.Provider>,
  );
}

async function storeTasks(): Promise<void> {
  const task = (slot: string, dueDay: string, status: 'due' | 'answered' | 'skipped') =>
    makePromptTask({ id: `ptask-sess-1-${slot}`, sessionId: 'sess-1', dueDay, status });
  await repos.promptTasks.put(task('same-evening', '2026-11-10', 'answered'));
  await repos.promptTasks.put(task('day-1', '2026-11-11', 'due'));
  await repos.promptTasks.put(task('day-3', '2026-11-13', 'skipped'));
  await repos.promptTasks.put(task('day-7', '2026-11-17', 'due'));
}

describe('Add to calendar', () => {
  it('downloads one event per open stored task at the reminder time, and says so', async () => {
    await storeTasks();
    await repos.settings.set('reminderTime', '20:15');
    const downloads = captureDownloads();
    show();
    expect(await screen.findByText(/This adds 2 reminders at 20:15/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add to calendar' }));
    expect(
      await screen.findByText('Calendar file saved. Open it to add 2 reminders.'),
    ).toBeTruthy();
    expect(downloads.downloads).toEqual(['waypoint-session-3-reminders.ics']);
    const file = downloads.files[0] as File;
    const events = await parseCalendarFile(file);
    expect(events.map((e) => e.uid)).toEqual([
      'ptask-sess-1-day-1@waypoint.invalid',
      'ptask-sess-1-day-7@waypoint.invalid',
    ]);
    expect(events.map((e) => e.startDate.toJSDate().getTime())).toEqual([
      reminderInstant('2026-11-11', '20:15'),
      reminderInstant('2026-11-17', '20:15'),
    ]);
    expect(events.every((e) => e.summary === REMINDER_SUMMARY)).toBe(true);
    const text = await file.text();
    for (const secret of ['Anselm', 'father', 'ocean', 'Rivera', 'intramuscular', 'clinic']) {
      expect(text).not.toContain(secret);
    }
  });

  it('plans the reminders when the session has no stored tasks yet', async () => {
    const downloads = captureDownloads();
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Add to calendar' }));
    await screen.findByText('Calendar file saved. Open it to add 5 reminders.');
    const events = await parseCalendarFile(downloads.files[0] as File);
    expect(events.map((e) => e.uid)).toEqual(
      ['same-evening', 'day-1', 'day-3', 'day-7', 'day-14'].map(
        (slot) => `ptask-sess-1-${slot}@waypoint.invalid`,
      ),
    );
    expect(events[0]?.startDate.toJSDate().getTime()).toBe(reminderInstant('2026-11-10', '19:00'));
  });

  it('hands the file to the share sheet when the phone can share files', async () => {
    await storeTasks();
    const shares = captureShares();
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Add to calendar' }));
    expect(
      await screen.findByText('Calendar file shared. Your calendar app can now add 2 reminders.'),
    ).toBeTruthy();
    expect(shares.files.map((f) => [f.name, f.type])).toEqual([
      ['waypoint-session-3-reminders.ics', 'text/calendar'],
    ]);
    expect(await parseCalendarFile(shares.files[0] as File)).toHaveLength(2);
  });

  it('shows nothing when every task is answered or skipped, and appears when one is due', async () => {
    await repos.promptTasks.put(
      makePromptTask({ id: 'ptask-sess-1-day-1', sessionId: 'sess-1', status: 'answered' }),
    );
    const view = show();
    // The same session with a due task, rendered alongside, shows the data has loaded.
    render(
      <ServicesContext.Provider value={{ repos, now: () => now }}>
        <AddToCalendar session={{ ...session, id: 'control' }} list={[]} number={2} />
      </ServicesContext.Provider>,
    );
    await screen.findByRole('button', { name: 'Add to calendar' });
    expect(view.container.textContent).toBe('');
    await repos.promptTasks.put(
      makePromptTask({
        id: 'ptask-sess-1-day-7',
        sessionId: 'sess-1',
        dueDay: '2026-11-17',
        status: 'due',
      }),
    );
    expect(await screen.findByText(/This adds 1 reminder at 19:00/)).toBeTruthy();
  });

  it('shows nothing for a cancelled session or one completed long ago', async () => {
    await storeTasks();
    const cancelled = show({ ...session, status: 'cancelled' });
    const old = render(
      <ServicesContext.Provider value={{ repos, now: () => now }}>
        <AddToCalendar
          session={{ ...session, id: 'old', day: '2026-10-01', startsAt: now - 40 * 86_400_000 }}
          list={[]}
          number={1}
        />
      </ServicesContext.Provider>,
    );
    render(
      <ServicesContext.Provider value={{ repos, now: () => now }}>
        <AddToCalendar session={{ ...session, id: 'control' }} list={[]} number={2} />
      </ServicesContext.Provider>,
    );
    await screen.findByRole('button', { name: 'Add to calendar' });
    expect(cancelled.container.textContent).toBe('');
    expect(old.container.textContent).toBe('');
  });
});
