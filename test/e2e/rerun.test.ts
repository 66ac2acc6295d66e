/**
 * Re-runs as users make them: the README's first command twice (isolated build, directory
 * index), and a tag's workflow re-run after everything was rebuilt from source (no prebuilt
 * dist-dir), on the directory index and the test index server. test/e2e/real-index.test.ts
 * runs both against real pypiserver and devpi (whose kind it reads from the first answer) when
 * they are there: that is where the CLI's re-run over HTTP and devpi's re-run are proved.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, ROOT, runAction } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { git, offlineBuildEnv, PYTHON, packageRepo } from '../support/python.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const USER = 'ci';
const PASSWORD = 'rerun-Pw-5d2';

function cli(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env: offlineBuildEnv() },
      (err, stdout, stderr) =>
        done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

type FileOutput = { filename: string; sha256: string; url: string; outcome: string };
const files = (run: ActionRun): FileOutput[] => JSON.parse(run.outputs.files ?? '[]');

describe('re-runs of one release', () => {
  let server: IndexServer;
  let work: string;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = new IndexServer({ users: { [USER]: PASSWORD } });
    await server.start();
    work = await mkdtemp(join(tmpdir(), 'wr-rerun-'));
  });
  afterAll(async () => {
    await server.stop();
    await rm(work, { recursive: true, force: true });
    for (const c of cleanups) await c();
  });

  it("the README's first command, run twice: publishes examples/relay-probe, then finds it already there: exit 0 both times", async () => {
    const url = await mkdtemp(join(work, 'wheelhouse-'));
    // As the README has it, from the repository's own checkout, with the tests' interpreter as
    // `python3`, with build isolation (the README's default), on the directory index.
    const args = ['publish', 'examples/relay-probe', '--index-url', url];
    args.push('--python', PYTHON, '--json');
    const first = await cli(args);
    expect(first.code, first.stderr).toBe(0);
    const second = await cli(args);
    expect(second.code, second.stderr).toBe(0);

    const a = JSON.parse(first.stdout);
    const b = JSON.parse(second.stdout);
    expect(a).toMatchObject({ name: 'relay-probe', version: '0.1.0', published: true });
    expect(b).toMatchObject({ name: 'relay-probe', version: '0.1.0', published: true });
    expect(a.files).toMatchObject([
      { filename: 'relay_probe-0.1.0-py3-none-any.whl', outcome: 'uploaded' },
    ]);
    // The rebuild made the same bytes: the commit's time stamped both wheels.
    expect(b.files).toEqual([{ ...a.files[0], outcome: 'already-present' }]);
    expect(second.stderr).toMatch(
      /SOURCE_DATE_EPOCH=\d+ \(the commit time of HEAD in .*examples\/relay-probe\)/,
    );
  });

  // `movedTag`: the run then moves the tag to changed code of the same version. On the test
  // index server that is publish-action.test.ts's "a version already on the index with other
  // content" (same error, naming the file, uploads unchanged), so only the directory index
  // repeats it here.
  const TAG_INDEXES = [
    { name: 'the directory index', url: () => mkdtemp(join(work, 'wheelhouse-')), movedTag: true },
    { name: 'the test index server', url: async () => server.url, movedTag: false },
  ];

  describe.each(TAG_INDEXES)('a tag re-run after a rebuild (dist/index.js) on $name', (index) => {
    it('reports already-present for the wheel (same bytes) and the sdist (same contents)', async () => {
      const name = `relay-rerun-${TAG_INDEXES.indexOf(index)}`;
      const pkg = await packageRepo({ name, version: '1.2.0', tag: 'v1.2.0' });
      cleanups.push(pkg.cleanup);
      const url = await index.url();
      const publish = () =>
        runAction({
          workspace: pkg.dir,
          ref: 'refs/tags/v1.2.0',
          sha: pkg.sha,
          env: offlineBuildEnv(),
          inputs: {
            'index-url': url,
            username: USER,
            password: PASSWORD,
            python: PYTHON,
            dists: 'both',
            'build-isolation': 'false',
            'verify-timeout': '10',
          },
        });
      const first = await publish();
      expect(first.exitCode, first.stdout).toBe(0);
      expect(files(first).map((f) => f.outcome)).toEqual(['uploaded', 'uploaded']);
      const uploads = server.count('upload');
      const downloads = server.count('file');

      // The usual move after a later step failed: re-run the whole job. Everything is rebuilt.
      const again = await publish();
      expect(again.exitCode, again.stdout).toBe(0);
      expect(again.outputs.published).toBe('true');
      expect(files(again)).toEqual(files(first).map((f) => ({ ...f, outcome: 'already-present' })));
      const sdist = `${name}-1.2.0.tar.gz`;
      // setuptools stamps the sdist's tar and gzip headers with the build's time anyway: the
      // archives differ in bytes, and only in that.
      expect(again.stdout).toMatch(
        new RegExp(
          `${sdist.replace(/\./g, '\\.')} is already on .* with other bytes .* the archives differ only in packaging`,
        ),
      );
      if (url.startsWith('http')) {
        expect(server.count('upload')).toBe(uploads);
        // The one download: the index's sdist, to compare contents.
        expect(server.count('file') - downloads).toBe(1);
      }
      expect(again.summary).toContain('already-present');

      // The tag moved to a commit that changes the code, same version: never overwritten.
      if (index.movedTag) {
        await writeFile(
          join(pkg.dir, 'src', name.replace(/-/g, '_'), '__init__.py'),
          '__version__ = "1.2.0"\nMESSAGE = "changed"\n',
        );
        await git(pkg.dir, 'commit', '-qam', 'change without a version bump');
        const changed = await publish();
        expect(changed.exitCode).not.toBe(0);
        expect(changed.stdout).toMatch(
          new RegExp(
            `::error::.*other content in ${name.replace(/-/g, '_')}/__init__\\.py.*already on .* with other content; nothing was overwritten`,
          ),
        );
        expect(changed.outputs.published).toBe('false');
      }
    });
  });

  it("the user's own SOURCE_DATE_EPOCH wins; other wheel bytes with the same files are the same release", async () => {
    const pkg = await packageRepo({ name: 'relay-epoch', version: '3.0.0', tag: 'v3.0.0' });
    cleanups.push(pkg.cleanup);
    const dir = await mkdtemp(join(work, 'epoch-'));
    const run = (epoch: string) =>
      runAction({
        workspace: pkg.dir,
        ref: 'refs/tags/v3.0.0',
        env: { ...offlineBuildEnv(), SOURCE_DATE_EPOCH: epoch },
        inputs: { 'index-url': dir, python: PYTHON, 'build-isolation': 'false' },
      });
    const first = await run('1600000000');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.stdout).toContain('SOURCE_DATE_EPOCH=1600000000 (set in the environment)');
    const stored = await readFile(join(dir, 'packages', 'relay_epoch-3.0.0-py3-none-any.whl'));

    const second = await run('1700000000');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(files(second)).toEqual([{ ...files(first)[0], outcome: 'already-present' }]);
    expect(second.stdout).toContain('relay_epoch-3.0.0-py3-none-any.whl is already on');
    expect(second.stdout).toContain('the archives differ only in packaging');
    // Kept as it is: the index still holds the first build's bytes.
    expect(await readFile(join(dir, 'packages', 'relay_epoch-3.0.0-py3-none-any.whl'))).toEqual(
      stored,
    );
  });
});
