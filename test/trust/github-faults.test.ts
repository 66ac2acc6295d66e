import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BumpConfig } from '../../src/config.js';
import { bumpConsumers, type PullOutcome, type PullResult } from '../../src/github/bump.js';
import { type GitHub, openGitHub } from '../../src/github/client.js';
import { parseConsumers } from '../../src/github/consumers.js';
import { DEFAULT_BODY, DEFAULT_TITLE } from '../../src/github/templates.js';
import type { Log } from '../../src/log.js';
import type { ReleaseOutcome } from '../../src/release.js';
import { addSecret, redact } from '../../src/secrets.js';
import { FAULTS, GitHubServer } from '../support/github-server.js';
import { expectNoSecrets } from '../support/secrets.js';

const TOKEN = 'ghp_TrustToken0123456789abcdefXYZ';
const BRANCH = 'wheelrelay/relay-alpha';

function release(version: string): ReleaseOutcome {
  return {
    name: 'relay_alpha',
    version,
    files: [
      {
        filename: `relay_alpha-${version}-py3-none-any.whl`,
        sha256: 'a'.repeat(64),
        url: 'https://cache.example/x.whl',
        outcome: 'uploaded',
      },
    ],
    published: true,
    index: 'https://cache.example/ci/cache/',
    projectUrl: 'https://cache.example/ci/cache/+simple/relay-alpha/',
    ref: { kind: 'tag', name: `v${version}`, sha: 'c0ffee'.padEnd(40, '0') },
  };
}

type Bump = (version: string) => Promise<PullResult[]>;

interface Row {
  name: string;
  signCommits?: boolean;
  /** Repository options of the faulted consumer. */
  repo?: { permissions?: Record<string, 'READ' | 'NONE'>; missing?: boolean };
  /** Puts the fault in place (and runs whatever must happen first); `faulty` is owner/repo. */
  arrange(server: GitHubServer, faulty: string, bump: Bump): Promise<void> | void;
  version: string;
  outcome: PullOutcome;
  reason?: RegExp;
  /** Requests to the faulted consumer matching `operation`, as the server counted them. */
  calls?: { operation: RegExp; count: number };
  /** The pin on wheelrelay's branch of the faulted consumer afterwards (undefined: no branch). */
  branchPin?: string;
  /** More checks on the end state. */
  after?(server: GitHubServer, faulty: string, bump: Bump): Promise<void> | void;
}

const repoPath = (faulty: string) => faulty.replace('/', '\\/');

