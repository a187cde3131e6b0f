// The suite's test fixture. Every test runs with two guards that fail it afterwards:
// no request may leave the app's origin, and the page may record no CSP violation and no
// uncaught error. Together they are the suite-wide proof of "zero egress" and "strict CSP".
import { test as base, expect, type Page } from '@playwright/test';

/** What the guards saw during one test. */
interface Guard {
  foreignRequests: string[];
  cspViolations: string[];
  pageErrors: string[];
}

const allowedSchemes = new Set(['data:', 'blob:']);

/** True when a request stays inside the app (same origin, or an in-memory URL). */
export function isOwnRequest(url: string, appOrigin: string): boolean {
  const parsed = new URL(url);
  return allowedSchemes.has(parsed.protocol) || parsed.origin === appOrigin;
}

/** Records CSP violations into the page so the guard can read them. */
async function watchCsp(page: Page, guard: Guard): Promise<void> {
  await page.exposeBinding('__waypointCspViolation', (_source, detail: string) => {
    guard.cspViolations.push(detail);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __waypointCspViolation: (d: string) => void })
        .__waypointCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const guard: Guard = { foreignRequests: [], cspViolations: [], pageErrors: [] };
      context.on('request', (request) => {
        if (!isOwnRequest(request.url(), origin)) guard.foreignRequests.push(request.url());
      });
      page.on('pageerror', (error) => guard.pageErrors.push(error.message));
      await watchCsp(page, guard);
      await use(guard);
      expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
      expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
