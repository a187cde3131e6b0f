// "Updates never apply themselves": a new release waits until the user taps "Update now", and
// only then replaces the running version. The build is copied to a temporary directory and
// served by tests/support/staticServer.mjs so a test can publish a new release mid-session.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StaticServer, start, stop } from '../support/staticServer.mjs';
import { test as appTest, expect } from './fixtures';
import { AppShell } from './pages/AppShell';
import { Notices } from './pages/Notices';
import { releaseQuestion, ServiceWorkerModel } from './pages/ServiceWorker';

/** The production build to copy. */
const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Test instrumentation appended to sw.js: the worker answers which release it is. It listens
 * only for its own message type, so the app's own message handling is untouched.
 */
function releaseProbe(name: string): string {
  return [
    '',
    `// ${name}`,
    "self.addEventListener('message', (event) => {",
    `  if (event.data && event.data.type === '${releaseQuestion}') event.ports[0].postMessage('${name}');`,
    '});',
    '',
  ].join('\n');
}

/** A copy of the build on its own server, whose release can be changed while the app runs. */
class Release {
  private constructor(
    readonly dir: string,
    private readonly server: StaticServer,
    private readonly originalWorker: string,
    private readonly originalIndex: string,
  ) {}

  get origin(): string {
    return this.server.origin;
  }

  /** Copies the build and serves it as release 1. */
  static async start(): Promise<Release> {
    const dir = await mkdtemp(join(tmpdir(), 'waypoint-release-'));
    await cp(distDir, dir, { recursive: true });
    const originalWorker = await readFile(join(dir, 'sw.js'), 'utf8');
    const originalIndex = await readFile(join(dir, 'index.html'), 'utf8');
    const release = new Release(dir, await start(dir), originalWorker, originalIndex);
    await writeFile(join(dir, 'sw.js'), originalWorker + releaseProbe('release 1'));
    return release;
  }

  /**
   * Publishes release 2: index.html gains a <meta name="waypoint-release" content="2">, the
   * worker's precache list carries the new index.html revision, and sw.js ends in
   * "// release 2", so its bytes differ and the browser sees a new worker.
   */
  async publishRelease2(): Promise<void> {
    const index = this.originalIndex.replace(
      '</head>',
      '<meta name="waypoint-release" content="2" /></head>',
    );
    const oldEntry = `{"revision":"${md5(this.originalIndex)}","url":"index.html"}`;
    const newEntry = `{"revision":"${md5(index)}","url":"index.html"}`;
    if (index === this.originalIndex || !this.originalWorker.includes(oldEntry)) {
      throw new Error('The build no longer has the shape this test edits (index.html revision).');
    }
    const worker = this.originalWorker.replace(oldEntry, newEntry) + releaseProbe('release 2');
    await writeFile(join(this.dir, 'index.html'), index);
    await writeFile(join(this.dir, 'sw.js'), worker);
  }

  async stop(): Promise<void> {
    await stop(this.server);
    await rm(this.dir, { recursive: true, force: true });
  }
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** The suite's fixture (zero-egress and CSP guards included), pointed at the release server. */
const test = appTest.extend<{ release: Release }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  release: async ({}, use) => {
    const release = await Release.start();
    try {
      await use(release);
    } finally {
      await release.stop();
    }
  },
  // The guard allows only baseURL's origin, so it now watches for anything but this server.
  baseURL: async ({ release }, use) => {
    await use(release.origin);
  },
});
// About the service worker and what it shows (the suite blocks it by default).
test.use({ serviceWorkers: 'allow' });

type MarkedWindow = Window & { __sameDocument?: boolean };

test('updates never apply themselves', async ({ page, release }) => {
  const shell = new AppShell(page);
  const worker = new ServiceWorkerModel(page);
  const notices = new Notices(page);
  const releaseMeta = page.locator('meta[name="waypoint-release"]');

  await shell.openFirstTime();
  await worker.waitForControl();
  expect(await worker.releaseOf('controller')).toBe('release 1');
  // The user comes back to the app later: a normal visit, controlled from the start.
  await page.reload();
  await expect(shell.heading).toHaveText('Today');
  expect(await worker.releaseOf('controller')).toBe('release 1');

  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.evaluate(() => {
    (window as MarkedWindow).__sameDocument = true;
  });

  await release.publishRelease2();
  await worker.checkForUpdate();
  await expect(notices.updateAvailable).toBeVisible();
  await expect(notices.updateNow).toBeVisible();
  await expect.poll(() => worker.releaseOf('waiting')).toBe('release 2');

  // Nothing happens by itself: no reload, no new worker in control, the old page stays.
  await page.waitForTimeout(4_000);
  expect(await page.evaluate(() => (window as MarkedWindow).__sameDocument)).toBe(true);
  expect(navigations).toBe(0);
  expect(await worker.releaseOf('controller')).toBe('release 1');
  expect(await worker.releaseOf('active')).toBe('release 1');
  expect(await worker.releaseOf('waiting')).toBe('release 2');
  await expect(notices.updateAvailable).toBeVisible();
  await expect(notices.offlineReady).toBeHidden();

  // Not even a reload applies it: the old release still serves the page, and the offer stays.
  await page.reload();
  await expect(shell.heading).toHaveText('Today');
  expect(await worker.releaseOf('controller')).toBe('release 1');
  await expect(releaseMeta).toHaveCount(0);
  await expect(notices.updateAvailable).toBeVisible();

  // The user accepts: the page reloads once, now run by release 2.
  await page.evaluate(() => {
    (window as MarkedWindow).__sameDocument = true;
  });
  const reloaded = page.waitForEvent('load');
  await notices.updateNow.click();
  await reloaded;
  await expect(shell.heading).toHaveText('Today');
  expect(await page.evaluate(() => (window as MarkedWindow).__sameDocument)).toBeUndefined();
  await worker.waitForControl();
  expect(await worker.releaseOf('controller')).toBe('release 2');
  expect(await worker.releaseOf('active')).toBe('release 2');
  expect(await worker.registration()).toMatchObject({ installing: null, waiting: null });
  await expect(releaseMeta).toHaveAttribute('content', '2');
  await expect(notices.updateAvailable).toBeHidden();
});

test('an update found during the first visit is offered as an update, not as offline-ready', async ({
  page,
  release,
}) => {
  const shell = new AppShell(page);
  const worker = new ServiceWorkerModel(page);
  const notices = new Notices(page);

  await shell.openFirstTime();
  await worker.waitForControl();
  await expect(notices.offlineReady).toBeVisible();
  await notices.dismissOfflineReady.click();
  await expect(notices.offlineReady).toBeHidden();

  await release.publishRelease2();
  await worker.checkForUpdate();
  await expect(notices.updateAvailable).toBeVisible();
  await expect.poll(() => worker.releaseOf('waiting')).toBe('release 2');
  await expect(notices.offlineReady).toBeHidden();
  expect(await worker.releaseOf('controller')).toBe('release 1');

  const reloaded = page.waitForEvent('load');
  await notices.updateNow.click();
  await reloaded;
  await expect(shell.heading).toHaveText('Today');
  await worker.waitForControl();
  expect(await worker.releaseOf('controller')).toBe('release 2');
});
