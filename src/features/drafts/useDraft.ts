// Autosave for any form. DURABILITY POLICY: typing is saved as a draft at most ~1 s after it
// happens (a short debounce with a maximum wait), and at once when the page is hidden or
// closed (visibilitychange, pagehide) or before an update reloads the page. A draft is removed
// only in the same transaction that saves the record it became. If a draft exists when the
// form opens, it is restored and the user is told.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { markDirty, registerFlusher } from '../../app/unsavedWork';
import { toStorageProblem } from '../../db/errors';

/** How long typing may pause before the draft is saved, and the longest it waits. */
export const draftTiming = { debounceMs: 300, maxWaitMs: 1000 } as const;

/** Where the draft stands. */
export type DraftSaveState = 'clean' | 'pending' | 'saved' | 'error';

/** A form's value with autosave. */
export interface DraftState<T> {
  /** The form's value; undefined while loading. */
  readonly value: T | undefined;
  /** When a kept draft was restored into the form. */
  readonly restoredFrom: number | undefined;
  readonly saveState: DraftSaveState;
  /** A plain-language problem with saving the draft. */
  readonly problem: string | undefined;
  /** Changes the form's value and schedules a draft save. */
  update(patch: Partial<T>): void;
  /** Saves the draft now if anything is unsaved. */
  flush(): Promise<void>;
  /**
   * Stops autosaving and waits for a draft write under way, without writing: call right before
   * the record is saved with the draft's removal in one transaction. If that save fails, the
   * typing is still pending and `flush` keeps it.
   */
  hold(): Promise<void>;
  /**
   * Forgets pending typing at once without re-rendering the form: the record (and the draft's
   * removal) was just saved, and "saved" should be painted before the form's own update.
   */
  forget(): void;
  /** Forgets pending typing and shows the form clean (a discard, a deleted record). */
  settle(): void;
  /** Throws the draft away and returns to the initial value. */
  discard(): Promise<void>;
}

/** Keeps a form's value as a draft under `draftId`, starting from `loadInitial` when no draft exists. */
export function useDraft<T extends Record<string, unknown>>(
  draftId: string,
  loadInitial: () => Promise<T>,
): DraftState<T> {
  const { repos } = useServices();
  const [value, setValue] = useState<T>();
  const [restoredFrom, setRestoredFrom] = useState<number>();
  const [saveState, setSaveState] = useState<DraftSaveState>('clean');
  const [problem, setProblem] = useState<string>();
  const latest = useRef<T>();
  const initial = useRef<T>();
  const pending = useRef(false);
  const inFlight = useRef<Promise<void>>();
  const debounce = useRef<ReturnType<typeof setTimeout>>();
  const firstPendingAt = useRef(0);

  const clearTimer = () => {
    if (debounce.current) clearTimeout(debounce.current);
    debounce.current = undefined;
  };

  const flush = useCallback(async () => {
    clearTimer();
    // Wait for a save already under way, so that when flush resolves every earlier write is
    // done (the record save that follows can then remove the draft for good).
    if (inFlight.current) await inFlight.current;
    if (!pending.current || !latest.current) return;
    pending.current = false;
    const data = latest.current;
    const write = (async () => {
      try {
        await repos.drafts.save(draftId, data);
        setProblem(undefined);
        setSaveState(pending.current ? 'pending' : 'saved');
      } catch (error) {
        pending.current = true;
        setSaveState('error');
        setProblem(toStorageProblem(error).message);
      }
    })();
    inFlight.current = write;
    await write;
    if (inFlight.current === write) inFlight.current = undefined;
  }, [repos, draftId]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const start = await loadInitial();
      initial.current = start;
      const kept = await repos.drafts.get(draftId).catch(() => undefined);
      if (cancelled) return;
      const restored = kept ? ({ ...start, ...kept.data } as T) : start;
      latest.current = restored;
      setValue(restored);
      if (kept) setRestoredFrom(kept.updatedAt);
    })();
    return () => {
      cancelled = true;
    };
    // Load once per draft; loadInitial is read at that moment.
  }, [repos, draftId]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerFlusher(flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      void flush();
    };
  }, [flush]);

  useEffect(
    () => markDirty(flush, saveState === 'pending' || saveState === 'error'),
    [flush, saveState],
  );

  const update = useCallback(
    (patch: Partial<T>) => {
      const next = { ...(latest.current as T), ...patch };
      latest.current = next;
      setValue(next);
      const now = Date.now();
      if (!pending.current) firstPendingAt.current = now;
      pending.current = true;
      setSaveState('pending');
      clearTimer();
      const waited = now - firstPendingAt.current;
      const delay = Math.max(0, Math.min(draftTiming.debounceMs, draftTiming.maxWaitMs - waited));
      debounce.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  const hold = useCallback(async () => {
    clearTimer();
    if (inFlight.current) await inFlight.current;
  }, []);

  const forget = useCallback(() => {
    clearTimer();
    pending.current = false;
  }, []);

  const settle = useCallback(() => {
    forget();
    setSaveState('clean');
  }, [forget]);

  const discard = useCallback(async () => {
    settle();
    // The form goes back at once, before the stored draft is removed: a tap made right after
    // "Discard draft" is kept instead of being wiped when the removal completes.
    latest.current = initial.current;
    setValue(initial.current);
    setRestoredFrom(undefined);
    await repos.drafts.discard(draftId);
  }, [repos, draftId, settle]);

  return { value, restoredFrom, saveState, problem, update, flush, hold, forget, settle, discard };
}
