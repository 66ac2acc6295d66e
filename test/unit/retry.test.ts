import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, parseRetryAfter, retryDelay } from '../../src/index/retry.js';

describe('retry policy', () => {
  const policy = { ...DEFAULT_RETRY, minDelayMs: 500, maxDelayMs: 8000 };

  it('doubles from the minimum up to the cap, with jitter between half and all of it', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(policy, n, undefined, () => 0))).toEqual([
      250, 500, 1000, 2000, 4000, 4000,
    ]);
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(policy, n, undefined, () => 1))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
  });

  it('uses the server’s Retry-After instead, capped', () => {
    expect(retryDelay(policy, 1, 3000)).toBe(3000);
    expect(retryDelay(policy, 1, 0)).toBe(0);
    expect(retryDelay(policy, 1, 10 * 60_000)).toBe(policy.maxRetryAfterMs);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter(['2', '9'], now)).toBe(2000);
  });
});
