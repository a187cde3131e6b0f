// Page models of the questionnaire list and of one questionnaire, question by question.
import { expect, type Locator, type Page } from '@playwright/test';

/** /questionnaires: what each measures, start or continue, and past results. */
export class QuestionnairesPage {
  readonly heading: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Questionnaires' });
    this.history = page.getByRole('list', { name: 'Past results, newest first' });
  }

  async open(): Promise<void> {
    await this.page.goto('/questionnaires');
    await expect(this.heading).toBeVisible();
  }

  /** The Start (or Continue) link of one questionnaire, such as "GAD-7". */
  startLink(name: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^(Start|Continue) ${name}$`) });
  }
}

/** /questionnaires/:instrument: one question per screen, the safety response and the result. */
export class QuestionnairePage {
  readonly progress: Locator;
  readonly question: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly seeResult: Locator;
  readonly resultHeading: Locator;
  readonly total: Locator;
  readonly safetyHeading: Locator;
  readonly imSafe: Locator;
  readonly getHelpNow: Locator;

  constructor(readonly page: Page) {
    this.progress = page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ });
    this.question = page.getByRole('group');
    this.next = page.getByRole('button', { name: 'Next' });
    this.back = page.getByRole('button', { name: 'Back' });
    this.seeResult = page.getByRole('button', { name: 'See my result' });
    this.resultHeading = page.getByRole('heading', { level: 2, name: 'Your result' });
    this.total = page.locator('.result__total');
    this.safetyHeading = page.getByRole('heading', { level: 2, name: /^Before you go on/ });
    this.imSafe = page.getByRole('button', { name: "I'm safe right now" });
    this.getHelpNow = page.getByRole('link', { name: /^Get help now: call / });
  }

  async open(instrument: string): Promise<void> {
    await this.page.goto(`/questionnaires/${instrument}`);
  }

  /** Waits for question n of count. */
  async expectQuestion(n: number, count: number): Promise<void> {
    await expect(this.progress).toHaveText(`Question ${n} of ${count}`);
  }

  /** Chooses an answer on the current question (by its label) and presses Next or See my result. */
  async answer(label: string): Promise<void> {
    await this.question.getByRole('radio', { name: label, exact: true }).check();
    if (await this.seeResult.isVisible()) await this.seeResult.click();
    else await this.next.click();
  }
}
