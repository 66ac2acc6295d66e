/**
 * What a publish by the bundled CLI costs Node at start and exit.
 *
 * The code cache the CLI keeps between runs (src/cli/code-cache.ts): where it is, and that a
 * second run reads it without writing it again.
 *
 * How the entry points set V8 up (src/startup.ts): undici's HTTP parser stays on V8's
 * baseline compiler, so a publish never starts the TurboFan compilation of its one 33 KB
 * WebAssembly function that the process would then wait for at exit. V8's own trace of what it
 * compiled (`--trace-wasm-compilation-times`) is the evidence; the control shows that the same
 * answers, read by undici with V8's default budget, do start that compilation in this Node.
 *
 * Which built-in modules it loads (Node's own module list): undici's HTTP/2 client (and with it
 * node:http2 and node:tls) only on a connection that negotiates h2, by the patch in patches/;
 * node:child_process only when there is something to build.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { PYTHON } from '../support/python.js';

const exec = promisify(execFile);
const USER = 'ci';
const PASSWORD = 'startup-pw-7';
const TRACE = '--trace-wasm-compilation-times';

/** The lines of V8's trace that say a WebAssembly function was compiled with `tier`. */
const compiled = (output: string, tier: 'Liftoff' | 'TurboFan') =>
  output
    .split('\n')
    .filter((l) => l.startsWith('Compiled function') && l.includes(`using ${tier}`));

describe("the bundled CLI's code cache (src/cli/code-cache.ts)", () => {
  it('is written under TMPDIR by the first run that does work, for the files it loaded, and kept by the next', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'wr-cli-cache-'));
    try {
      const cli = join(ROOT, 'dist', 'cli', 'index.js');
      const env = { ...process.env, TMPDIR: tmp };
      const requirements = join(tmp, 'requirements.txt');
      await writeFile(requirements, 'relay-probe==0.0.9\n');
      const cacheDir = async () => {
        const roots = (await readdir(tmp)).filter((d) => d.startsWith('wheelrelay-code-cache-'));
        const [sub] = await readdir(join(tmp, roots[0] as string));
        return join(tmp, roots[0] as string, sub as string);
      };
      // Help alone keeps nothing: a later pin would find a cache without the code it runs.
      await exec(process.execPath, [cli, 'pin', '--help'], { env });
      const dir = await cacheDir();
      expect(await readdir(dir)).toEqual([]);
      await exec(process.execPath, [cli, 'pin', 'relay-probe==0.1.0', requirements], { env });
      expect(await readFile(requirements, 'utf8')).toBe('relay-probe==0.1.0\n');
      const files = await readdir(dir);
      // The bundle's chunks that `pin` loaded, each once.
      expect(files.length).toBeGreaterThan(1);
      expect(files.every((f) => /^[0-9a-f]+-\d+\.index\.cjs\.js\.[0-9a-f]+$/.test(f))).toBe(true);
      const times = await Promise.all(files.map(async (f) => (await stat(join(dir, f))).mtimeMs));
      await exec(process.execPath, [cli, 'pin', 'relay-probe==0.1.1', requirements], { env });
      expect((await readdir(dir)).sort()).toEqual([...files].sort());
      const again = await Promise.all(files.map(async (f) => (await stat(join(dir, f))).mtimeMs));
      expect(again).toEqual(times);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('a publish by the bundled CLI: V8 tiers and built-in modules', () => {
  let server: IndexServer;
  let work: string;

  beforeAll(async () => {
    server = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
    await server.start();
    work = await mkdtemp(join(tmpdir(), 'wr-startup-'));
  });
  afterAll(async () => {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('control: undici with V8 defaults compiles the parser with TurboFan after a few answers', async () => {
    // The answers a large publish reads: project pages, here the same one five times.
    const script = join(work, 'control.mjs');
    await writeFile(
      script,
      [
        `import { request } from ${JSON.stringify(resolve(ROOT, 'node_modules/undici/index.js'))};`,
        'for (let i = 0; i < 5; i++) {',
        '  const answer = await request(process.argv[2]);',
        '  await answer.body.text();',
        '}',
      ].join('\n'),
    );
    const { stdout } = await exec(process.execPath, [
      TRACE,
      script,
      `${server.url}simple/nothing-here/`,
    ]);
    expect(compiled(stdout, 'Liftoff').length).toBeGreaterThan(0);
    expect(compiled(stdout, 'TurboFan').length).toBeGreaterThan(0);
  });

  it('a publish of a large wheel (listing, upload, verifying read) never starts TurboFan', async () => {
    const dir = join(work, 'large');
    await mkdir(dir);
    // Over 1 MiB: the listing is read before the upload, as for every large file.
    await exec(PYTHON, [
      resolve(ROOT, 'bench/make-wheel.py'),
      dir,
      'relay-startup',
      '1.0.0',
      String(2 << 20),
    ]);
    const before = server.requests.length;
    const { stdout, stderr } = await exec(
      process.execPath,
      [TRACE, join(ROOT, 'dist', 'cli', 'index.js'), 'publish', '--dist-dir', dir]
        .concat(['--index-url', server.url, '--index-type', 'pypiserver', '--username', USER])
        .concat(['--json']),
      { env: { ...process.env, WHEELRELAY_PASSWORD: PASSWORD } },
    );
    const outcome = JSON.parse(
      stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .at(-1) ?? '{}',
    );
    expect(outcome, stderr).toMatchObject({ published: true, files: [{ outcome: 'uploaded' }] });
    // The listing, the upload and the verifying read: the parser ran, on Liftoff only.
    expect(server.requests.slice(before).map((r) => r.route)).toEqual([
      'simple',
      'upload',
      'simple',
    ]);
    expect(compiled(stdout, 'Liftoff').length).toBeGreaterThan(0);
    expect(compiled(stdout, 'TurboFan')).toEqual([]);
  });

  it('a publish of built files over http:// loads none of node:http2, node:tls (patches/undici+*.patch) and node:child_process', async () => {
    // Node's own list of the built-in modules the process loaded, written when it exits.
    const dir = join(work, 'small');
    const list = join(work, 'modules.json');
    const preload = join(work, 'module-list.cjs');
    await mkdir(dir);
    await writeFile(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`,
    );
    await exec(PYTHON, [resolve(ROOT, 'bench/make-wheel.py'), dir, 'relay-h1', '1.0.0', '10000']);
    await exec(
      process.execPath,
      [
        '--require',
        preload,
        join(ROOT, 'dist', 'cli', 'index.js'),
        'publish',
        '--dist-dir',
        dir,
      ].concat(['--index-url', server.url, '--index-type', 'pypiserver', '--username', USER]),
      { env: { ...process.env, WHEELRELAY_PASSWORD: PASSWORD } },
    );
    const loaded: string[] = JSON.parse(await readFile(list, 'utf8'));
    // The list is the real one: the HTTP/1.1 client and the hashing did load.
    expect(loaded).toEqual(expect.arrayContaining(['NativeModule http', 'NativeModule crypto']));
    expect(loaded.filter((m) => /^NativeModule (http2|tls|child_process)$/.test(m))).toEqual([]);
  });
});
