/**
 * `npm run bench`: wheelrelay against twine, curl and bare node on the suite's index server and,
 * when ../shared/servers/index-server is beside the repository, on a real pypiserver (started
 * here, stopped after); then consumer pull requests and sync measured in-process. Prints two
 * markdown tables. Nothing here is asserted: numbers are for reading, and docs/benchmarks.md
 * shows the latest tables with the date, machine and load they were measured on.
 *
 * Each comparison is paired: ours and the yardstick run one after the other, in alternating
 * order, RUNS times, and the table gives the median of each and the median of the per-pair
 * ratios, so load that comes and goes on a shared machine hits both sides alike.
 *
 * The second table comes from bench/*.measure.ts, run by vitest (bench/vitest.bench.config.ts)
 * because they call src/ directly, which Node's type stripping cannot load; they write their
 * rows to a JSON-lines file (bench/rows.ts) that this script reads back.
 *
 * Environment: WHEELRELAY_BENCH_RUNS (default 20) pairs for small publishes and the cold
 * start, five times that for `--version`;
 * WHEELRELAY_BENCH_BIG_RUNS (default 5) pairs for the large wheel and
 * WHEELRELAY_BENCH_HUGE_RUNS (default 3) for the huge one;
 * WHEELRELAY_BENCH_BIG_MB (default 200) and WHEELRELAY_BENCH_HUGE_MB (default 1000; 0 skips)
 * sizes of the large wheels; WHEELRELAY_BENCH_ONLY (e.g. `start,small`) runs only those parts
 * of start, small, big, huge, real, inprocess (or only one of its files: consumers, sync);
 * WHEELRELAY_BENCH_CONSUMERS (default 20) and
 * WHEELRELAY_BENCH_LATENCY_MS (default 100) for the many-consumers bump.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { IndexServer } from '../test/support/index-server.ts';
import { type BenchRow, readRows } from './rows.ts';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const PYTHON = process.env.WHEELRELAY_TEST_PYTHON ?? '/usr/bin/python3';
/**
 * Pairs per row. A 10 KB publish against twine gave per-pair ratios from 0.50 to 0.75 in one
 * run of 20 pairs (2026-12-03): with 10 pairs a row's median moved by 0.05 between runs, as
 * much as it is from its target. The large rows had 3 pairs and 1 (1 GB), and crossed their
 * target in both directions between runs as pypiserver's own time for the same upload moved
 * (curl: 14.8 to 19.3 s for 1 GB); 5 and 3 pairs cost about 5 minutes more per run.
 */
const RUNS = Number(process.env.WHEELRELAY_BENCH_RUNS ?? 20);
/**
 * `--version` against `node -e 0` compares two runs of about 35 ms whose times spread by a few
 * ms each: 10 pairs gave medians from 1.05× to 1.16× for one build, so that row takes five
 * times the pairs (about 4 s).
 */
const VERSION_RUNS = RUNS * 5;
const BIG_RUNS = Number(process.env.WHEELRELAY_BENCH_BIG_RUNS ?? 5);
const HUGE_RUNS = Number(process.env.WHEELRELAY_BENCH_HUGE_RUNS ?? 3);
const BIG_MB = Number(process.env.WHEELRELAY_BENCH_BIG_MB ?? 200);
const HUGE_MB = Number(process.env.WHEELRELAY_BENCH_HUGE_MB ?? 1000);
const ONLY = new Set((process.env.WHEELRELAY_BENCH_ONLY ?? '').split(',').filter(Boolean));
const part = (name: string) => ONLY.size === 0 || ONLY.has(name);
const REAL_SERVERS = resolve(ROOT, '..', 'shared', 'servers', 'index-server');
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

/** The in-process parts and their files, each its own part of WHEELRELAY_BENCH_ONLY too. */
const MEASURES = { consumers: 'bench/consumer-prs.measure.ts', sync: 'bench/sync.measure.ts' };

/**
 * Runs bench/*.measure.ts under vitest (those `files` only, when given), its report on stderr
 * so that stdout stays the tables; returns the rows they wrote and whether every measurement
 * ran to its end.
 */
