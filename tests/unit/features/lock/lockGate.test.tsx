// The lock gate at start and the lock screen over a real (fake-indexeddb) database: a stored lock
// record closes the vault before anything renders; the lock screen unlocks with the passcode,
// refuses a wrong one in plain words, and links to help without unlocking.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { createDatabase, openDatabase } from '../../../../src/db/database';
import { createLock } from '../../../../src/db/lock';
import { createRepositories } from '../../../../src/db/repositories';
import { currentVault, plainVault, setVault, VaultLockedError } from '../../../../src/db/vault';
import { initLockGate, lockStatus, useLockGate } from '../../../../src/features/lock/lockGate';
import { createTestClock, entryFields } from '../../factories';

const PASSCODE = 'quiet morning tide';
// One database for the file: the app's lock controller is made once per page, as in the app.
const db = await openDatabase(createDatabase(`lock-gate-${crypto.randomUUID()}`));
const clock = createTestClock();
const repos = createRepositories(db, clock);

function Gate() {
  return useLockGate() ?? <p>The app</p>;
}

function renderGate() {
  return render(
    <ServicesContext.Provider value={{ repos, now: () => Date.now() }}>
      <Gate />
    </ServicesContext.Provider>,
  );
}

afterEach(() => {
  cleanup();
  setVault(plainVault);
  lockStatus.set('off');
});
afterAll(() => db.close());

describe('the lock gate', () => {
  it('leaves the app open and the vault plain while no lock is set', async () => {
    await initLockGate(db);
    expect(lockStatus.get()).toBe('off');
    expect(currentVault()).toBe(plainVault);
    renderGate();
    expect(screen.getByText('The app')).toBeTruthy();
  });

  it('with a lock set, closes the vault and shows the lock screen; the right passcode opens it', async () => {
    const entry = await repos.entries.create(entryFields({ body: 'held close' }));
    await createLock({ db, now: clock.now, iterations: 1000 }).enable(PASSCODE, 'passphrase');
    setVault(plainVault);

    await initLockGate(db);
    expect(lockStatus.get()).toBe('locked');
    await expect(repos.entries.get(entry.id)).rejects.toBeInstanceOf(VaultLockedError);
    renderGate();
    // The lock screen is loaded on demand, so the first render shows an empty, busy screen.
    await screen.findByRole('heading', { name: 'Waypoint is locked' }, { timeout: 15_000 });
    expect(screen.queryByText('The app')).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Get help now, without unlocking' }).getAttribute('href'),
    ).toBe('/crisis');

    const field = await screen.findByLabelText('Your passphrase');
    fireEvent.input(field, { target: { value: 'not my passcode' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByText(
      'That is not the right passcode. Nothing was changed.',
      {},
      { timeout: 10_000 },
    );
    expect(lockStatus.get()).toBe('locked');
    // What was typed stays in the field.
    expect((field as HTMLInputElement).value).toBe('not my passcode');

    fireEvent.input(field, { target: { value: PASSCODE } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(lockStatus.get()).toBe('unlocked'), { timeout: 10_000 });
    await screen.findByText('The app');
    expect((await repos.entries.get(entry.id))?.body).toBe('held close');
  });
});
