/**
 * Consumer pull requests against the GitHub API test server, driving `bumpConsumers` in-process:
 * requests per PR (create, re-run, update), and wall time for 20 consumers against GitHub's
 * pacing floor and for an unchanged re-run of 20 against one, with latency added to every
 * request. Rows go to bench/rows.ts. Nothing is asserted; a run whose
 * outcomes are not the expected ones throws, because its numbers would describe something else.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { bumpConsumers, type PullOutcome, type PullResult } from '../src/github/bump.js';
import { type GitHub, openGitHub } from '../src/github/client.js';
import type { BumpConfig } from '../src/github/settings.js';
import { type Log, silentOutput } from '../src/log.js';
import { bumpConfig, verifiedRelease } from '../test/support/bump-fixtures.js';
import { GitHubServer, type RequestRecord } from '../test/support/github-server.js';
import { addRow } from './rows.js';

const TOKEN = 'ghp_BenchToken0123456789abcdefXYZ';
const LATENCY_MS = Number(process.env.WHEELRELAY_BENCH_LATENCY_MS ?? 100);
const FANOUT = Number(process.env.WHEELRELAY_BENCH_CONSUMERS ?? 20);

const release = (version: string) => verifiedRelease(version);

/** A consumer as most are configured: a glob over a requirements folder. */
const GLOB_FILES = {
  'requirements/base.txt': 'django==5.0\nrelay-alpha==0.3.0\n',
  'requirements/dev.txt': '-r base.txt\npytest\n',
  'README.md': 'hi\n',
};

/** Warnings and errors, shown when a run does not end as expected. */
const problems: string[] = [];
const log: Log = {
  info() {},
  debug() {},
  warning: (m) => problems.push(`warning: ${m}`),
  error: (m) => problems.push(`error: ${m}`),
  group: (_t, fn) => fn(),
  output: () => silentOutput,
};

