// The backup nudge card on Today over a real (fake-indexeddb) database: it appears when the rule
// says so, links to the backup screen, "Not now" hides it for 7 days, and a recorded backup
// hides it at once. NudgeSlot loads it only once something was ever saved.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { recordBackupMade } from '../../../../src/db/backupActivity';
import { initLockGate } from '../../../../src/features/lock/lockGate';
import { BackupNudge } from '../../../../src/features/storage/BackupNudge';
import { NudgeSlot } from '../../../../src/features/today/NudgeSlot';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { checkInFields, entryFields } from '../../factories';

const DAY = 24 * 60 * 60 * 1000;
let t: TestDatabase;

beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => closeTestDatabases());

function show(ui = <BackupNudge db={t.db} />) {
  return render(
    <ServicesContext.Provider value={{ repos: t.repos, now: t.clock.now }}>
      {ui}
    </ServicesContext.Provider>,
  );
}

/** Lets the live query settle, then tells whether the card is there. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
}

describe('BackupNudge', () => {
  it('shows nothing on an empty journal, even weeks later', async () => {
    t.clock.advance(30 * DAY);
    show();
    await settled();
    expect(screen.queryByTestId('backup-nudge')).toBeNull();
  });

  it('shows "never backed up" a week after the first entry, with "Back up now"', async () => {
    await t.repos.entries.create(entryFields());
    t.clock.advance(7 * DAY);
    show();
    expect(await screen.findByRole('heading', { name: 'Back up your journal' })).toBeTruthy();
    expect(screen.getByText('You have never backed up.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back up now' }).getAttribute('href')).toBe(
      '/settings/backup',
    );
  });

  it('counts the days since the last backup when something changed', async () => {
    await recordBackupMade(t.db, t.clock.now());
    t.clock.advance(DAY);
    await t.repos.checkins.create(checkInFields());
    t.clock.advance(8 * DAY);
    show();
    expect(await screen.findByText('It has been 9 days since your last backup.')).toBeTruthy();
  });

  it('"Not now" hides it and stores the snooze for 7 days', async () => {
    await recordBackupMade(t.db, t.clock.now());
    t.clock.advance(1000);
    for (let i = 0; i < 20; i++) await t.repos.entries.create(entryFields());
    show();
    expect(await screen.findByText('20 new entries since your last backup.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByTestId('backup-nudge')).toBeNull());
    expect(await t.repos.meta.get('backupNudgeSnoozedUntil')).toBe(t.clock.now() + 7 * DAY);
  });

  it('disappears once a backup is recorded', async () => {
    await t.repos.entries.create(entryFields());
    t.clock.advance(10 * DAY);
    show();
    await screen.findByTestId('backup-nudge');
    await recordBackupMade(t.db, t.clock.now());
    await waitFor(() => expect(screen.queryByTestId('backup-nudge')).toBeNull());
  });
});

describe('BackupNudge in Safari on iPhone', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).userAgent;
    delete (navigator as unknown as Record<string, unknown>).maxTouchPoints;
  });

  it('adds that Safari may clear the data, with a link to the storage advice', async () => {
    Object.defineProperty(navigator, 'userAgent', {
      configurable: true,
      value:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    });
    Object.defineProperty(navigator, 'maxTouchPoints', { configurable: true, value: 5 });
    await t.repos.entries.create(entryFields());
    t.clock.advance(7 * DAY);
    show();
    expect(
      await screen.findByText(/data can be cleared after a week without a visit/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Keep it safer' }).getAttribute('href')).toBe(
      '/settings#storage',
    );
  });

  it('says nothing about Safari elsewhere', async () => {
    await t.repos.entries.create(entryFields());
    t.clock.advance(7 * DAY);
    show();
    await screen.findByTestId('backup-nudge');
    expect(screen.queryByRole('link', { name: 'Keep it safer' })).toBeNull();
  });
});

describe('NudgeSlot', () => {
  it('loads nothing while nothing was ever saved', async () => {
    show(<NudgeSlot />);
    await settled();
    expect(screen.queryByTestId('backup-nudge')).toBeNull();
    expect(await t.repos.meta.get('persistenceRequested')).toBeUndefined();
  });

  it('loads the nudge once something was saved, over the app database', async () => {
    await initLockGate(t.db);
    await t.repos.entries.create(entryFields());
    await waitFor(async () => expect(await t.repos.meta.get('persistenceRequested')).toBe(true));
    t.clock.advance(7 * DAY);
    show(<NudgeSlot />);
    expect(await screen.findByText('You have never backed up.')).toBeTruthy();
  });
});
