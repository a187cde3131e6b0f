// Questionnaires: one question per screen, the result and the history, resuming after a
// reload, and the safety response to PHQ-9 item 9 shown before anything else.
import { expect, test } from './fixtures';
import { QuestionnairePage, QuestionnairesPage } from './pages/QuestionnairePages';
import { axeViolations } from './support/axe';
import { expectStoredSetting } from './support/storedSetting';

const several = 'Several days';
const moreThanHalf = 'More than half the days';
const notAtAll = 'Not at all';

test('a GAD-7 shows its total and band on the result and in the history', async ({ page }) => {
  const list = new QuestionnairesPage(page);
  await list.open();
  await expect(list.page.getByText('Nothing yet.')).toBeVisible();
  await list.startLink('GAD-7').click();

  const q = new QuestionnairePage(page);
  await q.expectQuestion(1, 7);
  await expect(
    page.getByText('Over the last 2 weeks, how often have you been bothered'),
  ).toBeVisible();
  await expect(q.question).toContainText('Feeling nervous, anxious or on edge');
  // Next without an answer does not go on.
  await q.next.click();
  await expect(page.getByRole('alert')).toHaveText('Choose an answer to go on.');
  await q.expectQuestion(1, 7);

  // 1 + 2 + 1 + 2 + 1 + 2 + 1 = 10: moderate.
  const answers = [several, moreThanHalf, several, moreThanHalf, several, moreThanHalf, several];
  for (const [i, label] of answers.entries()) {
    await q.expectQuestion(i + 1, 7);
    await q.answer(label);
  }
  await expect(q.resultHeading).toBeVisible();
  await expect(q.total).toHaveText('10 of 21');
  await expect(page.locator('.badge')).toHaveText('moderate');
  await expect(page.getByText('A moderate level')).toBeVisible();
  await expect(page.getByText(/GAD-7: developed by Drs\. Robert L\. Spitzer/)).toBeVisible();

  await page.getByRole('link', { name: 'All questionnaires' }).click();
  await expect(list.heading).toBeVisible();
  await expect(list.history.getByRole('listitem')).toHaveCount(1);
  await expect(list.history.getByRole('listitem')).toContainText('GAD-7');
  await expect(list.history.getByRole('listitem')).toContainText('10');
  await expect(list.history.getByRole('listitem')).toContainText('moderate');
  // The finished one is no longer offered to continue.
  await expect(list.startLink('GAD-7')).toHaveText('Start');
});

test('PHQ-9 item 9 above 0 shows the crisis resources before anything else', async ({ page }) => {
  const q = new QuestionnairePage(page);
  await q.open('phq9');
  await q.expectQuestion(1, 10);
  for (let i = 1; i <= 8; i++) {
    await q.expectQuestion(i, 10);
    await q.answer(notAtAll);
  }
  await q.expectQuestion(9, 10);
  await expect(q.question).toContainText(
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  );
  await q.answer(several);

  // The safety response, in full, at once: no next question and no score.
  await expect(q.safetyHeading).toBeVisible();
  await expect(q.safetyHeading).toBeFocused();
  await expect(page.getByText('No one monitors Waypoint.')).toBeVisible();
  await expect(q.getHelpNow).toHaveAttribute('href', 'tel:988');
  const resources = page.getByRole('region', { name: 'People you can reach now' });
  await expect(resources.getByRole('heading', { level: 3 })).toHaveCount(8);
  await expect(resources).toContainText('988 Suicide & Crisis Lifeline');
  await expect(resources.getByRole('link', { name: 'Text 741741' })).toHaveAttribute(
    'href',
    'sms:741741?body=HOME',
  );
  await expect(q.progress).toHaveCount(0);
  await expect(q.question).toHaveCount(0);
  await expect(q.total).toHaveCount(0);
  await expect(q.resultHeading).toHaveCount(0);
  await expect(q.next).toHaveCount(0);

  // Leaving and coming back does not skip it.
  await page.reload();
  await expect(q.safetyHeading).toBeVisible();
  await expect(q.progress).toHaveCount(0);

  await q.imSafe.click();
  await q.expectQuestion(10, 10);
  await expect(q.question).toContainText('how difficult have these problems made it for you');
  await q.answer('Somewhat difficult');

  await expect(q.resultHeading).toBeVisible();
  await expect(q.total).toHaveText('1 of 27');
  await expect(page.locator('.badge')).toHaveText('minimal');
  await expect(page.getByRole('heading', { name: 'Support is there for you' })).toBeVisible();
});

