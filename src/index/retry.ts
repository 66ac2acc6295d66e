/** How failed requests are retried: capped exponential backoff with jitter, Retry-After honoured. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  minDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After wheelrelay honours; a longer one is cut to this, so CI never stalls. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 5,
  minDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** Status codes worth another try: rate limits and server-side failures. */
export const RETRYABLE_STATUS = [408, 429, 500, 502, 503, 504];

/** Network failures worth another try. */
export const RETRYABLE_ERRORS = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
];

/**
 * Milliseconds to wait before retry number `attempt` (counted from 1). A Retry-After the server sent
 * wins; otherwise the delay doubles from `minDelayMs` up to `maxDelayMs`, and "equal jitter"
 * (half fixed, half random) keeps parallel runners from retrying in lockstep.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) {
    return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds from `now`. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now = Date.now(),
): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Network failures before a connection was made: such a request never reached the index, so
 * it cannot have stored anything, and there is nothing to re-check on the listing.
 */
const NOT_CONNECTED_ERRORS = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
];

/** True for a network error that came before any byte of the request reached the index. */
export function isNotConnectedError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && NOT_CONNECTED_ERRORS.includes(code);
}

/** True for a network error code worth retrying. */
export function isRetryableError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && RETRYABLE_ERRORS.includes(code);
}

/** Time as the publisher waits on it: backoff between uploads, polling while verifying. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1) that spreads a backoff within its range (the jitter of {@link retryDelay}). */
  jitter(): number;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => sleep(ms),
  jitter: () => Math.random(),
};

/** Resolves after `ms` milliseconds. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
