import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpConsumers, type PullOutcome, type PullResult } from '../../src/github/bump.js';
import { type GitHub, openGitHub } from '../../src/github/client.js';
import { NO_WAITS } from '../../src/github/pacing.js';
import { marker } from '../../src/github/templates.js';
import { type Log, silentOutput } from '../../src/log.js';
import { addSecret, redact } from '../../src/secrets.js';
import { type ActionRun, type StartedAction, startAction } from '../support/action-run.js';
import { bumpConfig, verifiedRelease } from '../support/bump-fixtures.js';
import {
  FAULTS,
  type GitHubServer,
  type RequestRecord,
  useGitHubServer,
} from '../support/github-server.js';
import { IndexServer } from '../support/index-server.js';
import { buildWheel, offlineBuildEnv, PYTHON, packageRepo } from '../support/python.js';
import { expectNoSecrets } from '../support/secrets.js';

const TOKEN = 'ghp_TrustToken0123456789abcdefXYZ';
const BRANCH = 'wheelrelay/relay-alpha';

const release = (version: string) => verifiedRelease(version);

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
  /** Every request about the faulted consumer in the run, as the server counted them. */
  requests: number;
  /** Attempts of the faulted call (requests about the faulted consumer matching `operation`). */
  calls?: { operation: RegExp; count: number };
  /** Every request about the faulted consumer, in order: `operation status`. */
  order?: string[];
  /** The pin on wheelrelay's branch of the faulted consumer afterwards (undefined: no branch). */
  branchPin?: string;
  /** More checks on the end state. */
  after?(server: GitHubServer, faulty: string, bump: Bump): Promise<void> | void;
}

const repoPath = (faulty: string) => faulty.replace('/', '\\/');
/** A GraphQL operation about one repository (the test server appends ` @owner/name`). */
const graphql = (operation: string, faulty: string) =>
  new RegExp(`^POST /graphql ${operation} .* @${repoPath(faulty)}$`);

