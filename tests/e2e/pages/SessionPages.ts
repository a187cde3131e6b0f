// Page models of sessions: the list, the editor (plan, record) and one session's screen.
import { expect, type Locator, type Page } from '@playwright/test';

/** What a test types into the session editor. */
export interface SessionPlan {
  readonly date: string;
  readonly time: string;
  readonly intentions?: readonly string[];
}

/** What happened in a session, as recorded after it. */
export interface SessionRecordInput {
  readonly route: string;
  readonly doseMg?: string;
  readonly sideEffects?: Readonly<Record<string, 'Mild' | 'Moderate' | 'Severe'>>;
}

/** The editor at /sessions/new and /sessions/:id/edit. */
export class SessionEditorPage {
  readonly date: Locator;
  readonly time: Locator;
  readonly happened: Locator;
  readonly dose: Locator;

  constructor(readonly page: Page) {
    this.date = page.getByLabel('Date', { exact: true });
    this.time = page.getByLabel('Time', { exact: true });
    this.happened = page.getByLabel('This session already happened');
    this.dose = page.getByLabel('Dose in mg (optional)');
  }

  /** Fills the plan: when, and the intentions. */
  async fillPlan(plan: SessionPlan): Promise<void> {
    await this.date.fill(plan.date);
    await this.time.fill(plan.time);
    for (const [index, intention] of (plan.intentions ?? []).entries()) {
      const field = this.page.getByLabel(`Intention ${index + 1}`, { exact: true });
      if ((await field.count()) === 0) {
        await this.page.getByRole('button', { name: 'Add an intention' }).click();
      }
      await field.fill(intention);
    }
  }

  /** Fills what happened: route, dose, side effects. */
  async fillRecord(record: SessionRecordInput): Promise<void> {
    await this.page
      .getByRole('group', { name: 'How it was given' })
      .getByLabel(record.route)
      .check();
    if (record.doseMg) await this.dose.fill(record.doseMg);
    for (const [effect, severity] of Object.entries(record.sideEffects ?? {})) {
      await this.page
        .getByRole('group', { name: effect, exact: true })
        .getByRole('radio', { name: severity })
        .check();
    }
  }

  /** Saves with the given button and waits for the session's own screen. */
  async save(button: 'Plan session' | 'Save session'): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  }
}

/** One session's screen at /sessions/:id. */
export class SessionPage {
  readonly heading: Locator;
  readonly record: Locator;
  readonly integration: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.record = page.getByRole('region', { name: 'The session' });
    this.integration = page.getByRole('region', { name: 'Integration' });
  }
}
