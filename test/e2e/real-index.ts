/**
 * The publish and sync paths against real package indexes, once per index that is there:
 *
 * - `.ci/run` starts real pypiserver and devpi-server (from `../shared/servers/index-server`,
 *   when it is beside the repository) and passes them in as WHEELRELAY_TEST_PYPISERVER_URL and
 *   WHEELRELAY_TEST_DEVPI_URL, with the login (`user:password`) in the file named by
 *   WHEELRELAY_TEST_INDEX_LOGIN_FILE (a file, so the password is in no test's environment);
 * - any other index: WHEELRELAY_TEST_INDEX_URL, with WHEELRELAY_TEST_INDEX_TYPE (optional),
 *   WHEELRELAY_TEST_USERNAME and WHEELRELAY_TEST_PASSWORD.
 *
 * Nothing is told the index's kind unless WHEELRELAY_TEST_INDEX_TYPE says: wheelrelay finds it
 * out, as it must for a user who leaves `index-type` empty. Without any index, one skip line.
 *
 * The tests are written once, here; real-index.test.ts runs them on pypiserver (and any index
 * named by WHEELRELAY_TEST_INDEX_URL) and real-index-devpi.test.ts on devpi-server, as two files
 * so that vitest runs the two servers' tests side by side (about 75 s each, most of it waiting
 * on builds and on the servers).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { outputsOf } from '../../src/publish/report.js';
import { type ActionRun, ROOT, runAction } from '../support/action-run.js';
import {
  buildWheel,
  git,
  offlineBuildEnv,
  PYTHON,
  packageRepo,
  pipInstallAndImport,
} from '../support/python.js';
import { expectNoSecrets } from '../support/secrets.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

export interface RealIndex {
  /** What it is, for test names. */
  label: string;
  url: string;
  /** index-type to pass; '' lets wheelrelay find out. */
  type: string;
  username: string;
  password: string;
  /** The kind wheelrelay should find from the first answer (undefined: not asserted). */
  detects?: 'devpi' | 'generic';
}

const env = process.env;
/** user and password of the servers .ci/run started. */
const login = (() => {
  const file = env.WHEELRELAY_TEST_INDEX_LOGIN_FILE;
  const text = file ? readFileSync(file, 'utf8').trim() : 'ci:';
  const colon = text.indexOf(':');
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
})();
export const INDEXES: RealIndex[] = [
  ...(env.WHEELRELAY_TEST_PYPISERVER_URL
    ? [
        {
          label: 'pypiserver',
          url: env.WHEELRELAY_TEST_PYPISERVER_URL,
          type: '',
          ...login,
          detects: 'generic' as const,
        },
      ]
    : []),
  ...(env.WHEELRELAY_TEST_DEVPI_URL
    ? [
        {
          label: 'devpi-server',
          url: env.WHEELRELAY_TEST_DEVPI_URL,
          type: '',
          ...login,
          detects: 'devpi' as const,
        },
      ]
    : []),
  ...(env.WHEELRELAY_TEST_INDEX_URL
    ? [
        {
          label: `${env.WHEELRELAY_TEST_INDEX_TYPE || 'an index'} at ${env.WHEELRELAY_TEST_INDEX_URL}`,
          url: env.WHEELRELAY_TEST_INDEX_URL,
          type: env.WHEELRELAY_TEST_INDEX_TYPE ?? '',
          username: env.WHEELRELAY_TEST_USERNAME ?? '',
          password: env.WHEELRELAY_TEST_PASSWORD ?? '',
        },
      ]
    : []),
];

const CLI = join(ROOT, 'dist', 'cli', 'index.js');

/** One entry of the `files` output, as the action writes it. */
type FileOutput = ReturnType<typeof outputsOf>['files'][number];
const files = (run: ActionRun): FileOutput[] => JSON.parse(run.outputs.files ?? '[]');

/** The one line a run without the index says instead of its tests. */
export function skipWithout(what: string): void {
  describe('real package indexes', () => {
    it.skip(`no ${what} is running: \`bash .ci/run\` starts pypiserver and devpi when ../shared/servers/index-server is beside the repository; or set WHEELRELAY_TEST_INDEX_URL`, () => {});
  });
}