const ROWS: Row[] = [
  {
    name: 'secondary rate limit (403 + retry-after) on opening the PR',
    arrange: (s, f) =>
      s.inject(FAULTS.secondaryRateLimit(new RegExp(`^POST /repos/${repoPath(f)}/pulls$`))),
    version: '0.3.1',
    outcome: 'created',
    requests: 6,
    calls: { operation: /^POST \/repos\/\{owner\}\/\{repo\}\/pulls$/, count: 2 },
    order: [
      'WheelrelayConsumer 200',
      'POST /repos/{owner}/{repo}/git/trees 201',
      'POST /repos/{owner}/{repo}/git/commits 201',
      'POST /repos/{owner}/{repo}/git/refs 201',
      'POST /repos/{owner}/{repo}/pulls 403',
      'POST /repos/{owner}/{repo}/pulls 201',
    ],
    branchPin: 'relay-alpha==0.3.1',
  },
  {
    name: 'secondary rate limit as 429 on the read',
    arrange: (s, f) =>
      s.inject({ ...FAULTS.secondaryRateLimit(graphql('WheelrelayConsumer', f)), status: 429 }),
    version: '0.3.1',
    outcome: 'created',
    requests: 6,
    calls: { operation: /^WheelrelayConsumer /, count: 2 },
    order: [
      'WheelrelayConsumer 429',
      'WheelrelayConsumer 200',
      'POST /repos/{owner}/{repo}/git/trees 201',
      'POST /repos/{owner}/{repo}/git/commits 201',
      'POST /repos/{owner}/{repo}/git/refs 201',
      'POST /repos/{owner}/{repo}/pulls 201',
    ],
    branchPin: 'relay-alpha==0.3.1',
  },
  {
    name: '502 on writing the tree (git data API)',
    arrange: (s, f) =>
      s.inject(FAULTS.serverError(new RegExp(`^POST /repos/${repoPath(f)}/git/trees$`), 502)),
    version: '0.3.1',
    outcome: 'created',
    requests: 6,
    calls: { operation: /^POST \/repos\/\{owner\}\/\{repo\}\/git\/trees$/, count: 2 },
    order: [
      'WheelrelayConsumer 200',
      'POST /repos/{owner}/{repo}/git/trees 502',
      'POST /repos/{owner}/{repo}/git/trees 201',
      'POST /repos/{owner}/{repo}/git/commits 201',
      'POST /repos/{owner}/{repo}/git/refs 201',
      'POST /repos/{owner}/{repo}/pulls 201',
    ],
    branchPin: 'relay-alpha==0.3.1',
  },
  {
    name: '500 on the signed commit (GraphQL)',
    signCommits: true,
    arrange: (s, f) => s.inject(FAULTS.serverError(graphql('WheelrelayCommitNew', f), 500)),
    version: '0.3.1',
    outcome: 'created',
    requests: 4,
    calls: { operation: /^WheelrelayCommitNew /, count: 2 },
    order: [
      'WheelrelayConsumer 200',
      'WheelrelayCommitNew 500',
      'WheelrelayCommitNew 200',
      'POST /repos/{owner}/{repo}/pulls 201',
    ],
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
    requests: 6,
    calls: { operation: /^POST \/repos\/\{owner\}\/\{repo\}\/git\/refs$/, count: 1 },
    branchPin: 'relay-alpha==0.3.1',
    after: (s, f) => expect(s.file(f, BRANCH, 'other.txt')).toBeUndefined(),
  },
  {
    name: '422 a pull request already exists (another run opened it first): re-read, and it carries this release',
    arrange: (s, f) =>
      s.inject(
        FAULTS.pullRequestExists(
          new RegExp(`^POST /repos/${repoPath(f)}/pulls$`),
          `acme:${BRANCH}`,
          () =>
            s.openPull(f, {
              head: BRANCH,
              base: 'main',
              title: 'Bump relay_alpha to 0.3.1',
              body: marker('relay-alpha', '0.3.1'),
            }),
        ),
      ),
    version: '0.3.1',
    outcome: 'unchanged',
    requests: 6,
    order: [
      'WheelrelayConsumer 200',
      'POST /repos/{owner}/{repo}/git/trees 201',
      'POST /repos/{owner}/{repo}/git/commits 201',
      'POST /repos/{owner}/{repo}/git/refs 201',
      'POST /repos/{owner}/{repo}/pulls 422',
      'WheelrelayConsumer 200',
    ],
    branchPin: 'relay-alpha==0.3.1',
    after: (s, f) =>
      expect(s.pulls(f).map((p) => [p.number, p.user])).toEqual([[1, 'someone-else']]),
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
    requests: 10,
    calls: { operation: /^PATCH \/repos\/\{owner\}\/\{repo\}\/git\/refs\//, count: 2 },
    branchPin: '# moved\nrelay-alpha==0.3.1',
    after: (s, f) => expect(s.branch(f, BRANCH)?.parents).toEqual([s.branch(f, 'main')?.sha]),
  },
  {
    name: 'token may read but not write',
    repo: { permissions: { [TOKEN]: 'READ' } },
    arrange: () => {},
    version: '0.3.1',
    outcome: 'failed',
    requests: 1,
    reason: /`consumer-token` cannot write to this repository \(permission: READ\)/,
    calls: { operation: /^(POST|PATCH|PUT|DELETE) \/repos/, count: 0 },
  },
  {
    name: 'token cannot see the repository',
    repo: { missing: true },
    arrange: () => {},
    version: '0.3.1',
    outcome: 'failed',
    requests: 1,
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
    requests: 8,
    calls: { operation: /^POST \/repos\/\{owner\}\/\{repo\}\/pulls$/, count: 4 },
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
    requests: 2,
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
        /has a commit wheelrelay did not make .* `Pin numpy too`/,
      );
      expect(pull?.title).toBe('Bump relay_alpha to 0.3.1');
      // A re-run of the same release says so again in its result, but not in a second comment.
      const again = await bump('0.4.0');
      expect(again.map((r) => r.outcome)).toEqual(['skipped', 'unchanged']);
      expect(s.pulls(f)[0]?.comments).toHaveLength(1);
    },
  },
  {
    name: 'PR branch changed by hand since the last run (signed commits)',
    signCommits: true,
    arrange: async (s, f, bump) => {
      expect((await bump('0.3.1')).map((r) => r.outcome)).toEqual(['created', 'created']);
      s.push(f, BRANCH, { 'constraints.txt': 'numpy<3\n' }, 'Add constraints\n');
    },
    version: '0.4.0',
    outcome: 'skipped',
    reason: /has commits wheelrelay did not make .*; #1 not updated to 0\.4\.0/,
    requests: 2,
    calls: {
      operation: /^POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments$/,
      count: 1,
    },
    branchPin: 'relay-alpha==0.3.1',
    after: (s, f) => expect(s.file(f, BRANCH, 'constraints.txt')).toBe('numpy<3\n'),
  },
  {
    name: "GitHub's Update branch merge onto wheelrelay's commit is not someone else's work",
    arrange: async (s, f, bump) => {
      expect((await bump('0.3.1')).map((r) => r.outcome)).toEqual(['created', 'created']);
      s.push(f, 'main', { 'README.md': 'hello\n' });
      s.updateBranch(f, BRANCH, 'main');
    },
    version: '0.4.0',
    outcome: 'updated',
    requests: 5,
    branchPin: 'relay-alpha==0.4.0',
    after: (s, f) => {
      expect(s.branch(f, BRANCH)?.parents).toEqual([s.branch(f, 'main')?.sha]);
      expect(s.file(f, BRANCH, 'README.md')).toBe('hello\n');
      expect(s.pulls(f)[0]?.comments).toEqual([]);
    },
  },
];

