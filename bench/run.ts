/**
 * `npm run bench`: wheelrelay against twine and curl on one loopback index, in one run, then
 * consumer pull requests and sync measured in-process. Prints two markdown tables. Nothing here
 * is asserted: numbers are for reading, and docs/benchmarks.md shows the latest tables with the date
 * and machine they were measured on.
 *
 * The second table comes from bench/*.measure.ts, run by vitest (bench/vitest.bench.config.ts)
 * because they call src/ directly, which Node's type stripping cannot load; they write their
 * rows to a JSON-lines file (bench/rows.ts) that this script reads back.
 *
 * Environment: WHEELRELAY_BENCH_RUNS (default 5) repeats of each small publish;
 * WHEELRELAY_BENCH_BIG_MB (default 200) size of the large wheel;
 * WHEELRELAY_BENCH_CONSUMERS (default 20) and WHEELRELAY_BENCH_LATENCY_MS (default 100) for the
 * many-consumers bump.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { IndexServer } from '../test/support/index-server.ts';
import { type BenchRow, readRows } from './rows.ts';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const PYTHON = process.env.WHEELRELAY_TEST_PYTHON ?? '/usr/bin/python3';
const RUNS = Number(process.env.WHEELRELAY_BENCH_RUNS ?? 5);
const BIG_MB = Number(process.env.WHEELRELAY_BENCH_BIG_MB ?? 200);
const USER = 'bench';
const PASSWORD = 'bench-password';

interface Measure {
  seconds: number;
  maxRssKb: number;
}

/** Runs a command under measure.py: wall time and peak RSS of the command alone. */
async function measure(cmd: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measure> {
  const { stdout } = await exec(PYTHON, [join(ROOT, 'bench', 'measure.py'), ...cmd], {
    env,
    maxBuffer: 16 << 20,
  });
  const last = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
  if (last.exit !== 0) throw new Error(`${cmd.slice(0, 2).join(' ')} … exited ${last.exit}`);
  return { seconds: last.seconds, maxRssKb: last.max_rss_kb };
}

async function makeWheel(
  dir: string,
  name: string,
  version: string,
  bytes: number,
): Promise<string> {
  const { stdout } = await exec(PYTHON, [
    join(ROOT, 'bench', 'make-wheel.py'),
    dir,
    name,
    version,
    String(bytes),
  ]);
  return stdout.trim();
}

/** Milliseconds from spawning the bundled action to its first line on stdout. */
function coldStart(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let seen = false;
    child.stdout.on('data', () => {
      if (!seen) {
        seen = true;
        done(performance.now() - t0);
      }
    });
    child.on('exit', () => {
      if (!seen) fail(new Error('the action printed nothing'));
    });
  });
}

/**
 * Runs bench/*.measure.ts under vitest, its report on stderr so that stdout stays the tables;
 * returns the rows they wrote and whether every measurement ran to its end.
 */