const ROWS: Row[] = [
  {
    name: 'secondary rate limit (403 + retry-after) on opening the PR',
    arrange: (s, f) =>
      s.inject(FAULTS.secondaryRateLimit(new RegExp(`^POST /repos/${repoPath(f)}/pulls$`))),
    version: '0.3.1',
    outcome: 'created',
    calls: { operation: /^POST \/repos\/\{owner\}\/\{repo\}\/pulls$/, count: 2 },
    branchPin: 'relay-alpha==0.3.1',
  },
  {
    name: 'secondary rate limit as 429 on the read',
    arrange: (s) =>
      s.inject({
        ...FAULTS.secondaryRateLimit(/^POST \/graphql WheelrelayConsumer/),
        status: 429,
      }),
    version: '0.3.1',
    outcome: 'created',
    branchPin: 'relay-alpha==0.3.1',
  },
  {
    name: '502 on writing the tree (git data API)',
    arrange: (s, f) =>
      s.inject(FAULTS.serverError(new RegExp(`^POST /repos/${repoPath(f)}/git/trees$`), 502)),
    version: '0.3.1',
    outcome: 'created',
    calls: { operation: /^POST \/repos\/\{owner\}\/\{repo\}\/git\/trees$/, count: 2 },
    branchPin: 'relay-alpha==0.3.1',
  },
  {
    name: '500 on the signed commit (GraphQL)',
    signCommits: true,
    arrange: (s) => s.inject(FAULTS.serverError(/^POST \/graphql WheelrelayCommitNew/, 500)),
    version: '0.3.1',
    outcome: 'created',
    branchPin: 'relay-alpha==0.3.1',
  },
  {
    name: '422 reference already exists (another run made the branch first)',
    arrange: (s, f) =>
      s.inject({
        ...FAULTS.referenceExists(new RegExp(`^POST /repos/${repoPath(f)}/git/refs$`)),
        before: () => s.push(f, BRANCH, { 'other.txt': 'x\n' }),
      }),
    version: '0.3.1',
    outcome: 'created',
    branchPin: 'relay-alpha==0.3.1',
    after: (s, f) => expect(s.file(f, BRANCH, 'other.txt')).toBeUndefined(),
  },
  {
    name: '409 stale base: the base moved while the branch was written',
    arrange: (s, f) => {
      s.inject({
        ...FAULTS.referenceExists(new RegExp(`^POST /repos/${repoPath(f)}/git/refs$`)),
        before: () => s.push(f, BRANCH, {}),
      });
      s.inject(
        FAULTS.staleBase(new RegExp(`^PATCH /repos/${repoPath(f)}/git/refs/`), () =>
          s.push(f, 'main', { 'requirements.txt': '# moved\nrelay-alpha==0.1\n' }),
        ),
      );
    },
    version: '0.3.1',
    outcome: 'created',
    branchPin: '# moved\nrelay-alpha==0.3.1',
    after: (s, f) => expect(s.branch(f, BRANCH)?.parents).toEqual([s.branch(f, 'main')?.sha]),
  },
  {
    name: 'token may read but not write',
    repo: { permissions: { [TOKEN]: 'READ' } },
    arrange: () => {},
    version: '0.3.1',
    outcome: 'failed',
    reason: /`consumer-token` cannot write to this repository \(permission: READ\)/,
    calls: { operation: /^(POST|PATCH|PUT|DELETE) \/repos/, count: 0 },
  },
  {
    name: 'token cannot see the repository',
    repo: { missing: true },
    arrange: () => {},
    version: '0.3.1',
    outcome: 'failed',
    reason: /repository not found, or `consumer-token` cannot see it/,
  },
  {
    name: '500 on every attempt to open the PR, then a re-run repairs the branch without a PR',
    arrange: (s, f) =>
      s.inject({
        ...FAULTS.serverError(new RegExp(`^POST /repos/${repoPath(f)}/pulls$`), 500),
        times: 20,
      }),
    version: '0.3.1',
    outcome: 'failed',
    reason: /opening the pull request failed/,
    branchPin: 'relay-alpha==0.3.1',
    after: async (s, f, bump) => {
      expect(s.pulls(f)).toHaveLength(0);
      s.clearFaults();
      const again = await bump('0.3.1');
      expect(again.map((r) => r.outcome)).toEqual(['created', 'unchanged']);
      expect(s.pulls(f)).toHaveLength(1);
    },
  },
  {
    name: 'PR branch changed by hand since the last run',
    arrange: async (s, f, bump) => {
      expect((await bump('0.3.1')).map((r) => r.outcome)).toEqual(['created', 'created']);
      s.push(
        f,
        BRANCH,
        { 'requirements.txt': 'relay-alpha==0.3.1\nnumpy==2.0\n' },
        'Pin numpy too\n',
      );
      s.resetCounts();
    },
    version: '0.4.0',
    outcome: 'skipped',
    reason:
      /wheelrelay\/relay-alpha has commits wheelrelay did not make \(head [0-9a-f]{7}\); #1 not updated to 0\.4\.0/,
    calls: {
      operation: /^POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments$/,
      count: 1,
    },
    branchPin: 'relay-alpha==0.3.1\nnumpy==2.0',
    after: async (s, f, bump) => {
      const [pull] = s.pulls(f);
      expect(pull?.comments).toHaveLength(1);
      expect(pull?.comments[0]?.body).toMatch(
        /has a commit wheelrelay did not make .* "Pin numpy too"/,
      );
      expect(pull?.title).toBe('Bump relay_alpha to 0.3.1');
      // A re-run of the same release says so again in its result, but not in a second comment.
      const again = await bump('0.4.0');
      expect(again.map((r) => r.outcome)).toEqual(['skipped', 'unchanged']);
      expect(s.pulls(f)[0]?.comments).toHaveLength(1);
    },
  },
];

