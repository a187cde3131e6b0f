// `npm run audit`: Lighthouse (from npm) on the production build with Debian's Chromium (or
// CHROMIUM_PATH, or Playwright's own), mobile settings (Lighthouse's default: a mid-range phone,
// 4x CPU slowdown, slow 4G, simulated). Prints performance, accessibility and best-practices
// scores with LCP, TBT and CLS, against the budgets of performance.md, and writes the JSON
// reports under bench-results/. Median of five runs, each run printed: Lighthouse varies run to
// run (its simulated blocking time most: the same build gave 0 to 101 ms), and its own guidance on
// variability is the median of five runs.
// Usage: npm run audit [-- --runs 5 --no-build]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumFlags, findChromium } from '../support/chromium.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const outDir = 'bench-results';
mkdirSync(outDir, { recursive: true });

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = 4185;
const server = await preview({ preview: { port, strictPort: true }, logLevel: 'error' });
const url = `http://localhost:${port}/`;
const chromePath = findChromium() ?? chromium.executablePath();
const budgets = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  lcp: 1500,
  tbt: 50,
  cls: 0.02,
};

/** One Lighthouse run; its report as parsed JSON. Asynchronous: this process serves the app. */
async function lighthouse(run) {
  const output = join(outDir, `lighthouse-${run}.json`);
  const child = spawn(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new ${chromiumFlags.join(' ')}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chromePath } },
  );
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`Lighthouse run ${run} failed (exit ${status}).`);
  return JSON.parse(readFileSync(output, 'utf8'));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

try {
  const reports = [];
  for (let run = 1; run <= runs; run++) {
    const report = await lighthouse(run);
    reports.push(report);
    const value = (id) => Math.round(report.audits[id].numericValue);
    console.log(
      `Run ${run}: performance ${Math.round(report.categories.performance.score * 100)}, LCP ${value('largest-contentful-paint')} ms, TBT ${value('total-blocking-time')} ms, CLS ${report.audits['cumulative-layout-shift'].numericValue.toFixed(3)}`,
    );
  }
  const score = (id) => median(reports.map((r) => Math.round(r.categories[id].score * 100)));
  const audit = (id) => median(reports.map((r) => r.audits[id].numericValue));
  const rows = [
    [
      'Performance',
      score('performance'),
      `≥ ${budgets.performance}`,
      score('performance') >= budgets.performance,
    ],
    [
      'Accessibility',
      score('accessibility'),
      `= ${budgets.accessibility}`,
      score('accessibility') >= budgets.accessibility,
    ],
    [
      'Best practices',
      score('best-practices'),
      `= ${budgets['best-practices']}`,
      score('best-practices') >= budgets['best-practices'],
    ],
    [
      'LCP (ms)',
      Math.round(audit('largest-contentful-paint')),
      `≤ ${budgets.lcp}`,
      audit('largest-contentful-paint') <= budgets.lcp,
    ],
    [
      'TBT (ms)',
      Math.round(audit('total-blocking-time')),
      `≤ ${budgets.tbt}`,
      audit('total-blocking-time') <= budgets.tbt,
    ],
    [
      'CLS',
      Number(audit('cumulative-layout-shift').toFixed(3)),
      `≤ ${budgets.cls}`,
      audit('cumulative-layout-shift') <= budgets.cls,
    ],
  ];
  console.log(
    `\nLighthouse ${reports[0].lighthouseVersion}, mobile, median of ${runs} runs, ${url}`,
  );
  console.table(
    rows.map(([metric, value, budget, ok]) => ({ metric, value, budget, met: ok ? 'yes' : 'NO' })),
  );
  if (rows.some((row) => !row[3])) process.exitCode = 1;
} finally {
  await new Promise((resolve) => server.httpServer.close(resolve));
}
