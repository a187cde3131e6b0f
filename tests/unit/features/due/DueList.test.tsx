// Today's due list with years of commitments: the first few follow-ups, and the rest on request,
// over real repositories on fake-indexeddb.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { createDatabase, openDatabase } from '../../../../src/db/database';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { DueList, followUpsShownAtFirst } from '../../../../src/features/due/DueList';
import { makeCommitment } from '../../factories';

const now = new Date(2026, 2, 20, 10).getTime();
let repos: Repositories;

beforeEach(async () => {
  localStorage.clear();
  const db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  repos = createRepositories(db, { now: () => now, newId: () => crypto.randomUUID() });
});

it('shows the first follow-ups, oldest first, and the rest behind one button', async () => {
  // Seven commitments made in early March: each has its week follow-up due by the 20th.
  for (let i = 1; i <= 7; i++) {
    await repos.commitments.put(
      makeCommitment({ id: `c${i}`, day: `2026-03-0${i}`, text: `Commitment ${i}` }),
    );
  }
  render(
    <ServicesContext.Provider value={{ repos, now: () => now }}>
      <DueList sessions={[]} />
    </ServicesContext.Provider>,
  );
  await screen.findByRole('heading', { name: 'Due today (7)' });
  const shown = () => screen.getAllByText(/^Commitment \d$/).map((el) => el.textContent);
  expect(followUpsShownAtFirst).toBe(5);
  expect(shown()).toEqual([1, 2, 3, 4, 5].map((n) => `Commitment ${n}`));
  fireEvent.click(screen.getByRole('button', { name: 'Show 2 more follow-ups' }));
  await waitFor(() => expect(shown()).toHaveLength(7));
  expect(screen.queryByRole('button', { name: /more follow-ups?/ })).toBeNull();
});