describe('GitHub fault matrix: a faulted consumer and a healthy one per row', () => {
  const server = new GitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  let gh: GitHub;
  const lines: string[] = [];
  const log: Log = {
    info: (m) => lines.push(redact(m)),
    warning: (m) => lines.push(`warning: ${redact(m)}`),
    error: (m) => lines.push(`error: ${redact(m)}`),
    debug: (m) => lines.push(`debug: ${redact(m)}`),
    group: (_t, fn) => fn(),
  };

  beforeAll(async () => {
    await server.start();
    addSecret(TOKEN);
    gh = await openGitHub({ token: TOKEN, apiUrl: server.apiUrl, log });
  });
  afterAll(async () => {
    await server.stop();
    expectNoSecrets(lines, [{ secret: TOKEN, user: 'x-access-token' }]);
  });

  it.each(ROWS.map((row, i) => ({ ...row, i })))('$name', async (row) => {
    const faulty = `acme/faulty-${row.i}`;
    const healthy = `acme/healthy-${row.i}`;
    if (!row.repo?.missing) {
      server.createRepo(
        faulty,
        { 'requirements.txt': 'relay-alpha==0.1\n' },
        { permissions: row.repo?.permissions },
      );
    }
    server.createRepo(healthy, { 'requirements.txt': 'relay-alpha==0.1\n' });
    const cfg: BumpConfig = {
      consumers: parseConsumers(`${faulty}: requirements.txt\n${healthy}: requirements.txt`),
      token: TOKEN,
      pinStyle: 'index',
      title: DEFAULT_TITLE,
      body: DEFAULT_BODY,
      labels: [],
      reviewers: [],
      teamReviewers: [],
      draft: false,
      signCommits: row.signCommits ?? false,
      dryRun: false,
      apiUrl: server.apiUrl,
      serverUrl: server.serverUrl,
      sourceRepo: 'acme/relay-alpha',
      concurrency: 4,
    };
    const bump: Bump = (version) => bumpConsumers(cfg, release(version), { log, github: gh });

    await row.arrange(server, faulty, bump);
    server.resetCounts();
    lines.length = 0;
    const results = await bump(row.version);
    const [mine, theirs] = results;
    expect(mine, lines.join('\n')).toMatchObject({ repo: faulty, outcome: row.outcome });
    if (row.reason) expect(mine?.reason).toMatch(row.reason);
    // The healthy consumer is never held back by its neighbour's fault.
    expect(theirs?.outcome).toBe(row.version === '0.3.1' ? 'created' : 'updated');
    expect(server.file(healthy, BRANCH, 'requirements.txt')).toBe(`relay-alpha==${row.version}\n`);
    if (row.calls) {
      expect(server.count({ repo: faulty, operation: row.calls.operation }), lines.join('\n')).toBe(
        row.calls.count,
      );
    }
    const pin = row.repo?.missing ? undefined : server.file(faulty, BRANCH, 'requirements.txt');
    expect(pin).toBe(row.branchPin === undefined ? undefined : `${row.branchPin}\n`);
    // Whatever happened on the branch, the base is never written.
    if (!row.repo?.missing) {
      expect(server.file(faulty, 'main', 'requirements.txt')).toMatch(/relay-alpha==0\.1\n$/);
    }
    await row.after?.(server, faulty, bump);
    expect(server.violations).toEqual([]);
  });
});
