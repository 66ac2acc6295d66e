/**
 * Which runs write what, through `node dist/index.js` as the runner runs it: a dry run reads
 * the index and the consumers and writes nothing anywhere; the real run of the same tag then
 * publishes and opens the pull requests the dry run announced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-run.js';
import { useGitHubServer } from '../support/github-server.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, packageRepo } from '../support/python.js';
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