describe('GitHub fault matrix: a faulted consumer and a healthy one per row', () => {
  const server = useGitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  let gh: GitHub;
  const lines: string[] = [];
  /** Everything every row printed, returned or wrote to a PR, checked for the token at the end. */
  const seen: string[] = [];
  const log: Log = {
    info: (m) => lines.push(redact(m)),
    warning: (m) => lines.push(`warning: ${redact(m)}`),
    error: (m) => lines.push(`error: ${redact(m)}`),
    debug: (m) => lines.push(`debug: ${redact(m)}`),
    group: (_t, fn) => fn(),
    output: () => silentOutput,
  };

  beforeAll(async () => {
    addSecret(TOKEN);
    // No waits: the retries keep their count and order, without the seconds GitHub asks for.
    gh = await openGitHub({ token: TOKEN, apiUrl: server.apiUrl, log, pacing: NO_WAITS });
  });
  afterAll(() => {
    expectNoSecrets([...seen, ...lines], [{ secret: TOKEN, user: 'x-access-token' }]);
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
    const cfg = bumpConfig(
      server,
      TOKEN,
      `${faulty}: requirements.txt\n${healthy}: requirements.txt`,
      { signCommits: row.signCommits ?? false },
    );
    const bump: Bump = (version) => bumpConsumers(cfg, release(version), { log, github: gh });

    await row.arrange(server, faulty, bump);
    server.resetCounts();
    seen.push(...lines);
    lines.length = 0;
    const results = await bump(row.version);
    seen.push(JSON.stringify(results));
    const [mine, theirs] = results;
    expect(mine, lines.join('\n')).toMatchObject({ repo: faulty, outcome: row.outcome });
    if (row.reason) expect(mine?.reason).toMatch(row.reason);
    // The healthy consumer is never held back by its neighbour's fault.
    expect(theirs?.outcome).toBe(row.version === '0.3.1' ? 'created' : 'updated');
    expect(server.file(healthy, BRANCH, 'requirements.txt')).toBe(`relay-alpha==${row.version}\n`);
    expect(server.count({ repo: faulty }), lines.join('\n')).toBe(row.requests);
    if (row.calls) {
      expect(server.count({ repo: faulty, operation: row.calls.operation }), lines.join('\n')).toBe(
        row.calls.count,
      );
    }
    if (row.order) {
      const label = (r: RequestRecord) =>
        `${r.path.endsWith('/graphql') ? r.operation.split(' ')[0] : r.operation} ${r.status}`;
      expect(server.requests.filter((r) => r.repo === faulty).map(label)).toEqual(row.order);
    }
    const pin = row.repo?.missing ? undefined : server.file(faulty, BRANCH, 'requirements.txt');
    expect(pin).toBe(row.branchPin === undefined ? undefined : `${row.branchPin}\n`);
    // Whatever happened on the branch, the base is never written.
    if (!row.repo?.missing) {
      expect(server.file(faulty, 'main', 'requirements.txt')).toMatch(/relay-alpha==0\.1\n$/);
    }
    await row.after?.(server, faulty, bump);
    for (const pull of row.repo?.missing ? [] : server.pulls(faulty)) {
      seen.push(pull.title, pull.body, ...pull.comments.map((c) => c.body));
    }
    expect(server.violations).toEqual([]);
  });
});

