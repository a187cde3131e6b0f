// Page model of Insights: the period choice, the mood chart with its session marks, the
// before/after table and each chart's table alternative.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The period labels Insights offers. */
export type InsightsRangeLabel = '30 days' | '90 days' | '1 year' | 'All';

/** The Insights screen. */
export class InsightsPage {
  readonly shell: AppShell;
  readonly mood: Locator;
  /** The mood chart (an image with a text summary). */
  readonly moodChart: Locator;
  /** The session marks drawn on the mood chart. */
  readonly moodMarkers: Locator;
  readonly overlay: Locator;
  readonly beforeAfter: Locator;
  readonly beforeAfterTable: Locator;
  readonly windowDays: Locator;
  readonly questionnaires: Locator;
  readonly emotions: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.mood = page.getByRole('region', { name: 'Mood over time' });
    this.moodChart = this.mood.getByRole('img');
    this.moodMarkers = this.mood.locator('.chart__session');
    this.overlay = page.getByRole('region', { name: 'The days after each session' });
    this.beforeAfter = page.getByRole('region', { name: 'Before and after each session' });
    this.beforeAfterTable = this.beforeAfter.getByRole('table');
    this.windowDays = this.beforeAfter.getByLabel('Days either side');
    this.questionnaires = page.getByRole('region', { name: 'Questionnaires' });
    this.emotions = page.getByRole('region', { name: 'Feelings you named' });
    this.emptyState = page.getByRole('heading', { name: 'Nothing to show yet', level: 2 });
  }

  async open(): Promise<void> {
    await this.shell.open('/insights', 'Insights');
  }

  async chooseRange(label: InsightsRangeLabel): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  /** Opens a section's "Show as a table" (unless open already) and returns its table. */
  async showTable(section: Locator, index = 0): Promise<Locator> {
    const details = section.locator('details').nth(index);
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.getByText('Show as a table').click();
    const table = details.getByRole('table');
    await expect(table).toBeVisible();
    return table;
  }

  /** The before/after row of session `n`. */
  sessionRow(n: number): Locator {
    return this.beforeAfterTable.locator('tbody tr').filter({
      has: this.page.getByRole('rowheader', { name: new RegExp(`^Session ${n}(?!\\d)`) }),
    });
  }

  /** One figure of a session's row: its value and its count ("–" and "no check-ins" when absent). */
  async figure(
    n: number,
    column: 'just before' | 'just after' | 'days before' | 'days after',
  ): Promise<{ value: string; count: string }> {
    const index = ['just before', 'just after', 'days before', 'days after'].indexOf(column);
    const spans = this.sessionRow(n).locator('td').nth(index).locator('span');
    await expect(spans).toHaveCount(2);
    const [value, count] = await spans.allTextContents();
    return { value: value?.trim() ?? '', count: count?.trim() ?? '' };
  }
}
