// When start-up work runs. POLICY: only what the first screen needs runs before it is painted;
// the rest waits, each piece in its own task, so no long task holds up the first taps (Lighthouse
// "total blocking time"). Nothing is skipped, only ordered: each scheduled task always runs.

/** Resolves in a new task, so work before and after it are two tasks, not one long one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a task in a new task just after the next frame has been painted. */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** True when no Waypoint database exists yet: certainly a first visit (false when unsure). */
export async function isFirstVisit(databaseName: string): Promise<boolean> {
  try {
    if (typeof indexedDB?.databases !== 'function') return false;
    const databases = await indexedDB.databases();
    return !databases.some((database) => database.name === databaseName);
  } catch {
    return false;
  }
}
