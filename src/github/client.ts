import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Octokit } from '@octokit/rest';
import type { Log } from '../log.js';
import { Limit } from '../pool.js';
import { redact } from '../secrets.js';
import { GITHUB_PACING, type GitHubPacing, Spacing } from './pacing.js';

/** An Octokit with retries (5xx) and rate-limit handling (primary and secondary). */
export type GitHub = Octokit;

/**
 * Requests in flight at once, reads and writes together: a quarter of the 100 concurrent
 * requests GitHub allows across REST and GraphQL before its secondary rate limit, and room for
 * every consumer the bump reads at once (BumpConfig.concurrency) beside the one writing.
 */
const IN_FLIGHT = 25;

/** A throttling-plugin group: the plugin calls only `key(id).schedule(options, job, ...args)`. */
type Group = NonNullable<Extract<ThrottlingOptions, { write?: unknown }>['write']>;

/** A group whose jobs run when `turn` lets them (the plugin's `job` is a no-op or the request). */
function group(turn: <T>(job: () => Promise<T>) => Promise<T>): Group {
  const limiter = {
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      turn(() => Promise.resolve().then(() => job(...args))),
  };
  return { key: () => limiter } as unknown as Group;
}

/** Runs each job at once, in the order asked. */
const UNSPACED = group((job) => job());

/** What paces a client's requests: how many are in flight, and how far apart writes start. */
interface Limits {
  inFlight: Group;
  writes: Group;
  notifications: Group;
}

/**
 * One set of limits per pacing, so every client with GitHub's pacing shares them, as every
 * Octokit of a process shares the plugin's own groups: GitHub counts per user, not per client.
 */
const limitsByPacing = new WeakMap<GitHubPacing, Limits>();

function limitsFor(pacing: GitHubPacing): Limits {
  let limits = limitsByPacing.get(pacing);
  if (!limits) {
    const inFlight = new Limit(IN_FLIGHT);
    const writes = new Spacing(pacing.writeGapMs, pacing.clock);
    const notifications = new Spacing(pacing.notifyGapMs, pacing.clock);
    limits = {
      inFlight: group((job) => inFlight.run(job)),
      writes: group((job) => writes.turn().then(job)),
      notifications: group((job) => notifications.turn().then(job)),
    };
    limitsByPacing.set(pacing, limits);
  }
  return limits;
}

/**
 * A GraphQL request that only reads: its document is a query (or the `{ … }` shorthand) and
 * names no mutation or subscription. GitHub charges a query 1 point of its secondary rate limit
 * and a mutation 5, and asks that writes, not reads, be spaced. Anything else is paced as a write.
 */
function isQuery(options: { url?: unknown; query?: unknown }): boolean {
  const { url, query } = options;
  if (typeof url !== 'string' || !/\/graphql$/.test(url) || typeof query !== 'string') return false;
  const text = query.replace(/#[^\n]*/g, '');
  return /^\s*(?:query\b|\{)/.test(text) && !/\b(?:mutation|subscription)\b/.test(text);
}

interface GitHubOptions {
  token: string;
  /** The REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  log: Log;
  userAgent?: string;
  /** GitHub's pacing unless given (tests of a local stand-in pass `NO_WAITS`, or a clock). */
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
 *
 * Reads are not paced as writes. @octokit/plugin-throttling (11.0.5, dist-bundle/index.js,
 * `doRequest`) counts as a write every request whose method is not GET or HEAD, and sends every
 * request to a `/graphql` path through its write group as well: GraphQL queries would start 1 s
 * apart like mutations. It cannot tell a query from a mutation (its groups see only a no-op
 * job), so the client is two Octokits over the same limits: GraphQL queries go to one whose
 * write group lets them through (the plugin maintainers' advice for unthrottled GraphQL reads,
 * octokit/plugin-throttling.js#380); everything else goes through the plugin as it classifies
 * it. Its groups are given, as its options allow: writes start `writeGapMs` apart and those that
 * notify (its `triggersNotification` paths, POST pulls among them) `notifyGapMs` apart, as its
 * own `write` and `notifications` groups space them (`minTime` 1000 and 3000), but on a clock a
 * test can hold; and {@link IN_FLIGHT} requests in flight where its `global` group allows 10.
 * Both keep the plugin's rate-limit handling (`onLimit`, retry-after).
 */
export async function openGitHub(opts: GitHubOptions): Promise<GitHub> {
  const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const { log } = opts;
  const pacing = opts.pacing ?? GITHUB_PACING;
  const limits = limitsFor(pacing);
  const Client = Octokit.plugin(retry, throttling);
  const open = (spaced: boolean) => {
    // `global` is not in the plugin's option types, but its state takes it as it takes `write`
    // (`state.global = state.global ?? groups.global`).
    const throttle = {
      onRateLimit: onLimit('GitHub rate limit reached', 2, log),
      onSecondaryRateLimit: onLimit('GitHub secondary rate limit', 3, log),
      retryAfterBaseValue: pacing.msPerSecond,
      global: limits.inFlight,
      write: spaced ? limits.writes : UNSPACED,
      notifications: spaced ? limits.notifications : UNSPACED,
    };
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
      throttle,
    });
  };
  const reads = open(false);
  const gh = open(true);
  // Outermost of the request hooks (added last), so a query never reaches the spaced write group.
  gh.hook.wrap('request', (request, options) => {
    if (!isQuery(options as { url?: unknown; query?: unknown })) return request(options);
    // The options carry this client's own hook; the other client brings its own.
    const { request: own, ...rest } = options as { request?: Record<string, unknown> };
    const { hook: _, ...transport } = own ?? {};
    return reads.request({ ...rest, request: transport } as unknown as Parameters<
      typeof reads.request
    >[0]);
  });
  return gh as unknown as GitHub;
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
  const summary = data?.message ?? e?.message ?? String(err);
  return redact(detail ? `${summary}: ${detail}` : summary);
}

/** The `type`s of a GraphQL error response (NOT_FOUND, FORBIDDEN, STALE_DATA, …). */
export function graphqlErrorTypes(err: unknown): string[] {
  const errors = (err as { errors?: Array<{ type?: string }> })?.errors;
  return Array.isArray(errors) ? errors.map((e) => e.type ?? '') : [];
}