function measureInProcess(
  rowsFile: string,
  files: string[] = [],
): Promise<{ rows: BenchRow[]; ok: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--config',
        join(ROOT, 'bench', 'vitest.bench.config.ts'),
        ...files,
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

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const fmtS = (s: number) => `${s.toFixed(3)} s`;
const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** One row of the first table. */
interface Row {
  what: string;
  ours: string;
  yardstick: string;
  ratio: string;
  target: string;
}
const rows: Row[] = [];

/** A yardstick command and its environment. */
interface Side {
  name: string;
  cmd: (i: number) => string[] | Promise<string[]>;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs ours and the yardstick `runs` times, alternating which goes first, and adds a row with
 * both medians and the median of the per-pair ratios of wall time (and of peak RSS when asked).
 */
async function paired(
  what: string,
  runs: number,
  ours: Side,
  theirs: Side,
  target: { ratio: number; rssMb?: number },
): Promise<void> {
  const a: Measure[] = [];
  const b: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [ours, theirs] : [theirs, ours];
    for (const side of order) {
      const m = await measure(await side.cmd(i), side.env);
      (side === ours ? a : b).push(m);
    }
  }
  const ratio = median(a.map((m, i) => m.seconds / (b[i] as Measure).seconds));
  const rss = median(a.map((m) => m.maxRssKb));
  const met = ratio <= target.ratio && (target.rssMb === undefined || rss / 1024 <= target.rssMb);
  rows.push({
    what: `${what} (median of ${runs})`,
    ours: `${fmtS(median(a.map((m) => m.seconds)))}, ${fmtMb(rss)}`,
    yardstick: `${theirs.name} ${fmtS(median(b.map((m) => m.seconds)))}, ${fmtMb(median(b.map((m) => m.maxRssKb)))}`,
    ratio: `${ratio.toFixed(2)}×`,
    target: `≤ ${target.ratio}×${target.rssMb ? `, ≤ ${target.rssMb} MB` : ''}: ${met ? 'met' : 'NOT met'}`,
  });
  console.error(
    `bench: ${what}: ${rows.at(-1)?.ours} vs ${rows.at(-1)?.yardstick} (load ${load()})`,
  );
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

/**
 * Writes every dirty page to disk (sync(1)) before a large run is timed, so that it does not
 * pay for the last one's: each of wheelrelay's runs uploads a wheel made just before it
 * (a project of its own needs a file of its own name), and the index stores every upload, some
 * 200 MB or 1 GB not yet on disk when the next run starts. curl's one file was made once, so
 * until 2026-12-03 only wheelrelay's runs read a file whose pages were still being written back.
 */
async function settleDisk(): Promise<void> {
  await exec('sync');
}

/** An index to publish to: its upload URL, a label, and how to stop it. */
interface BenchIndex {
  label: string;
  url: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

async function suiteIndex(): Promise<BenchIndex> {
  // pypiserver as the CLI is told it is (`--index-type pypiserver`): its answers to re-uploads,
  // and project pages in PEP 503 HTML only (real pypiserver ignores a request for PEP 691 JSON).
  // Until 2026-12-03 this server answered JSON here, which real pypiserver never does.
  const server = new IndexServer({
    users: { [USER]: PASSWORD },
    existing: 'pypiserver',
    pep691: false,
  });
  await server.start();
  return {
    label: 'the test index server',
    url: server.url,
    user: USER,
    password: PASSWORD,
    stop: () => server.stop(),
  };
}

/** A real pypiserver from ../shared/servers, or undefined when it is not there or fails to start. */
async function realPypiserver(work: string): Promise<BenchIndex | undefined> {
  if (!existsSync(REAL_SERVERS)) return undefined;
  const data = join(work, 'pypiserver');
  const password = `bench-${Math.random().toString(36).slice(2)}`;
  try {
    const { stdout } = await exec(REAL_SERVERS, ['pypiserver', String(await freePort()), data], {
      env: { ...process.env, INDEX_SERVER_PASSWORD: password },
    });
    return {
      label: 'a real pypiserver',
      url: stdout.trim(),
      user: 'ci',
      password,
      async stop() {
        const pid = Number(readFileSync(join(data, 'server.pid'), 'utf8').trim());
        try {
          process.kill(pid);
        } catch {
          // Already gone.
        }
      },
    };
  } catch (err) {
    console.error(`bench: no real pypiserver (${(err as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

/** The publish rows of one size on one index: the 10 KB wheel, or the large ones. */
async function publishRows(
  index: BenchIndex,
  work: string,
  size: 'small' | 'large',
): Promise<void> {
  const cliEnv = { ...process.env, WHEELRELAY_PASSWORD: index.password };
  const twineEnv = { ...process.env, TWINE_USERNAME: index.user, TWINE_PASSWORD: index.password };
  const tag = ` on ${index.label}`;
  const slug = index.label.replace(/\W+/g, '-');
  const ours = (dist: string) => [
    process.execPath,
    join(ROOT, 'dist', 'cli', 'index.js'),
    'publish',
    '--dist-dir',
    dist,
    '--index-url',
    index.url,
    '--index-type',
    'pypiserver',
    '--username',
    index.user,
  ];
  const twine = (file: string) => [
    'twine',
    'upload',
    '--non-interactive',
    '--disable-progress-bar',
    '--repository-url',
    index.url,
    file,
  ];
  // The floor: curl streams the file and nothing else (its digest is computed beforehand,
  // outside the timing, because the legacy API requires one). One file serves every run, each
  // under its own project name.
  const curl = (file: string, digest: string, project: string, version: string) => [
    'curl',
    '-sS',
    '-f',
    '-o',
    '/dev/null',
    '-u',
    `${index.user}:${index.password}`,
    '-F',
    ':action=file_upload',
    '-F',
    'protocol_version=1',
    '-F',
    `name=${project}`,
    '-F',
    `version=${version}`,
    '-F',
    'filetype=bdist_wheel',
    '-F',
    'pyversion=py3',
    '-F',
    'metadata_version=2.1',
    '-F',
    `sha256_digest=${digest}`,
    '-F',
    `content=@${file};filename=${project.replace(/-/g, '_')}-${version}-py3-none-any.whl`,
    index.url,
  ];

  if (size === 'small' && part('small')) {
    // A ~10 KB wheel: each run publishes a new version, so nothing is "already there".
    await paired(
      `publish a 10 KB wheel, CLI --dist-dir${tag}`,
      RUNS,
      {
        name: 'wheelrelay',
        cmd: async (i) => {
          const dir = join(work, `${slug}-small-ours-${i}`);
          await makeWheel(dir, 'relay-small-ours', `1.0.${i}`, 10_000);
          return ours(dir);
        },
        env: cliEnv,
      },
      {
        name: 'twine upload',
        cmd: async (i) =>
          twine(
            await makeWheel(
              join(work, `${slug}-small-twine-${i}`),
              'relay-small-twine',
              `1.0.${i}`,
              10_000,
            ),
          ),
        env: twineEnv,
      },
      { ratio: 0.5 },
    );
  }
  if (size === 'small') return;
  for (const [size, runs, key, series] of [
    [BIG_MB, BIG_RUNS, 'big', 2],
    [HUGE_MB, HUGE_RUNS, 'huge', 3],
  ] as const) {
    if (size <= 0 || !part(key)) continue;
    const sample = await makeWheel(
      join(work, `${slug}-${key}-curl`),
      'relay-curl',
      '0',
      size * 1_000_000,
    );
    const digest = await sha256(sample);
    await paired(
      `publish a ${size} MB wheel, CLI --dist-dir${tag}`,
      runs,
      {
        name: 'wheelrelay',
        cmd: async (i) => {
          const dir = join(work, `${slug}-${key}-ours-${i}`);
          await rm(join(work, `${slug}-${key}-ours-${i - 1}`), { recursive: true, force: true });
          // Each run publishes a project of its own, as curl's runs do: the rows measure one
          // large upload, not the listing of earlier runs' files (pypiserver hashes every file
          // of a project on each page it serves, so a project holding the earlier runs'
          // 200 MB and 1 GB files costs the verifying client more with each run).
          await makeWheel(dir, `relay-big-${series}-${i}`, '1.0.0', size * 1_000_000);
          await settleDisk();
          return ours(dir);
        },
        env: cliEnv,
      },
      {
        name: 'curl -F',
        cmd: async (i) => {
          await settleDisk();
          return curl(sample, digest, `relay-curl-${series}-${i}`, '1.0.0');
        },
        env: twineEnv,
      },
      { ratio: 1.2, rssMb: 100 },
    );
    await rm(join(work, `${slug}-${key}-curl`), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'wr-bench-'));
  const startLoad = load();
  let inProcess: { rows: BenchRow[]; ok: boolean } = { rows: [], ok: false };
  // In-process files named on their own in WHEELRELAY_BENCH_ONLY (`consumers`, `sync`).
  const measured = Object.entries(MEASURES)
    .filter(([name]) => ONLY.has(name))
    .map(([, file]) => file);
  let real: BenchIndex | undefined;
  try {
    // 1. Start-up: `--version` against bare node, and the action's cold start.
    if (part('start')) {
      await paired(
        '`node dist/cli/index.js --version`',
        VERSION_RUNS,
        {
          name: 'wheelrelay',
          cmd: () => [process.execPath, join(ROOT, 'dist', 'cli', 'index.js'), '--version'],
          env: process.env,
        },
        { name: '`node -e 0`', cmd: () => [process.execPath, '-e', '0'], env: process.env },
        { ratio: 1.15 },
      );
      const startEnv = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
      const starts: number[] = [];
      for (let i = 0; i < RUNS; i++) starts.push(await coldStart(startEnv));
      rows.push({
        what: `cold start of dist/index.js to its first log line (median of ${RUNS})`,
        ours: `${median(starts).toFixed(0)} ms`,
        yardstick: '',
        ratio: '',
        target: '',
      });
    }

    // 2. Publishes on the suite's index server and on a real pypiserver when there is one: the
    // small ones on both first. A large row leaves gigabytes for the disk to write back: on
    // 2026-12-03 the 10 KB row on pypiserver, run after some 8 GB of uploads, gave 0.51x, where
    // runs of the small rows alone an hour apart gave 0.47x.
    const suite = await suiteIndex();
    try {
      if (part('real')) real = await realPypiserver(work);
      const indexes = real ? [suite, real] : [suite];
      for (const index of indexes) await publishRows(index, work, 'small');
      for (const index of indexes) await publishRows(index, work, 'large');
    } finally {
      await suite.stop();
    }
  } finally {
    await real?.stop();
  }
  try {
    // 3. Consumer pull requests and sync, in-process (after the rest, so nothing overlaps).
    if (part('inprocess')) inProcess = await measureInProcess(join(work, 'rows.jsonl'));
    else if (measured.length > 0)
      inProcess = await measureInProcess(join(work, 'rows.jsonl'), measured);
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const { stdout: twineVersion } = await exec('twine', ['--version']).catch(() => ({
    stdout: 'twine ?',
  }));
  const { stdout: curlVersion } = await exec('curl', ['--version']).catch(() => ({
    stdout: 'curl ?',
  }));
  console.log(
    `wheelrelay bench: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} × ${cpus()[0]?.model.trim()}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, ${/twine version \S+/.exec(twineVersion)?.[0] ?? 'twine ?'}, ` +
      `${curlVersion.split(' ').slice(0, 2).join(' ')}; load average ${startLoad} at the start, ${load()} at the end\n`,
  );
  console.log(
    '| what | wheelrelay (wall, peak RSS) | yardstick | ratio (median of pairs) | target |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${[r.what, r.ours, r.yardstick, r.ratio, r.target].join(' | ')} |`);

  if (inProcess.rows.length > 0 || part('inprocess') || measured.length > 0) {
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
      console.error(
        "bench: some in-process measurements did not finish; see vitest's report above",
      );
      process.exitCode = 1;
    }
  }
}

await main();