/** Every test of this file, once per index. */
export const realIndexTests = (indexes: RealIndex[]) =>
  describe.each(indexes)('a real index: $label', (index) => {
    let work: string;
    // Fresh project names per run, so runs against a long-lived index do not collide.
    const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const slug = index.label
      .replace(/[^a-z]+/gi, '')
      .toLowerCase()
      .slice(0, 10);
    const name = (what: string) => `relay-${slug}-${what}-${stamp}`;
    const inputs = {
      'index-url': index.url,
      'index-type': index.type,
      username: index.username,
      password: index.password,
      python: PYTHON,
      'build-isolation': 'false',
      'verify-timeout': '30',
    };
    const cleanups: Array<() => Promise<void>> = [];

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'wr-real-'));
    });
    afterAll(async () => {
      for (const c of cleanups) await c();
      await rm(work, { recursive: true, force: true });
    });

    /** A tagged package repository, removed after the suite. */
    async function repo(pkg: string, version: string, message?: string) {
      const r = await packageRepo({ name: pkg, version, tag: `v${version}`, message });
      cleanups.push(r.cleanup);
      return r;
    }

    const publishTag = (dir: string, version: string, extra: Record<string, string> = {}) =>
      runAction({
        workspace: dir,
        ref: `refs/tags/v${version}`,
        env: offlineBuildEnv(),
        inputs: { ...inputs, ...extra },
      });

    it('publishes a tag without index-type, verifies it, and pip installs it back', async () => {
      const pkg = name('first');
      const r = await repo(pkg, '1.0.0', 'the published build');
      const run = await publishTag(r.dir, '1.0.0');
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.published).toBe('true');
      expect(files(run).map((f) => f.outcome)).toEqual(['uploaded']);
      if (index.detects === 'devpi') {
        expect(run.stdout).toMatch(
          /index-type not given: detected devpi from the header X-Devpi-Server-Version: [\d.]+ of .*; simple API .*\/\+simple\//,
        );
      } else if (index.detects === 'generic') {
        expect(run.stdout).toContain(
          'names devpi, Artifactory or Nexus, so the index is used as generic',
        );
      }
      const simple = (run.outputs['project-url'] ?? '').replace(/[^/]+\/$/, '');
      expect(await pipInstallAndImport(simple, `${pkg}==1.0.0`, pkg.replace(/-/g, '_'))).toBe(
        'the published build',
      );
    });

    it("the README's first command, run twice: uploaded, then already-present", async () => {
      // examples/relay-probe as a user's clone has it (a git checkout), under a fresh name.
      const pkg = name('probe');
      const dir = join(work, 'relay-probe');
      await cp(join(ROOT, 'examples', 'relay-probe'), dir, {
        recursive: true,
        filter: (src) => !/\/(build|[^/]+\.egg-info)$/.test(src),
      });
      const toml = join(dir, 'pyproject.toml');
      await writeFile(toml, (await readFile(toml, 'utf8')).replace('"relay-probe"', `"${pkg}"`));
      await git(dir, 'init', '-q', '-b', 'main');
      await git(dir, 'add', '-A');
      await git(dir, 'commit', '-q', '-m', 'relay-probe');
      const cliRun = () =>
        new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
          execFile(
            process.execPath,
            [
              CLI,
              'publish',
              dir,
              '--index-url',
              index.url,
              ...(index.type ? ['--index-type', index.type] : []),
              '--python',
              PYTHON,
              '--json',
            ],
            {
              env: {
                ...offlineBuildEnv(),
                WHEELRELAY_USERNAME: index.username,
                WHEELRELAY_PASSWORD: index.password,
              },
            },
            (err, stdout, stderr) =>
              done({
                code: err ? Number((err as { code?: number }).code ?? 1) : 0,
                stdout,
                stderr,
              }),
          );
        });
      const first = await cliRun();
      expect(first.code, first.stderr).toBe(0);
      const second = await cliRun();
      expect(second.code, second.stderr).toBe(0);
      const a = JSON.parse(first.stdout);
      const b = JSON.parse(second.stdout);
      expect(a.files.map((f: FileOutput) => f.outcome)).toEqual(['uploaded']);
      expect(b.files).toEqual(
        a.files.map((f: FileOutput) => ({ ...f, outcome: 'already-present' })),
      );
      expectNoSecrets(
        [first.stdout, first.stderr, second.stdout, second.stderr],
        [{ user: index.username, secret: index.password }],
      );
    });

    it('a tag re-run after a rebuild reports already-present for the wheel and the sdist', async () => {
      const pkg = name('rerun');
      const r = await repo(pkg, '2.0.0');
      const first = await publishTag(r.dir, '2.0.0', { dists: 'both' });
      expect(first.exitCode, first.stdout).toBe(0);
      const again = await publishTag(r.dir, '2.0.0', { dists: 'both' });
      expect(again.exitCode, again.stdout).toBe(0);
      expect(again.outputs.published).toBe('true');
      expect(files(again)).toEqual(files(first).map((f) => ({ ...f, outcome: 'already-present' })));
      // The sdist's tar and gzip headers carry the build's time: kept by comparing contents.
      expect(again.stdout).toContain('the archives differ only in packaging');
    });

    it('other content under a published filename fails and overwrites nothing', async () => {
      const pkg = name('clash');
      const r = await repo(pkg, '3.0.0', 'the first build');
      const first = await publishTag(r.dir, '3.0.0');
      expect(first.exitCode, first.stdout).toBe(0);
      await writeFile(
        join(r.dir, 'src', pkg.replace(/-/g, '_'), '__init__.py'),
        '__version__ = "3.0.0"\nMESSAGE = "rebuilt differently"\n',
      );
      await git(r.dir, 'commit', '-qam', 'same version, other code');
      const other = await publishTag(r.dir, '3.0.0');
      expect(other.exitCode).not.toBe(0);
      expect(other.stdout).toMatch(
        /other content in .*__init__\.py\): already on .* with other content; nothing was overwritten/,
      );
      const simple = (first.outputs['project-url'] ?? '').replace(/[^/]+\/$/, '');
      expect(await pipInstallAndImport(simple, `${pkg}==3.0.0`, pkg.replace(/-/g, '_'))).toBe(
        'the first build',
      );
    });

    it.skipIf(!index.password)('a wrong password fails at once and prints no secret', async () => {
      const pkg = name('auth');
      const dist = join(work, 'auth');
      await buildWheel({ name: pkg, version: '1.0.1' }, dist);
      const wrong = `${index.password}-wrong-Xy7`;
      const run = await runAction({
        workspace: work,
        ref: 'refs/tags/v1.0.1',
        inputs: { ...inputs, 'dist-dir': dist, password: wrong },
      });
      expect(run.exitCode).not.toBe(0);
      // devpi answers 401; pypiserver 403 (it says 401 only when no credentials came at all).
      expect(run.stdout).toMatch(/refused \(HTTP 40[13]/);
      expect(run.stdout).toContain('check `username` and `password`');
      expectNoSecrets(run.everything(), [
        { user: index.username, secret: wrong },
        { user: index.username, secret: index.password },
      ]);
    });

    it.skipIf(index.detects !== 'devpi')(
      'devpi told it is generic: the upload lands, the file is unverified, the run says where it looked',
      async () => {
        const pkg = name('wrongtype');
        const r = await repo(pkg, '1.0.0');
        const run = await publishTag(r.dir, '1.0.0', {
          'index-type': 'generic',
          'verify-timeout': '2',
        });
        expect(run.exitCode).not.toBe(0);
        expect(run.outputs.published).toBe('false');
        const [file] = files(run);
        expect(file).toMatchObject({
          outcome: 'unverified',
          listing: `${index.url}simple/${pkg}/`,
          answer: 'HTTP 404, the project is not on this simple API',
        });
        expect(run.stdout).toMatch(/::error::uploaded but not verified: .* \(looked for on /);
        // It did land: the same run without index-type finds it and uploads nothing.
        const again = await publishTag(r.dir, '1.0.0');
        expect(again.exitCode, again.stdout).toBe(0);
        expect(files(again)).toMatchObject([{ outcome: 'already-present', sha256: file?.sha256 }]);
      },
    );

    describe('sync of git pins', () => {
      const repos: TestRepo[] = [];
      afterAll(async () => {
        for (const r of repos) await r.cleanup();
      });

      it('uploads each missing pin, then finds them all without a clone', async () => {
        const names = [name('sa'), name('sb'), name('sc')];
        for (const [i, n] of names.entries()) {
          repos.push(
            await makeRepo([{ name: n, version: `1.${i}.0`, tag: `v1.${i}.0`, message: n }]),
          );
        }
        const ws = await mkdtemp(join(work, 'sync-'));
        await mkdir(join(ws, 'requirements'));
        const lines = names.map((n, i) => `git+${repos[i]?.url}@v1.${i}.0#egg=${n}==1.${i}.0`);
        // The third names no version (a commit, no #egg=…==): only a fetch and a build tell it.
        lines[2] = `${names[2]} @ git+${repos[2]?.url}@${repos[2]?.shas[0]}`;
        await writeFile(join(ws, 'requirements', 'github.txt'), `${lines.join('\n')}\n`);
        const sync = () =>
          runAction({
            workspace: ws,
            env: offlineBuildEnv(),
            action: 'sync',
            inputs: {
              ...inputs,
              'requirement-files': 'requirements/*.txt',
              jobs: '2',
            },
          });
        const first = await sync();
        expect(first.exitCode, first.stdout).toBe(0);
        expect(JSON.parse(first.outputs.counts ?? '{}')).toEqual({
          entries: 3,
          'already-present': 0,
          uploaded: 3,
          unverified: 0,
          failed: 0,
          clones: 3,
          builds: 3,
        });
        const again = await sync();
        expect(again.exitCode, again.stdout).toBe(0);
        expect(JSON.parse(again.outputs.counts ?? '{}')).toEqual({
          entries: 3,
          'already-present': 3,
          uploaded: 0,
          unverified: 0,
          failed: 0,
          // The unversioned pin is fetched and built again to learn its version; its rebuild is
          // found on the index.
          clones: 1,
          builds: 1,
        });
      });
    });
  });
