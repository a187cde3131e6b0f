// Today's questionnaire line over real repositories on fake-indexeddb.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { createDatabase, openDatabase } from '../../../../src/db/database';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { toDay } from '../../../../src/domain/dates';
import type { KapSession } from '../../../../src/domain/types';
import { SuggestionLine } from '../../../../src/features/questionnaires/SuggestionLine';
import { sessionFields } from '../../factories';

const now = new Date(2026, 2, 1, 10).getTime();
let repos: Repositories;

beforeEach(async () => {
  const db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  repos = createRepositories(db, { now: () => now, newId: () => crypto.randomUUID() });
});

afterEach(() => cleanup());

function show(sessions: readonly KapSession[]) {
  return render(
    <ServicesContext.Provider value={{ repos, now: () => now }}>
      <SuggestionLine sessions={sessions} />
    </ServicesContext.Provider>,
  );
}

it('suggests a baseline PHQ-9 before the first session, and a plain link once it is done', async () => {
  const startsAt = new Date(2026, 2, 5, 14).getTime();
  const session = await repos.sessions.create(sessionFields({ startsAt, day: toDay(startsAt) }));
  const view = show([session]);
  const due = await screen.findByRole('link', {
    name: 'PHQ-9 questionnaire: a starting point before your first session',
  });
  expect(due.getAttribute('href')).toBe('/questionnaires/phq9');

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
  view.unmount();
});

it('shows only the plain link with no sessions', async () => {
  show([]);
  expect((await screen.findByRole('link', { name: 'Questionnaires' })).getAttribute('href')).toBe(
    '/questionnaires',
  );
});
