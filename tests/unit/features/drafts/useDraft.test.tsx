// Autosave of forms (src/features/drafts/useDraft.ts) over real repositories on fake-indexeddb.
// Timers and Date are faked to check the debounce and the maximum wait exactly; IndexedDB work
// (fake-indexeddb schedules with setImmediate, which stays real) is awaited with real turns.
import { act, cleanup, renderHook } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServicesContext } from '../../../../src/app/services';
import { flushAll, hasUnsavedWork } from '../../../../src/app/unsavedWork';
import { createDatabase, openDatabase, type WaypointDexie } from '../../../../src/db/database';
import { storageMessage } from '../../../../src/db/errors';
import { createRepositories, type Repositories } from '../../../../src/db/repositories';
import { type DraftState, draftTiming, useDraft } from '../../../../src/features/drafts/useDraft';

interface Form extends Record<string, unknown> {
  title: string;
  body: string;
}

const draftId = 'entry:new';
const initialForm: Form = { title: 'Start', body: '' };
const start = Date.UTC(2026, 2, 1, 9, 0, 0);

/** One real macrotask turn (setImmediate is not faked), inside act so renders and effects run. */
const realImmediate = (globalThis as unknown as { setImmediate: (fn: () => void) => void })
  .setImmediate;
const turn = () =>
  act(async () => {
    await new Promise<void>((resolve) => realImmediate(resolve));
  });

/** Waits (in real IndexedDB turns, not timer time) until the condition holds. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await condition()) return;
    await turn();
  }
  throw new Error(`Timed out waiting until ${what}`);
}

/** Moves fake time forward, running due timers, inside act. */
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

let db: WaypointDexie;
let repos: Repositories;

beforeEach(async () => {
  db = await openDatabase(createDatabase(`t-${crypto.randomUUID()}`));
  repos = createRepositories(db, { now: () => Date.now(), newId: () => crypto.randomUUID() });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(start);
});

afterEach(async () => {
  cleanup();
  // Let any last draft write finish before the database closes.
  for (let i = 0; i < 20; i++) await turn();
  vi.useRealTimers();
  db.close();
});

/** Renders the hook over the test repositories and waits until the form has its value. */
async function mount(loadInitial: () => Promise<Form> = async () => initialForm) {
  const wrapper = ({ children }: { children: ComponentChildren }) => (
    <ServicesContext.Provider value={{ repos, now: () => Date.now() }}>
      {children}
    </ServicesContext.Provider>
  );
  const hook = renderHook(() => useDraft<Form>(draftId, loadInitial), {
    wrapper: wrapper as never,
  });
  await until(() => hook.result.current.value !== undefined, 'the form is loaded');
  return hook;
}

const current = (hook: { result: { current: DraftState<Form> } }) => hook.result.current;

const type = (hook: { result: { current: DraftState<Form> } }, patch: Partial<Form>) =>
  act(() => {
    current(hook).update(patch);
  });

