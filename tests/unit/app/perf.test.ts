import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  endPerf,
  endPerfAfterPaint,
  endPerfWhenShown,
  markPerf,
  markPerfOnce,
  startPerf,
} from '../../../src/app/perf';

const entries = (name: string, type: 'mark' | 'measure') =>
  performance.getEntriesByName(`waypoint:${name}`, type);

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('performance moments', () => {
  it('marks a moment under the waypoint: prefix', () => {
    markPerf('unit-mark');
    expect(entries('unit-mark', 'mark')).toHaveLength(1);
  });

  it('marks a once-moment only the first time', () => {
    markPerfOnce('unit-once');
    markPerfOnce('unit-once');
    expect(entries('unit-once', 'mark')).toHaveLength(1);
  });

  it('measures an action from its start time to its end', () => {
    const start = performance.now() - 40;
    startPerf('unit-action', start);
    endPerf('unit-action');
    const [measure] = entries('unit-action', 'measure');
    expect(measure?.startTime).toBeCloseTo(start, 3);
    expect(measure?.duration).toBeGreaterThanOrEqual(40);
  });

  it('records nothing when an action ends without a start, or ends twice', () => {
    endPerf('unit-never-started');
    expect(entries('unit-never-started', 'measure')).toHaveLength(0);
    startPerf('unit-twice');
    endPerf('unit-twice');
    endPerf('unit-twice');
    expect(entries('unit-twice', 'measure')).toHaveLength(1);
  });

  it('ends an action only after the next frame', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    startPerf('unit-paint');
    endPerfAfterPaint('unit-paint');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(entries('unit-paint', 'measure')).toHaveLength(0);
    for (const frame of frames) frame(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(entries('unit-paint', 'measure')).toHaveLength(1);
  });

  it('ends an action only once the element is shown', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const runFrame = async () => {
      frames.shift()?.(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    startPerf('unit-shown');
    endPerfWhenShown('unit-shown', '#unit-main h1');
    await runFrame();
    await runFrame();
    expect(entries('unit-shown', 'measure')).toHaveLength(0);
    document.body.innerHTML = '<main id="unit-main"><h1>Today</h1></main>';
    await runFrame();
    expect(entries('unit-shown', 'measure')).toHaveLength(1);
    expect(frames).toHaveLength(0);
    document.body.innerHTML = '';
  });
});
