import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, isFirstVisit, nextTask } from '../../../src/app/bootSchedule';

afterEach(() => {
  vi.useRealTimers();
});

describe('nextTask', () => {
  it('resolves after work already queued as tasks, not within the current one', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    void Promise.resolve().then(() => order.push('microtask'));
    await nextTask();
    expect(order).toEqual(['microtask', 'queued task']);
  });
});

describe('afterNextPaint', () => {
  it('runs the task in a later task, after the next animation frame', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('task'));
    requestAnimationFrame(() => order.push('frame'));
    order.push('now');
    expect(order).toEqual(['now']);
    await vi.waitFor(() => expect(order).toContain('task'));
    expect(order.indexOf('frame')).toBeLessThan(order.indexOf('task'));
  });
});

describe('isFirstVisit', () => {
  it('is true while no database of that name exists, false once it does', async () => {
    const name = `boot-test-${crypto.randomUUID()}`;
    expect(await isFirstVisit(name)).toBe(true);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await isFirstVisit(name)).toBe(false);
  });

  it('is false when the browser cannot list databases (unsure means no prefetch)', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not allowed'));
    expect(await isFirstVisit('anything')).toBe(false);
  });
});
