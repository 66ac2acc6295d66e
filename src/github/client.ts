import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Octokit } from '@octokit/rest';
import type { Log } from '../log.js';
import { redact } from '../secrets.js';
import { GITHUB_PACING, type GitHubPacing } from './pacing.js';

/** An Octokit with retries (5xx) and rate-limit handling (primary and secondary). */
export type GitHub = Octokit;

/**
 * Stands in for the throttling plugin's Bottleneck groups when writes are not spaced: each job
 * runs at once, in the order asked. The plugin calls only `key(id).schedule(options, job, ...)`.
 */
const UNSPACED = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => job(...args)),
  }),
} as unknown as NonNullable<Extract<ThrottlingOptions, { write?: unknown }>['write']>;

interface GitHubOptions {
  token: string;
  /** REST base URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  log: Log;
  userAgent?: string;
  /** GitHub's pacing unless given (tests of a local stand-in pass {@link NO_WAITS}). */
  pacing?: GitHubPacing;
}

/**
 * A rate-limit handler for the throttling plugin: warns, then retries at most `retries` times
 * when GitHub asks for a wait of ten minutes or less.
 */
function onLimit(what: string, retries: number, log: Log) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ) => {
    log.warning(`${what} on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
    return retryCount < retries && retryAfter <= 600;
  };
}

/**
 * Opens the GitHub client. Octokit is imported here, on first use, so that runs without
 * consumers never load it (the upload path stays light).
 */
export async function openGitHub(opts: GitHubOptions): Promise<GitHub> {
  const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const { log } = opts;
  const pacing = opts.pacing ?? GITHUB_PACING;
  const Client = Octokit.plugin(retry, throttling);
  return new Client({
    auth: opts.token,
    baseUrl: opts.apiUrl,
    userAgent: opts.userAgent ?? 'wheelrelay',
    log: {
      debug: (m: string) => log.debug(redact(m)),
      info: (m: string) => log.debug(redact(m)),
      warn: (m: string) => log.warning(redact(m)),
      error: (m: string) => log.error(redact(m)),
    },
    // 409 means the branch moved under us: the bump re-reads and retries, not the transport.
    retry: {
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
      retryAfterBaseValue: pacing.msPerSecond,
    },
    throttle: {
      onRateLimit: onLimit('GitHub rate limit reached', 2, log),
      onSecondaryRateLimit: onLimit('GitHub secondary rate limit', 3, log),
      retryAfterBaseValue: pacing.msPerSecond,
      ...(pacing.spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED }),
    },
  }) as unknown as GitHub;
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/**
 * GitHub's message for a failed request, without the documentation link noise. A 422 says
 * "Validation Failed" and puts the detail in `errors[]`: its `message`, or else which field of
 * which resource was refused and how ("PullRequest head invalid").
 */
export function messageOf(err: unknown): string {
  // A GraphQL answer's errors are GitHub's words; Octokit's message wraps them in its own.
  const graphql = (err as { errors?: Array<{ message?: string }> })?.errors;
  if (Array.isArray(graphql) && graphql.some((g) => g.message)) {
    return redact([...new Set(graphql.map((g) => g.message ?? ''))].join('; '));
  }
  const e = err as {
    response?: { data?: { message?: string; errors?: unknown[] } };
    message?: string;
  };
  const data = e?.response?.data;
  const detail = data?.errors
    ?.map((x) => {
      if (typeof x === 'string') return x;
      const { message, resource, field, code } = x as Record<string, string | undefined>;
      return message ?? [resource, field, code].filter(Boolean).join(' ');
    })
    .filter(Boolean)
    .join('; ');
  const base = data?.message ?? e?.message ?? String(err);
  return redact(detail ? `${base}: ${detail}` : base);
}

/** The `type`s of a GraphQL error response (NOT_FOUND, FORBIDDEN, STALE_DATA, …). */
export function graphqlErrorTypes(err: unknown): string[] {
  const errors = (err as { errors?: Array<{ type?: string }> })?.errors;
  return Array.isArray(errors) ? errors.map((e) => e.type ?? '') : [];
}
