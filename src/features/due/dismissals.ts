// Suggestions on Today (a check-in, a questionnaire) can be put off for the day. That choice is
// a small piece of screen state, not something the user wrote: it lives in localStorage on this
// device, keyed by day, and is forgotten the next day. It is not backed up or sealed because it
// says nothing about the user beyond "not today". When storage is unavailable (private mode),
// the choice lasts until the page is reloaded.
import { observable } from '../../domain/observable';
import type { DayString } from '../../domain/types';

const storageKey = 'waypoint:not-today';

interface Stored {
  readonly day: DayString;
  readonly keys: readonly string[];
}

let memory: Stored = { day: '', keys: [] };

function read(): Stored {
  try {
    const raw = localStorage.getItem(storageKey);
    const parsed = raw ? (JSON.parse(raw) as Partial<Stored>) : undefined;
    if (parsed && typeof parsed.day === 'string' && Array.isArray(parsed.keys))
      return { day: parsed.day, keys: parsed.keys.filter((k) => typeof k === 'string') };
  } catch {
    // Unreadable or unavailable storage: fall back to what this page remembers.
  }
  return memory;
}

/** Changes whenever a suggestion is put off, so rows re-render. */
export const dismissalsChanged = observable(0);

/** True when the suggestion `key` was put off on `day`. */
export function isPutOff(key: string, day: DayString): boolean {
  const stored = read();
  return stored.day === day && stored.keys.includes(key);
}

/** Puts the suggestion `key` off for `day` (it comes back the next day). */
export function putOff(key: string, day: DayString): void {
  const stored = read();
  const keys = stored.day === day ? [...new Set([...stored.keys, key])] : [key];
  memory = { day, keys };
  try {
    localStorage.setItem(storageKey, JSON.stringify(memory));
  } catch {
    // Kept in memory for this page.
  }
  dismissalsChanged.set(dismissalsChanged.get() + 1);
}

/** Brings a suggestion back on `day` (undo). */
export function bringBack(key: string, day: DayString): void {
  const stored = read();
  memory = { day, keys: stored.day === day ? stored.keys.filter((k) => k !== key) : [] };
  try {
    localStorage.setItem(storageKey, JSON.stringify(memory));
  } catch {
    // Kept in memory for this page.
  }
  dismissalsChanged.set(dismissalsChanged.get() + 1);
}
