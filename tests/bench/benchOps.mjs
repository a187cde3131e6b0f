// The operations `npm run bench` times, each driven through the app's own screens as a user
// would, and read from the app's performance moments (src/app/perf.ts). A sample is one run;
// `parts` keeps the pieces a sample adds up from. Budgets are performance.md's.
import {
  clearMoments,
  go,
  keepStoredRows,
  load,
  marked,
  nextMark,
  nextMeasure,
  rawTimelineRead,
  rawWriteKeptRows,
  settle,
  submitPasscode,
  timelineStores,
} from './benchPage.mjs';

/** "27 Nov 2026", as the Share screen labels a day (src/domain/summary/labels.ts). */
function dayLabel(day) {
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${months[month - 1]} ${year}`;
}

/** A local calendar day as YYYY-MM-DD. */
function localDay(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Start to timeline ready: a fresh load of /journal until the first window of rows is painted.
 * With the lock on, the time spent at the lock screen (from the lock screen's first paint to the
 * vault's opening: typing and key derivation, reported as "unlock") is left out; the rest
 * (boot to lock screen, then vault open to timeline painted, decrypting included) counts.
 */
async function timelineApp({ page, lockOn }) {
  await page.goto('/journal');
  if (!lockOn) return { ms: await marked(page, 'timeline-ready') };
  await marked(page, 'lock-screen-shown');
  const timelineReady = await nextMark(page, 'timeline-ready');
  await submitPasscode(page);
  const ready = await timelineReady();
  const shown = await marked(page, 'lock-screen-shown');
  const open = await marked(page, 'vault-open');
  return {
    ms: ready - (open - shown),
    parts: { navigationToReady: ready, atLockScreen: open - shown },
  };
}

const timeline = {
  id: 'timeline',
  label: 'start to timeline ready',
  budgetMs: 1000,
  covers:
    'navigation start → first window of timeline rows painted on /journal (mark waypoint:timeline-ready); lock on: minus the time at the lock screen',
  sample: timelineApp,
  ratio: {
    budget: 1.5,
    raw: `indexedDB.open + one readonly transaction: getAll(${timelineStores.getAll.join(', ')}) and get(${timelineStores.get.map(([s, k]) => `${s}:${k}`).join(', ')}), in the same page once it is idle after the app's load; lock on: the sealed rows as stored, no key, no decryption`,
    app: timelineApp,
    async rawSample({ page, dbName }) {
      await settle(page);
      return (await page.evaluate(rawTimelineRead, { name: dbName, stores: timelineStores })).ms;
    },
  },
};

const searchWord = 'river';

const search = {
  id: 'search',
  label: 'search keystroke',
  budgetMs: 50,
  covers: `each keystroke of "${searchWord}" typed into "Search entries" on /journal once the page is idle after load: input event → filtered rows painted (measure waypoint:search); every keystroke is a sample`,
  async setup({ page, lockOn }) {
    await load(page, '/journal', lockOn);
    await marked(page, 'timeline-ready');
    await settle(page);
  },
  async sample({ page }) {
    const box = page.getByLabel('Search entries');
    await box.fill('');
    await box.focus();
    const keys = [];
    for (const key of searchWord) {
      await clearMoments(page);
      const searched = await nextMeasure(page, 'search');
      await page.keyboard.press(key);
      keys.push(await searched());
    }
    return keys.map((ms) => ({ ms }));
  },
};

// A save's time falls in one of two groups a frame apart (whether its commit makes the next
// frame), so a median of seven saves swings by a frame between runs; each run saves three times.
const savesPerRun = 3;

/** `save(count)` done `savesPerRun` times, each a sample. */
async function repeatedSaves(save) {
  const samples = [];
  for (let count = 1; count <= savesPerRun; count++) samples.push(await save(count));
  return samples;
}

