import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import {
  buildWheel,
  offlineBuildEnv,
  PYTHON,
  packageRepo,
  pipInstallAndImport,
} from '../support/python.js';
import { expectMasked, expectNoSecrets } from '../support/secrets.js';

const USER = 'ci';
const PASSWORD = 'hunter2-Zq9!x';
const secrets = [{ user: USER, secret: PASSWORD }];

/** Inputs every run shares: the test Python, no pip cache service, fast verification. */
const base = { python: PYTHON, 'build-isolation': 'false', 'verify-timeout': '10' };

function files(
  run: ActionRun,
): Array<{ filename: string; sha256: string; url: string; outcome: string }> {
  return JSON.parse(run.outputs.files ?? '[]');
}

describe('the bundled action, run as the Actions runner runs it', () => {
  let server: IndexServer;
  const cleanups: Array<() => Promise<void>> = [];
  /**
   * A built wheel of relay-artifact 2.0.0, handed over with dist-dir as a matrix build's
   * artifacts are, to the tests about tags, credentials, the directory index and an index that
   * is down: the build is not their point, so it is made once. The other tests build from source.
   */
  let artifacts: string;
  const ownIndexes: IndexServer[] = [];

  const newIndex = () =>
    new IndexServer({
      users: { [USER]: PASSWORD },
      echoCredentialsInErrors: true,
      existing: 'pypiserver',
    });

  /** A test index of one test's own, where relay-artifact is not yet. */
  async function ownIndex(): Promise<IndexServer> {
    const s = newIndex();
    ownIndexes.push(s);
    await s.start();
    return s;
  }

  beforeAll(async () => {
    server = newIndex();
    await server.start();
    artifacts = await mkdtemp(join(tmpdir(), 'wr-dist-'));
    await buildWheel({ name: 'relay-artifact', version: '2.0.0' }, artifacts);
  });
  afterAll(async () => {
    await server.stop();
    for (const s of ownIndexes) await s.stop();
    await rm(artifacts, { recursive: true, force: true });
  });
  afterEach(async () => {
    server.reset();
    for (const c of cleanups.splice(0)) await c();
  });

  async function repo(name: string, version: string, tag?: string, message?: string) {
    const r = await packageRepo({ name, version, tag, message });
    cleanups.push(r.cleanup);
    return r;
  }

  it('builds a tagged release in an isolated environment by default (build-isolation: true), uploads it, verifies it, and pip installs it back', async () => {
    const pkg = await repo('relay-alpha', '0.3.1', 'v0.3.1', 'alpha 0.3.1');
    const run = await runAction({
      workspace: pkg.dir,
      ref: 'refs/tags/v0.3.1',
      sha: pkg.sha,
      env: offlineBuildEnv(),
      // No build-isolation input: the default, an isolated build.
      inputs: {
        python: PYTHON,
        'verify-timeout': '10',
        'index-url': server.url,
        'index-type': 'pypiserver',
        username: USER,
        password: PASSWORD,
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('--no-isolation');
    expect(run.outputs.name).toBe('relay-alpha');
    expect(run.outputs.version).toBe('0.3.1');
    expect(run.outputs.published).toBe('true');
    const [wheel] = files(run);
    expect(wheel?.filename).toBe('relay_alpha-0.3.1-py3-none-any.whl');
    expect(wheel?.outcome).toBe('uploaded');
    expect(wheel?.sha256).toBe(server.files('relay-alpha')[0]?.sha256);
    expect(server.count('upload')).toBe(1);
    expect(run.summary).toContain('relay_alpha-0.3.1-py3-none-any.whl');
    expect(run.summary).toContain('uploaded');
    expect(run.stdout).toContain('::group::Publishing relay-alpha 0.3.1');

    expect(await pipInstallAndImport(server.simpleUrl, 'relay-alpha==0.3.1', 'relay_alpha')).toBe(
      'alpha 0.3.1',
    );
    expectMasked(run.stdout, secrets);
    expectNoSecrets(run.everything(), secrets);
  });

  it("a re-run of a dist-dir publish (a matrix build's artifacts) uploads nothing", async () => {
    const index = await ownIndex();
    const inputs = { ...base, 'index-url': index.url, username: USER, password: PASSWORD };
    const workspace = await mkdtemp(join(tmpdir(), 'wr-ws-'));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    // The same downloaded artifacts both times. Re-runs that rebuild from source: rerun.test.ts.
    const first = await runAction({
      workspace,
      ref: 'refs/tags/v2.0.0',
      inputs: { ...inputs, 'dist-dir': artifacts },
    });
    expect(first.exitCode, first.stdout).toBe(0);
    const uploads = index.count('upload');
    const second = await runAction({
      workspace,
      ref: 'refs/tags/v2.0.0',
      inputs: { ...inputs, 'dist-dir': artifacts },
    });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(index.count('upload')).toBe(uploads);
    expect(files(second).map((f) => f.outcome)).toEqual(['already-present']);
    expect(second.outputs.published).toBe('true');
  });

  it('fails a tag that does not match the built version, uploading nothing', async () => {
    // The check is the same whether this job built the wheel or downloaded it.
    const run = await runAction({
      workspace: artifacts,
      ref: 'refs/tags/v2.1.0',
      inputs: {
        ...base,
        'index-url': server.url,
        username: USER,
        password: PASSWORD,
        'dist-dir': artifacts,
      },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(
      /::error::tag v2\.1\.0 says version 2\.1\.0, but the build produced relay-artifact 2\.0\.0/,
    );
    expect(server.count('upload')).toBe(0);
    expect(run.outputs.published).toBe('false');
  });

  it('honours tag-pattern for tags that are not v1.2.3', async () => {
    const index = await ownIndex();
    const run = await runAction({
      workspace: artifacts,
      ref: 'refs/tags/release/2.0.0',
      inputs: {
        ...base,
        'index-url': index.url,
        username: USER,
        password: PASSWORD,
        'dist-dir': artifacts,
        'tag-pattern': '^release/(?<version>.+)$',
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.version).toBe('2.0.0');
    expect(files(run).map((f) => f.outcome)).toEqual(['uploaded']);
  });

  describe('a version already on the index with other content', () => {
    async function publishOther(name: string, version: string) {
      const dir = await mkdtemp(join(tmpdir(), 'wr-dist-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      await buildWheel({ name, version, message: 'the first build' }, dir);
      const run = await runAction({
        workspace: dir,
        ref: `refs/tags/v${version}`,
        inputs: {
          ...base,
          'index-url': server.url,
          username: USER,
          password: PASSWORD,
          'dist-dir': dir,
        },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      return server.files(name)[0]?.sha256;
    }

    // One scenario, two pushes of the same later commit: a branch push, then its tag.
    it('on a branch push: warns, uploads nothing, published=false, step succeeds; on a tag push: fails and overwrites nothing', async () => {
      const before = await publishOther('relay-static', '0.9.0');
      const pkg = await repo('relay-static', '0.9.0', 'v0.9.0', 'a later commit');
      const uploads = server.count('upload');
      const push = (ref: string) =>
        runAction({
          workspace: pkg.dir,
          ref,
          env: offlineBuildEnv(),
          inputs: { ...base, 'index-url': server.url, username: USER, password: PASSWORD },
        });
      const branch = await push('refs/heads/main');
      expect(branch.exitCode, branch.stdout).toBe(0);
      expect(branch.stdout).toContain(
        '::warning::0.9.0 is already published from another commit: bump the version or tag a release to publish this one',
      );
      expect(branch.outputs.published).toBe('false');
      expect(server.count('upload')).toBe(uploads);
      expect(server.files('relay-static')[0]?.sha256).toBe(before);

      const tag = await push('refs/tags/v0.9.0');
      expect(tag.exitCode).not.toBe(0);
      expect(tag.stdout).toMatch(
        /::error::relay_static-0\.9\.0-py3-none-any\.whl \(.*other content in relay_static\/__init__\.py\): already on .* with other content; nothing was overwritten/,
      );
      expect(server.count('upload')).toBe(uploads);
      expect(server.files('relay-static')).toHaveLength(1);
      expect(server.files('relay-static')[0]?.sha256).toBe(before);
    });
  });

  it('fails wrong credentials at once, naming the index and not the password', async () => {
    const index = await ownIndex();
    const wrong = 'not-the-Password-77';
    const run = await runAction({
      workspace: artifacts,
      ref: 'refs/tags/v2.0.0',
      inputs: {
        ...base,
        'index-url': index.url,
        username: USER,
        password: wrong,
        'dist-dir': artifacts,
      },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(
      `::error::upload of relay_artifact-2.0.0-py3-none-any.whl to ${index.url} refused (HTTP 401`,
    );
    expect(run.stdout).toContain('check `username` and `password`');
    expect(index.count('upload')).toBe(1);
    expectNoSecrets(run.everything(), [{ user: USER, secret: wrong }]);
  });

  it('publishes to a directory index that pip installs from with file://', async () => {
    // The wheel made once above: publishing from source to a directory index is rerun.test.ts's.
    const index = await mkdtemp(join(tmpdir(), 'wr-index-'));
    cleanups.push(() => rm(index, { recursive: true, force: true }));
    const run = await runAction({
      workspace: artifacts,
      ref: 'refs/tags/v2.0.0',
      inputs: { ...base, 'index-url': index, 'dist-dir': artifacts },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.published).toBe('true');
    expect(run.outputs['project-url']).toBe(`file://${index}/simple/relay-artifact/`);
    const page = await readFile(join(index, 'simple', 'relay-artifact', 'index.json'), 'utf8');
    expect(JSON.parse(page).files[0].hashes.sha256).toBe(files(run)[0]?.sha256);
    expect(
      await pipInstallAndImport(
        `file://${index}/simple/`,
        'relay-artifact==2.0.0',
        'relay_artifact',
      ),
    ).toBe('hello from relay-artifact');
  });

  describe('bad input gets one clear error', () => {
    it('missing index-url', async () => {
      const pkg = await repo('relay-noindex', '0.1.0');
      const run = await runAction({ workspace: pkg.dir, inputs: { ...base } });
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toContain('::error::input `index-url` is required');
    });

    it('a package-dir that is not a Python project', async () => {
      const pkg = await repo('relay-nodir', '0.1.0');
      const run = await runAction({
        workspace: pkg.dir,
        inputs: { ...base, 'index-url': server.url, 'package-dir': 'src' },
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(
        /::error::package-dir .*\/src has no pyproject\.toml, setup\.py, setup\.cfg: it is not a Python project/,
      );
    });

    it('a build that fails shows the tail of its output', async () => {
      const pkg = await repo('relay-broken', '0.1.0');
      await import('node:fs/promises').then((fs) =>
        fs.writeFile(
          join(pkg.dir, 'pyproject.toml'),
          '[project]\nname = "relay-broken"\nversion = \n',
        ),
      );
      const run = await runAction({
        workspace: pkg.dir,
        env: offlineBuildEnv(),
        inputs: { ...base, 'index-url': server.url },
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(
        /::error::the build of .* failed \(exit code \d+\); its last lines:/,
      );
      expect(run.stdout).toMatch(/pyproject\.toml|TOML|Invalid/i);
      expect(server.count('upload')).toBe(0);
    });

    it('an index that is down', async () => {
      const run = await runAction({
        workspace: artifacts,
        inputs: {
          ...base,
          retries: '1',
          'index-url': 'http://127.0.0.1:9/',
          'dist-dir': artifacts,
        },
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(
        /::error::read of http:\/\/127\.0\.0\.1:9\/simple\/relay-artifact\/ failed: ECONNREFUSED/,
      );
    });
  });
});
