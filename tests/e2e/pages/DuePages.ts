// Page models of the integration schedule: Today's due list (prompts, follow-ups), the entry's
// "Make this a commitment", and the session view's commitments section.
import { expect, type Locator, type Page } from '@playwright/test';

/** The "Due today" section on Today. */
export class DueList {
  readonly section: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: /^Due today/ });
    this.items = this.section.getByRole('listitem');
  }

  /** The due item whose context line or text contains `text`. */
  item(text: string | RegExp): Locator {
    return this.section.locator('li.due-item').filter({ hasText: text });
  }

  /** Opens Today and waits for the due list. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Today');
    await expect(this.section).toBeVisible();
  }

  /** The answer box of a prompt item, opening it if needed. */
  async answerBox(item: Locator): Promise<Locator> {
    const box = item.getByLabel('Your answer');
    if (!(await box.isVisible())) await item.getByRole('button', { name: 'Answer' }).click();
    await expect(box).toBeVisible();
    return box;
  }
}

/** "Make this a commitment" on an entry's screen. */
export class CommitmentForm {
  readonly start: Locator;
  readonly text: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.start = page.getByRole('button', { name: 'Make this a commitment' });
    this.text = page.getByLabel('Your commitment');
    this.save = page.getByRole('button', { name: 'Save commitment' });
  }

  /** Picks a sentence of the entry to start from. */
  async pick(sentence: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Pick a sentence to start from' })
      .getByLabel(sentence)
      .check();
  }
}

/** The session view's "Commitments and prompts" section. */
export function sessionCommitments(page: Page): Locator {
  return page.getByRole('region', { name: 'Commitments and prompts' });
}
