// The app's performance moments, read by `npm run bench` (performance.md: "Mark the moments in
// the app with performance.mark and read them from the page"). POLICY: names are fixed and
// prefixed `waypoint:`; a mark's startTime counts from navigation start; a measure covers one
// user action. Marking never throws and never changes what the app does.
import { afterPaint } from '../ui/afterPaint';

const prefix = 'waypoint:';
const started = new Map<string, number>();

/** Marks a moment now as `waypoint:<name>`. */
export function markPerf(name: string): void {
  try {
    performance.mark(prefix + name);
  } catch {
    // A browser without User Timing: nothing to record.
  }
}

/** Marks a moment only the first time it happens since the page loaded. */
export function markPerfOnce(name: string): void {
  const seen = performance.getEntriesByName?.(prefix + name, 'mark') ?? [];
  if (seen.length === 0) markPerf(name);
}

/** Starts measuring an action, now or at an event's timeStamp (same clock as performance.now). */
export function startPerf(name: string, at: number = performance.now()): void {
  started.set(name, at);
}

/** Ends a started action as the measure `waypoint:<name>`; does nothing if none was started. */
export function endPerf(name: string): void {
  const start = started.get(name);
  if (start === undefined) return;
  started.delete(name);
  try {
    performance.measure(prefix + name, { start, end: performance.now() });
  } catch {
    // A browser without User Timing level 3: nothing to record.
  }
}

/** Ends a started action just after the next paint, the frame that shows what was committed. */
export function endPerfAfterPaint(name: string): void {
  void afterPaint().then(() => endPerf(name));
}

/** Ends a started action just after the frame that first paints an element matching `selector`. */
export function endPerfWhenShown(name: string, selector: string, framesLeft = 600): void {
  requestAnimationFrame(() => {
    if (document.querySelector(selector)) setTimeout(() => endPerf(name), 0);
    else if (framesLeft > 0) endPerfWhenShown(name, selector, framesLeft - 1);
  });
}