/** `METHOD path` without the repository prefix, or `graphql Name` for GraphQL. */
function label(r: RequestRecord): string {
  if (r.path.endsWith('/graphql')) return `graphql ${r.operation.split(' ')[0]}`;
  return r.operation.replace(/ \/repos\/\{owner\}\/\{repo\}\//, ' ').replace(/\{[^}]+\}/g, '…');
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const fmt = (s: number) => `${s.toFixed(2)} s`;

describe('consumer pull requests', () => {
  const server = new GitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  let gh: GitHub;

  // Signed commits are the action's default (input `sign-commits`); the git data API path is
  // measured too.
  const config = (consumers: string[], extra: Partial<BumpConfig> = {}) =>
    bumpConfig(server, TOKEN, consumers.join('\n'), { signCommits: true, ...extra });

  /** Runs one bump from an idle client and a clean request log; throws unless every outcome is `want`. */
  async function bump(
    cfg: BumpConfig,
    version: string,
    want: PullOutcome,
    client = gh,
  ): Promise<{ results: PullResult[]; seconds: number }> {
    // The client's spacing is per process, not per client (GITHUB_PACING's limits): wait until
    // the last run's writes (1 s apart) and PR creations (3 s apart) no longer delay this one.
    await sleep(3_100);
    server.resetCounts();
    problems.length = 0;
    const t0 = performance.now();
    const results = await bumpConsumers(cfg, release(version), { log, github: client });
    const seconds = (performance.now() - t0) / 1000;
    const wrong = results.filter((r) => r.outcome !== want);
    if (wrong.length > 0 || server.violations.length > 0) {
      throw new Error(
        `expected every consumer ${want}, got ${wrong.map((r) => `${r.repo} ${r.outcome} (${r.reason})`).join('; ')}\n` +
          `${server.violations.join('\n')}\n${problems.join('\n')}`,
      );
    }
    return { results, seconds };
  }

  beforeAll(async () => {
    await server.start();
    gh = await openGitHub({ token: TOKEN, apiUrl: server.apiUrl, log });
  });
  afterAll(() => server.stop());

  for (const [mode, signCommits] of [
    ['signed commits (default)', true],
    ['git data API (sign-commits: false)', false],
  ] as const) {
    it(`requests per consumer PR: create, re-run, update — ${mode}`, async () => {
      const key = signCommits ? 'signed' : 'unsigned';
      const glob = `acme/${key}-glob`;
      const path = `acme/${key}-path`;
      server.createRepo(glob, GLOB_FILES);
      server.createRepo(path, { 'requirements.txt': 'relay-alpha==0.3.0\n' });
      const cfg = config([`${glob}: requirements/*.txt`, `${path}: requirements.txt`], {
        signCommits,
      });
      for (const [phase, version, want] of [
        ['create (new PR)', '0.3.1', 'created'],
        ['re-run (unchanged)', '0.3.1', 'unchanged'],
        ['update (newer version)', '0.4.0', 'updated'],
      ] as const) {
        const { seconds } = await bump(cfg, version, want);
        addRow({
          what: `consumer PR, ${phase}, ${mode}`,
          requests: `${server.count({ repo: glob })} glob, ${server.count({ repo: path })} path`,
          seconds,
          note: `glob consumer: ${server.requests
            .filter((r) => r.repo === glob)
            .map(label)
            .join(', ')}; time is both consumers, no added latency`,
        });
      }
    });
  }

  it(`${FANOUT} consumers against one, with ${LATENCY_MS} ms per request`, async () => {
    server.latencyMs = LATENCY_MS;
    try {
      const names = (prefix: string, n: number) =>
        Array.from({ length: n }, (_, i) => `acme/${prefix}-${String(i + 1).padStart(2, '0')}`);
      const consumers = (repos: string[]) => {
        for (const r of repos) server.createRepo(r, GLOB_FILES);
        return config(repos.map((r) => `${r}: requirements/*.txt`));
      };
      // What GitHub's pacing alone imposes on a run: writes (REST POST/PATCH/PUT/DELETE and
      // GraphQL mutations) start 1 s apart, and pull request creations 3 s apart, however many
      // consumers run at once. Reads (GETs, GraphQL queries) are not paced. A lower bound: the
      // run also needs its first read, and its last write's answer.
      const floor = (records: readonly RequestRecord[]) => {
        const writes = records.filter((r) => r.write).length;
        const creations = records.filter((r) => r.operation === 'POST /repos/{owner}/{repo}/pulls');
        return {
          writes,
          seconds: Math.max(writes - 1, 3 * (creations.length - 1), 0),
        };
      };

      const soloCfg = consumers(names('solo', 1));
      const one = await bump(soloCfg, '0.3.1', 'created');
      addRow({
        what: `bump 1 consumer, ${LATENCY_MS} ms per request`,
        requests: String(server.count()),
        seconds: one.seconds,
        note: `pacing floor ${floor(server.requests).seconds} s`,
      });

      const manyCfg = consumers(names('fan', FANOUT));
      const many = await bump(manyCfg, '0.3.1', 'created');
      const f = floor(server.requests);
      const ratio = many.seconds / f.seconds;
      addRow({
        what: `bump ${FANOUT} consumers, ${LATENCY_MS} ms per request`,
        requests: String(server.count()),
        seconds: many.seconds,
        note:
          `pacing floor ${f.seconds} s (${f.writes} writes 1 s apart, ${FANOUT} pull requests 3 s apart); ` +
          `${ratio.toFixed(3)}× the floor, target ≤ 1.05×: ${ratio <= 1.05 ? 'met' : 'NOT met'}`,
      });

      // The same release again: every consumer's pull request carries it already.
      const oneAgain = await bump(soloCfg, '0.3.1', 'unchanged');
      const manyAgain = await bump(manyCfg, '0.3.1', 'unchanged');
      const again = manyAgain.seconds / oneAgain.seconds;
      addRow({
        what: `unchanged re-run of ${FANOUT} consumers vs 1, ${LATENCY_MS} ms per request`,
        requests: `${server.count()} (${server.requests.filter((r) => r.write).length} writes)`,
        seconds: manyAgain.seconds,
        note: `1 consumer ${fmt(oneAgain.seconds)}; ${again.toFixed(2)}× that, target ≤ 2×: ${again <= 2 ? 'met' : 'NOT met'}`,
      });

      // For reference only, never how wheelrelay runs against GitHub: the same bumps through a
      // client whose writes are not spaced, to show what latency alone costs.
      const plain = await openGitHub({
        token: TOKEN,
        apiUrl: server.apiUrl,
        log,
        userAgent: 'wheelrelay-bench',
        pacing: { msPerSecond: 1000, writeGapMs: 0, notifyGapMs: 0 },
      });
      const oneRef = await bump(consumers(names('ref-solo', 1)), '0.3.1', 'created', plain);
      const manyRef = await bump(consumers(names('ref', FANOUT)), '0.3.1', 'created', plain);
      addRow({
        what: `reference only: bump ${FANOUT} consumers, ${LATENCY_MS} ms per request, writes not spaced`,
        requests: String(server.count()),
        seconds: manyRef.seconds,
        note: `1 consumer ${fmt(oneRef.seconds)}; ${FANOUT} consumers ${(manyRef.seconds / oneRef.seconds).toFixed(1)}× that (writes one consumer at a time); not a configuration wheelrelay ships`,
      });
    } finally {
      server.latencyMs = 0;
    }
  });
});
