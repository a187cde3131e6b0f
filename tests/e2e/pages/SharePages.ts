// Page models of the Share screen (summary builder, preview, exports, My journal) and the print view.
import { readFile } from 'node:fs/promises';
import { type Download, expect, type Locator, type Page } from '@playwright/test';

/** The Share screen at /share. */
export class SharePage {
  readonly heading: Locator;
  readonly preview: Locator;
  readonly exportSummary: Locator;
  readonly copyText: Locator;
  readonly saveMarkdown: Locator;
  readonly saveCsv: Locator;
  readonly printView: Locator;
  readonly saveJournal: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.preview = page.getByRole('article', { name: 'Summary preview' });
    this.exportSummary = page.getByRole('button', { name: 'Export summary' });
    this.copyText = page.getByRole('button', { name: 'Copy as text' });
    this.saveMarkdown = page.getByRole('button', { name: 'Save as Markdown' });
    this.saveCsv = page.getByRole('button', { name: 'Save check-ins as CSV' });
    this.printView = page.getByRole('button', { name: 'Print view' });
    this.saveJournal = page.getByRole('button', { name: 'Save my journal' });
    this.status = page.getByRole('region', { name: 'Export' }).getByRole('status');
  }

  /** Opens the screen and waits for the preview. */
  async open(): Promise<void> {
    await this.page.goto('/share');
    await expect(this.heading).toHaveText('Share');
    await expect(this.preview).toBeVisible();
  }

  /** The checkbox of a section or an item, by its label. */
  item(label: string | RegExp): Locator {
    return this.page
      .getByRole('region', { name: 'What to include' })
      .getByRole('checkbox', { name: label });
  }

  /** Clicks an export button and returns the file it downloads. */
  async download(button: Locator): Promise<{ name: string; bytes: Buffer; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return readDownload(download);
  }
}

/** A download's suggested name and contents. */
export async function readDownload(
  download: Download,
): Promise<{ name: string; bytes: Buffer; text: string }> {
  const path = await download.path();
  const bytes = await readFile(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** The print view at /share/print. */
export class PrintViewPage {
  readonly heading: Locator;
  readonly document: Locator;
  readonly print: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.document = page.locator('article.summary-print');
    this.print = page.getByRole('button', { name: 'Print', exact: true });
  }
}
