// Page models of the journal: the timeline with search and filters, the editor, one entry.
import { expect, type Locator, type Page } from '@playwright/test';

/** The fields of an entry as typed in the editor. */
export interface EntryInput {
  readonly title?: string;
  readonly body: string;
  readonly tags?: string;
  readonly share?: boolean;
  readonly discuss?: boolean;
}

/** The editor at /journal/new and /journal/:id/edit. */
export class EntryEditorPage {
  readonly title: Locator;
  readonly body: Locator;
  readonly tags: Locator;
  readonly session: Locator;
  readonly share: Locator;
  readonly discuss: Locator;
  readonly save: Locator;
  readonly draftStatus: Locator;
  readonly restoredNotice: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Title (optional)');
    this.body = page.getByLabel('What is on your mind?');
    this.tags = page.getByLabel('Tags (separate with commas)');
    this.session = page.getByLabel('Session');
    this.share = page.getByLabel('Share with my therapist');
    this.discuss = page.getByLabel('Discuss in therapy');
    this.save = page.getByRole('button', { name: 'Save entry' });
    this.draftStatus = page.getByText('Draft saved on this phone.');
    this.restoredNotice = page.getByText('Your unsaved writing from');
  }

  /** Opens a blank editor. */
  async openNew(): Promise<void> {
    await this.page.goto('/journal/new');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('New entry');
    await expect(this.body).toBeVisible();
  }

  /** Types an entry's fields. */
  async fill(entry: EntryInput): Promise<void> {
    if (entry.title !== undefined) await this.title.fill(entry.title);
    await this.body.fill(entry.body);
    if (entry.tags !== undefined) await this.tags.fill(entry.tags);
    if (entry.share) await this.share.check();
    if (entry.discuss) await this.discuss.check();
  }

  /** Saves and waits for the entry's own screen. */
  async submit(): Promise<void> {
    await this.save.click();
    await expect(this.page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  }
}

/** The journal timeline at /journal. */
export class JournalPage {
  readonly search: Locator;
  readonly timeline: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByLabel('Search entries');
    this.timeline = page.getByRole('list', { name: 'Timeline' });
    this.entries = this.timeline.locator('a.timeline-entry');
  }

  /** Opens the journal. */
  async open(): Promise<void> {
    await this.page.goto('/journal');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  }

  /** The timeline card of the entry with this title. */
  entry(title: string): Locator {
    return this.entries.filter({ hasText: title });
  }

  /** The session header rows, in order. */
  sessionHeaders(): Locator {
    return this.timeline.locator('.timeline-header__title');
  }
}