const storedDraft = () => repos.drafts.get(draftId);

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('useDraft', () => {
  it('starts from the initial value with nothing to save', async () => {
    const hook = await mount();
    expect(current(hook).value).toEqual(initialForm);
    expect(current(hook).saveState).toBe('clean');
    expect(current(hook).restoredFrom).toBeUndefined();
    expect(await storedDraft()).toBeUndefined();
  });

  it('saves typing as a draft once typing pauses for the debounce, not before', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { body: 'I felt' });
    expect(current(hook).value).toEqual({ title: 'Start', body: 'I felt' });
    expect(current(hook).saveState).toBe('pending');
    expect(hasUnsavedWork()).toBe(true);

    await advance(draftTiming.debounceMs - 1);
    expect(save).not.toHaveBeenCalled();
    await advance(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(draftId, { title: 'Start', body: 'I felt' });

    await until(() => current(hook).saveState === 'saved', 'the draft is saved');
    expect(await storedDraft()).toEqual({
      id: draftId,
      updatedAt: start + draftTiming.debounceMs,
      data: { title: 'Start', body: 'I felt' },
    });
    expect(hasUnsavedWork()).toBe(false);
  });

  it('restarts the debounce on each keystroke and saves only the latest value', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { body: 'a' });
    await advance(200);
    await type(hook, { body: 'ab' });
    await advance(200);
    expect(save).not.toHaveBeenCalled();
    await advance(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(draftId, { title: 'Start', body: 'ab' });
  });

  it('keeps saving within the maximum wait while typing never pauses', async () => {
    const hook = await mount();
    const saves: { at: number; body: unknown }[] = [];
    const original = repos.drafts.save.bind(repos.drafts);
    vi.spyOn(repos.drafts, 'save').mockImplementation((id, data) => {
      saves.push({ at: Date.now() - start, body: data.body });
      return original(id, data);
    });

    let text = '';
    const keystrokeEvery = 100;
    expect(keystrokeEvery).toBeLessThan(draftTiming.debounceMs);
    for (let i = 0; i < 25; i++) {
      text += String.fromCharCode(97 + (i % 26));
      await type(hook, { body: text });
      await advance(keystrokeEvery);
    }
    // Typing (t = 0..2400 ms) never paused for the debounce, yet a draft was saved at the
    // maximum wait after the first unsaved keystroke, each time.
    expect(saves[0]).toEqual({ at: draftTiming.maxWaitMs, body: text.slice(0, 10) });
    expect(saves[1]).toEqual({ at: 2 * draftTiming.maxWaitMs, body: text.slice(0, 20) });
    await advance(draftTiming.debounceMs);
    expect(saves).toHaveLength(3);
    expect(saves[2]).toEqual({ at: 2400 + draftTiming.debounceMs, body: text });
    for (let i = 1; i < saves.length; i++) {
      expect(saves[i]!.at - saves[i - 1]!.at).toBeLessThanOrEqual(draftTiming.maxWaitMs);
    }
    await until(() => current(hook).saveState === 'saved', 'the last draft is saved');
    expect((await storedDraft())?.data).toEqual({ title: 'Start', body: text });
  });

  it('saves at once when the page is hidden', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { body: 'before the phone locks' });

    setVisibility('visible');
    expect(save).not.toHaveBeenCalled();
    setVisibility('hidden');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(draftId, { title: 'Start', body: 'before the phone locks' });
    await until(async () => (await storedDraft()) !== undefined, 'the draft is stored');
    expect((await storedDraft())?.data.body).toBe('before the phone locks');
    // The pending timer was cleared: no second save later.
    await advance(draftTiming.maxWaitMs * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at once on pagehide', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { title: 'Leaving' });
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(draftId, { title: 'Leaving', body: '' });
    await until(() => current(hook).saveState === 'saved', 'the draft is saved');
  });

  it('does not save on hide or pagehide when nothing was typed', async () => {
    await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    await advance(draftTiming.maxWaitMs);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves pending typing when an update is about to reload the page (flushAll) or on unmount', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { body: 'update coming' });
    await act(() => flushAll());
    expect(save).toHaveBeenCalledTimes(1);
    expect((await storedDraft())?.data.body).toBe('update coming');

    await type(hook, { body: 'closing the form' });
    hook.unmount();
    expect(save).toHaveBeenCalledTimes(2);
    await until(
      async () => (await storedDraft())?.data.body === 'closing the form',
      'the unmount flush is stored',
    );
  });

  it('restores a kept draft on mount and says when it was saved', async () => {
    vi.setSystemTime(start - 60_000);
    await repos.drafts.save(draftId, { body: 'kept from yesterday' });
    vi.setSystemTime(start);

    const hook = await mount(async () => ({ title: 'From the record', body: 'old body' }));
    expect(current(hook).value).toEqual({ title: 'From the record', body: 'kept from yesterday' });
    expect(current(hook).restoredFrom).toBe(start - 60_000);
    expect(current(hook).saveState).toBe('clean');
  });

  it('settle() forgets pending typing so nothing re-saves the draft later', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { body: 'about to be saved as an entry' });
    act(() => current(hook).settle());
    expect(current(hook).saveState).toBe('clean');
    expect(hasUnsavedWork()).toBe(false);

    await advance(draftTiming.maxWaitMs * 3);
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    await act(() => flushAll());
    hook.unmount();
    await turn();
    expect(save).not.toHaveBeenCalled();
    expect(await storedDraft()).toBeUndefined();
  });

  it('forget() drops pending typing at once without re-rendering; nothing re-saves it later', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { body: 'saved as an entry a moment ago' });
    const before = current(hook);
    act(() => current(hook).forget());
    // The same state object: the form was not rendered again (settle() shows it clean later).
    expect(current(hook)).toBe(before);
    expect(current(hook).saveState).toBe('pending');

    await advance(draftTiming.maxWaitMs * 3);
    await act(() => flushAll());
    hook.unmount();
    await turn();
    expect(save).not.toHaveBeenCalled();
    expect(await storedDraft()).toBeUndefined();
  });

  it('hold() stops the autosave without writing, and a failed save can still flush the typing', async () => {
    const hook = await mount();
    const save = vi.spyOn(repos.drafts, 'save');
    await type(hook, { body: 'saved with the record in one transaction' });
    await act(() => current(hook).hold());
    // The debounce that would have written the draft is gone: nothing is written now or later.
    await advance(draftTiming.maxWaitMs * 3);
    expect(save).not.toHaveBeenCalled();
    expect(current(hook).saveState).toBe('pending');
    // The record's save failed: the typing is still pending, and flush keeps it as the draft.
    await act(() => current(hook).flush());
    expect(save).toHaveBeenCalledTimes(1);
    expect((await storedDraft())?.data.body).toBe('saved with the record in one transaction');
  });

  it('discard() removes the draft and returns to the initial value', async () => {
    await repos.drafts.save(draftId, { body: 'restored text' });
    const hook = await mount();
    expect(current(hook).restoredFrom).toBe(start);
    await type(hook, { body: 'restored text, edited' });

    await act(() => current(hook).discard());
    expect(current(hook).value).toEqual(initialForm);
    expect(current(hook).restoredFrom).toBeUndefined();
    expect(current(hook).saveState).toBe('clean');
    expect(await storedDraft()).toBeUndefined();
    // The typing before the discard is not saved afterwards.
    await advance(draftTiming.maxWaitMs * 2);
    await turn();
    expect(await storedDraft()).toBeUndefined();
  });

  it('discard() returns the form at once: a change made while the draft is removed is kept', async () => {
    await repos.drafts.save(draftId, { body: 'restored text' });
    const hook = await mount();
    let finishRemoval: () => void = () => undefined;
    const remove = repos.drafts.discard.bind(repos.drafts);
    vi.spyOn(repos.drafts, 'discard').mockImplementationOnce(
      (id) =>
        new Promise<void>((resolve, reject) => {
          finishRemoval = () => remove(id).then(resolve, reject);
        }),
    );
    let discarding: Promise<void> = Promise.resolve();
    act(() => {
      discarding = current(hook).discard();
    });
    expect(current(hook).value).toEqual(initialForm);
    await type(hook, { title: 'Tapped straight after Discard draft' });
    await act(async () => {
      finishRemoval();
      await discarding;
    });
    expect(current(hook).value?.title).toBe('Tapped straight after Discard draft');
    await advance(draftTiming.maxWaitMs * 2);
    await until(
      async () => (await storedDraft())?.data.title === 'Tapped straight after Discard draft',
      'the new typing saved as the draft',
    );
  });

  it('reports a failed save in plain words, keeps the typing, and saves on the next try', async () => {
    const hook = await mount();
    const save = vi
      .spyOn(repos.drafts, 'save')
      .mockRejectedValueOnce(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      );
    await type(hook, { body: 'words that must not be lost' });
    await advance(draftTiming.debounceMs);
    await until(() => current(hook).saveState === 'error', 'the failure is reported');

    expect(current(hook).problem).toBe(storageMessage('quota'));
    expect(current(hook).problem).not.toMatch(/QuotaExceededError|DOMException|exceeded/);
    expect(current(hook).value).toEqual({ title: 'Start', body: 'words that must not be lost' });
    expect(await storedDraft()).toBeUndefined();
    expect(hasUnsavedWork()).toBe(true);

    // The text is still pending: hiding the page tries again, and this time it works.
    setVisibility('hidden');
    expect(save).toHaveBeenCalledTimes(2);
    await until(() => current(hook).saveState === 'saved', 'the retry is saved');
    expect(current(hook).problem).toBeUndefined();
    expect((await storedDraft())?.data.body).toBe('words that must not be lost');
    expect(hasUnsavedWork()).toBe(false);
  });
});
