// The bundle budget: every script the first visit to Today loads, gzipped at level 9, must
// total at most 50 KB. Service workers are blocked so every byte comes from the network.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { AppShell } from '../e2e/pages/AppShell';

/** The most first-load JavaScript, gzipped, that Today may cost. */
const budgetBytes = 50 * 1024;
const reportPath = fileURLToPath(
  new URL('../../test-results/first-load-budget.json', import.meta.url),
);

test.use({ serviceWorkers: 'block' });

test('the first load of Today stays within 50 KB of gzipped JavaScript', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const scripts = new Map<string, Response>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.request().resourceType() !== 'script' || url.origin !== origin) return;
    if (url.pathname === '/sw.js') return;
    if (!scripts.has(url.pathname)) scripts.set(url.pathname, response);
  });

  await new AppShell(page).open('/', 'Today');
  await page.waitForLoadState('networkidle');

  // Every script index.html names (classic, module and module-preload) was seen and counted.
  const declared = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLScriptElement>('script[src]'),
      ...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
    ].map(
      (element) =>
        new URL(element instanceof HTMLScriptElement ? element.src : element.href).pathname,
    ),
  );
  expect(declared.length).toBeGreaterThan(0);
  expect([...scripts.keys()]).toEqual(expect.arrayContaining(declared));

  const files: { file: string; rawBytes: number; gzipBytes: number }[] = [];
  for (const [file, response] of scripts) {
    expect(response.ok(), `${file} loaded`).toBe(true);
    const body = await response.body();
    files.push({
      file,
      rawBytes: body.byteLength,
      gzipBytes: gzipSync(body, { level: 9 }).byteLength,
    });
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const totalRawBytes = files.reduce((sum, entry) => sum + entry.rawBytes, 0);
  const totalGzipBytes = files.reduce((sum, entry) => sum + entry.gzipBytes, 0);
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(2));

  console.log(`First-load JavaScript of / (${files.length} scripts, gzip level 9):`);
  console.table([...files, { file: 'TOTAL', rawBytes: totalRawBytes, gzipBytes: totalGzipBytes }]);
  console.log(
    `Total: ${kb(totalRawBytes)} KB raw, ${kb(totalGzipBytes)} KB gzipped (budget ${kb(budgetBytes)} KB).`,
  );

  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(
    reportPath,
    `${JSON.stringify(
      {
        url: '/',
        gzipLevel: 9,
        budgetBytes,
        totalRawBytes,
        totalGzipBytes,
        totalGzipKB: kb(totalGzipBytes),
        files,
      },
      null,
      2,
    )}\n`,
  );

  expect(totalGzipBytes).toBeGreaterThan(0);
  expect(totalGzipBytes, `first-load JS gzipped (${kb(totalGzipBytes)} KB)`).toBeLessThanOrEqual(
    budgetBytes,
  );
});
