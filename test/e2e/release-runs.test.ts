/**
 * Which runs write what, through `node dist/index.js` as the runner runs it: a dry run reads
 * the index and the consumers and writes nothing anywhere, and the real run of the same tag
 * then publishes and opens the pull requests the dry run announced; pins follow releases (a
 * tag, or a manual run of a final version), and a pull request's run is a dry run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-run.js';
import { useGitHubServer } from '../support/github-server.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, packageRepo, wheelsApart } from '../support/python.js';
import { expectNoSecrets } from '../support/secrets.js';

const USER = 'ci';
const PASSWORD = 'hunter2-Zq9!x';
const TOKEN = 'ghp_ConsumerToken0123456789abcdefXYZ';
const secrets = [{ user: USER, secret: PASSWORD }, { secret: TOKEN }];

/** Every request that writes to GitHub: REST writes and the GraphQL mutations wheelrelay sends. */
const GITHUB_WRITES = /^(POST|PATCH|PUT|DELETE) \/repos|^Wheelrelay(Commit|AutoMerge)/;

type Files = Array<{ filename: string; sha256: string; url: string; outcome: string }>;
const files = (run: ActionRun): Files => JSON.parse(run.outputs.files ?? '[]');
const pulls = (run: ActionRun): Array<{ repo: string; outcome: string; number?: number }> =>
  JSON.parse(run.outputs['pull-requests'] ?? 'null');

describe('dry runs write nothing; the real run after one does what it said', () => {
  const index = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
  const github = useGitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    await index.start();
    github.createRepo('acme/web', { 'requirements.txt': 'django==5.0\nrelay-dry==0.9.0\n' });
  });
  afterAll(async () => {
    await index.stop();
    for (const c of cleanups) await c();
  });

  function run(workspace: string, ref: string, inputs: Record<string, string>) {
    return runAction({
      workspace,
      ref,
      env: {
        ...offlineBuildEnv(),
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: github.serverUrl,
        WHEELRELAY_GITHUB_PACING: 'off',
      },
      entry: process.env.WHEELRELAY_ACTION_ENTRY,
      inputs: {
        python: PYTHON,
        'build-isolation': 'false',
        'verify-timeout': '10',
        'index-url': index.url,
        'index-type': 'pypiserver',
        username: USER,
        password: PASSWORD,
        consumers: 'acme/web: requirements.txt',
        'consumer-token': TOKEN,
        ...inputs,
      },
    });
  }

  it('a dry run on a tag builds and reads the index, uploads nothing, opens nothing; the real run then publishes', async () => {
    const repo = await packageRepo({ name: 'relay-dry', version: '1.0.0', tag: 'v1.0.0' });
    cleanups.push(repo.cleanup);

    const dry = await run(repo.dir, 'refs/tags/v1.0.0', { 'dry-run': 'true' });
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(dry.outputs.published).toBe('false');
    const planned = files(dry);
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ outcome: 'would-upload', url: '' });
    expect(planned[0]?.filename).toMatch(/^relay_dry-1\.0\.0-py3-none-any\.whl$/);
    // The index was read (the project page), never written to.
    expect(index.count('simple')).toBeGreaterThan(0);
    expect(index.count('upload')).toBe(0);
    expect(index.files('relay-dry')).toEqual([]);
    // The consumer was read and its change planned, with nothing written there.
    expect(pulls(dry)).toEqual([{ repo: 'acme/web', outcome: 'would-create' }]);
    expect(github.count({ operation: GITHUB_WRITES })).toBe(0);
    expect(github.pulls('acme/web')).toEqual([]);
    expect(github.branch('acme/web', 'wheelrelay/relay-dry')).toBeUndefined();
    expect(dry.stdout).toContain('+relay-dry==1.0.0');
    expect(dry.summary).toContain(
      '### wheelrelay: dry run of `relay-dry 1.0.0` (nothing uploaded)',
    );
    expect(dry.summary).toMatch(/\| `relay_dry-1\.0\.0-py3-none-any\.whl` \| would-upload \|/);
    expect(dry.summary).toMatch(/\| acme\/web \| would-create \|/);

    // The real run of the same tag: the same file (stamped with the commit's time), uploaded.
    index.reset();
    const real = await run(repo.dir, 'refs/tags/v1.0.0', {});
    expect(real.exitCode, real.stdout + real.stderr).toBe(0);
    expect(real.outputs.published).toBe('true');
    expect(files(real).map((f) => [f.filename, f.outcome, f.sha256])).toEqual(
      planned.map((f) => [f.filename, 'uploaded', f.sha256]),
    );
    expect(index.count('upload')).toBe(1);
    expect(pulls(real).map((p) => [p.repo, p.outcome])).toEqual([['acme/web', 'created']]);
    expect(github.file('acme/web', 'wheelrelay/relay-dry', 'requirements.txt')).toBe(
      'django==5.0\nrelay-dry==1.0.0\n',
    );

    // A dry run after it: the file is there, the pull request carries the release.
    index.reset();
    github.resetCounts();
    const again = await run(repo.dir, 'refs/tags/v1.0.0', { 'dry-run': 'true' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(files(again).map((f) => f.outcome)).toEqual(['already-present']);
    expect(pulls(again).map((p) => p.outcome)).toEqual(['unchanged']);
    expect(index.count('upload')).toBe(0);
    expect(github.count({ operation: GITHUB_WRITES })).toBe(0);
    expectNoSecrets([dry.everything(), real.everything(), again.everything()], secrets);
    expect(github.violations).toEqual([]);
  });
});