test('PHQ-9 with item 9 at "Not at all" goes straight on, whatever the total', async ({ page }) => {
  const q = new QuestionnairePage(page);
  await q.open('phq9');
  for (let i = 1; i <= 8; i++) await q.answer('Nearly every day');
  await q.answer(notAtAll);
  await q.expectQuestion(10, 10);
  await expect(q.safetyHeading).toHaveCount(0);
  await q.answer('Very difficult');
  await expect(q.total).toHaveText('24 of 27');
  await expect(page.locator('.badge')).toHaveText('severe');
});

test('an unfinished questionnaire carries on where it was left', async ({ page }) => {
  const q = new QuestionnairePage(page);
  await q.open('gad7');
  await q.answer(several);
  await q.answer(moreThanHalf);
  await q.answer('Nearly every day');
  await q.expectQuestion(4, 7);

  await page.reload();
  await q.expectQuestion(4, 7);
  await expect(page.getByText('Carrying on where you left off')).toBeVisible();
  await q.back.click();
  await q.expectQuestion(3, 7);
  await expect(q.question.getByRole('radio', { name: 'Nearly every day' })).toBeChecked();
  await q.back.click();
  await expect(q.question.getByRole('radio', { name: moreThanHalf })).toBeChecked();

  const list = new QuestionnairesPage(page);
  await list.open();
  await expect(list.startLink('GAD-7')).toHaveText('Continue (3 answered)');
  await expect(list.history).toHaveCount(0);
  await list.startLink('GAD-7').click();
  await q.expectQuestion(4, 7);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the questionnaire screens have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const list = new QuestionnairesPage(page);
    await list.open();
    await expect(list.startLink('PHQ-9')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    const q = new QuestionnairePage(page);
    await q.open('phq9');
    await q.expectQuestion(1, 10);
    await q.question.getByRole('radio', { name: several }).check();
    expect(await axeViolations(page)).toEqual([]);
    await q.next.click();
    for (let i = 2; i <= 8; i++) await q.answer(notAtAll);
    await q.answer(moreThanHalf);
    await expect(q.safetyHeading).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await q.imSafe.click();
    await q.answer('Not difficult at all');
    await expect(q.resultHeading).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);

    await list.open();
    await expect(list.history.getByRole('listitem')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('Today suggests the questionnaire of the focus area, as often as settings say', async ({
  page,
}) => {
  // A course under way: a session completed a few days ago, nothing answered since.
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await page.goto('/sessions/new');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-07');
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel('This session already happened').check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);

  await page.goto('/');
  await expect(
    page.getByRole('link', { name: /PHQ-9 questionnaire: your weekly look/ }),
  ).toBeVisible();

  await page.goto('/settings');
  await page.getByRole('checkbox', { name: /Anxiety/ }).check();
  await expectStoredSetting(page, 'focusAreas', ['anxiety']);
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: /GAD-7 questionnaire: your weekly look/ }),
  ).toBeVisible();

  await page.goto('/settings');
  await page.getByRole('combobox', { name: /Between sessions/ }).selectOption('0');
  await expectStoredSetting(page, 'questionnaireCadence', { everyDays: 0, beforeSessions: true });
  await page.reload();
  await expect(page.getByRole('combobox', { name: /Between sessions/ })).toHaveValue('0');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Questionnaires', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /questionnaire:/ })).toHaveCount(0);
});
