/**
 * Untrusted builds, through the bundled action as the runner runs it: a hostile setup.py
 * (test/fixtures/hostile-build) that walks /proc for secrets, reads git configs, lists
 * RUNNER_TEMP, appends to the runner's command files, prints workflow commands, and leaves a
 * process behind that tries to edit other entries' sources. Run as root (here and in CI), the
 * build runs as a user of its own; run as an unprivileged test user, in PID namespaces, or,
 * where nothing isolates it, not at all unless the user opts in.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmod,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIsolation } from '../../src/build/isolation.js';
import { buildDistributions } from '../../src/build/python-build.js';
import { execRunner, type Runner, realTimers, type Timers } from '../../src/build/runner.js';
import { silentLog } from '../../src/log.js';
import { readSyncConfig } from '../../src/sync/config.js';
import { type SyncResult, syncRequirements } from '../../src/sync/sync.js';
import { type ActionRun, ROOT, runAction } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { git, offlineBuildEnv, PYTHON, writePackage } from '../support/python.js';
import { runnerCommands } from '../support/workflow-commands.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

const exec = promisify(execFile);
const FIXTURE = join(ROOT, 'test', 'fixtures', 'hostile-build');
const isRoot = process.getuid?.() === 0;

/** Every secret of these tests starts with this; the probe looks for it (and its Basic forms). */
const MARK = 'wrsecret';
const rand = () => randomBytes(6).toString('hex');
const PASSWORD = `${MARK}PW${rand()}`;
const GIT_TOKEN = `${MARK}GT${rand()}`;
const RUNTIME_TOKEN = `${MARK}RT${rand()}`;
const OIDC_TOKEN = `${MARK}ID${rand()}`;
const CHECKOUT_TOKEN = `${MARK}CO${rand()}`;

/** The base64 of `known` as far as it is fixed: whole 3-byte groups of it. */
const stable = (known: string) =>
  Buffer.from(known.slice(0, Math.floor(known.length / 3) * 3)).toString('base64');
/** What the probe looks for: the raw mark, and the mark inside Basic auth values. */
const NEEDLES = [MARK, stable(`x-access-token:${MARK}`), stable(`ci:${MARK}`)];

interface ProbeReport {
  uid: number;
  own_environ: boolean;
  processes_seen: number;
  environ_readable: number;
  hits: string[];
  parents: Array<{ pid: number; name: string; environ: boolean }>;
  tree_git_config: { extraheader: boolean; needles: number[] } | null;
  workspace_git_config: { needles: number[] } | string | null;
  runner_temp: string[] | string;
  command_files_written: string[];
  github_env_var: boolean;
}

