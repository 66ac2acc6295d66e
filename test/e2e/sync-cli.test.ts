import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, pipInstallInto } from '../support/python.js';
import { expectBundleIncludes } from '../sync/bundle.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

const exec = promisify(execFile);

/** The bundled CLI; WHEELRELAY_TEST_CLI points at another bundle (one built elsewhere). */
const CLI = process.env.WHEELRELAY_TEST_CLI ?? join(ROOT, 'dist', 'cli', 'index.js');

/** The user cache of the CLI runs in this process (never the real ~/.cache). */
const userCache = mkdtemp(join(tmpdir(), 'wr-sync-cli-cache-'));

/** Runs the CLI in this process, capturing what it prints. */
async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cacheEnv = { XDG_CACHE_HOME: await userCache, ...env };
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args, cacheEnv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Runs the bundled CLI as a user would, in `cwd`. */
async function bundledCli(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: offlineBuildEnv(), maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err ? Number((err as { code?: number }).code ?? 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe('wheelrelay sync (CLI)', () => {
  let alpha: TestRepo;
  let gamma: TestRepo;
  let work: string;
  const common = ['--python', PYTHON, '--no-build-isolation', '--verify-timeout', '10'];
  /** A directory index (at a path holding # and %) a first sync of cli-alpha 1.0.0 left, and that sync's answer. */
  let seeded: { dir: string; index: string; res: Awaited<ReturnType<typeof cli>> };

  /** A fresh directory index in `dir` holding what the seeded one holds. */
  async function seededIndex(dir: string): Promise<string> {
    const index = join(dir, 'index');
    await cp(seeded.index, index, { recursive: true });
    return index;
  }

  beforeAll(async () => {
    alpha = await makeRepo([
      { name: 'cli-alpha', version: '1.0.0', tag: 'v1.0.0', message: 'cli alpha 1.0.0' },
      { name: 'cli-alpha', version: '1.1.0', tag: 'v1.1.0', message: 'cli alpha 1.1.0' },
    ]);
    gamma = await makeRepo([
      { name: 'cli-gamma', version: '0.9.0', tag: '0.9.0', message: 'cli gamma 0.9.0' },
    ]);
    work = await mkdtemp(join(tmpdir(), 'wr-sync-cli-'));
    // One sync of cli-alpha 1.0.0 onto a directory index whose path holds # and %: the test of
    // that path reads its output, and the tests that need an index already holding cli-alpha
    // 1.0.0 start from a copy of it (each used to sync and build it again).
    const dir = await mkdtemp(join(work, 'odd-path-'));
    const index = join(dir, 'wheel#house 100%');
    const requirement = `git+${alpha.url}@v1.0.0#egg=cli-alpha==1.0.0`;
    const res = await cli(['sync', '--requirement', requirement, '--index-url', index, ...common]);
    seeded = { dir, index, res };
  });
  afterAll(async () => {
    await alpha?.cleanup();
    await gamma?.cleanup();
    await rm(work, { recursive: true, force: true });
    await rm(await userCache, { recursive: true, force: true });
  });

  it('--json lists every entry with its outcome, and exits 1 when one failed', async () => {
    const dir = await mkdtemp(join(work, 'json-'));
    const file = join(dir, 'github.txt');
    await writeFile(
      file,
      [
        `-e git+${alpha.url}@v1.0.0#egg=cli-alpha==1.0.0`,
        `git+${alpha.url}@no-such-tag#egg=cli-alpha`,
        '',
      ].join('\n'),
    );
    const res = await cli(['sync', file, '--index-url', join(dir, 'index'), '--json', ...common]);
    expect(res.code).toBe(1);
    const doc = JSON.parse(res.stdout);
    expect(doc.counts).toEqual({
      entries: 2,
      'already-present': 0,
      uploaded: 1,
      unverified: 0,
      failed: 1,
      clones: 1,
      builds: 1,
    });
    expect(
      doc.entries.map((e: { outcome: string; reason?: string }) => [e.outcome, e.reason]),
    ).toEqual([
      ['uploaded', undefined],
      ['failed', 'bad-ref'],
    ]);
    expect(doc.entries[1].error).toContain('no-such-tag');
    expect(doc.entries[0].locations).toEqual([`${file}:1`]);
    expect(res.stderr).toContain('cli-alpha==1.0.0: uploaded');
  });

  it('--plan prints the GitHub Actions matrix of what the index lacks, and exits 0', async () => {
    const dir = await mkdtemp(join(work, 'plan-'));
    const file = join(dir, 'github.txt');
    await writeFile(
      file,
      `git+${alpha.url}@v1.0.0#egg=cli-alpha\ngit+${gamma.url}@0.9.0#egg=cli-gamma\n`,
    );
    // An index a first sync left holding cli-alpha 1.0.0.
    expect(seeded.res.code).toBe(0);
    expect(seeded.res.stdout).toContain(
      '1 uploaded, 0 already present, 0 failed (1 fetched, 1 built)',
    );
    const index = await seededIndex(dir);
    const res = await cli(['sync', '--plan', file, '--index-url', index, '--json']);
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(doc.missing).toBe(1);
    expect(doc.matrix).toEqual({
      include: [{ requirement: `git+${gamma.url}@0.9.0#egg=cli-gamma`, name: 'cli-gamma==0.9.0' }],
    });
  });

  it('counts an upload the index never lists as unverified, not as failed or uploaded', async () => {
    const server = new IndexServer();
    await server.start();
    try {
      server.hideUploads();
      const args = ['sync', '--requirement', `git+${alpha.url}@v1.0.0#egg=cli-alpha==1.0.0`];
      const res = await cli([...args, '--index-url', server.url, ...common.slice(0, -1), '1']);
      expect(res.code).toBe(1);
      expect(res.stdout).toContain(
        '0 uploaded, 0 already present, 1 uploaded but not verified, 0 failed (1 fetched, 1 built)',
      );
      expect(res.stdout).toMatch(/^unverified\tcli-alpha==1\.0\.0\t/m);
      expect(res.stderr).toMatch(
        /uploaded but not verified: cli_alpha-1\.0\.0-py3-none-any\.whl \(looked for on http:\/\/127\.0\.0\.1:\d+\/simple\/cli-alpha\/; the index answered: HTTP 404/,
      );
      expect(server.files('cli-alpha')).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });

  it('--rewrite writes each pin of a name pinned at two refs from its own build, once', async () => {
    const dir = await mkdtemp(join(work, 'two-refs-'));
    const file = join(dir, 'requirements.txt');
    await writeFile(
      file,
      [
        `git+${alpha.url}@v1.1.0#egg=cli-alpha==1.1.0`,
        `git+${alpha.url}@${alpha.shas[0]}#egg=cli-alpha`,
        'cli-alpha==0.1 ; python_version < "3"',
        '',
      ].join('\n'),
    );
    const args = [
      'sync',
      'requirements.txt',
      '--index-url',
      './idx',
      '--rewrite',
      '--upstream-index',
      'none',
      ...common,
    ];
    const res = await bundledCli(dir, args);
    expect(res.code, res.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(
      [
        `cli-alpha==1.1.0  # from git+${alpha.url}@${alpha.shas[1]}`,
        `cli-alpha==1.0.0  # from git+${alpha.url}@${alpha.shas[0]}`,
        'cli-alpha==0.1 ; python_version < "3"',
        '',
      ].join('\n'),
    );
    // Each line once, from its own entry.
    expect(res.stderr.match(/requirements\.txt:\d+: /g)).toEqual([
      'requirements.txt:1: ',
      'requirements.txt:2: ',
    ]);
  });

  it('--plan prints the matrix JSON alone on stdout and the table on stderr, as its help says', async () => {
    const dir = await mkdtemp(join(work, 'plan-text-'));
    const file = join(dir, 'github.txt');
    await writeFile(
      file,
      `git+${gamma.url}@0.9.0#egg=cli-gamma\ngit+${alpha.url}@${alpha.shas[0]}#egg=cli-alpha\n`,
    );
    const res = await cli(['sync', '--plan', file, '--index-url', join(dir, 'index')]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      include: [
        { requirement: `git+${gamma.url}@0.9.0#egg=cli-gamma`, name: 'cli-gamma==0.9.0' },
        { requirement: `git+${alpha.url}@${alpha.shas[0]}#egg=cli-alpha`, name: 'cli-alpha' },
      ],
    });
    expect(res.stderr).toMatch(/^missing\tcli-gamma==0\.9\.0\t/m);
    expect(res.stderr).toMatch(/^unknown\tcli-alpha\t/m);
    expect(res.stderr).toContain('2 of 2 to build');
    const help = await cli(['sync', '--help']);
    expect(help.stdout).toContain('the GitHub Actions matrix JSON on stdout');
    expect(help.stdout).toMatch(/missing +the requirement names a version the index lacks/);
    expect(help.stdout).toMatch(/unknown +the requirement names no version/);
  });

  it('closes with an install command that works for the file: the synced names, or -r with --extra-index-url and its warning', async () => {
    const dir = await mkdtemp(join(work, 'install-'));
    const file = join(dir, 'requirements.txt');
    await writeFile(file, `git+${alpha.url}@v1.0.0#egg=cli-alpha==1.0.0\nsix==1.16.0\n`);
    // The index already holds cli-alpha 1.0.0 (the command is the same for an upload).
    const index = await seededIndex(dir);
    const simple = `file://${index}/simple/`;
    const first = await cli(['sync', file, '--index-url', index, ...common]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^already-present\tcli-alpha==1\.0\.0\t/m);
    // The file still pins git: -r would clone it again, so the synced names.
    expect(first.stdout).toContain(
      `install from it with:\n  pip install --index-url ${simple} cli-alpha==1.0.0\n`,
    );
    expect(first.stdout).toContain('still pins git');
    // Rewriting is done where the file is (the CLI rewrites files under its working folder).
    const rewritten = await bundledCli(dir, [
      'sync',
      'requirements.txt',
      '--index-url',
      index,
      '--rewrite',
      '--upstream-index',
      'none',
      ...common,
    ]);
    expect(rewritten.code, rewritten.stderr).toBe(0);
    // six is not on this index: the rest comes from another, and the warning says what that risks.
    expect(rewritten.stdout).toContain(
      `  pip install --index-url ${simple} --extra-index-url https://pypi.org/simple/ -r requirements.txt\n`,
    );
    expect(rewritten.stderr).toContain('warning: --extra-index-url makes pip choose between');
  });

  it('keeps the build record in the user cache for an index that is not a directory: the second run fetches nothing', async () => {
    const cache = await mkdtemp(join(work, 'xdg-'));
    const server = new IndexServer();
    await server.start();
    try {
      const args = ['sync', '--requirement', `git+${alpha.url}@${alpha.shas[1]}#egg=cli-alpha`];
      const env = { XDG_CACHE_HOME: cache };
      const first = await cli([...args, '--index-url', server.url, ...common], env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('(1 fetched, 1 built)');
      const again = await cli([...args, '--index-url', server.url, ...common], env);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/^already-present\tcli-alpha==1\.1\.0\t/m);
      expect(again.stdout).toContain('(0 fetched, 0 built)');
      const record = JSON.parse(await readFile(join(cache, 'wheelrelay', 'builds.json'), 'utf8'));
      expect(Object.keys(record.builds)).toEqual([expect.stringContaining(`@${alpha.shas[1]}`)]);
    } finally {
      await server.stop();
    }
  });

  it('answers usage errors with exit code 2', async () => {
    expect((await cli(['sync'])).code).toBe(2);
    expect((await cli(['sync', 'x.txt', '--jobs'])).code).toBe(2);
    const help = await cli(['sync', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--rewrite');
    expect((await cli(['--help'])).stdout).toContain('sync FILE...');
  });

  it('prints a pip command that installs from a directory index whose path holds # and %', async () => {
    // The sync that seeded the index (see beforeAll), its path holding # and %.
    const { dir, res } = seeded;
    expect(res.code, res.stderr).toBe(0);
    const url = /pip install --index-url (\S+) /.exec(res.stdout)?.[1];
    expect(url).toBe(
      `file://${dir.split('/').map(encodeURIComponent).join('/')}/wheel%23house%20100%25/simple/`,
    );
    const python = await pipInstallInto(join(dir, 'venv'), url ?? '', ['cli-alpha==1.0.0']);
    const { stdout } = await exec(python, ['-c', 'import cli_alpha; print(cli_alpha.MESSAGE)']);
    expect(stdout.trim()).toBe('cli alpha 1.0.0');
  });

  it('fails with a clear message when a requirement file pattern matches nothing', async () => {
    const res = await cli(['sync', join(work, 'nope-*.txt'), '--index-url', join(work, 'idx')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('matches no file');
  });

  // Also the in-process test of two syncs at once on one directory index that
  // test/sync/sync.test.ts had: the index's writers work through the filesystem (link(2),
  // rename(2)), so two processes are the same case and the real one; its assertions are here.
  it('prepopulates a directory index from two processes at once, each file uploaded and listed once, then pip installs the rewritten file with no network', async () => {
    expectBundleIncludes(join(ROOT, 'dist', 'cli', 'bundle', 'index.cjs'), 'wheelrelay sync FILE');
    const dir = await mkdtemp(join(work, 'offline-'));
    const lines = [
      `-e git+${alpha.url}@v1.1.0#egg=cli-alpha==1.1.0`,
      `cli-gamma @ git+${gamma.url}@0.9.0`,
      '',
    ];
    await writeFile(join(dir, 'requirements.txt'), lines.join('\n'));
    const args = ['sync', 'requirements.txt', '--index-url', './wheelhouse', '--json', ...common];
    const runs = await Promise.all([bundledCli(dir, args), bundledCli(dir, args)]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    type Entry = { outcome: string; files: Array<{ sha256: string }> };
    const [one, two] = runs.map((r) => JSON.parse(r.stdout).entries as Entry[]);
    for (let i = 0; i < 2; i++) {
      // Each entry was uploaded by exactly one run; the other found it there.
      expect([one?.[i]?.outcome, two?.[i]?.outcome].sort()).toEqual([
        'already-present',
        'uploaded',
      ]);
      // SOURCE_DATE_EPOCH is the commit's time: two builds of one commit are the same file.
      expect(one?.[i]?.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(one?.[i]?.files[0]?.sha256).toBe(two?.[i]?.files[0]?.sha256);
    }
    const wheelhouse = join(dir, 'wheelhouse');
    expect(
      (await readdir(join(wheelhouse, 'packages'))).filter((f) => !f.startsWith('.')).sort(),
    ).toEqual(['cli_alpha-1.1.0-py3-none-any.whl', 'cli_gamma-0.9.0-py3-none-any.whl']);
    // Every file is listed once, and the root page lists both projects.
    for (const [project, file] of [
      ['cli-alpha', 'cli_alpha-1.1.0-py3-none-any.whl'],
      ['cli-gamma', 'cli_gamma-0.9.0-py3-none-any.whl'],
    ]) {
      const page = JSON.parse(
        await readFile(join(wheelhouse, 'simple', project as string, 'index.json'), 'utf8'),
      );
      expect(page.files.map((f: { filename: string }) => f.filename)).toEqual([file]);
    }
    const root = await readFile(join(wheelhouse, 'simple', 'index.html'), 'utf8');
    for (const p of ['cli-alpha', 'cli-gamma']) expect(root).toContain(p);

    // A third run finds everything and rewrites the pins; nothing is fetched.
    const third = await bundledCli(dir, [...args, '--rewrite', '--upstream-index', 'none']);
    expect(JSON.parse(third.stdout).counts).toMatchObject({
      'already-present': 2,
      clones: 0,
      builds: 0,
    });
    expect(await readFile(join(dir, 'requirements.txt'), 'utf8')).toBe(
      `cli-alpha==1.1.0  # from git+${alpha.url}@v1.1.0\ncli-gamma==0.9.0  # from git+${gamma.url}@0.9.0\n`,
    );

    const python = await pipInstallInto(
      join(dir, 'venv'),
      `file://${dir}/wheelhouse/simple/`,
      ['-r', join(dir, 'requirements.txt')],
      {
        GIT_ALLOW_PROTOCOL: 'none',
        http_proxy: 'http://127.0.0.1:9',
        https_proxy: 'http://127.0.0.1:9',
      },
    );
    const { stdout } = await exec(python, [
      '-c',
      'import cli_alpha, cli_gamma; print(cli_alpha.MESSAGE, "|", cli_gamma.MESSAGE)',
    ]);
    expect(stdout.trim()).toBe('cli alpha 1.1.0 | cli gamma 0.9.0');
  });
});