describe('a run killed while opening a PR (node dist/index.js), then run again', () => {
  const USER = 'ci';
  const PASSWORD = 'hunter2-Crash!7';
  const index = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
  const github = useGitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(() => index.start());
  afterAll(async () => {
    await index.stop();
    for (const c of cleanups) await c();
  });

  it('converges to the end state of an uninterrupted run: one branch, one PR, the new pin', async () => {
    const repo = await packageRepo({ name: 'relay-alpha', version: '0.3.1', tag: 'v0.3.1' });
    cleanups.push(repo.cleanup);
    const distDir = await mkdtemp(join(tmpdir(), 'wr-dist-'));
    cleanups.push(() => rm(distDir, { recursive: true, force: true }));
    await buildWheel({ name: 'relay-alpha', version: '0.3.1' }, distDir);
    const start = (pair: string) =>
      startAction({
        workspace: repo.dir,
        ref: 'refs/tags/v0.3.1',
        sha: 'f'.repeat(40),
        env: {
          ...offlineBuildEnv(),
          GITHUB_API_URL: github.apiUrl,
          GITHUB_SERVER_URL: github.serverUrl,
          // The stand-in is on this machine: no spacing of writes, no retry waits.
          WHEELRELAY_GITHUB_PACING: 'off',
        },
        inputs: {
          python: PYTHON,
          'build-isolation': 'false',
          'verify-timeout': '10',
          'index-url': index.url,
          'index-type': 'pypiserver',
          username: USER,
          password: PASSWORD,
          'dist-dir': distDir,
          consumers: `acme/${pair}-faulty: requirements.txt\nacme/${pair}-healthy: requirements.txt`,
          'consumer-token': TOKEN,
          'sign-commits': 'false',
        },
        secrets: [{ user: USER, secret: PASSWORD }, { secret: TOKEN }],
      });
    const pullsOf = (run: ActionRun) =>
      JSON.parse(run.outputs['pull-requests'] ?? 'null') as Array<{
        repo: string;
        outcome: string;
      }>;
    for (const pair of ['clean', 'crash']) {
      for (const side of ['faulty', 'healthy']) {
        github.createRepo(`acme/${pair}-${side}`, { 'requirements.txt': 'relay-alpha==0.1\n' });
      }
    }

    const clean = await (await start('clean')).result;
    expect(clean.exitCode, clean.stdout + clean.stderr).toBe(0);
    expect(pullsOf(clean).map((p) => p.outcome)).toEqual(['created', 'created']);

    // The runner stops the job the moment the PR is asked for; the branch and its commit exist.
    let victim: StartedAction | undefined;
    github.inject({
      ...FAULTS.serverError(/^POST \/repos\/acme\/crash-faulty\/pulls$/, 500),
      times: 10,
      before: () => victim?.child.kill('SIGTERM'),
    });
    victim = await start('crash');
    const killed = await victim.result;
    expect(killed.signal, killed.stdout + killed.stderr).toBe('SIGTERM');
    expect(killed.outputs['pull-requests']).toBeUndefined();
    expect(github.file('acme/crash-faulty', BRANCH, 'requirements.txt')).toBe(
      'relay-alpha==0.3.1\n',
    );
    expect(github.pulls('acme/crash-faulty')).toHaveLength(0);

    github.clearFaults();
    const rerun = await (await start('crash')).result;
    expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
    const [faulty, healthy] = pullsOf(rerun);
    expect(faulty?.outcome).toBe('created');
    // The healthy consumer may or may not have had its PR opened before the kill.
    expect(['created', 'unchanged']).toContain(healthy?.outcome);

    // The same end state in both pairs: one open PR from the branch, one commit on the base.
    const endState = (full: string) => {
      const main = github.branch(full, 'main');
      const head = github.branch(full, BRANCH);
      return {
        pin: github.file(full, BRANCH, 'requirements.txt'),
        base: github.file(full, 'main', 'requirements.txt'),
        onBase: head?.parents.length === 1 && head.parents[0] === main?.sha,
        pulls: github.pulls(full).map(({ title, body, head, base, state }) => ({
          title,
          body: body.split(full).join('<consumer>'),
          head,
          base,
          state,
        })),
      };
    };
    for (const side of ['faulty', 'healthy']) {
      const crashed = endState(`acme/crash-${side}`);
      expect(crashed).toEqual(endState(`acme/clean-${side}`));
      expect(crashed).toMatchObject({
        pin: 'relay-alpha==0.3.1\n',
        base: 'relay-alpha==0.1\n',
        onBase: true,
        pulls: [{ head: BRANCH, base: 'main', state: 'open' }],
      });
    }
    expect(github.violations).toEqual([]);
  });
});
