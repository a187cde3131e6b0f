import { describe, expect, it, vi } from 'vitest';
import { observable } from '../../../src/domain/observable';

describe('observable', () => {
  it('holds its initial value', () => {
    expect(observable(3).get()).toBe(3);
    const initial = { a: 1 };
    expect(observable(initial).get()).toBe(initial);
  });

  it('changes its value and tells every subscriber the new one', () => {
    const value = observable('a');
    const first = vi.fn();
    const second = vi.fn();
    value.subscribe(first);
    value.subscribe(second);
    value.set('b');
    expect(value.get()).toBe('b');
    expect(first).toHaveBeenCalledExactlyOnceWith('b');
    expect(second).toHaveBeenCalledExactlyOnceWith('b');
  });

  it('does not call a subscriber on subscribe, only on change', () => {
    const value = observable(1);
    const listener = vi.fn();
    value.subscribe(listener);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stays quiet when set to the same value', () => {
    const same = { n: 1 };
    const value = observable(same);
    const listener = vi.fn();
    value.subscribe(listener);
    value.set(same);
    expect(listener).not.toHaveBeenCalled();
    value.set({ n: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('compares with Object.is (NaN is NaN, +0 is not -0)', () => {
    const value = observable(Number.NaN);
    const listener = vi.fn();
    value.subscribe(listener);
    value.set(Number.NaN);
    expect(listener).not.toHaveBeenCalled();
    value.set(0);
    value.set(-0);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(Object.is(value.get(), -0)).toBe(true);
  });

  it('stops telling a subscriber once it unsubscribes', () => {
    const value = observable(0);
    const leaving = vi.fn();
    const staying = vi.fn();
    const unsubscribe = value.subscribe(leaving);
    value.subscribe(staying);
    value.set(1);
    unsubscribe();
    value.set(2);
    expect(leaving.mock.calls).toEqual([[1]]);
    expect(staying.mock.calls).toEqual([[1], [2]]);
  });

  it('lets a subscriber unsubscribe itself while being told', () => {
    const value = observable(0);
    const calls: number[] = [];
    const unsubscribe = value.subscribe((v) => {
      calls.push(v);
      unsubscribe();
    });
    value.set(1);
    value.set(2);
    expect(calls).toEqual([1]);
  });

  it('gives subscribers the value already stored', () => {
    const value = observable(0);
    let seen: number | undefined;
    value.subscribe(() => {
      seen = value.get();
    });
    value.set(5);
    expect(seen).toBe(5);
  });

  it('keeps separate observables apart', () => {
    const a = observable(0);
    const b = observable(0);
    const listener = vi.fn();
    b.subscribe(listener);
    a.set(1);
    expect(listener).not.toHaveBeenCalled();
    expect(b.get()).toBe(0);
  });
});
