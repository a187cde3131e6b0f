// Files the test projects share.
import { fileURLToPath } from 'node:url';

/**
 * Browser state of a returning user who has answered the first-run welcome, one file per
 * served build (runs against different ports must not overwrite each other's state).
 * @param {string} baseURL
 * @returns {string}
 */
export function firstRunDoneStateFor(baseURL) {
  const { hostname, port } = new URL(baseURL);
  return fileURLToPath(
    new URL(`../../.playwright-state/first-run-done-${hostname}-${port}.json`, import.meta.url),
  );
}
