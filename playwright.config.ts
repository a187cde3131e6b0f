import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.mjs';
import { firstRunDoneStateFor } from './tests/support/paths.mjs';

/**
 * Where the production build is served for the tests (the same port as `npm start`).
 * WAYPOINT_BASE_URL points the suite at a build served elsewhere (then no server is started).
 */
const externalBase = process.env.WAYPOINT_BASE_URL;
const baseURL = externalBase ?? 'http://localhost:4173';
const firstRunDoneState = firstRunDoneStateFor(baseURL);

export default defineConfig({
  // Generous: CI machines have two cores, and several flows type into real forms.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
    // Installing the service worker precaches the whole app (about 3 MB) in every new context,
    // which on two cores costs most specs a third of their time. Specs about offline use, the
    // worker itself and its notices opt in with `test.use({ serviceWorkers: 'allow' })`.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions(),
    // Tracing snapshots every action and costs about a sixth of the suite's time on two cores;
    // WAYPOINT_TRACE=1 turns it on to debug a failure (the trace is kept for failed tests only).
    trace: process.env.WAYPOINT_TRACE ? 'retain-on-failure' : 'off',
  },
  projects: [
    { name: 'setup', testDir: 'tests/setup', testMatch: /\.setup\.ts$/ },
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      dependencies: ['setup'],
      use: { storageState: firstRunDoneState },
    },
    {
      name: 'budget',
      testDir: 'tests/budget',
      dependencies: ['setup'],
      use: { storageState: firstRunDoneState },
    },
  ],
  webServer: externalBase
    ? undefined
    : {
        command: 'npx vite preview --port 4173 --strictPort',
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
