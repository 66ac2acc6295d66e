import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-run.js';
import { useGitHubServer } from '../support/github-server.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, packageRepo, wheelsApart } from '../support/python.js';
import { expectMasked, expectNoSecrets } from '../support/secrets.js';

const USER = 'ci';
const PASSWORD = 'hunter2-Zq9!x';
const TOKEN = 'ghp_ConsumerToken0123456789abcdefXYZ';
const secrets = [{ user: USER, secret: PASSWORD }, { secret: TOKEN }];

const pulls = (
  run: ActionRun,
): Array<{
  repo: string;
  number?: number;
  url?: string;
  outcome: string;
  reason?: string;
  'auto-merge'?: { state: string; method: string; reason?: string };
}> => JSON.parse(run.outputs['pull-requests'] ?? 'null');

describe('tag → build → upload → verify → pull requests in the consumers (node dist/index.js)', () => {
  const index = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
  const github = useGitHubServer({ ghes: true, tokens: { [TOKEN]: { login: 'relay-bot' } } });
  const cleanups: Array<() => Promise<void>> = [];
  /** dist-dirs of the releases the tests publish, by `name version`. */
  const dists = new Map<string, string>();

  beforeAll(async () => {
    await index.start();
    // Builds are not byte-reproducible, so re-runs publish the same built file from dist-dir:
    // the releases' wheels are built here, at once, in one Python process.
    const root = await mkdtemp(join(tmpdir(), 'wr-dist-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const releases = [
      { name: 'relay-bump', version: '1.0.0' },
      { name: 'relay-bump', version: '1.1.0' },
      { name: 'relay-other', version: '1.0.0' },
    ];
    const built = await wheelsApart(releases, root);
    for (const [i, r] of releases.entries())
      dists.set(`${r.name} ${r.version}`, (built[i] as { dir: string }).dir);
    github.createRepo('acme/web', {
      'requirements/base.txt': 'django==5.0\nrelay-bump==0.9.0\n',
      'requirements/dev.txt': '-r base.txt\npytest\n',
      'src/app.py': 'print("hi")\n',
    });
    github.createRepo(
      'acme/api',
      {
        'requirements.txt': `flask==3.0\nrelay_bump==0.9.0 \\\n    --hash=sha256:${'0'.repeat(64)}\n`,
        'constraints.txt': 'relay-bump @ git+https://github.com/acme/relay-bump.git@v0.9.0\n',
      },
      { defaultBranch: 'develop' },
    );
  });
  afterAll(async () => {
    await index.stop();
    for (const c of cleanups) await c();
  });

  async function run(
    version: string,
    distDir: string,
    workspace: string,
    extra: Record<string, string> = {},
  ) {
    return runAction({
      workspace,
      ref: `refs/tags/v${version}`,
      sha: 'f'.repeat(40),
      env: {
        ...offlineBuildEnv(),
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: github.serverUrl,
        // The stand-in is on this machine: no spacing of writes, no retry waits.
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
        'dist-dir': distDir,
        consumers:
          'acme/web: requirements/*.txt\n# the API pins with hashes, on develop\nacme/api@develop: requirements.txt, constraints.txt',
        'consumer-token': TOKEN,
        'sign-commits': 'false',
        labels: 'dependencies',
        ...extra,
      },
    });
  }

  /** The dist-dir of `name` `version`, built in beforeAll. */
  function wheel(version: string, name = 'relay-bump'): string {
    const dir = dists.get(`${name} ${version}`);
    if (!dir) throw new Error(`no wheel of ${name} ${version} was built`);
    return dir;
  }

  it('opens a PR in both consumers, leaves them alone on a re-run, and updates them for a newer tag', async () => {
    const repo = await packageRepo({ name: 'relay-bump', version: '1.0.0', tag: 'v1.0.0' });
    cleanups.push(repo.cleanup);
    const dist100 = wheel('1.0.0');

    // 1. The tagged release: published, verified, then one PR per consumer.
    const first = await run('1.0.0', dist100, repo.dir);
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.published).toBe('true');
    const sha100 = JSON.parse(first.outputs.files ?? '[]')[0]?.sha256;
    expect(sha100).toMatch(/^[0-9a-f]{64}$/);
    expect(pulls(first)).toEqual([
      {
        repo: 'acme/web',
        number: 1,
        url: `${github.serverUrl}/acme/web/pull/1`,
        outcome: 'created',
      },
      {
        repo: 'acme/api',
        number: 1,
        url: `${github.serverUrl}/acme/api/pull/1`,
        outcome: 'created',
      },
    ]);
    expect(github.file('acme/web', 'wheelrelay/relay-bump', 'requirements/base.txt')).toBe(
      'django==5.0\nrelay-bump==1.0.0\n',
    );
    expect(github.file('acme/web', 'main', 'requirements/base.txt')).toBe(
      'django==5.0\nrelay-bump==0.9.0\n',
    );
    expect(github.file('acme/api', 'wheelrelay/relay-bump', 'requirements.txt')).toBe(
      `flask==3.0\nrelay_bump==1.0.0 \\\n    --hash=sha256:${sha100}\n`,
    );
    expect(github.file('acme/api', 'wheelrelay/relay-bump', 'constraints.txt')).toBe(
      'relay-bump==1.0.0\n',
    );
    expect(github.pulls('acme/api')[0]).toMatchObject({
      base: 'develop',
      labels: ['dependencies'],
      title: 'Bump relay-bump to 1.0.0',
    });
    expect(github.pulls('acme/web')[0]?.body).toContain(`[project page](${index.url}`);
    expect(first.summary).toContain('### wheelrelay: pin bumps');
    expect(first.summary).toMatch(/\| acme\/web \| created \| \[#1\]/);
    expect(first.stdout).toContain('::group::Bumping relay-bump in 2 consumer(s)');
    expectMasked(first.stdout, secrets);
    expectNoSecrets(first.everything(), secrets);

    // 2. A re-run of the same release: nothing written, PRs untouched, 3 requests at most each.
    const webHead = github.branch('acme/web', 'wheelrelay/relay-bump')?.sha;
    github.resetCounts();
    const rerun = await run('1.0.0', dist100, repo.dir);
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(pulls(rerun).map((p) => [p.repo, p.outcome, p.number])).toEqual([
      ['acme/web', 'unchanged', 1],
      ['acme/api', 'unchanged', 1],
    ]);
    expect(github.branch('acme/web', 'wheelrelay/relay-bump')?.sha).toBe(webHead);
    expect(github.count({ repo: 'acme/web' })).toBeLessThanOrEqual(3);
    expect(github.count({ repo: 'acme/api' })).toBeLessThanOrEqual(3);
    expect(github.count({ operation: /^(POST|PATCH) \/repos/ })).toBe(0);

    // 3. A newer tag, after the consumer's base moved: branch reset onto it, same PR updated.
    github.push('acme/web', 'main', { 'requirements/dev.txt': '-r base.txt\npytest==8.3\n' });
    const dist110 = wheel('1.1.0');
    const newer = await run('1.1.0', dist110, repo.dir);
    expect(newer.exitCode, newer.stdout).toBe(0);
    const sha110 = JSON.parse(newer.outputs.files ?? '[]')[0]?.sha256;
    expect(pulls(newer).map((p) => [p.repo, p.outcome, p.number])).toEqual([
      ['acme/web', 'updated', 1],
      ['acme/api', 'updated', 1],
    ]);
    expect(github.file('acme/web', 'wheelrelay/relay-bump', 'requirements/base.txt')).toBe(
      'django==5.0\nrelay-bump==1.1.0\n',
    );
    expect(github.file('acme/web', 'wheelrelay/relay-bump', 'requirements/dev.txt')).toBe(
      '-r base.txt\npytest==8.3\n',
    );
    expect(github.branch('acme/web', 'wheelrelay/relay-bump')?.parents).toEqual([
      github.branch('acme/web', 'main')?.sha,
    ]);
    expect(github.file('acme/api', 'wheelrelay/relay-bump', 'requirements.txt')).toBe(
      `flask==3.0\nrelay_bump==1.1.0 \\\n    --hash=sha256:${sha110}\n`,
    );
    expect(github.pulls('acme/web')).toHaveLength(1);
    expect(github.pulls('acme/web')[0]?.title).toBe('Bump relay-bump to 1.1.0');
    // The base still pins 0.9.0, so that is what the PR moves from.
    expect(github.pulls('acme/web')[0]?.body).toContain('from `0.9.0` to **`1.1.0`**');
    expect(github.pulls('acme/web')[0]?.body).toContain('<!-- wheelrelay: relay-bump==1.1.0 -->');
    expectNoSecrets([rerun.everything(), newer.everything()], secrets);
    expect(github.violations).toEqual([]);
  });

  it('fails the step at the end, naming the consumer, while the others get their PR and what auto-merge did', async () => {
    github.createRepo(
      'acme/ok',
      { 'requirements.txt': 'relay-other==0.1\n' },
      { allowAutoMerge: true },
    );
    github.createRepo('acme/manual', { 'requirements.txt': 'relay-other==0.1\n' });
    const dist = wheel('1.0.0', 'relay-other');
    const repo = await packageRepo({ name: 'relay-other', version: '1.0.0', tag: 'v1.0.0' });
    cleanups.push(repo.cleanup);
    const result = await run('1.0.0', dist, repo.dir, {
      consumers:
        'acme/nope: requirements.txt\nacme/ok: requirements.txt\nacme/manual: requirements.txt',
      'auto-merge': 'squash',
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(
      /::error::pin bump failed in 1 of 3 consumer\(s\):%0A- acme\/nope: repository not found/,
    );
    expect(pulls(result).map((p) => [p.repo, p.outcome, p['auto-merge']?.state])).toEqual([
      ['acme/nope', 'failed', undefined],
      ['acme/ok', 'created', 'merged'],
      ['acme/manual', 'created', 'not-enabled'],
    ]);
    // acme/ok has no required checks: GitHub refused auto-merge as "clean", so it was merged.
    expect(github.file('acme/ok', 'main', 'requirements.txt')).toBe('relay-other==1.0.0\n');
    expect(github.pulls('acme/ok')[0]).toMatchObject({ state: 'closed', merged: true });
    const manual = pulls(result)[2]?.['auto-merge'];
    expect(manual?.reason).toMatch(/^auto-merge is off in acme\/manual's settings/);
    expect(github.pulls('acme/manual')[0]?.state).toBe('open');
    expect(result.summary).toMatch(
      /\| acme\/ok \| created \| \[#1\]\([^)]+\) \| `requirements.txt`; merged \(squash\): /,
    );
    expect(result.summary).toMatch(
      /\| acme\/manual \| created \| \[#1\]\([^)]+\) \| `requirements.txt`; \*\*auto-merge not enabled\*\*: `auto-merge is off in acme\/manual's settings/,
    );
    expect(result.stdout).toMatch(/::warning::acme\/manual: auto-merge not enabled on #1: /);
    expectNoSecrets(result.everything(), secrets);
  });

  it('rejects a malformed consumers line before building anything', async () => {
    const result = await runAction({
      workspace: tmpdir(),
      entry: process.env.WHEELRELAY_ACTION_ENTRY,
      inputs: {
        'index-url': index.url,
        consumers: 'acme/web requirements.txt',
        'consumer-token': TOKEN,
      },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toContain(
      '::error::input `consumers` line 1 (acme/web requirements.txt) is not a consumer',
    );
    expect(pulls(result)).toEqual([]);
  });
});
