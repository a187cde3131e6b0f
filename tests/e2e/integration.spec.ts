// The integration schedule end to end: a completed session's prompts come due on Today, are
// answered in place and land under the session; skip and snooze undo; a sentence becomes a
// commitment that is followed up a week later; the app badge and title show the count.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CommitmentForm, DueList, sessionCommitments } from './pages/DuePages';
import { JournalPage } from './pages/JournalPages';
import { SessionEditorPage, SessionPage } from './pages/SessionPages';
import { axeViolations } from './support/axe';

test.use({ serviceWorkers: 'block' });

const intention = 'Meet my fear with kindness';

/** Logs a completed session at 10:00 on `date` with an intention; returns its path. */
async function completedSession(page: Page, date: string): Promise<string> {
  await page.goto('/sessions/new');
  const editor = new SessionEditorPage(page);
  await editor.fillPlan({ date, time: '10:00', intentions: [intention] });
  await editor.happened.check();
  await editor.fillRecord({ route: 'Sublingual / oral' });
  await editor.save('Save session');
  return new URL(page.url()).pathname;
}

test('the day after a session its prompt is answered on Today and found under the session', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-09T18:00:00'));
  const sessionPath = await completedSession(page, '2026-11-09');

  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  const due = new DueList(page);
  await due.open();
  // Oldest first: the same-evening prompt from yesterday, then the day-after prompt.
  await expect(due.section.locator('li.due-item').nth(0)).toContainText('Session 1, session day');
  await expect(due.section.locator('li.due-item').nth(1)).toContainText('Session 1, day 1');
  const day1 = due.item('Session 1, day 1');
  const promptText = (await day1.getByRole('heading', { level: 3 }).textContent()) ?? '';
  expect(promptText).toMatch(/intentions/);

  // The day-after prompt revisits the session's intentions; what is typed survives a reload.
  const box = await due.answerBox(day1);
  await expect(day1.getByText(intention)).toBeVisible();
  await box.fill('It showed up when I called my sister. I will walk by the river every morning.');
  await expect(day1.getByText('Draft saved on this phone.')).toBeVisible();
  await page.reload();
  await expect(due.section).toBeVisible();
  await expect(due.item('Session 1, day 1').getByLabel('Your answer')).toHaveValue(
    /called my sister/,
  );
  expect(await axeViolations(page)).toEqual([]);

  await due.item('Session 1, day 1').getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByText('Answer saved in your journal.')).toBeVisible();
  await expect(due.item('Session 1, day 1')).toHaveCount(0);
  await expect(due.item('Session 1, session day')).toHaveCount(1);

  // Under the session: among its answered prompts, and in its integration list.
  await page.goto(sessionPath);
  const session = new SessionPage(page);
  const answered = sessionCommitments(page).getByRole('link', { name: promptText });
  await expect(answered).toBeVisible();
  await expect(session.integration.getByText(promptText)).toBeVisible();
  await answered.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(promptText);
  await expect(page.getByText('It showed up when I called my sister.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Session 1/ })).toBeVisible();

  // And in the journal.
  await page.goto('/journal');
  await expect(page.getByText(promptText).first()).toBeVisible();
});

test('the suggested check-in is answered in place with one tap, with an undo', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await completedSession(page, '2026-11-09');
  const due = new DueList(page);
  await due.open();
  const suggestion = due.item('How are you feeling?');
  await expect(suggestion).toHaveCount(1);

  // Undo takes the check-in back, and the suggestion returns.
  await suggestion.getByRole('button', { name: 'Mood 4' }).click();
  await expect(page.getByText('Check-in saved: mood 4.')).toBeVisible();
  await expect(suggestion).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Check-in removed.')).toBeVisible();
  await expect(suggestion).toHaveCount(1);

  await suggestion.getByRole('button', { name: 'Mood 6' }).click();
  await expect(page.getByText('Check-in saved: mood 6.')).toBeVisible();
  // Checked in today: the suggestion leaves, and stays gone after a reload.
  await expect(suggestion).toHaveCount(0);
  await page.reload();
  await expect(due.section).toBeVisible();
  await expect(due.item('Session 1, day 1')).toHaveCount(1);
  await expect(due.item('How are you feeling?')).toHaveCount(0);

  // Stored once, as a check-in of session 1.
  const journal = new JournalPage(page);
  await journal.open();
  const filter = page.getByRole('combobox', { name: 'Session' });
  // The session options arrive with the sessions' read: wait for them before picking one.
  const sessionOne = filter.locator('option', { hasText: /^Session 1 · / });
  await expect(sessionOne).toHaveCount(1);
  await filter.selectOption({ label: (await sessionOne.textContent()) ?? '' });
  await expect(journal.timeline.getByText('Check-in · mood 6 of 10')).toBeVisible();
  await expect(journal.timeline.getByText(/Check-in · mood/)).toHaveCount(1);
});

