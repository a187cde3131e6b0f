// Page model of the page's service worker: who controls the page, what the registration holds,
// what the precache contains, and (for test builds that add a probe) which release a worker is.
import type { Page } from '@playwright/test';

/** A worker as the page sees it. */
export interface WorkerInfo {
  readonly scriptURL: string;
  readonly state: string;
}

/** The workers of the page's registration. */
export interface RegistrationInfo {
  readonly installing: WorkerInfo | null;
  readonly waiting: WorkerInfo | null;
  readonly active: WorkerInfo | null;
}

/** Which worker to ask. */
export type WorkerSlot = 'controller' | 'installing' | 'waiting' | 'active';

/** The message a probed test build answers with its release name (see update.spec.ts). */
export const releaseQuestion = 'WAYPOINT_TEST_RELEASE';

/** The page's service worker, seen from the page. */
export class ServiceWorkerModel {
  constructor(readonly page: Page) {}

  /** Waits until an active worker controls the page. */
  async waitForControl(): Promise<void> {
    await this.page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return !!registration.active && !!navigator.serviceWorker.controller;
    });
  }

  /** The worker controlling the page, or null when the page is not controlled. */
  async controller(): Promise<WorkerInfo | null> {
    return this.page.evaluate(() => {
      const worker = navigator.serviceWorker.controller;
      return worker ? { scriptURL: worker.scriptURL, state: worker.state } : null;
    });
  }

  /** The installing, waiting and active workers of the page's registration. */
  async registration(): Promise<RegistrationInfo> {
    return this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const info = (worker: ServiceWorker | null | undefined) =>
        worker ? { scriptURL: worker.scriptURL, state: worker.state } : null;
      return {
        installing: info(registration?.installing),
        waiting: info(registration?.waiting),
        active: info(registration?.active),
      };
    });
  }

  /** Asks the browser to check the server for a new service worker now. */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) throw new Error('No service worker registration to update.');
      await registration.update();
    });
  }

  /**
   * Asks a worker which release it is. Only test builds with the release probe answer; any other
   * worker gives 'no answer'. Returns null when there is no worker in that slot.
   */
  async releaseOf(slot: WorkerSlot): Promise<string | null> {
    return this.page.evaluate(
      async ({ slot, question }) => {
        const registration = await navigator.serviceWorker.getRegistration();
        const worker =
          slot === 'controller' ? navigator.serviceWorker.controller : registration?.[slot];
        if (!worker) return null;
        return new Promise<string>((resolve) => {
          const channel = new MessageChannel();
          const timer = setTimeout(() => resolve('no answer'), 3_000);
          channel.port1.onmessage = (event) => {
            clearTimeout(timer);
            resolve(String(event.data));
          };
          worker.postMessage({ type: question }, [channel.port2]);
        });
      },
      { slot, question: releaseQuestion },
    );
  }

  /** Every URL in the page's Cache Storage, without Workbox's revision parameter. */
  async cachedURLs(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const url = new URL(request.url);
          url.searchParams.delete('__WB_REVISION__');
          urls.push(url.href);
        }
      }
      return urls;
    });
  }
}
