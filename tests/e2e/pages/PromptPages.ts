// Page models of the prompt library (/prompts), the prompt editor (/prompts/new,
// /prompts/:id/edit) and the prompt pack import (/prompts/import).
import { expect, type Locator, type Page } from '@playwright/test';

/** The library: filters, the active prompts by phase, the retired ones, and the export. */
export class PromptLibraryPage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly phaseFilter: Locator;
  readonly themeFilter: Locator;
  readonly sourceFilter: Locator;
  readonly cards: Locator;
  readonly retiredSection: Locator;
  readonly exportSection: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.count = page.getByRole('status').filter({ hasText: /prompts( match)?\.$/ });
    this.phaseFilter = page.getByLabel('Phase');
    this.themeFilter = page.getByLabel('Theme');
    this.sourceFilter = page.getByLabel('Source');
    this.cards = page.locator('li.prompt-card');
    this.retiredSection = page.getByRole('region', { name: 'Retired prompts' });
    this.exportSection = page.getByRole('region', { name: 'Save your prompts as a pack' });
  }

  /** Opens the library and waits for its count. */
  async open(): Promise<void> {
    await this.page.goto('/prompts');
    await expect(this.heading).toHaveText('Prompt library');
    await expect(this.count).toHaveText(/\d+ prompts/);
  }

  /** The card of the prompt with this text (active or retired). */
  card(text: string): Locator {
    return this.cards.filter({ hasText: text });
  }

  /** The active prompts' cards (outside the retired list). */
  activeCard(text: string): Locator {
    return this.page.locator('section:not([aria-labelledby="prompts-retired"]) li.prompt-card', {
      hasText: text,
    });
  }
}

/** The editor of one prompt. */
export class PromptEditorPage {
  readonly text: Locator;
  readonly phase: Locator;
  readonly timing: Locator;
  readonly theme: Locator;
  readonly save: Locator;
  readonly problem: Locator;
  readonly restoredNotice: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByLabel('Prompt', { exact: true });
    this.phase = page.getByLabel('Phase');
    this.timing = page.getByLabel('When to suggest it');
    this.theme = page.getByLabel('Theme');
    this.save = page.getByRole('button', { name: 'Save prompt' });
    this.problem = page.locator('form .problem[role="alert"]');
    this.restoredNotice = page.getByText('Your unsaved prompt from');
  }

  /** Opens a blank editor. */
  async openNew(): Promise<void> {
    await this.page.goto('/prompts/new');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('New prompt');
    await expect(this.text).toBeVisible();
  }

  /** Saves and waits for the library. */
  async submit(): Promise<void> {
    await this.save.click();
    await expect(this.page).toHaveURL(/\/prompts$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Prompt library');
  }
}

/** The prompt pack import: the file picker, the preview and its problems. */
export class PromptImportPage {
  readonly file: Locator;
  readonly preview: Locator;
  readonly previewPrompts: Locator;
  readonly problem: Locator;

  constructor(readonly page: Page) {
    this.file = page.getByLabel('Prompt pack file');
    this.preview = page.locator('section.pack-preview');
    this.previewPrompts = this.preview
      .getByRole('list', { name: 'Prompts in this pack' })
      .getByRole('listitem');
    this.problem = page.getByRole('alert');
  }

  /** Opens the import screen. */
  async open(): Promise<void> {
    await this.page.goto('/prompts/import');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Import a prompt pack');
  }

  /** The "Import N prompts" button. */
  importButton(count: number): Locator {
    return this.page.getByRole('button', {
      name: count === 1 ? 'Import 1 prompt' : `Import ${count} prompts`,
    });
  }
}