test('a due prompt can be skipped or snoozed, each with an undo', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-09T18:00:00'));
  await completedSession(page, '2026-11-09');
  const due = new DueList(page);
  await due.open();
  const evening = due.item('Session 1, session day');
  await expect(evening).toHaveCount(1);

  await evening.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByText('Prompt skipped.')).toBeVisible();
  await expect(evening).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Prompt back on Today.')).toBeVisible();
  await expect(evening).toHaveCount(1);

  await evening.getByRole('button', { name: 'Snooze' }).click();
  await expect(page.getByText('Prompt moved to tomorrow.')).toBeVisible();
  await expect(evening).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(evening).toHaveCount(1);

  // Snoozed for real: gone today, back tomorrow (next to the day-after prompt).
  await evening.getByRole('button', { name: 'Snooze' }).click();
  await expect(evening).toHaveCount(0);
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await due.open();
  await expect(due.item('Session 1, session day')).toHaveCount(1);
  await expect(due.item('Session 1, day 1')).toHaveCount(1);
});

test('a sentence becomes a commitment, followed up a week later and shown on the session', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-09T18:00:00'));
  const sessionPath = await completedSession(page, '2026-11-09');
  const due = new DueList(page);
  await due.open();
  const evening = due.item('Session 1, session day');
  const box = await due.answerBox(evening);
  await box.fill('I felt lighter afterwards. I want to walk by the river each morning.');
  await evening.getByRole('button', { name: 'Save answer' }).click();
  await expect(evening).toHaveCount(0);

  // From the entry: pick a sentence, reword it, save it as a commitment.
  await page.goto(sessionPath);
  await sessionCommitments(page).getByRole('link').first().click();
  const form = new CommitmentForm(page);
  await form.start.click();
  await form.pick('I want to walk by the river each morning.');
  await expect(form.text).toHaveValue('I want to walk by the river each morning.');
  await form.text.fill('Walk by the river three mornings a week');
  expect(await axeViolations(page)).toEqual([]);
  await form.save.click();
  await expect(page.getByText('Commitment saved.', { exact: false })).toBeVisible();
  await expect(page.getByText('Walk by the river three mornings a week')).toBeVisible();

  // A week later Today asks how it went.
  await page.clock.setFixedTime(new Date('2026-11-16T09:00:00'));
  await due.open();
  const followUp = due.item('Walk by the river three mornings a week');
  await expect(followUp).toContainText('A week on');
  await followUp.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(followUp.getByText('Choose how it went first.')).toBeVisible();
  await followUp.getByLabel('Partly').check();
  await followUp.getByLabel('A note (optional)').fill('Twice, in the rain');
  await followUp.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(page.getByText('Follow-up saved.')).toBeVisible();
  await expect(followUp).toHaveCount(0);

  await page.goto(sessionPath);
  const section = sessionCommitments(page);
  await expect(section.getByText('Walk by the river three mornings a week')).toBeVisible();
  await expect(section.getByText(/Partly · /)).toBeVisible();
  await expect(section.getByText('Twice, in the rain')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the app badge and the title show how many items are due', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: (number | 'clear')[] = [];
    (window as unknown as { badgeCalls: typeof calls }).badgeCalls = calls;
    Object.defineProperty(navigator, 'setAppBadge', {
      configurable: true,
      value: async (n?: number) => {
        calls.push(n ?? 0);
      },
    });
    Object.defineProperty(navigator, 'clearAppBadge', {
      configurable: true,
      value: async () => {
        calls.push('clear');
      },
    });
  });
  const lastBadge = () =>
    page.evaluate(() => (window as unknown as { badgeCalls: unknown[] }).badgeCalls.at(-1));

  await page.clock.setFixedTime(new Date('2026-11-09T18:00:00'));
  await completedSession(page, '2026-11-09');
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  const due = new DueList(page);
  await due.open();
  await expect.poll(lastBadge).toBe(2);
  await expect(page).toHaveTitle('(2) Waypoint');
  await expect(due.section.getByRole('heading', { level: 2, name: 'Due today (2)' })).toBeVisible();

  await due.item('Session 1, session day').getByRole('button', { name: 'Skip' }).click();
  await expect.poll(lastBadge).toBe(1);
  await expect(page).toHaveTitle('(1) Waypoint');
  // Other screens keep the count in their title.
  await page.getByRole('link', { name: 'Journal', exact: true }).first().click();
  await expect(page).toHaveTitle(/^\(1\) .*Waypoint$/);
});
