import type { Octokit } from '@octokit/rest';
import type { Log } from '../log.js';
import { redact } from '../secrets.js';

/** An Octokit with retries (5xx) and rate-limit handling (primary and secondary). */
export type GitHub = Octokit;

export interface GitHubOptions {
  token: string;
  /** REST base URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  log: Log;
  userAgent?: string;
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
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: {
      onRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        log.warning(
          `GitHub rate limit reached on ${options.method} ${options.url}; retrying in ${retryAfter}s`,
        );
        return retryCount < 2 && retryAfter <= 600;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        log.warning(
          `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`,
        );
        return retryCount < 3 && retryAfter <= 600;
      },
    },
  }) as unknown as GitHub;
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** GitHub's message for a failed request, without the documentation link noise. */
export function messageOf(err: unknown): string {
  const e = err as {
    response?: { data?: { message?: string; errors?: unknown[] } };
    message?: string;
  };
  const data = e?.response?.data;
  const detail = data?.errors
    ?.map((x) => (typeof x === 'string' ? x : ((x as { message?: string }).message ?? '')))
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