function measureInProcess(rowsFile: string): Promise<{ rows: BenchRow[]; ok: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--config',
        join(ROOT, 'bench', 'vitest.bench.config.ts'),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, WHEELRELAY_BENCH_ROWS: rowsFile },
        stdio: ['ignore', 2, 2],
      },
    );
    child.on('error', fail);
    child.on('exit', (code) => done({ rows: readRows(rowsFile), ok: code === 0 }));
  });
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmtS = (s: number) => `${s.toFixed(3)} s`;
const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'wr-bench-'));
  const server = new IndexServer({ users: { [USER]: PASSWORD } });
  await server.start();
  const rows: string[][] = [];
  let inProcess: { rows: BenchRow[]; ok: boolean } = { rows: [], ok: false };
  try {
    const cliEnv = { ...process.env, WHEELRELAY_PASSWORD: PASSWORD };
    const twineEnv = { ...process.env, TWINE_USERNAME: USER, TWINE_PASSWORD: PASSWORD };
    const ours = (dist: string) => [
      process.execPath,
      join(ROOT, 'dist', 'cli', 'index.js'),
      'publish',
      '--dist-dir',
      dist,
      '--index-url',
      server.url,
      '--index-type',
      'pypiserver',
      '--username',
      USER,
    ];
    const twine = (file: string) => [
      'twine',
      'upload',
      '--non-interactive',
      '--disable-progress-bar',
      '--repository-url',
      server.url,
      file,
    ];
    // The floor: curl streams the file and nothing else (its digest is computed beforehand,
    // outside the timing, because the legacy API requires one).
    const curl = (file: string, sha256: string) => [
      'curl',
      '-sS',
      '-f',
      '-o',
      '/dev/null',
      '-u',
      `${USER}:${PASSWORD}`,
      '-F',
      ':action=file_upload',
      '-F',
      'protocol_version=1',
      '-F',
      'name=relay-big',
      '-F',
      `version=${basename(file).split('-')[1]}`,
      '-F',
      'filetype=bdist_wheel',
      '-F',
      'pyversion=py3',
      '-F',
      'metadata_version=2.1',
      '-F',
      `sha256_digest=${sha256}`,
      '-F',
      `content=@${file}`,
      server.url,
    ];

    // 1. Cold start to first log line (an action run that fails fast on a missing input).
    const startEnv = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
    const starts: number[] = [];
    for (let i = 0; i < RUNS; i++) starts.push(await coldStart(startEnv));
    rows.push([
      'cold start of dist/index.js to first log line',
      'wheelrelay',
      `${median(starts).toFixed(0)} ms`,
      '',
    ]);

    // 2. A ~10 KB wheel: each run publishes a new version, so nothing is "already there".
    const small: Record<string, Measure[]> = { wheelrelay: [], twine: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const tool of ['wheelrelay', 'twine'] as const) {
        const dir = join(work, `small-${tool}-${i}`);
        const file = await makeWheel(dir, `relay-small-${tool}`, `1.0.${i}`, 10_000);
        small[tool]?.push(
          await measure(
            tool === 'wheelrelay' ? ours(dir) : twine(file),
            tool === 'wheelrelay' ? cliEnv : twineEnv,
          ),
        );
      }
    }
    for (const [tool, ms] of Object.entries(small)) {
      rows.push([
        `publish a 10 KB wheel (median of ${RUNS})`,
        tool,
        fmtS(median(ms.map((m) => m.seconds))),
        fmtMb(median(ms.map((m) => m.maxRssKb))),
      ]);
    }

    // 3. A large wheel, once per tool (each its own version).
    const big: Array<[string, string[], NodeJS.ProcessEnv]> = [];
    for (const [i, tool] of ['wheelrelay', 'twine', 'curl -F'].entries()) {
      const dir = join(work, `big-${i}`);
      const file = await makeWheel(dir, 'relay-big', `2.0.${i}`, BIG_MB * 1_000_000);
      const cmd =
        tool === 'wheelrelay'
          ? ours(dir)
          : tool === 'twine'
            ? twine(file)
            : curl(file, await sha256(file));
      big.push([tool, cmd, tool === 'wheelrelay' ? cliEnv : twineEnv]);
    }
    for (const [tool, cmd, env] of big) {
      const m = await measure(cmd, env);
      rows.push([`publish a ${BIG_MB} MB wheel`, tool, fmtS(m.seconds), fmtMb(m.maxRssKb)]);
    }

    // 4. Consumer pull requests and sync, in-process (after the rest, so nothing overlaps).
    inProcess = await measureInProcess(join(work, 'rows.jsonl'));
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }

  const { stdout: twineVersion } = await exec('twine', ['--version']).catch(() => ({
    stdout: 'twine ?',
  }));
  console.log(
    `wheelrelay bench: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, ${/twine version \S+/.exec(twineVersion)?.[0] ?? 'twine ?'}, ` +
      'all against the test index server on 127.0.0.1\n',
  );
  console.log('| what | tool | wall time | peak RSS |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);

  console.log(
    '\nConsumer pull requests against the GitHub API test server, and sync from local bare git ' +
      'repositories onto a directory index (bench/*.measure.ts):\n',
  );
  console.log('| what | requests | clones / builds | wall time | note |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of inProcess.rows) {
    const cells = [
      r.what,
      r.requests ?? '',
      r.clonesBuilds ?? '',
      r.seconds === undefined ? '' : `${r.seconds.toFixed(2)} s`,
      r.note ?? '',
    ];
    console.log(`| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`);
  }
  if (!inProcess.ok) {
    console.error("bench: some in-process measurements did not finish; see vitest's report above");
    process.exitCode = 1;
  }
}

await main();
