import type { Clock } from '../../src/index/retry.js';

/**
 * A clock whose sleeps return at once and move its time forward by what was asked, recording
 * each: tests assert how long wheelrelay chose to wait, and in what order, never wall time. Its
 * jitter is fixed (`jitter`, the middle of the range unless given), so every backoff is exact.
 */
export function fakeClock(start = 1_000_000, jitter = 0.5): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    jitter: () => jitter,
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
      // Let I/O that was waiting run, as a real wait would.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
