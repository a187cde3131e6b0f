// Unsaved work in open forms. Anything that would reload the page (an app update, another tab
// upgrading the database) first asks every open form to save its draft.

type Flusher = () => Promise<void> | void;
const flushers = new Set<Flusher>();
const dirty = new Set<Flusher>();

/** Registers a form's draft saver; returns the function that unregisters it. */
export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
    dirty.delete(flush);
  };
}

/** Marks whether a form holds typing not yet saved as a draft. */
export function markDirty(flush: Flusher, isDirty: boolean): void {
  if (isDirty) dirty.add(flush);
  else dirty.delete(flush);
}

/** True while any form holds typing not yet saved. */
export function hasUnsavedWork(): boolean {
  return dirty.size > 0;
}

/** Saves every open form's draft. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