const saveCheckIn = {
  id: 'save-checkin',
  label: 'save a check-in',
  budgetMs: 50,
  covers: `new check-in (mood only), Save tapped once the page is idle → "Check-in saved." painted (measure waypoint:save-checkin); ${savesPerRun} saves a run, each a sample`,
  async setup({ page, lockOn }) {
    await load(page, '/', lockOn);
  },
  sample: ({ page }) => repeatedSaves(() => saveOneCheckIn(page)),
};

/**
 * Taps the button named `button` once the page is idle, as a person who has read the form does,
 * and returns the duration of the measure `waypoint:<measure>` the tap makes.
 */
async function timeTapWhenIdle(page, measure, button) {
  await settle(page);
  await clearMoments(page);
  const done = await nextMeasure(page, measure);
  await page.getByRole('button', { name: button }).click();
  return done();
}

/** One new check-in saved from /checkin. */
async function saveOneCheckIn(page) {
  await go(page, '/checkin');
  const mood = page
    .getByRole('group', { name: /How are you feeling/ })
    .getByRole('button', { name: '7', exact: true });
  await mood.click();
  const ms = await timeTapWhenIdle(page, 'save-checkin', 'Save check-in');
  await page.waitForURL((url) => url.pathname === '/');
  return { ms };
}

const saveEntry = {
  id: 'save-entry',
  label: 'save an entry',
  budgetMs: 50,
  covers: `new entry (title and ~1 KB body), Save tapped once the page is idle → "Entry saved." painted (measure waypoint:save-entry); ${savesPerRun} saves a run, each a sample`,
  async setup({ page, lockOn }) {
    await load(page, '/', lockOn);
  },
  sample: ({ page }, run) => repeatedSaves((count) => saveOneEntry(page, `${run}.${count}`)),
};

/** One new entry saved from /journal/new, titled with `name`. */
async function saveOneEntry(page, name) {
  await go(page, '/journal/new');
  await page.getByLabel('Title (optional)').fill(`Bench entry ${name}`);
  await page
    .getByLabel('What is on your mind?')
    .fill('The river was high today and I walked beside it for a long time. '.repeat(16));
  const ms = await timeTapWhenIdle(page, 'save-entry', 'Save entry');
  await page.waitForURL(/\/journal\/[0-9a-f-]{36}$/);
  return { ms };
}

/** The Share screen, fresh, with "Dates I choose" set to the last three months. */
async function openShareForThreeMonths({ page, lockOn }) {
  await load(page, '/share', lockOn);
  await page.getByRole('article', { name: 'Summary preview' }).waitFor();
  const to = new Date();
  const from = new Date(to);
  from.setMonth(from.getMonth() - 3);
  await page.getByLabel('Dates I choose').check();
  await page.getByLabel('From', { exact: true }).fill(localDay(from));
  await page.getByLabel('To', { exact: true }).fill(localDay(to));
  await page
    .getByRole('article', { name: 'Summary preview' })
    .getByText(`${dayLabel(localDay(from))} – ${dayLabel(localDay(to))}`)
    .first()
    .waitFor({ timeout: 60_000 });
}

const pdf = {
  id: 'pdf',
  label: '3-month therapist PDF',
  budgetMs: 1500,
  covers:
    'fresh load of Share, dates I choose = the last 3 months: "Export summary" → PDF bytes ready, loading the PDF chunk included every time (measure waypoint:pdf)',
  async sample(ctx) {
    const { page } = ctx;
    await openShareForThreeMonths(ctx);
    const exportPdf = async () => {
      await clearMoments(page);
      const exported = await nextMeasure(page, 'pdf');
      const downloading = page.waitForEvent('download', { timeout: 180_000 });
      await page.getByRole('button', { name: 'Export summary' }).click();
      const ms = await exported();
      await (await downloading).delete();
      await page.getByRole('button', { name: 'Export summary' }).waitFor({ timeout: 60_000 });
      return ms;
    };
    const ms = await exportPdf();
    // For the record only: the same export again, its chunk now loaded, shows what loading costs.
    return { ms, parts: { repeatedWithChunkLoadedMs: await exportPdf() } };
  },
};

