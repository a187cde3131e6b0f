// Finds the Chromium the end-to-end suite drives: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then the browsers Playwright downloaded itself. Says how to get one when none is found.
// Plain JavaScript so Node 20 tools (icons, benchmark) and the Playwright config share it.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet on a machine with no network beyond localhost. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The path of the Chromium to drive, or undefined to use Playwright's own download.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - set CHROMIUM_PATH=/path/to/chromium, or',
      '  - on Debian/Ubuntu: sudo apt-get install -y chromium, or',
      '  - npx playwright install chromium (needs access to the browser download host).',
    ].join('\n'),
  );
}

/**
 * Launch options for Playwright: the browser found above and the quiet flags.
 * @returns {import('@playwright/test').LaunchOptions}
 */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: chromiumFlags } : { args: chromiumFlags };
}
