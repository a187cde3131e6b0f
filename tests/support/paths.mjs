// Files the test projects share.
import { fileURLToPath } from 'node:url';

/** Browser state of a returning user who has answered the first-run welcome. */
export const firstRunDoneState = fileURLToPath(
  new URL('../../.playwright-state/first-run-done.json', import.meta.url),
);
