import { expect, test } from './fixtures';
import { CheckInPage } from './pages/CheckInPage';
import { JournalPage } from './pages/JournalPages';
import { SessionEditorPage, SessionPage } from './pages/SessionPages';
import { axeViolations } from './support/axe';

// These tests are about check-ins, not the offline notice: without a service worker its fixed
// "Ready to work offline" notice cannot land on top of the button a test is about to tap.
test.use({ serviceWorkers: 'block' });

/** Records a completed session on a day and returns its address. */
async function completedSession(
  page: import('@playwright/test').Page,
  date: string,
): Promise<string> {
  await page.goto('/sessions/new');
  const editor = new SessionEditorPage(page);
  await editor.fillPlan({ date, time: '10:00' });
  await editor.happened.check();
  await editor.fillRecord({ route: 'Sublingual / oral' });
  await editor.save('Save session');
  return new URL(page.url()).pathname;
}

test('a check-in is saved in three taps from Today and shows under its session', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await completedSession(page, '2026-11-09');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  const checkIn = new CheckInPage(page);
  await checkIn.tap(page.getByRole('link', { name: 'Check in' }));
  await expect(checkIn.heading).toHaveText('Check in');
  await checkIn.tap(checkIn.mood(7));
  await expect(checkIn.mood(7)).toHaveAttribute('aria-pressed', 'true');
  await checkIn.tap(checkIn.save);
  expect(checkIn.taps).toBe(3);
  await expect(page.getByText('Check-in saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');

  const journal = new JournalPage(page);
  await journal.open();
  const rows = journal.timeline.getByRole('listitem');
  await expect(rows.nth(0)).toContainText('Session 1');
  await expect(rows.nth(0)).toContainText('1 item');
  await expect(rows.nth(1)).toContainText('Check-in · mood 7 of 10');
  // The session filter agrees: it is linked to session 1, not unlinked.
  const filter = page.getByRole('combobox', { name: 'Session' });
  const labels = await filter.locator('option').allTextContents();
  const session1 = labels.find((label) => label.startsWith('Session 1'));
  expect(session1).toBeDefined();
  await filter.selectOption({ label: session1 ?? '' });
  await expect(journal.timeline.getByText('Check-in · mood 7 of 10')).toBeVisible();
  await filter.selectOption('none');
  await expect(journal.timeline.getByText('Check-in · mood 7 of 10')).toHaveCount(0);
});

test('a backdated check-in with extras keeps its day; edit it, delete it and undo', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  const checkIn = new CheckInPage(page);
  await checkIn.openNew();
  await expect(checkIn.date).toHaveValue('2026-11-10');
  await expect(checkIn.time).toHaveValue('09:00');
  await checkIn.mood(5).click();
  await checkIn.addMore.click();
  await checkIn.rating('Anxiety').selectOption('6');
  await checkIn.emotion('tired').click();
  await checkIn.emotion('hopeful').click();
  await checkIn.note.fill('A long day, ending softly');
  await checkIn.date.fill('2026-11-08');
  await checkIn.time.fill('20:30');
  await checkIn.save.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');

  const journal = new JournalPage(page);
  await journal.open();
  const row = journal.timeline.locator('a.timeline-checkin');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('mood 5 of 10');
  await expect(row).toContainText('Nov 8, 2026');
  await expect(row).toContainText('hopeful, tired');

  await row.click();
  await expect(checkIn.heading).toHaveText('Edit check-in');
  await expect(checkIn.date).toHaveValue('2026-11-08');
  await expect(checkIn.time).toHaveValue('20:30');
  await expect(checkIn.mood(5)).toHaveAttribute('aria-pressed', 'true');
  await expect(checkIn.rating('Anxiety')).toHaveValue('6');
  await expect(checkIn.note).toHaveValue('A long day, ending softly');
  await checkIn.mood(3).click();
  await checkIn.save.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  await expect(row).toContainText('mood 3 of 10');
  await expect(row).toContainText('Nov 8, 2026');

  await row.click();
  await checkIn.delete.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toHaveCount(1);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  await expect(row).toContainText('mood 3 of 10');
});

test('check-ins before and after a session show on its screen', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-12T08:00:00'));
  const sessionPath = await completedSession(page, '2026-11-12');
  const session = new SessionPage(page);
  await expect(session.record).toContainText('Before: no check-in yet');

  const checkIn = new CheckInPage(page);
  await session.record.getByRole('link', { name: 'Check in before' }).click();
  await expect(checkIn.heading).toHaveText('Check in');
  await expect(page.getByText('Before session 1')).toBeVisible();
  await checkIn.mood(4).click();
  await checkIn.save.click();
  await expect(page).toHaveURL(new RegExp(`${sessionPath}$`));
  await expect(session.record).toContainText('Before: mood 4 of 10');

  await session.record.getByRole('link', { name: 'Check in after' }).click();
  await expect(page.getByText('After session 1')).toBeVisible();
  await checkIn.mood(8).click();
  await checkIn.save.click();
  await expect(page).toHaveURL(new RegExp(`${sessionPath}$`));
  await expect(session.record).toContainText('Before: mood 4 of 10');
  await expect(session.record).toContainText('After: mood 8 of 10');

  // The after check-in is linked to the session by hand, with its moment.
  await session.record.getByRole('link', { name: 'mood 8 of 10' }).click();
  await expect(checkIn.heading).toHaveText('Edit check-in');
  await expect(checkIn.session.locator('option:checked')).toHaveText(/^Session 1/);
  await expect(page.getByText('After session 1')).toBeVisible();
});

test('the focus area "Chronic pain" adds a pain rating to check-ins', async ({ page }) => {
  const checkIn = new CheckInPage(page);
  await checkIn.openNew();
  await checkIn.addMore.click();
  await expect(checkIn.rating('Anxiety')).toBeVisible();
  await expect(checkIn.rating('Pain')).toHaveCount(0);
  // Opening the extras is kept as a draft; leave only once the app says it is saved.
  await expect(page.getByText('Draft saved on this phone.')).toBeVisible();

  await page.goto('/settings');
  const painArea = page.getByRole('checkbox', { name: /Chronic pain/ });
  await expect(painArea).toBeEnabled();
  await painArea.check();
  await page.getByRole('checkbox', { name: /Depression/ }).check();
  await expect(
    page.getByText('Questionnaires that may help you notice change: PHQ-9'),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Chronic pain/ })).toBeChecked();

  await checkIn.openNew();
  // The extras opened earlier were kept as a draft; start afresh.
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await checkIn.mood(6).click();
  await checkIn.addMore.click();
  await checkIn.rating('Pain').selectOption('7');
  await checkIn.save.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  await page.goto('/journal');
  await page.locator('a.timeline-checkin').click();
  await expect(checkIn.rating('Pain')).toHaveValue('7');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the check-in screen has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const checkIn = new CheckInPage(page);
    await checkIn.openNew();
    await checkIn.mood(8).click();
    await checkIn.addMore.click();
    await checkIn.emotion('calm').click();
    await expect(checkIn.emotion('calm')).toHaveAttribute('aria-pressed', 'true');
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });
}
