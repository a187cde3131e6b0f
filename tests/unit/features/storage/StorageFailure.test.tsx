// Open failures never delete (data-safety 11): the real openDatabase fails twice (its one retry
// included), the failure screen renders as boot renders it, offers "Restore from a backup" with
// honest steps, and indexedDB.deleteDatabase is never called; the data is still there afterwards.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { StorageFailure } from '../../../../src/app/StorageFailure';
import { createDatabase, openDatabase } from '../../../../src/db/database';
import { toStorageProblem } from '../../../../src/db/errors';
import { createRepositories } from '../../../../src/db/repositories';
import { createTestClock, entryFields } from '../../factories';

describe('StorageFailure after a failing open', () => {
  it('offers the restore steps and never deletes the database', async () => {
    const name = `failing-${crypto.randomUUID()}`;
    const seeded = await openDatabase(createDatabase(name));
    const entry = await createRepositories(seeded, createTestClock()).entries.create(
      entryFields({ body: 'must survive' }),
    );
    seeded.close();

    // Dexie reports its own retry of this error on the console.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const deleteSpy = vi.spyOn(indexedDB, 'deleteDatabase');
    const openSpy = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The backing store is corrupt', 'UnknownError');
    });
    const db = createDatabase(name);
    const error = await openDatabase(db).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeDefined();
    // openDatabase retried (and Dexie has its own retry for this error): tried more than once.
    expect(openSpy.mock.calls.length).toBeGreaterThanOrEqual(2);

    render(<StorageFailure message={toStorageProblem(error).message} />);
    expect(screen.getByRole('heading', { name: 'Your journal could not be opened' })).toBeTruthy();
    expect(screen.getByText(/Nothing has been deleted\. Close other Waypoint tabs/)).toBeTruthy();
    const offer = screen.getByRole('button', { name: 'Restore from a backup' });
    expect(offer.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(offer);
    expect(offer.getAttribute('aria-expanded')).toBe('true');
    const steps = screen.getByRole('heading', { name: 'Restore from a backup' }).closest('section');
    expect(steps?.textContent).toContain('a backup cannot be restored into it');
    expect(steps?.textContent).toContain(
      'open Waypoint in another browser or in the home-screen app',
    );
    expect(steps?.textContent).toContain('"Restore or import"');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Get help' }).getAttribute('href')).toBe('/crisis');
    expect(deleteSpy).not.toHaveBeenCalled();

    // Once storage works again, everything is where it was.
    openSpy.mockRestore();
    const reopened = await openDatabase(createDatabase(name));
    expect(
      (await createRepositories(reopened, createTestClock()).entries.get(entry.id))?.body,
    ).toBe('must survive');
    reopened.close();
    expect(deleteSpy).not.toHaveBeenCalled();
  });
});