describe("pins follow releases: each event's run, and what it publishes and bumps", () => {
  const index = new IndexServer({ users: { [USER]: PASSWORD } });
  const github = useGitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  const cleanups: Array<() => Promise<void>> = [];
  const consumers = new Set<string>();
  let workspace: string;

  beforeAll(async () => {
    await index.start();
    workspace = await mkdtemp(join(tmpdir(), 'wr-events-'));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    const root = await mkdtemp(join(tmpdir(), 'wr-dist-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const dists = await wheelsApart(
      RELEASES.map(([name, version]) => ({ name, version })),
      root,
    );
    for (const [i, [name, version]] of RELEASES.entries())
      built.set(`${name} ${version}`, (dists[i] as { dir: string }).dir);
  });
  afterAll(async () => {
    await index.stop();
    for (const c of cleanups) await c();
  });

  /**
   * The releases the tests publish, each a wheel alone in a dist-dir: built before them, in one
   * Python process (the build is not their point).
   */
  const RELEASES = [
    ['relay-push', '1.0.1.dev3'],
    ['relay-push', '1.0.1.dev4'],
    ['relay-manual', '1.1.0rc1'],
    ['relay-manual', '1.1.0'],
    ['relay-pr', '2.0.0'],
  ] as const;
  const built = new Map<string, string>();

  /** A consumer pinning `name` at 0.1.0, and the dist-dir of `name` `version`. */
  function release(name: string, version: string): string {
    if (!consumers.has(name)) {
      github.createRepo(`acme/${name}`, { 'requirements.txt': `${name}==0.1.0\n` });
      consumers.add(name);
    }
    const dir = built.get(`${name} ${version}`);
    if (!dir) throw new Error(`${name} ${version} is not in RELEASES`);
    return dir;
  }

  function run(
    name: string,
    distDir: string,
    how: { ref: string; eventName: string },
    inputs: Record<string, string> = {},
  ) {
    return runAction({
      workspace,
      ...how,
      env: {
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: github.serverUrl,
        WHEELRELAY_GITHUB_PACING: 'off',
      },
      entry: process.env.WHEELRELAY_ACTION_ENTRY,
      inputs: {
        'verify-timeout': '10',
        'index-url': index.url,
        'index-type': 'pypiserver',
        username: USER,
        password: PASSWORD,
        'dist-dir': distDir,
        consumers: `acme/${name}: requirements.txt`,
        'consumer-token': TOKEN,
        ...inputs,
      },
    });
  }
  const push = { ref: 'refs/heads/main', eventName: 'push' };
  const manual = { ref: 'refs/heads/main', eventName: 'workflow_dispatch' };
  const pullRequest = { ref: 'refs/pull/7/merge', eventName: 'pull_request' };

  it('a branch push publishes its dev version and moves no pin, unless bump-every-version', async () => {
    const dev3 = release('relay-push', '1.0.1.dev3');
    github.resetCounts();
    const plain = await run('relay-push', dev3, push);
    expect(plain.exitCode, plain.stdout).toBe(0);
    expect(plain.outputs.published).toBe('true');
    expect(index.files('relay-push')).toHaveLength(1);
    expect(pulls(plain)).toEqual([
      {
        repo: 'acme/relay-push',
        outcome: 'skipped',
        reason:
          'not a release: a push run of branch main (1.0.1.dev3); pins move for tag runs and manual runs of final versions (set `bump-every-version: true` to move them for every published version)',
      },
    ]);
    // Not one request to GitHub: nothing was read, nothing written.
    expect(github.count()).toBe(0);
    expect(plain.summary).toMatch(/\| acme\/relay-push \| skipped \| {2}\| `+not a release: /);

    const dev4 = release('relay-push', '1.0.1.dev4');
    const every = await run('relay-push', dev4, push, { 'bump-every-version': 'true' });
    expect(every.exitCode, every.stdout).toBe(0);
    expect(pulls(every).map((p) => p.outcome)).toEqual(['created']);
    expect(github.file('acme/relay-push', 'wheelrelay/relay-push', 'requirements.txt')).toBe(
      'relay-push==1.0.1.dev4\n',
    );
    expectNoSecrets([plain.everything(), every.everything()], secrets);
  });

  it('a manual run bumps a final version, not a release candidate', async () => {
    const rc = release('relay-manual', '1.1.0rc1');
    const candidate = await run('relay-manual', rc, manual);
    expect(candidate.exitCode, candidate.stdout).toBe(0);
    expect(candidate.outputs.published).toBe('true');
    expect(pulls(candidate)).toMatchObject([
      {
        outcome: 'skipped',
        reason: expect.stringMatching(
          /^not a release: a manual run of 1\.1\.0rc1, which is not a final release; /,
        ),
      },
    ]);
    expect(github.pulls('acme/relay-manual')).toEqual([]);

    const final = release('relay-manual', '1.1.0');
    const released = await run('relay-manual', final, manual);
    expect(released.exitCode, released.stdout).toBe(0);
    expect(pulls(released).map((p) => p.outcome)).toEqual(['created']);
    expect(github.file('acme/relay-manual', 'wheelrelay/relay-manual', 'requirements.txt')).toBe(
      'relay-manual==1.1.0\n',
    );
  });

  it('a pull request run is a dry run, without a consumer token too; on-pull-request: publish publishes but bumps nothing', async () => {
    const dist = release('relay-pr', '2.0.0');
    index.reset();
    github.resetCounts();
    // As a fork's pull request runs: no secrets at all.
    const fork = await run('relay-pr', dist, pullRequest, { password: '', 'consumer-token': '' });
    expect(fork.exitCode, fork.stdout).toBe(0);
    expect(fork.stdout).toContain(
      'A pull_request run is a dry run: nothing is uploaded and no pin moves (set `on-pull-request: publish` to publish from pull requests).',
    );
    expect(fork.outputs.published).toBe('false');
    expect(files(fork).map((f) => f.outcome)).toEqual(['would-upload']);
    expect(pulls(fork)).toEqual([]);
    expect(index.count('upload')).toBe(0);
    expect(github.count()).toBe(0);

    const asked = await run('relay-pr', dist, pullRequest, { 'on-pull-request': 'publish' });
    expect(asked.exitCode, asked.stdout).toBe(0);
    expect(asked.outputs.published).toBe('true');
    expect(files(asked).map((f) => f.outcome)).toEqual(['uploaded']);
    expect(pulls(asked)).toMatchObject([
      { outcome: 'skipped', reason: expect.stringMatching(/^not a release: a pull_request run /) },
    ]);
    expect(github.count()).toBe(0);
    expectNoSecrets([fork.everything(), asked.everything()], secrets);
    expect(github.violations).toEqual([]);
  });
});