/** A repository holding the hostile package, tagged v1.0.0; `linger` keeps setup.py waiting. */
async function hostileRepo(nonce: string, linger: number): Promise<TestRepo & { work: string }> {
  const root = await mkdtemp(join(tmpdir(), 'wr-hostile-'));
  const work = join(root, 'work');
  await mkdir(work);
  await writePackage(work, { name: 'iso-hostile', version: '1.0.0', message: 'hostile 1.0.0' });
  await copyFile(join(FIXTURE, 'setup.py'), join(work, 'setup.py'));
  await copyFile(join(FIXTURE, 'probe_bg.py'), join(work, 'probe_bg.py'));
  await writeFile(
    join(work, 'probe.json'),
    JSON.stringify({ nonce, needles: NEEDLES, module: 'iso_hostile', linger }),
  );
  await git(work, 'init', '-q', '-b', 'main');
  await git(work, 'add', '-A');
  await git(work, 'commit', '-q', '-m', 'hostile 1.0.0');
  await git(work, 'tag', 'v1.0.0');
  const bare = join(root, 'repo.git');
  await git(root, 'clone', '-q', '--bare', work, bare);
  return {
    url: pathToFileURL(bare).toString(),
    shas: [await git(work, 'rev-parse', 'HEAD')],
    work,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** The probe's reports (one per run of setup.py) and its background process's log. */
async function probeResults(nonce: string): Promise<{ reports: ProbeReport[]; bgLog: string }> {
  const names = (await readdir('/tmp')).filter((f) => f.startsWith(`wr-probe-${nonce}-`));
  const reports: ProbeReport[] = [];
  for (const f of names.filter((n) => /-\d+\.json$/.test(n))) {
    reports.push(JSON.parse(await readFile(join('/tmp', f), 'utf8')) as ProbeReport);
  }
  const bgLog = await readFile(join('/tmp', `wr-probe-${nonce}-bg.log`), 'utf8').catch(() => '');
  return { reports, bgLog };
}

async function removeProbeFiles(nonce: string): Promise<void> {
  for (const f of (await readdir('/tmp')).filter((n) => n.startsWith(`wr-probe-${nonce}-`))) {
    await rm(join('/tmp', f), { force: true });
  }
}

/** Processes still alive whose command line carries `marker`. */
async function liveWith(marker: string): Promise<number[]> {
  const out: number[] = [];
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    if (cmdline.includes(marker) && !/^State:\s*[ZX]/m.test(status)) out.push(Number(pid));
  }
  return out;
}

/** Asserts the probe's workflow commands were printed, and that the runner would run none. */
function expectNoForeignCommands(run: ActionRun): void {
  expect(run.stdout).toContain('::add-mask::PROBE-public-word');
  expect(run.stdout).toContain('##[warning]PROBE in the old form');
  const ran = runnerCommands(run.stdout);
  expect(ran.filter((c) => c.line.includes('PROBE'))).toEqual([]);
  // wheelrelay's own commands still work around them.
  expect(ran.some((c) => c.name === 'group')).toBe(true);
}

/**
 * Downloads the wheel of `project` the index serves and imports `module` from the wheel itself
 * (zipimport), returning its MESSAGE: the published file's own code, without a venv and a pip
 * install (the tests of installing from an index are elsewhere; here only whose code it is matters).
 */
async function messageOfServedWheel(
  server: IndexServer,
  project: string,
  module: string,
): Promise<string> {
  const [file, ...more] = server.files(project).filter((f) => f.filetype === 'bdist_wheel');
  expect(more).toEqual([]);
  const url = new URL(`packages/${encodeURIComponent(file?.filename ?? '')}`, server.url);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const dir = await mkdtemp(join(tmpdir(), 'wr-served-'));
  try {
    const wheel = join(dir, file?.filename ?? 'missing.whl');
    await writeFile(wheel, Buffer.from(await response.arrayBuffer()));
    const { stdout } = await exec(PYTHON, [
      '-c',
      `import sys; sys.path.insert(0, sys.argv[1]); import ${module}; print(${module}.MESSAGE)`,
      wheel,
    ]);
    return stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Gives a tree to `uid` (a test user that is not root). */
const chownTree = (path: string, uid: number) => exec('chown', ['-R', `${uid}:${uid}`, path]);

describe('untrusted builds: a hostile package synced through the bundled action', () => {
  let clean: TestRepo;
  let scratch: string;
  let separateUser = false;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    clean = await makeRepo([
      { name: 'iso-clean', version: '1.0.0', tag: 'v1.0.0', message: 'clean 1.0.0' },
    ]);
    scratch = await mkdtemp(join(tmpdir(), 'wr-isolation-'));
    await chmod(scratch, 0o755);
    const kind = (await chooseIsolation(execRunner)).kind;
    separateUser = kind === 'build-user' || kind === 'sudo-build-user';
    if (!separateUser) {
      console.log(
        `build-isolation: builds here run as ${kind}, not as a separate user: those tests skip`,
      );
    }
  }, 120_000);
  afterAll(async () => {
    await clean?.cleanup();
    for (const c of cleanups) await c();
    await rm(scratch, { recursive: true, force: true });
  });

  /**
   * A workspace with one requirement file naming the hostile entry first, then the clean one
   * (`other`; none when null).
   */
  async function workspace(
    hostile: TestRepo,
    owner?: number,
    other: TestRepo | null = clean,
  ): Promise<string> {
    const ws = await mkdtemp(join(scratch, 'ws-'));
    const lines = [`iso-hostile @ git+${hostile.url}@v1.0.0`];
    if (other) lines.push(`iso-clean @ git+${other.url}@v1.0.0`);
    await writeFile(join(ws, 'requirements.txt'), `${lines.join('\n')}\n`);
    if (owner !== undefined) await chownTree(ws, owner);
    return ws;
  }

  /** A fresh index (so nothing is already there), stopped after the tests. */
  async function freshIndex(): Promise<IndexServer> {
    const server = new IndexServer({ users: { ci: PASSWORD }, existing: 'pypiserver' });
    await server.start();
    cleanups.push(() => server.stop());
    return server;
  }

  const syncInputs = (server: IndexServer, extra: Record<string, string> = {}) => ({
    'requirement-files': 'requirements.txt',
    'index-url': server.url,
    'index-type': 'pypiserver',
    username: 'ci',
    password: PASSWORD,
    'git-token': GIT_TOKEN,
    python: PYTHON,
    'build-isolation': 'false',
    'verify-timeout': '10',
    jobs: '2',
    ...extra,
  });
  const runnerEnv = (home: string) => ({
    ...offlineBuildEnv(),
    HOME: home,
    ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
  });

  it('as a separate user: reads no secret, touches no other entry, leaves nothing running, issues no command', async (ctx) => {
    if (!separateUser) ctx.skip();
    const nonce = rand();
    const hostile = await hostileRepo(nonce, 3);
    cleanups.push(hostile.cleanup, () => removeProbeFiles(nonce));
    const ws = await workspace(hostile);
    const server = await freshIndex();
    const run = await runAction({
      workspace: ws,
      action: 'sync',
      inputs: syncInputs(server),
      env: runnerEnv(ws),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Builds run as a fresh unprivileged user each/);
    expect(JSON.parse(run.outputs.counts ?? '{}')).toMatchObject({ uploaded: 2, failed: 0 });

    const { reports, bgLog } = await probeResults(nonce);
    // The probe ran, as a user of its own, and read what it could: its own environment.
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      expect(r.uid).toBeGreaterThanOrEqual(10_000);
      expect(r.own_environ).toBe(true);
      expect(r.processes_seen).toBeGreaterThan(0);
      // No secret in any environment or command line it could read, this process's included.
      expect(r.hits).toEqual([]);
      expect(r.parents.some((p) => !p.environ)).toBe(true);
      // Its copy of the tree carries no credentials; RUNNER_TEMP is closed to it.
      expect(r.tree_git_config?.extraheader).toBe(false);
      expect(r.runner_temp).toMatch(/^denied/);
      expect(r.github_env_var).toBe(false);
      expect(r.command_files_written).toEqual([]);
    }
    // The process it left tried other entries' folders, was refused, and did not outlive it.
    expect(bgLog).toMatch(/^started uid=\d+/m);
    expect(bgLog).toMatch(/^denied /m);
    expect(bgLog).not.toMatch(/^poisoned /m);
    expect(await liveWith(`wr-probe-bg-${nonce}`)).toEqual([]);

    // The other entry's published, verified wheel is its own.
    expect(await messageOfServedWheel(server, 'iso-clean', 'iso_clean')).toBe('clean 1.0.0');
    expectNoForeignCommands(run);
    expect(run.commandFiles).toEqual({ env: '', path: '', state: '' });
  }, 300_000);

  it("publish: the build gets a copy without actions/checkout's extraheader, and cannot read the workspace", async (ctx) => {
    if (!separateUser) ctx.skip();
    const nonce = rand();
    const hostile = await hostileRepo(nonce, 0);
    cleanups.push(hostile.cleanup, () => removeProbeFiles(nonce));
    // What actions/checkout leaves with persist-credentials: true.
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${CHECKOUT_TOKEN}`).toString('base64')}`;
    await git(hostile.work, 'config', '--local', 'http.https://github.com/.extraheader', header);
    const server = await freshIndex();
    const run = await runAction({
      workspace: hostile.work,
      ref: 'refs/tags/v1.0.0',
      inputs: {
        'index-url': server.url,
        'index-type': 'pypiserver',
        username: 'ci',
        password: PASSWORD,
        python: PYTHON,
        'build-isolation': 'false',
        'verify-timeout': '10',
      },
      env: runnerEnv(hostile.work),
      secrets: [{ secret: CHECKOUT_TOKEN, user: 'x-access-token' }],
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.published).toBe('true');
    const { reports } = await probeResults(nonce);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      expect(r.hits).toEqual([]);
      expect(r.tree_git_config).toEqual({ extraheader: false, needles: [] });
      expect(r.workspace_git_config).toMatch(/^denied/);
    }
    // The workspace's own checkout keeps its configuration.
    expect(await git(hostile.work, 'config', '--get', 'http.https://github.com/.extraheader')).toBe(
      header,
    );
    expectNoForeignCommands(run);
  }, 300_000);

  it('an interpreter the build user cannot reach fails the build with what to open up, rather than running without its venv', async (ctx) => {
    if (!separateUser) ctx.skip();
    const root = await mkdtemp(join(tmpdir(), 'wr-closed-venv-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    await exec(PYTHON, ['-m', 'venv', '--without-pip', join(root, 'venv')]);
    const work = join(root, 'work');
    await mkdir(work);
    await writePackage(work, { name: 'iso-venv', version: '1.0.0' });
    const python = join(root, 'venv', 'bin', 'python');
    const run = await runAction({
      workspace: work,
      inputs: { 'index-url': join(root, 'index'), python, 'build-isolation': 'false' },
      env: offlineBuildEnv(),
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(
      `builds run as a separate unprivileged user here, which cannot use ${python}: ${root} (a folder other users cannot enter)`,
    );
    expect(run.stdout).toContain('chmod o+x');
  }, 300_000);

  it('a build that never ends is killed at build-timeout, with everything it started', async () => {
    const nonce = rand();
    const root = await mkdtemp(join(tmpdir(), 'wr-hang-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const work = join(root, 'work');
    await mkdir(work);
    await writePackage(work, { name: 'iso-hang', version: '1.0.0' });
    await writeFile(
      join(work, 'setup.py'),
      [
        'import subprocess, sys, time',
        `subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", "wr-hang-${nonce}"], start_new_session=True)`,
        'print("hanging", flush=True)',
        'time.sleep(600)',
      ].join('\n'),
    );
    await git(work, 'init', '-q', '-b', 'main');
    await git(work, 'add', '-A');
    await git(work, 'commit', '-q', '-m', 'hang');
    const ws = await mkdtemp(join(scratch, 'ws-'));
    await writeFile(join(ws, 'requirements.txt'), `iso-hang @ git+${pathToFileURL(work)}@main\n`);
    const inputs: Record<string, string> = {
      mode: 'sync',
      'requirement-files': 'requirements.txt',
      'index-url': join(ws, 'index'),
      python: PYTHON,
      'build-isolation': 'false',
      'build-timeout': '3',
    };
    // In this process, so the test decides when the 3 s have passed: once the build printed
    // "hanging", after it started the process it leaves behind. On a loaded machine the real
    // 3 s could pass before setup.py even runs, and then nothing here would be tested.
    let hanging: () => void = () => {};
    const hung = new Promise<void>((resolve) => {
      hanging = resolve;
    });
    const printed: string[] = [];
    const deadlineAtTheHang: Timers = {
      after(ms, done) {
        if (ms !== 3000) return realTimers.after(ms, done);
        let cancelled = false;
        void hung.then(() => cancelled || done());
        return () => {
          cancelled = true;
        };
      },
    };
    const run: Runner = (command, args, opts) =>
      execRunner(command, args, {
        ...opts,
        timers: deadlineAtTheHang,
        onLine: (line) => {
          printed.push(line);
          if (line === 'hanging') hanging();
          opts.onLine?.(line);
        },
      });
    const cfg = readSyncConfig({ get: (n) => inputs[n] }, {}, ws);
    const result = (await syncRequirements(cfg, {
      log: silentLog,
      run,
      buildEnv: offlineBuildEnv(),
    })) as SyncResult;
    const [entry] = result.entries;
    expect(entry?.reason).toBe('build-failed');
    expect(entry?.error).toMatch(/was killed after 3 s, the `build-timeout`/);
    expect(printed).toContain('hanging');
    expect(await liveWith(`wr-hang-${nonce}`)).toEqual([]);
  }, 300_000);

  describe('as a runner that is not root (a test user)', () => {
    // Not a build user's range (2.0e9–2.1e9); node wants an int32.
    const uid = 2_120_000_000 + Math.floor(Math.random() * 1_000_000);
    let home: string;
    beforeAll(async () => {
      if (!isRoot) return;
      home = await mkdtemp(join(scratch, 'home-'));
      await chownTree(home, uid);
    });

    /**
     * A workspace naming the hostile repository and (unless `withClean` is false) a clean one,
     * both the test user's own (git refuses a repository another user owns).
     */
    async function userWorkspace(nonce: string, linger: number, withClean = true) {
      const hostile = await hostileRepo(nonce, linger);
      const other = withClean
        ? await makeRepo([
            { name: 'iso-clean', version: '1.0.0', tag: 'v1.0.0', message: 'clean 1.0.0' },
          ])
        : null;
      cleanups.push(hostile.cleanup, () => removeProbeFiles(nonce));
      if (other) cleanups.push(other.cleanup);
      for (const url of [hostile.url, ...(other ? [other.url] : [])]) {
        const dir = new URL('.', url).pathname;
        await chmod(dir, 0o755);
        await chownTree(dir, uid);
      }
      return workspace(hostile, uid, other);
    }

    it.skipIf(!isRoot)(
      'in PID namespaces: sees no other process, and what it left dies with it',
      async () => {
        const nonce = rand();
        const ws = await userWorkspace(nonce, 1);
        const server = await freshIndex();
        const run = await runAction({
          workspace: ws,
          action: 'sync',
          inputs: syncInputs(server),
          env: runnerEnv(home),
          asUser: { uid, gid: uid },
        });
        expect(run.exitCode, run.stdout).toBe(0);
        expect(run.stdout).toMatch(/Builds run in their own user and PID namespaces/);
        expect(JSON.parse(run.outputs.counts ?? '{}')).toMatchObject({ uploaded: 2, failed: 0 });
        const { reports, bgLog } = await probeResults(nonce);
        expect(reports.length).toBeGreaterThan(0);
        for (const r of reports) {
          expect(r.own_environ).toBe(true);
          expect(r.hits).toEqual([]);
          // Only the build's own processes: python -m build, the backend, what it started.
          expect(r.processes_seen).toBeLessThan(8);
        }
        expect(bgLog).toMatch(/^started /m);
        expect(await liveWith(`wr-probe-bg-${nonce}`)).toEqual([]);
        expect(await messageOfServedWheel(server, 'iso-clean', 'iso_clean')).toBe('clean 1.0.0');
        expectNoForeignCommands(run);
        // The limit of a namespace (SECURITY.md): the build runs as the runner's user, so it can
        // write what that user can, the runner's command files included. Only a separate build
        // user (root, or passwordless sudo) stops that.
        expect(reports.some((r) => r.command_files_written.length > 0)).toBe(true);
      },
      300_000,
    );

    /** A PATH with git and nothing that could isolate a build (no setpriv, sudo, unshare). */
    async function bareBinPath(): Promise<string> {
      const bin = await mkdtemp(join(scratch, 'bin-'));
      await symlink('/usr/bin/git', join(bin, 'git'));
      await chmod(bin, 0o755);
      return bin;
    }

    it.skipIf(!isRoot)(
      'where nothing isolates builds: sync refuses to build beside secrets, before fetching',
      async () => {
        const nonce = rand();
        const ws = await userWorkspace(nonce, 0);
        const run = await runAction({
          workspace: ws,
          action: 'sync',
          inputs: syncInputs(await freshIndex()),
          env: { ...runnerEnv(home), PATH: await bareBinPath() },
          asUser: { uid, gid: uid },
        });
        expect(run.exitCode).not.toBe(0);
        expect(run.stdout).toMatch(
          /Builds cannot be isolated here \(not root; no sudo; no unshare\)/,
        );
        const entries = JSON.parse(run.outputs.entries ?? '[]') as Array<Record<string, unknown>>;
        expect(entries.map((e) => [e.outcome, e.reason, e.cloned])).toEqual([
          ['failed', 'build-refused', false],
          ['failed', 'build-refused', false],
        ]);
        const error = String(entries[0]?.error);
        for (const held of [
          '`password`',
          '`git-token`',
          'ACTIONS_RUNTIME_TOKEN',
          'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        ]) {
          expect(error).toContain(held);
        }
        expect(error).toContain('dist-dir');
        expect(error).toContain('builds-can-read-secrets: true');
        expect((await probeResults(nonce)).reports).toEqual([]);
      },
      300_000,
    );

    it.skipIf(!isRoot)(
      'with builds-can-read-secrets: the same probe does read them (the control)',
      async () => {
        const nonce = rand();
        // The hostile entry alone: nothing here is about the other entry, and its build would
        // only cost time.
        const ws = await userWorkspace(nonce, 0, false);
        const run = await runAction({
          workspace: ws,
          action: 'sync',
          inputs: syncInputs(await freshIndex(), { 'builds-can-read-secrets': 'true' }),
          env: { ...runnerEnv(home), PATH: await bareBinPath() },
          asUser: { uid, gid: uid },
        });
        expect(run.exitCode, run.stdout).toBe(0);
        const { reports } = await probeResults(nonce);
        expect(reports.length).toBeGreaterThan(0);
        // What isolation prevents: the probe finds the secrets in this process's environment.
        expect(reports.some((r) => r.hits.length > 0)).toBe(true);
        // Workflow commands stay fenced off whatever the isolation.
        expectNoForeignCommands(run);
        // Nothing ends what an unisolated build leaves behind: this test does, by its pids.
        for (const pid of await liveWith(`wr-probe-bg-${nonce}`)) process.kill(pid, 'SIGKILL');
      },
      300_000,
    );
  });
});

describe("publish builds keep pip's cache", () => {
  it.skipIf(!isRoot)(
    "seeds the build user's cache and writes back only the plain files that user made",
    async () => {
      const isolation = await chooseIsolation(execRunner);
      expect(isolation.kind).toBe('build-user');
      const root = await mkdtemp(join(tmpdir(), 'wr-pipcache-'));
      try {
        const pkg = join(root, 'pkg');
        await mkdir(pkg);
        await writePackage(pkg, { name: 'iso-cache', version: '1.0.0' });
        // The build sees the restored cache, adds to it, and plants a link to a file it cannot read.
        await writeFile(
          join(pkg, 'setup.py'),
          [
            'import os',
            'from setuptools import setup',
            'cache = os.environ["PIP_CACHE_DIR"]',
            'assert open(os.path.join(cache, "restored.txt")).read() == "from the Actions cache"',
            'open(os.path.join(cache, "added.txt"), "w").write("by the build")',
            'if not os.path.lexists(os.path.join(cache, "shadow")): os.symlink("/etc/shadow", os.path.join(cache, "shadow"))',
            'setup()',
          ].join('\n'),
        );
        const cache = join(root, 'cache');
        await mkdir(cache);
        await writeFile(join(cache, 'restored.txt'), 'from the Actions cache');
        const files = await buildDistributions(
          {
            packageDir: pkg,
            dists: 'wheel',
            python: PYTHON,
            buildIsolation: false,
            env: offlineBuildEnv(),
            pipCacheDir: cache,
            timeoutMs: 300_000,
            isolation,
            outDir: join(root, 'dist'),
          },
          execRunner,
          silentLog,
        );
        expect(files.map((f) => f.split('/').at(-1))).toEqual(['iso_cache-1.0.0-py3-none-any.whl']);
        expect(await readFile(join(cache, 'added.txt'), 'utf8')).toBe('by the build');
        expect(await readFile(join(cache, 'restored.txt'), 'utf8')).toBe('from the Actions cache');
        // Only plain files and folders come back: not the link, nor the file it points at.
        expect((await readdir(cache)).sort()).toEqual(['added.txt', 'restored.txt']);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
