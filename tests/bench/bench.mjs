// `npm run bench`: the speed budgets of performance.md, measured in real Chromium on the
// production build with the heavy user (five years, fixed seed). For each operation: the median
// of N absolute times with 4x CPU slowdown (DevTools `Emulation.setCPUThrottlingRate`), and for the
// timeline and the import the median ratio app/raw measured WITHOUT slowdown, alternating app and
// raw N times in the same page. Everything with the lock off, then with the lock on (turned on in
// Settings as a user would: the data is then sealed at rest, and the raw side reads or writes the
// sealed rows as they rest). Times come from the app's own marks (src/app/perf.ts).
// Prints a table, writes bench-results/bench.json, exits 1 when a budget is unmet.
// Usage: npm run bench [-- --runs 7 --only timeline,search --no-build --no-fail --port 4186
//                         --out-dir dist]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { withTypeScriptModules } from '../support/typescriptModules.mjs';
import { operations } from './benchOps.mjs';
import { load, PASSPHRASE, setSlowdown } from './benchPage.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const runs = Number(option('--runs', '7')) || 7;
const only = option('--only', '')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const port = Number(option('--port', '4186'));
const outDir = option('--out-dir', 'dist');
const slowdown = 4;
const seed = 20_260_601; // HEAVY_USER_SEED of tests/support/heavyUserBackup.ts
const resultsDir = 'bench-results';
const unknown = only.filter((id) => !operations.some((op) => op.id === id));
if (unknown.length > 0) {
  console.error(
    `Unknown operation ${unknown.join(', ')}; known: ${operations.map((op) => op.id).join(', ')}`,
  );
  process.exit(2);
}
const chosen = operations.filter((op) => only.length === 0 || only.includes(op.id));

if (!args.includes('--no-build')) {
  // Before serving: spawnSync blocks this process, which would stall an in-process server.
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 0) =>
  value === undefined ? undefined : Number(value.toFixed(digits));

