import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentToast, dismissToast } from '../../../../src/app/toast';
import { saveWithDraft } from '../../../../src/features/drafts/saveWithDraft';

afterEach(() => {
  dismissToast();
  vi.unstubAllGlobals();
});

/** A draft that records what was asked of it, and whether the toast was up at the time. */
function recordingDraft(log: string[]) {
  const note = (step: string) => () => {
    log.push(`${step}${currentToast.get() ? ' (toast shown)' : ''}`);
  };
  return {
    hold: vi.fn(async () => note('hold')()),
    forget: vi.fn(note('forget')),
    flush: vi.fn(async () => note('flush')()),
  };
}

describe('saveWithDraft', () => {
  it('forgets the typing without a render, shows "saved", and returns after its paint', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const log: string[] = [];
    const draft = recordingDraft(log);
    const saving = saveWithDraft(
      draft,
      async () => {
        log.push('write');
        return 'record';
      },
      { message: 'Entry saved.', perf: 'save-entry' },
    );
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0));
    expect(log).toEqual(['hold', 'write', 'forget']);
    expect(currentToast.get()?.message).toBe('Entry saved.');
    let returned = false;
    void saving.then(() => {
      returned = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(returned).toBe(false);
    // The frame that paints the confirmation; then the caller moves on.
    for (const frame of frames.splice(0)) frame(performance.now());
    await expect(saving).resolves.toBe('record');
    expect(log).toEqual(['hold', 'write', 'forget']);
  });

  it('keeps the typing when the write fails: flushes it to the draft and rethrows', async () => {
    const log: string[] = [];
    const draft = recordingDraft(log);
    const failing = saveWithDraft(
      draft,
      async () => {
        throw new Error('QuotaExceededError');
      },
      { message: 'Entry saved.', perf: 'save-entry' },
    );
    await expect(failing).rejects.toThrow('QuotaExceededError');
    expect(log).toEqual(['hold', 'flush']);
    expect(currentToast.get()).toBeUndefined();
  });
});
