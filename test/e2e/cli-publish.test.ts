import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { buildWheel, offlineBuildEnv, PYTHON, writePackage } from '../support/python.js';
import { expectNoSecrets } from '../support/secrets.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'cli-Secret-42';

function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; stdin?: string; cwd?: string } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...offlineBuildEnv(), ...opts.env }, cwd: opts.cwd },
      (err, stdout, stderr) =>
        done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(opts.stdin ?? '');
  });
}

describe('wheelrelay publish (the bundled CLI)', () => {
  let server: IndexServer;
  let work: string;
  /** A built wheel, handed over with --dist-dir as a matrix build's artifacts are. */
  let dist: string;

  beforeAll(async () => {
    server = new IndexServer({ users: { dev: PASSWORD }, echoCredentialsInErrors: true });
    await server.start();
    work = await mkdtemp(join(tmpdir(), 'wr-cli-'));
    // The --dist-dir tests are about flags, credentials and outputs, not the build: one wheel
    // for them all. The first tests build from source.
    dist = join(work, 'dist');
    await buildWheel({ name: 'relay-cli-dist', version: '1.1.0' }, dist);
  });
  const ownIndexes: IndexServer[] = [];
  afterAll(async () => {
    await server.stop();
    for (const s of ownIndexes) await s.stop();
    await rm(work, { recursive: true, force: true });
  });

  /** A test index of one test's own: `dist`'s wheel is on no other test's index. */
  async function ownIndex(): Promise<IndexServer> {
    const s = new IndexServer({ users: { dev: PASSWORD }, echoCredentialsInErrors: true });
    ownIndexes.push(s);
    await s.start();
    return s;
  }

  /** The build folders wheelrelay made in `temp` (its TMPDIR) and left there. */
  const buildFolders = async (temp: string) =>
    (await readdir(temp)).filter((f) => f.startsWith('wheelrelay-dist-'));

  it('builds and publishes a project, printing the outputs as one JSON object with --json, and leaves no build folder behind', async () => {
    const pkg = join(work, 'pkg');
    await writePackage(pkg, { name: 'relay-cli', version: '0.5.0' });
    const temp = await mkdtemp(join(work, 'tmp-'));
    const r = await cli(
      [
        'publish',
        pkg,
        '--index-url',
        server.url,
        '--username',
        'dev',
        '--password-stdin',
        '--python',
        PYTHON,
        '--no-build-isolation',
        '--json',
      ],
      { stdin: `${PASSWORD}\n`, env: { TMPDIR: temp } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await buildFolders(temp)).toEqual([]);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ name: 'relay-cli', version: '0.5.0', published: true });
    expect(out.files[0]).toMatchObject({
      filename: 'relay_cli-0.5.0-py3-none-any.whl',
      outcome: 'uploaded',
    });
    expect(server.files('relay-cli')[0]?.sha256).toBe(out.files[0].sha256);
    expect(r.stderr).toContain('==> Publishing relay-cli 0.5.0');
    expectNoSecrets([r.stdout, r.stderr], [{ user: 'dev', secret: PASSWORD }]);
  });

  it('takes the password from WHEELRELAY_PASSWORD and a tag to check with --tag', async () => {
    const index = await ownIndex();
    const ok = await cli(
      [
        'publish',
        '--dist-dir',
        dist,
        '--index-url',
        index.url,
        '--username',
        'dev',
        '--tag',
        'v1.1.0',
      ],
      {
        env: { WHEELRELAY_PASSWORD: PASSWORD },
      },
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^uploaded\trelay_cli_dist-1\.1\.0-py3-none-any\.whl\t/m);
    const bad = await cli([
      'publish',
      '--dist-dir',
      dist,
      '--index-url',
      index.url,
      '--tag',
      'v9.0.0',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'error: tag v9.0.0 says version 9.0.0, but the build produced relay-cli-dist 1.1.0',
    );
  });

  it('exits 1 with the error as JSON when the index refuses the credentials', async () => {
    const index = await ownIndex();
    const wrong = 'wrong-Password-9';
    const r = await cli(
      ['publish', '--dist-dir', dist, '--index-url', index.url, '--username', 'dev', '--json'],
      {
        env: { WHEELRELAY_PASSWORD: wrong },
      },
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ published: false });
    expect(JSON.parse(r.stdout).error).toMatch(/refused \(HTTP 401/);
    expectNoSecrets([r.stdout, r.stderr], [{ user: 'dev', secret: wrong }]);
  });

  it('publishes to the directory index by default', async () => {
    const cache = join(work, 'xdg');
    const r = await cli(['publish', '--dist-dir', dist], {
      env: { XDG_CACHE_HOME: cache, WHEELRELAY_INDEX_URL: '' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `pip install --index-url file://${cache}/wheelrelay/index/simple/ 'relay-cli-dist==1.1.0'`,
    );
  });

  it('--keep-dist keeps the build folder (without it none is left: the first test)', async () => {
    const pkg = join(work, 'pkg-tmp');
    await writePackage(pkg, { name: 'relay-cli-tmp', version: '0.1.0' });
    const temp = await mkdtemp(join(work, 'tmp-'));
    const args = ['publish', pkg, '--index-url', join(work, 'idx-tmp'), '--python', PYTHON];
    // Isolation is not the point here (publish-action.test.ts builds isolated).
    const kept = await cli([...args, '--no-build-isolation', '--dists', 'sdist', '--keep-dist'], {
      env: { TMPDIR: temp },
    });
    expect(kept.code, kept.stderr).toBe(0);
    const [folder] = await buildFolders(temp);
    expect(folder).toBeDefined();
    expect(kept.stderr).toContain(`the built files are kept in ${join(temp, folder ?? '')}`);
    const keptFiles = await readdir(join(temp, folder ?? ''));
    expect(keptFiles).toHaveLength(1);
    expect(keptFiles[0]).toMatch(/^relay[-_]cli[-_]tmp-0\.1\.0\.tar\.gz$/);
  });

  it('--dry-run reads the index and writes nothing: a directory index is not even created', async () => {
    const dir = join(work, 'idx-dry');
    const dry = await cli(['publish', '--dist-dir', dist, '--index-url', dir, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe('would-upload\trelay_cli_dist-1.1.0-py3-none-any.whl\t\n');
    expect(await readdir(dir).catch(() => 'absent')).toBe('absent');

    const index = await ownIndex();
    const json = await cli([
      'publish',
      '--dist-dir',
      dist,
      '--index-url',
      index.url,
      '--dry-run',
      '--json',
    ]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      published: false,
      files: [{ filename: 'relay_cli_dist-1.1.0-py3-none-any.whl', outcome: 'would-upload' }],
    });
    expect(index.count('upload')).toBe(0);
    expect(index.count('simple')).toBeGreaterThan(0);
  });

  it('answers usage errors with exit code 2', async () => {
    expect((await cli(['publish', '--no-such-flag'])).code).toBe(2);
    // Builds are isolated unless --no-build-isolation says otherwise; there is no --build-isolation.
    const positive = await cli(['publish', '--build-isolation']);
    expect(positive.code).toBe(2);
    expect(positive.stderr).toContain('--build-isolation');
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    const help = await cli(['publish', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--index-url URL|DIR');
  });
});