const backup = {
  id: 'backup',
  label: 'full backup export',
  budgetMs: undefined,
  covers:
    '"Back up now" → the file\'s bytes ready, before the download hand-off (measure waypoint:backup); lock off: plain file; lock on: the default, encrypted with a passphrase (PBKDF2 + AES-GCM)',
  async setup({ page, lockOn }) {
    await load(page, '/settings/backup', lockOn);
  },
  async sample({ page, lockOn }) {
    if (lockOn) {
      await page.getByLabel(/^Encrypt it with a passphrase/).check();
      await page.getByLabel('Passphrase for this backup').fill('bench backup passphrase');
      await page.getByLabel('Type the passphrase again').fill('bench backup passphrase');
    } else await page.getByLabel(/^No passphrase/).check();
    await clearMoments(page);
    const backedUp = await nextMeasure(page, 'backup');
    const downloading = page.waitForEvent('download', { timeout: 180_000 });
    await page.getByRole('button', { name: 'Back up now' }).click();
    const ms = await backedUp();
    await (await downloading).delete();
    await page.getByRole('button', { name: 'Back up now' }).waitFor({ timeout: 60_000 });
    return { ms };
  },
};

/** One import of the heavy-user backup through Settings → Restore or import, replacing all. */
async function importApp({ page, backupFile }) {
  await clearMoments(page);
  const previewed = await nextMeasure(page, 'import-read');
  await page.getByLabel('File to restore or import').setInputFiles(backupFile);
  const read = await previewed();
  await page.getByLabel(/^Replace everything/).check();
  const written = await nextMeasure(page, 'import-write');
  await page.getByRole('button', { name: 'Replace everything with this backup' }).click();
  const write = await written();
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Import another file' }).click();
  return { ms: read + write, parts: { read, write } };
}

const importFull = {
  id: 'import',
  label: 'full import (read + write)',
  budgetMs: undefined,
  covers:
    'heavy-user backup, replace mode: file chosen → preview painted (waypoint:import-read) plus "Replace everything" → done painted (waypoint:import-write)',
  async setup({ page, lockOn }) {
    await load(page, '/settings/import', lockOn);
  },
  sample: importApp,
  ratio: {
    budget: 1.5,
    raw: 'indexedDB.open + ONE readwrite transaction clearing the record stores and putting every row back, the rows exactly as the app stored them (read once after an app import; lock on: sealed)',
    app: importApp,
    async rawSetup({ page, dbName, recordStores }) {
      await page.evaluate(keepStoredRows, { name: dbName, stores: recordStores });
    },
    async rawSample({ page, dbName }) {
      await settle(page);
      return (await page.evaluate(rawWriteKeptRows, { name: dbName })).ms;
    },
  },
};

/** Unlock from a fresh lock screen on Today (`/`). */
async function unlockSample({ page }) {
  await page.goto('/');
  await marked(page, 'lock-screen-shown');
  const unlocked = await nextMeasure(page, 'unlock');
  await submitPasscode(page);
  return { ms: await unlocked() };
}

const unlockNoSlowdown = {
  id: 'unlock',
  label: 'unlock with passcode',
  lockOnly: true,
  cpu: 1,
  budgetMs: 1000,
  covers:
    "passcode submitted → key derived (PBKDF2 600k in a worker), vault open, first screen's heading painted (measure waypoint:unlock); without slowdown, as the budget says",
  sample: unlockSample,
};

const unlockSlowed = {
  ...unlockNoSlowdown,
  id: 'unlock-4x',
  label: 'unlock with passcode (4x, for reference)',
  cpu: 4,
  budgetMs: undefined,
};

/** Every operation, in the order they run. */
export const operations = [
  timeline,
  search,
  saveCheckIn,
  saveEntry,
  pdf,
  backup,
  importFull,
  unlockNoSlowdown,
  unlockSlowed,
];
