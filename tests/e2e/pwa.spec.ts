// The app as a Progressive Web App: Chromium finds it installable, the manifest is complete,
// the service worker takes control on the first visit, and after one online visit every screen
// opens with no network at all, its code coming from the service worker's precache.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { expect, isOwnRequest, test } from './fixtures';
import { AppShell, allScreens, navScreens } from './pages/AppShell';
import { Notices } from './pages/Notices';
import { ServiceWorkerModel } from './pages/ServiceWorker';

// About the service worker and what it shows (the suite blocks it by default).
test.use({ serviceWorkers: 'allow' });

/** The production build that `vite preview` serves (WAYPOINT_DIST_DIR when built elsewhere). */
const distDir =
  process.env.WAYPOINT_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/** The lazily loaded screen chunks the offline walk below must get from the service worker. */
const offlineScreenChunks = [
  'SessionsScreen',
  'JournalScreen',
  'EntryEditorScreen',
  'CheckInScreen',
  'InsightsScreen',
  'QuestionnairesScreen',
  'ShareScreen',
  'PrintScreen',
  'SettingsScreen',
  'AboutScreen',
  'CrisisScreen',
  'CrisisEditorScreen',
  'PromptScreens',
  'LockSettingsScreen',
  'BackupScreens',
  'NotFoundScreen',
];

/** The parts of the web app manifest these tests read. */
interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}
interface Manifest {
  id?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  icons?: ManifestIcon[];
  shortcuts?: { name: string; url: string; icons?: ManifestIcon[] }[];
}

/** The width and height a PNG file declares in its header, or undefined when it is no PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The same guards as the suite's fixture, for a context the fixture does not own: requests to
 * other origins, CSP violations and uncaught page errors.
 */
async function guardContext(context: BrowserContext, origin: string) {
  const seen = {
    foreignRequests: [] as string[],
    cspViolations: [] as string[],
    pageErrors: [] as string[],
  };
  context.on('request', (request) => {
    if (!isOwnRequest(request.url(), origin)) seen.foreignRequests.push(request.url());
  });
  context.on('weberror', (error) => seen.pageErrors.push(error.error().message));
  await context.exposeBinding('__waypointCspViolation', (_source, detail: string) => {
    seen.cspViolations.push(detail);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __waypointCspViolation: (d: string) => void })
        .__waypointCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return () => {
    expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
    expect(seen.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(seen.pageErrors, 'uncaught errors in the page').toEqual([]);
  };
}

test.describe('installability', () => {
  test('Chromium reports no installability errors', async ({ baseURL }) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    // Incognito contexts always report 'in-incognito', so this needs a real (fresh) profile.
    const userDataDir = await mkdtemp(join(tmpdir(), 'waypoint-installability-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      ...chromiumLaunchOptions(),
      baseURL: origin,
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'allow',
    });
    try {
      const checkGuards = await guardContext(context, origin);
      const page = context.pages()[0] ?? (await context.newPage());
      const shell = new AppShell(page);
      await shell.openFirstTime();
      await new ServiceWorkerModel(page).waitForControl();

      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);
      expect(manifest.errors, 'manifest parse errors').toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      checkGuards();
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  });

  test('the manifest declares identity, standalone display, icons and shortcuts', async ({
    request,
  }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as Manifest;

    expect(manifest).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone' });
    const icons = manifest.icons ?? [];
    const purposes = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(/\s+/);
    const anyIcon = (size: string) =>
      icons.some((icon) => icon.sizes === size && purposes(icon).includes('any'));
    expect(anyIcon('192x192'), 'a 192x192 icon for any purpose').toBe(true);
    expect(anyIcon('512x512'), 'a 512x512 icon for any purpose').toBe(true);
    expect(
      icons.some((icon) => purposes(icon).includes('maskable')),
      'a maskable icon',
    ).toBe(true);

    const shortcuts = (manifest.shortcuts ?? []).map(({ name, url }) => ({ name, url }));
    expect(shortcuts).toEqual(
      expect.arrayContaining([
        { name: 'Check in', url: '/checkin' },
        { name: 'New entry', url: '/journal/new' },
      ]),
    );

    // Every icon, the shortcuts' included, is a PNG of the size the manifest says.
    const allIcons = [...icons, ...(manifest.shortcuts ?? []).flatMap((s) => s.icons ?? [])];
    expect(allIcons.length).toBeGreaterThan(0);
    for (const icon of allIcons) {
      const iconResponse = await request.get(icon.src);
      expect(iconResponse.status(), icon.src).toBe(200);
      expect(iconResponse.headers()['content-type'], icon.src).toBe('image/png');
      const size = pngSize(await iconResponse.body());
      expect(size, `${icon.src} is a PNG`).toBeDefined();
      expect(`${size?.width}x${size?.height}`, `${icon.src} has its declared size`).toBe(
        icon.sizes,
      );
    }
  });
});

