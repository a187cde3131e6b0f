// Page helpers of `npm run bench`: reading the app's performance moments (src/app/perf.ts), moving
// around the app as a user would, the CPU slowdown, and the raw IndexedDB equivalents that run
// inside the page. The raw functions are self-contained: Playwright sends their source to the page.

/** The passphrase the bench turns the lock on with. */
export const PASSPHRASE = 'lanterns over the harbour';

/** Waits up to this long for any app moment (a 4x-slowed heavy import takes a while). */
const momentTimeout = 180_000;

/**
 * The stores the journal timeline reads when it opens (src/features/journal/JournalScreen.tsx:
 * sessions.listByDate, entries.all, checkins.all and the `entry:new` draft). Keep in step with it:
 * the raw side of the timeline ratio reads exactly these.
 */
export const timelineStores = {
  getAll: ['sessions', 'entries', 'checkins'],
  get: [['drafts', 'entry:new']],
};

/** Sets the CPU slowdown of the page's renderer (1 = none); it holds across navigations. */
export async function setSlowdown(cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Forgets every recorded moment, so the next read sees only what follows. */
export async function clearMoments(page) {
  await page.evaluate(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });
}

/** One DevTools session per page, for waiting on the app's moments (see latestEntry). */
const sessions = new WeakMap();

function sessionOf(page) {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
  return sessions.get(page);
}

/** Throws the page-side error of a DevTools evaluation, if there was one. */
function throwIfFailed(exceptionDetails) {
  if (exceptionDetails) {
    throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  }
}

/**
 * Starts waiting for the latest performance entry `waypoint:<name>` of a type (one already there,
 * or the next one); returns a function that resolves to one of its fields.
 * The wait must not add work to the page while the app is being timed: Playwright's
 * waitForFunction first evaluates its helper script in the page (about 75 ms of main thread at 4x,
 * seen in a trace in the middle of the timeline's start) and then polls on every frame. So the
 * page gets one small expression over DevTools, a promise that resolves from a
 * PerformanceObserver; called before the action it times, even that runs outside the timing, and
 * collecting the result (Runtime.awaitPromise) runs no script in the page.
 */
async function waitForEntry(page, name, type, field) {
  const expression = `new Promise((resolve, reject) => {
    const latest = () => {
      const list = performance.getEntriesByName(${JSON.stringify(`waypoint:${name}`)}, ${JSON.stringify(type)});
      return list.length > 0 ? list[list.length - 1][${JSON.stringify(field)}] : undefined;
    };
    const now = latest();
    if (now !== undefined) return resolve(now);
    const observer = new PerformanceObserver(() => {
      const value = latest();
      if (value === undefined) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    });
    observer.observe({ type: ${JSON.stringify(type)} });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(${JSON.stringify(`No ${type} waypoint:${name} within ${momentTimeout} ms`)}));
    }, ${momentTimeout});
  })`;
  const cdp = await sessionOf(page);
  const started = await cdp.send('Runtime.evaluate', { expression });
  throwIfFailed(started.exceptionDetails);
  return async () => {
    const { result, exceptionDetails } = await cdp.send('Runtime.awaitPromise', {
      promiseObjectId: started.result.objectId,
      returnByValue: true,
    });
    throwIfFailed(exceptionDetails);
    return result.value;
  };
}

/** Waits for the latest performance entry `waypoint:<name>` of a type; returns one of its fields. */
async function latestEntry(page, name, type, field) {
  return (await waitForEntry(page, name, type, field))();
}

/**
 * Call before an action, after clearMoments: starts waiting for the measure `waypoint:<name>` it
 * makes and returns a function that resolves to its duration in ms.
 */
export function nextMeasure(page, name) {
  return waitForEntry(page, name, 'measure', 'duration');
}

/** Like nextMeasure, for the mark `waypoint:<name>`: resolves to its startTime. */
export function nextMark(page, name) {
  return waitForEntry(page, name, 'mark', 'startTime');
}

/** Waits for the mark `waypoint:<name>` and returns its startTime (ms from navigation start). */
export function marked(page, name) {
  return latestEntry(page, name, 'mark', 'startTime');
}

/**
 * Types the bench's passphrase on the lock screen and taps Unlock, without waiting for what
 * follows (the timeline times it). Waits for the lock screen's own moment first, so Playwright's
 * helper script is evaluated while the lock screen waits for the person, not during the start.
 */
export async function submitPasscode(page) {
  await marked(page, 'lock-screen-shown');
  await page.getByLabel(/^Your (passphrase|PIN)$/).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Unlocks from the lock screen with the bench's passphrase; returns once the lock screen is gone. */
export async function unlock(page) {
  await submitPasscode(page);
  await page
    .getByRole('heading', { level: 1, name: 'Waypoint is locked' })
    .waitFor({ state: 'detached', timeout: momentTimeout });
}

/** A fresh page load of `path`; with the lock on, unlocks as soon as the lock screen shows. */
export async function load(page, path, lockOn) {
  await page.goto(path);
  if (lockOn) await unlock(page);
}

/**
 * Moves to `path` inside the running app, as a tap on a link does (the router intercepts it),
 * without a reload: the app stays unlocked and warm, as it is for a user moving between screens.
 */
export async function go(page, path) {
  await page.evaluate((to) => {
    const link = document.createElement('a');
    link.href = to;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
  await page.waitForURL((url) => url.pathname === path);
}

/** Waits until the page's main thread is idle (the app done with its start-up work). */
export async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 3000 })),
  );
}

/**
 * Raw equivalent of the timeline (in the page): opens the app's database and reads the stores the
 * timeline reads, with getAll, in one transaction; resolves to the elapsed ms. Rows are read as
 * they rest: with the lock on they stay sealed (no key derivation, no decryption).
 */
export function rawTimelineRead({ name, stores }) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...stores.getAll, ...stores.get.map(([store]) => store)];
      const tx = db.transaction(names, 'readonly');
      let rows = 0;
      for (const store of stores.getAll) {
        const request = tx.objectStore(store).getAll();
        request.onsuccess = () => {
          rows += request.result.length;
        };
      }
      for (const [store, key] of stores.get) tx.objectStore(store).get(key);
      tx.oncomplete = () => {
        db.close();
        resolve({ ms: performance.now() - started, rows });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * Keeps, in the page, a copy of every row of these stores exactly as it rests (sealed when the
 * lock is on): what the raw write of the import ratio writes back. Resolves to the row count.
 */
export function keepStoredRows({ name, stores }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(stores, 'readonly');
      const kept = {};
      for (const store of stores) {
        const request = tx.objectStore(store).getAll();
        request.onsuccess = () => {
          kept[store] = request.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        globalThis.__benchStoredRows = kept;
        resolve(Object.values(kept).reduce((sum, rows) => sum + rows.length, 0));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * Raw equivalent of the import (in the page): opens the database and, in ONE transaction,
 * clears the record stores and puts every kept row back (as writeHeavyUserRows does); resolves
 * to the elapsed ms from open to the transaction's completion.
 */
export function rawWriteKeptRows({ name }) {
  const kept = globalThis.__benchStoredRows;
  if (!kept) return Promise.reject(new Error('No rows kept: call keepStoredRows first.'));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = Object.keys(kept);
      const tx = db.transaction(stores, 'readwrite');
      let rows = 0;
      for (const store of stores) {
        const objectStore = tx.objectStore(store);
        objectStore.clear();
        for (const row of kept[store]) {
          objectStore.put(row);
          rows++;
        }
      }
      tx.oncomplete = () => {
        db.close();
        resolve({ ms: performance.now() - started, rows });
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('The raw write was aborted'));
    };
  });
}