/** The heavy user as stored rows and as a backup file, from the TypeScript generators. */
async function makeHeavyUser(end) {
  return withTypeScriptModules('bench', async (load) => {
    const { generateHeavyUser, writeHeavyUserRows, nativeSchemaVersion } = await load(
      '/tests/support/heavyUser.ts',
    );
    const { buildBackup, serializeBackup } = await load('/src/export/backup.ts');
    const { recordTables } = await load('/src/db/recordTables.ts');
    const { databaseName } = await load('/src/db/schema.ts');
    const rows = generateHeavyUser(seed, { end });
    // A backup holds records: each stored row joined back into its record (heavyUserBackup.ts).
    const records = Object.fromEntries(
      recordTables.map((table) => [
        table,
        rows[table].map(({ payload, ...clear }) => ({ ...payload.data, ...clear })),
      ]),
    );
    const text = serializeBackup(
      buildBackup({ records, settings: {} }, { exportedAt: end, appVersion: 'bench' }),
    );
    const count = Object.values(records).reduce((sum, list) => sum + list.length, 0);
    return {
      rows,
      count,
      backupFile: {
        name: 'waypoint-heavy-user-backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      },
      writeHeavyUserRows,
      nativeSchemaVersion,
      recordStores: [...recordTables],
      dbName: databaseName,
    };
  });
}

/** Turns the lock on through Settings → Passcode lock, with a passphrase, no recovery key. */
async function turnLockOn(page) {
  await load(page, '/settings/lock', false);
  const section = page.getByRole('region', { name: 'Lock Waypoint with a passcode' });
  await section.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await section.getByLabel('Type the new passphrase again').fill(PASSPHRASE);
  await section.getByLabel('Make a recovery key too (recommended)').uncheck();
  await section.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByRole('heading', { name: 'The lock is on' }).waitFor({ timeout: 300_000 });
}

/** Runs one operation with the lock off or on; never throws (a failure is reported). */
async function runOperation(op, ctx) {
  const result = {
    operation: op.id,
    label: op.label,
    lock: ctx.lockOn ? 'on' : 'off',
    covers: op.covers,
    cpuSlowdown: op.cpu ?? slowdown,
    budgetMs: op.budgetMs,
  };
  try {
    await setSlowdown(ctx.cdp, op.cpu ?? slowdown);
    await op.setup?.(ctx);
    const samples = [];
    for (let run = 1; run <= runs; run++) samples.push(...[await op.sample(ctx, run)].flat());
    result.samples = samples;
    result.medianMs = median(samples.map((s) => s.ms));
    const partNames = Object.keys(samples[0]?.parts ?? {});
    if (partNames.length > 0) {
      result.partMediansMs = Object.fromEntries(
        partNames.map((part) => [part, median(samples.map((s) => s.parts[part]))]),
      );
    }
    if (op.ratio) {
      await setSlowdown(ctx.cdp, 1);
      await op.setup?.(ctx);
      const pairs = [];
      for (let run = 1; run <= runs; run++) {
        const app = await op.ratio.app(ctx, run);
        if (run === 1) await op.ratio.rawSetup?.(ctx);
        const raw = await op.ratio.rawSample(ctx, run);
        pairs.push({ appMs: app.ms, rawMs: raw, ratio: app.ms / raw, parts: app.parts });
      }
      result.ratio = {
        budget: op.ratio.budget,
        raw: op.ratio.raw,
        pairs,
        medianAppMs: median(pairs.map((p) => p.appMs)),
        medianRawMs: median(pairs.map((p) => p.rawMs)),
        median: median(pairs.map((p) => p.ratio)),
      };
    }
    result.met =
      (op.budgetMs === undefined || result.medianMs <= op.budgetMs) &&
      (!op.ratio || result.ratio.median <= op.ratio.budget);
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.met = false;
    console.error(`${op.id} (lock ${result.lock}) failed: ${result.error}`);
  } finally {
    await setSlowdown(ctx.cdp, 1).catch(() => undefined);
  }
  const shown = result.medianMs === undefined ? 'failed' : `${round(result.medianMs)} ms`;
  const ratio = result.ratio ? `, ratio ${round(result.ratio.median, 2)}` : '';
  console.log(`  ${op.id}, lock ${result.lock}: ${shown}${ratio}`);
  return result;
}

const started = Date.now();
const end = Date.now();
console.log(`Generating the heavy user (seed ${seed})…`);
const heavy = await makeHeavyUser(end);
const server = await preview({
  build: { outDir },
  preview: { port, strictPort: true },
  logLevel: 'error',
});
const baseURL = `http://localhost:${port}`;
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
const chromiumVersion = browser.version();
const results = [];
try {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    // The service worker is blocked so it does not precache in the background during runs.
    serviceWorkers: 'block',
    timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // First visit: the app creates its database; then the heavy user goes in with one raw write.
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const written = await page.evaluate(heavy.writeHeavyUserRows, {
    name: heavy.dbName,
    version: heavy.nativeSchemaVersion,
    data: heavy.rows,
  });
  console.log(`Loaded ${written.toLocaleString('en-US')} rows; ${runs} runs per operation.`);
  const ctx = {
    page,
    cdp,
    lockOn: false,
    dbName: heavy.dbName,
    recordStores: heavy.recordStores,
    backupFile: heavy.backupFile,
  };
  for (const lockOn of [false, true]) {
    const todo = chosen.filter((op) => lockOn || !op.lockOnly);
    if (todo.length === 0) continue;
    if (lockOn) {
      console.log('Turning the lock on (Settings → Passcode lock)…');
      await turnLockOn(page);
    }
    console.log(`Lock ${lockOn ? 'on' : 'off'}:`);
    for (const op of todo) results.push(await runOperation(op, { ...ctx, lockOn }));
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const table = results.map((r) => ({
  operation: r.operation,
  lock: r.lock,
  cpu: `${r.cpuSlowdown}x`,
  'median ms': r.error ? 'failed' : round(r.medianMs),
  budget: r.budgetMs === undefined ? '' : `≤ ${r.budgetMs}`,
  ratio: r.ratio ? round(r.ratio.median, 2) : '',
  'ratio budget': r.ratio ? `≤ ${r.ratio.budget}` : '',
  'app/raw ms (1x)': r.ratio ? `${round(r.ratio.medianAppMs)}/${round(r.ratio.medianRawMs)}` : '',
  met: r.met ? 'yes' : 'NO',
}));
console.log(
  `\nWaypoint bench: heavy user seed ${seed} (${heavy.count.toLocaleString('en-US')} records), median of ${runs}, Chromium ${chromiumVersion}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}`,
);
console.table(table);
for (const r of results.filter((r) => r.partMediansMs)) {
  const parts = Object.entries(r.partMediansMs).map(([part, ms]) => `${part} ${round(ms)} ms`);
  console.log(`${r.operation}, lock ${r.lock}, medians at ${r.cpuSlowdown}x: ${parts.join(', ')}`);
}
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, 'bench.json');
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date(started).toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
      machine: {
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        memoryGB: round(os.totalmem() / 2 ** 30, 1),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
      },
      chromium: chromiumVersion,
      viewport: '390x844',
      seed,
      records: heavy.count,
      runs,
      slowdown,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`Wrote ${file} (${Math.round((Date.now() - started) / 1000)} s).`);
if (results.some((r) => !r.met) && !args.includes('--no-fail')) process.exitCode = 1;