test('the service worker controls the page after the first visit and says so', async ({
  page,
  baseURL,
}) => {
  const shell = new AppShell(page);
  const worker = new ServiceWorkerModel(page);
  const notices = new Notices(page);
  await shell.open('/', 'Today');
  await worker.waitForControl();
  // clients.claim() runs during activation, so the page can be controlled while the worker is
  // still "activating"; it must then finish as "activated".
  await expect
    .poll(() => worker.controller())
    .toEqual({ scriptURL: new URL('/sw.js', baseURL).href, state: 'activated' });
  await expect(notices.offlineReady).toBeVisible();
  await notices.dismissOfflineReady.click();
  await expect(notices.offlineReady).toBeHidden();

  // The next visit is controlled from the start, and is no first install to announce.
  await page.reload({ waitUntil: 'load' });
  await expect(shell.heading).toHaveText('Today');
  expect(await worker.controller()).not.toBeNull();
  await page.waitForTimeout(1_000);
  await expect(notices.offlineReady).toBeHidden();
});

test('after one online visit every screen opens offline, from the precache', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const shell = new AppShell(page);
  const worker = new ServiceWorkerModel(page);

  // One online visit to Today, nothing else.
  await shell.open('/', 'Today');
  await worker.waitForControl();

  // The service worker precached every file of the build, the lazily loaded screens included.
  const builtAssets = await readdir(join(distDir, 'assets'));
  expect(builtAssets.filter((file) => /Screen-[\w-]+\.js$/.test(file)).length).toBeGreaterThan(
    allScreens.length,
  );
  const cached = await worker.cachedURLs();
  for (const file of builtAssets) expect(cached).toContain(`${origin}/assets/${file}`);

  // From now on: everything the page loads must be answered by the service worker, which
  // itself must not reach the network (a precache miss would show up as its own request).
  const notFromWorker: string[] = [];
  const fromWorkerToNetwork: string[] = [];
  const failed: string[] = [];
  const servedByWorker = new Set<string>();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(origin)) return;
    if (response.fromServiceWorker()) servedByWorker.add(url);
    else notFromWorker.push(url);
  });
  context.on('request', (request) => {
    if (request.serviceWorker()) fromWorkerToNetwork.push(request.url());
  });
  // A request cut short because the test navigated on (the lazily imported workbox-window,
  // say) is no offline failure; it must still have been served by the worker on another visit.
  const abortedByNavigation = new Set<string>();
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason === 'net::ERR_ABORTED') abortedByNavigation.add(request.url());
    else failed.push(`${request.url()} ${reason}`);
  });
  await context.setOffline(true);

  await page.reload();
  await expect(shell.heading).toHaveText('Today');

  // Deep links: each route opened directly by its address.
  for (const screen of allScreens) await shell.open(screen.path, screen.heading);
  // The manifest's shortcuts and the not-found screen work offline too.
  await shell.open('/checkin', 'Check in');
  await shell.open('/journal/new', 'New entry');
  await shell.open('/no-such-page', 'Page not found');

  // Through the app: the navigation, the help link and the About link.
  await shell.open('/', 'Today');
  for (const screen of navScreens) await shell.navigateTo(screen.label, screen.heading);
  await page.getByRole('link', { name: 'About Waypoint and your privacy' }).click();
  await expect(shell.heading).toHaveText('About Waypoint');
  await shell.helpLink.click();
  await expect(shell.heading).toHaveText('Get help now');

  // Reloading offline on a deep route.
  await shell.open('/settings/about', 'About Waypoint');
  await page.reload();
  await expect(shell.heading).toHaveText('About Waypoint');
  await expect(page).toHaveURL(`${origin}/settings/about`);

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(notFromWorker, 'responses not answered by the service worker').toEqual([]);
  expect(fromWorkerToNetwork, 'precache misses the worker tried to fetch').toEqual([]);
  for (const url of abortedByNavigation) expect(servedByWorker, url).toContain(url);
  // Each screen's lazily loaded chunk came from the worker. Named one by one: some routes share
  // a chunk (the prompt library, editor and import are one), and Today ships with the shell.
  const screenChunksServed = new Set(
    [...servedByWorker]
      .map((url) => /\/assets\/(\w+(?:Screen|Screens))-[\w-]+\.js$/.exec(url)?.[1])
      .filter((name) => name !== undefined),
  );
  for (const chunk of offlineScreenChunks) expect(screenChunksServed, chunk).toContain(chunk);
});
