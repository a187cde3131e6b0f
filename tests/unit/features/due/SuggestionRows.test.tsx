// Today's questionnaire suggestion (src/features/due/SuggestionRows.tsx), shown in the due list
// over real repositories on fake-indexeddb: the cadence rule's words and link, live updates, and
// the plain Questionnaires link when nothing is suggested.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { currentToast } from '../../../../src/app/toast';
import { createDatabase, openDatabase } from '../../../../src/db/database';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { toDay } from '../../../../src/domain/dates';
import type { KapSession } from '../../../../src/domain/types';
import { DueList } from '../../../../src/features/due/DueList';
import { sessionFields } from '../../factories';

const now = new Date(2026, 2, 1, 10).getTime();
const baseline = 'PHQ-9 questionnaire: a starting point before your first session';
let repos: Repositories;

beforeEach(async () => {
  localStorage.clear();
  const db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  repos = createRepositories(db, { now: () => now, newId: () => crypto.randomUUID() });
});

function show(sessions: readonly KapSession[]) {
  return render(
    <ServicesContext.Provider value={{ repos, now: () => now }}>
      <DueList sessions={sessions} />
    </ServicesContext.Provider>,
  );
}

async function plannedSession(): Promise<KapSession> {
  const startsAt = new Date(2026, 2, 5, 14).getTime();
  return repos.sessions.create(sessionFields({ startsAt, day: toDay(startsAt) }));
}

it('suggests a baseline PHQ-9 before the first session, and a plain link once it is done', async () => {
  const session = await plannedSession();
  show([session]);
  const due = await screen.findByRole('link', { name: baseline });
  expect(due.getAttribute('href')).toBe('/questionnaires/phq9');
  expect(screen.queryByRole('link', { name: 'Questionnaires' })).toBeNull();

  await repos.assessments.create({
    at: now - 60_000,
    day: toDay(now),
    sessionId: session.id,
    sessionLink: 'auto',
    instrument: 'phq9',
    answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, null],
    total: 0,
    band: 'minimal',
    complete: true,
  });
  const plain = await screen.findByRole('link', { name: 'Questionnaires' });
  expect(plain.getAttribute('href')).toBe('/questionnaires');
  expect(screen.queryByRole('link', { name: baseline })).toBeNull();
});

it('shows only the plain link with no sessions', async () => {
  show([]);
  expect((await screen.findByRole('link', { name: 'Questionnaires' })).getAttribute('href')).toBe(
    '/questionnaires',
  );
  expect(screen.queryByRole('link', { name: /questionnaire:/ })).toBeNull();
});

it('puts the suggestion off for today with "Not today", and undo brings it back', async () => {
  show([await plannedSession()]);
  const row = (await screen.findByRole('link', { name: baseline })).closest('li');
  const notToday = row?.querySelector('button');
  expect(notToday?.textContent).toBe('Not today');
  fireEvent.click(notToday as HTMLButtonElement);
  await screen.findByRole('link', { name: 'Questionnaires' });
  expect(screen.queryByRole('link', { name: baseline })).toBeNull();
  expect(currentToast.get()?.message).toBe('The PHQ-9 put off until tomorrow.');

  await currentToast.get()?.action?.run();
  await screen.findByRole('link', { name: baseline });
  await waitFor(() => expect(screen.queryByRole('link', { name: 'Questionnaires' })).toBeNull());
});
