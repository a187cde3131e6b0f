import { foldForSearch } from '../../src/domain/search';
import { loadHeavyUserInPage } from '../support/heavyUser';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/JournalPages';

test('five years of journal scroll end to end with a bounded number of DOM nodes', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  const data = await loadHeavyUserInPage(page, 42);
  const entryCount = data.entries.length;
  expect(entryCount).toBeGreaterThanOrEqual(1500);

  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.entries.first()).toBeVisible({ timeout: 20_000 });
  const rows = page.locator('.virtual-list__row');
  // The first window is the newest records only; then every entry is in the list (plus one
  // header per session group)...
  const setSize = async () => Number(await rows.first().getAttribute('aria-setsize'));
  await expect.poll(setSize, { timeout: 20_000 }).toBeGreaterThan(entryCount);

  // ...but only a window of it is ever in the DOM, wherever the user scrolls.
  const listHeight = await journal.timeline.evaluate((list) => list.getBoundingClientRect().height);
  const step = 2000;
  let maxRows = 0;
  let maxNodes = 0;
  for (let y = 0; y <= listHeight + step; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
    const counts = await page.evaluate(() => ({
      rows: document.querySelectorAll('.virtual-list__row').length,
      nodes: document.querySelectorAll('*').length,
    }));
    maxRows = Math.max(maxRows, counts.rows);
    maxNodes = Math.max(maxNodes, counts.nodes);
  }
  expect(maxRows).toBeLessThanOrEqual(40);
  expect(maxNodes).toBeLessThan(1200);

  // The bottom of the list is the oldest item, reachable by scrolling.
  const last = page.locator(`.virtual-list__row[aria-posinset="${await setSize()}"]`);
  await expect(last).toBeVisible();
  await expect(last).toBeInViewport();

  // Search over all of it: Hebrew typed without vowel points finds the pointed text too.
  const query = 'שלום';
  const expected = data.entries.filter((row) => {
    const entry = row.payload.data as unknown as { title?: string; body: string; tags: string[] };
    return foldForSearch(`${entry.title ?? ''}\n${entry.body}\n${entry.tags.join('\n')}`).includes(
      foldForSearch(query),
    );
  }).length;
  expect(expected).toBeGreaterThan(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await journal.search.fill(query);
  await expect(page.getByText(`${expected} entries match.`)).toBeVisible();
  await expect(journal.entries.first().locator('mark').first()).toBeVisible();
});
