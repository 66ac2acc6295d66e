import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execRunner, type Runner } from '../../src/build/runner.js';
import { silentLog } from '../../src/log.js';
import { clearSecrets } from '../../src/secrets.js';
import { readSyncConfig } from '../../src/sync/config.js';
import type { PlanResult, SyncResult } from '../../src/sync/sync.js';
import { syncRequirements } from '../../src/sync/sync.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, pipInstallAndImport, pipInstallInto } from '../support/python.js';
import { recordingRunner } from '../support/runner.js';
import { expectNoSecrets } from '../support/secrets.js';
import { GitHttpServer, gitTrustEnv } from './git-http-server.js';
import { makeRepo, type TestRepo } from './git-repos.js';

const exec = promisify(execFile);

const gitFetches = (calls: Array<{ command: string; args: string[] }>) =>
  calls.filter((c) => c.command === 'git' && c.args[0] === 'fetch').length;
/** The builds among the programs run: PYTHON -m build, however the sandbox wraps it. */
const buildCalls = (calls: Array<{ command: string; args: string[] }>) =>
  calls.filter((c) => {
    const line = [c.command, ...c.args];
    const at = line.indexOf(PYTHON);
    return at >= 0 && line[at + 1] === '-m' && line[at + 2] === 'build';
  });
const builds = (calls: Array<{ command: string; args: string[] }>) => buildCalls(calls).length;

/** Installs requirement-file lines into a fresh venv from `indexUrl` alone; returns the venv's python. */
async function pipInstallRequirements(indexUrl: string, file: string): Promise<string> {
  const venv = await mkdtemp(join(tmpdir(), 'wr-venv-'));
  return pipInstallInto(venv, indexUrl, ['-r', file], { GIT_ALLOW_PROTOCOL: 'none' });
}

describe('sync: git-pinned requirements onto an index, from real repositories', () => {
  let alpha: TestRepo;
  let beta: TestRepo;
  let gamma: TestRepo;
  let work: string;
  /**
   * Indexes a first sync left, for the tests about what a later run does with one: `alpha`
   * holds sync-alpha 1.0.0, `alphaGamma` sync-gamma 2.0.0 too (each with its build record).
   * Those first syncs are the same in every such test, so they run once; each test syncs a copy.
   */
  let seeded: { alpha: string; alphaGamma: string };

  beforeAll(async () => {
    alpha = await makeRepo([
      {
        name: 'sync-alpha',
        version: '1.0.0',
        tag: 'v1.0.0',
        annotated: true,
        message: 'alpha 1.0.0',
      },
      { name: 'sync-alpha', version: '1.1.0', tag: 'v1.1.0', message: 'alpha 1.1.0' },
      { name: 'sync-alpha', version: '1.2.0', message: 'alpha 1.2.0' },
      { name: 'sync-alpha', version: '1.3.0', branch: 'broken', broken: true },
    ]);
    beta = await makeRepo([
      {
        name: 'sync-beta',
        version: '0.5.0',
        tag: 'beta-0.5.0',
        subdirectory: 'packages/beta',
        message: 'beta 0.5.0',
      },
    ]);
    gamma = await makeRepo([
      { name: 'sync-gamma', version: '2.0.0', tag: '2.0.0', message: 'gamma 2.0.0' },
    ]);
    work = await mkdtemp(join(tmpdir(), 'wr-sync-'));
    const alphaOnly = await workspace(lines().slice(0, 1));
    await sync(alphaOnly.cfg);
    const alphaGamma = await workspace(lines().slice(0, 2));
    await cp(alphaOnly.index, alphaGamma.index, { recursive: true });
    await sync(alphaGamma.cfg);
    seeded = { alpha: alphaOnly.index, alphaGamma: alphaGamma.index };
  });
  afterAll(async () => {
    for (const r of [alpha, beta, gamma]) await r?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  /** A workspace with one requirement file, and a config for it. */
  async function workspace(lines: string[], inputs: Record<string, string> = {}) {
    const dir = await mkdtemp(join(work, 'ws-'));
    await mkdir(join(dir, 'requirements'));
    await writeFile(join(dir, 'requirements', 'github.txt'), `${lines.join('\n')}\n`);
    const all: Record<string, string> = {
      mode: 'sync',
      'requirement-files': 'requirements/*.txt',
      'index-url': join(dir, 'index'),
      python: PYTHON,
      'build-isolation': 'false',
      'verify-timeout': '10',
      jobs: '2',
      ...inputs,
    };
    const cfg = readSyncConfig({ get: (n) => all[n] }, {}, dir);
    return { dir, cfg, index: join(dir, 'index') };
  }

  /** {@link workspace}, its index a copy of one a first sync left (see `seeded`). */
  async function syncedWorkspace(
    seed: string,
    lines: string[],
    inputs: Record<string, string> = {},
  ) {
    const ws = await workspace(lines, inputs);
    await cp(seed, ws.index, { recursive: true });
    return ws;
  }

  const sync = async (cfg: ReturnType<typeof readSyncConfig>, run: Runner = execRunner) =>
    (await syncRequirements(cfg, {
      log: silentLog,
      run,
      buildEnv: offlineBuildEnv(),
    })) as SyncResult;

  const lines = () => [
    `-e git+${alpha.url}@v1.0.0#egg=sync-alpha==1.0.0`,
    `sync-gamma @ git+${gamma.url}@2.0.0`,
    `git+${beta.url}@beta-0.5.0#egg=sync_beta&subdirectory=packages/beta`,
  ];

  // One fresh sync of the three pins (and one that cannot be fetched) serves three facets: what it
  // uploads and counts, the index pins it writes, and that a later run of the same git pins on
  // that index clones nothing. (It was two tests, each syncing the same pins onto a fresh index.)
  it('uploads what is missing, rewrites those pins as index pins that pip installs offline, then skips everything without a single clone when all is present', async () => {
    const ws = await workspace([...lines(), `git+${alpha.url}@v9.9.9#egg=sync-missing`], {
      rewrite: 'true',
      'upstream-index': 'none',
    });
    const first = await sync(ws.cfg);
    expect(first.entries.slice(0, 3).map((e) => [e.name, e.version, e.outcome])).toEqual([
      ['sync-alpha', '1.0.0', 'uploaded'],
      ['sync-gamma', '2.0.0', 'uploaded'],
      ['sync-beta', '0.5.0', 'uploaded'],
    ]);
    expect([first.entries[3]?.outcome, first.entries[3]?.reason]).toEqual(['failed', 'bad-ref']);
    expect(first.counts).toEqual({
      entries: 4,
      'already-present': 0,
      uploaded: 3,
      unverified: 0,
      failed: 1,
      clones: 3,
      builds: 3,
    });
    expect(first.entries[0]?.commit).toBe(alpha.shas[0]);

    // The synced pins are rewritten as index pins; the failed one stays a git pin.
    const file = join(ws.dir, 'requirements', 'github.txt');
    const commit = (name: string) => first.entries.find((e) => e.name === name)?.commit;
    expect(await readFile(file, 'utf8')).toBe(
      [
        `sync-alpha==1.0.0  # from git+${alpha.url}@${commit('sync-alpha')}`,
        `sync-gamma==2.0.0  # from git+${gamma.url}@${commit('sync-gamma')}`,
        `sync_beta==0.5.0  # from git+${beta.url}@${commit('sync-beta')}#subdirectory=packages/beta`,
        `git+${alpha.url}@v9.9.9#egg=sync-missing`,
        '',
      ].join('\n'),
    );
    expect(first.rewrites[0]?.changes).toHaveLength(3);
    // Drop the failed pin, and the rest installs by one pip with no network and no git, each
    // module its own release's.
    await writeFile(file, (await readFile(file, 'utf8')).split('\n').slice(0, 3).join('\n'));
    const python = await pipInstallRequirements(`file://${ws.index}/simple/`, file);
    const { stdout } = await exec(python, [
      '-c',
      'import sync_alpha, sync_beta, sync_gamma; print(sync_alpha.MESSAGE, sync_beta.MESSAGE, sync_gamma.MESSAGE)',
    ]);
    expect(stdout.trim()).toBe('alpha 1.0.0 beta 0.5.0 gamma 2.0.0');
    await rm(join(python, '..', '..'), { recursive: true, force: true });

    // The same git pins again, on the index that sync left: nothing is run at all.
    const later = await syncedWorkspace(ws.index, lines());
    const rec = recordingRunner();
    const again = await sync(later.cfg, rec.run);
    expect(again.counts).toEqual({
      entries: 3,
      'already-present': 3,
      uploaded: 0,
      unverified: 0,
      failed: 0,
      clones: 0,
      builds: 0,
    });
    expect(rec.calls).toEqual([]);
    expect(again.entries[2]?.files[0]?.filename).toMatch(/^sync_beta-0\.5\.0-py3-none-any\.whl$/);
  });

  // Also the cost of a run (it was its own test, 5 entries of which 3 present, building 5 wheels
  // to show the same): 4 entries, 2 on the index, more entries than jobs, 2 clones and 2 builds.
  it('fetches and builds only the entries the index lacks (some present, some missing)', async () => {
    const ws = await syncedWorkspace(seeded.alphaGamma, lines().slice(0, 2));
    // The same index, now with two more entries in the file: only they are fetched.
    await writeFile(
      join(ws.dir, 'requirements', 'github.txt'),
      [...lines(), `git+${alpha.url}@v1.1.0#egg=sync-alpha`].join('\n'),
    );
    const rec = recordingRunner();
    const result = await sync(ws.cfg, rec.run);
    expect(result.entries.map((e) => e.outcome)).toEqual([
      'already-present',
      'already-present',
      'uploaded',
      'uploaded',
    ]);
    expect(result.counts).toEqual({
      entries: 4,
      'already-present': 2,
      uploaded: 2,
      unverified: 0,
      failed: 0,
      clones: 2,
      builds: 2,
    });
    expect(gitFetches(rec.calls)).toBe(2);
    expect(builds(rec.calls)).toBe(2);
    const wheels = (await readdir(join(ws.index, 'packages')))
      .filter((f) => f.endsWith('.whl'))
      .sort();
    expect(wheels).toEqual([
      'sync_alpha-1.0.0-py3-none-any.whl',
      'sync_alpha-1.1.0-py3-none-any.whl',
      'sync_beta-0.5.0-py3-none-any.whl',
      'sync_gamma-2.0.0-py3-none-any.whl',
    ]);
  });

  it('reports a bad ref, a build failure, a name mismatch and a nameless pin for their entries, and syncs the others', async () => {
    const ws = await workspace([
      `git+${alpha.url}@v9.9.9#egg=sync-alpha`,
      `git+${alpha.url}@broken#egg=sync-alpha`,
      `not-gamma @ git+${gamma.url}@2.0.0`,
      `git+${alpha.url}@${alpha.shas[2]?.slice(0, 10)}#egg=sync-alpha`,
      `sync-gamma @ git+${gamma.url}@2.0.0`,
      `git+${gamma.url}@2.0.0`,
    ]);
    const result = await sync(ws.cfg);
    expect(result.entries.map((e) => [e.outcome, e.reason])).toEqual([
      ['failed', 'bad-ref'],
      ['failed', 'build-failed'],
      ['failed', 'name-mismatch'],
      ['uploaded', undefined],
      ['uploaded', undefined],
      ['failed', 'unnamed'],
    ]);
    const [badRef, broken, mismatch, noVersion, , nameless] = result.entries;
    // A pin that names no package is refused before anything is fetched.
    expect(nameless?.cloned).toBe(false);
    expect(nameless?.error).toContain('names no package');
    expect(nameless?.error).toContain('#egg=<name>');
    expect(badRef?.error).toContain('v9.9.9');
    // A failed fetch is no clone, a failed build no build, in the counts.
    expect(badRef?.cloned).toBe(false);
    expect(badRef?.built).toBe(false);
    expect([broken?.cloned, broken?.built]).toEqual([true, false]);
    expect(broken?.error).toContain('setup.py fails on purpose');
    expect(mismatch?.error).toContain('builds sync-gamma 2.0.0, not not-gamma');
    // Found only by building it: the note says how to skip the clone next time.
    expect(noVersion?.version).toBe('1.2.0');
    expect(noVersion?.notes.join()).toContain('#egg=sync-alpha==1.2.0');
    expect(result.counts).toMatchObject({
      entries: 6,
      failed: 4,
      uploaded: 2,
      clones: 4,
      builds: 3,
    });
    // The name mismatch uploaded nothing; its own entry's package was uploaded by the good line.
    const wheels = (await readdir(join(ws.index, 'packages')))
      .filter((f) => f.endsWith('.whl'))
      .sort();
    expect(wheels).toEqual([
      'sync_alpha-1.2.0-py3-none-any.whl',
      'sync_gamma-2.0.0-py3-none-any.whl',
    ]);
  });

  it('refuses a subdirectory that points outside the repository', async () => {
    const ws = await workspace([`git+${gamma.url}@2.0.0#egg=sync-gamma&subdirectory=../..`]);
    const [entry] = (await sync(ws.cfg)).entries;
    expect(entry?.outcome).toBe('failed');
    expect(entry?.error).toContain('points outside the repository');
  });

  it('uploads to an HTTP index (the test index server) and pip installs from it', async () => {
    const server = new IndexServer({ users: { ci: 'pw-Sync-42!' }, existing: 'pypiserver' });
    await server.start();
    try {
      const ws = await workspace(lines().slice(0, 1), {
        'index-url': server.url,
        'index-type': 'pypiserver',
        username: 'ci',
        password: 'pw-Sync-42!',
      });
      const result = await sync(ws.cfg);
      expect(result.counts).toMatchObject({ uploaded: 1, failed: 0 });
      expect(server.count('upload')).toBe(1);
      expect(await pipInstallAndImport(server.simpleUrl, 'sync-alpha==1.0.0', 'sync_alpha')).toBe(
        'alpha 1.0.0',
      );
      const again = await sync(ws.cfg);
      expect(again.counts).toMatchObject({ 'already-present': 1, clones: 0 });
      expect(server.count('upload')).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('builds in an isolated environment when build-isolation is on', async () => {
    const ws = await workspace([`sync-gamma @ git+${gamma.url}@2.0.0`], {
      'build-isolation': 'true',
    });
    const rec = recordingRunner();
    const result = await sync(ws.cfg, rec.run);
    expect(result.counts).toMatchObject({ uploaded: 1, failed: 0 });
    const [build] = buildCalls(rec.calls);
    expect(build?.args).toContain('build');
    expect(build?.args).not.toContain('--no-isolation');
  });

  it('plans: lists what the index lacks as a matrix, without cloning anything', async () => {
    const ws = await syncedWorkspace(seeded.alpha, lines().slice(0, 1));
    await writeFile(
      join(ws.dir, 'requirements', 'github.txt'),
      [...lines(), `git+${alpha.url}@${alpha.shas[2]}#egg=sync-alpha`].join('\n'),
    );
    const rec = recordingRunner();
    const plan = (await syncRequirements(
      { ...ws.cfg, mode: 'plan' },
      { log: silentLog, run: rec.run },
    )) as PlanResult;
    expect(rec.calls).toEqual([]);
    expect(plan.entries.map((p) => p.status)).toEqual(['present', 'missing', 'missing', 'unknown']);
    expect(plan.missing).toBe(3);
    expect(plan.matrix.include.map((j) => j.name)).toEqual([
      'sync-gamma==2.0.0',
      'sync_beta==0.5.0',
      'sync-alpha',
    ]);

    // Each matrix job is a sync of its own requirement lines.
    const job = plan.matrix.include[1];
    const one = await workspace([], {
      'requirement-files': '',
      requirement: job?.requirement ?? '',
      'index-url': ws.index,
    });
    const result = await sync(one.cfg);
    expect(result.entries.map((e) => [e.name, e.outcome])).toEqual([['sync-beta', 'uploaded']]);
  });
  it('plan with rewrite: pins what the index has, and fetches and builds nothing', async () => {
    const ws = await syncedWorkspace(seeded.alpha, lines().slice(0, 1), {
      rewrite: 'true',
      'upstream-index': 'none',
    });
    const file = join(ws.dir, 'requirements', 'github.txt');
    await writeFile(file, [...lines(), `git+${gamma.url}@2.0.0`, ''].join('\n'));
    const rec = recordingRunner();
    const plan = (await syncRequirements(
      { ...ws.cfg, mode: 'plan' },
      { log: silentLog, run: rec.run },
    )) as PlanResult;
    expect(rec.calls).toEqual([]);
    expect(plan.entries.map((p) => p.status)).toEqual(['present', 'missing', 'missing', 'unnamed']);
    // A pin that names no package is no job for a sync: it would be refused.
    expect(plan.matrix.include).toHaveLength(2);
    expect(plan.rewrites.map((r) => r.changes.length)).toEqual([1]);
    expect((await readFile(file, 'utf8')).split('\n')).toEqual([
      `sync-alpha==1.0.0  # from git+${alpha.url}@v1.0.0`,
      ...lines().slice(1),
      `git+${gamma.url}@2.0.0`,
      '',
    ]);
  });

  it('sync with dist-dir publishes what a job without secrets built, and fetches and builds nothing', async () => {
    // The build job: syncs onto a directory index, no password (the seeded one).
    const built = { index: seeded.alphaGamma };
    expect(
      (await readdir(join(built.index, 'packages'))).filter((f) => !f.startsWith('.')),
    ).toEqual(['sync_alpha-1.0.0-py3-none-any.whl', 'sync_gamma-2.0.0-py3-none-any.whl']);
    // The publish job: the build job's files, another index, every requirement.
    const server = new IndexServer({ users: { ci: 'dist-dir-pw-4412' }, existing: 'pypiserver' });
    await server.start();
    try {
      const ws = await workspace(lines(), {
        'dist-dir': join(built.index, 'packages'),
        'index-url': server.url,
        'index-type': 'pypiserver',
        username: 'ci',
        password: 'dist-dir-pw-4412',
      });
      const rec = recordingRunner();
      const result = await sync(ws.cfg, rec.run);
      expect(rec.calls).toEqual([]);
      expect(result.entries.map((e) => [e.name, e.outcome, e.reason])).toEqual([
        ['sync-alpha', 'uploaded', undefined],
        ['sync-gamma', 'uploaded', undefined],
        ['sync_beta', 'failed', 'not-built'],
      ]);
      expect(result.entries[2]?.error).toContain('has no file of sync_beta 0.5.0');
      expect(result.counts).toMatchObject({ clones: 0, builds: 0 });
      expect(await pipInstallAndImport(server.simpleUrl, 'sync-gamma==2.0.0', 'sync_gamma')).toBe(
        'gamma 2.0.0',
      );
    } finally {
      await server.stop();
    }
  });
});

describe('sync: private repositories over HTTPS with a token', () => {
  const TOKEN = 'ghs_PrivateSyncToken_9f8e7d';
  let root: string;
  /** The runs' folders (index, work), apart from the served repositories. */
  let runs: string;
  let server: GitHttpServer;
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await makeRepo([
      { name: 'sync-private', version: '3.0.0', tag: 'v3.0.0', message: 'private 3.0.0' },
    ]);
    root = await mkdtemp(join(tmpdir(), 'wr-githost-'));
    runs = await mkdtemp(join(tmpdir(), 'wr-private-'));
    await mkdir(join(root, 'org'));
    await exec('git', ['clone', '-q', '--bare', repo.url, join(root, 'org', 'private.git')]);
    server = new GitHttpServer(root, TOKEN);
    await server.start();
    // git trusts the host's loopback certificate, as a runner trusts a real host's.
    Object.assign(process.env, gitTrustEnv());
  });
  afterAll(async () => {
    for (const k of Object.keys(gitTrustEnv())) delete process.env[k];
    await server.stop();
    await repo.cleanup();
    await rm(root, { recursive: true, force: true });
    await rm(runs, { recursive: true, force: true });
    clearSecrets();
  });

  async function run(inputs: Record<string, string>) {
    const dir = await mkdtemp(join(runs, 'run-'));
    const url = server.url('org/private.git');
    const all: Record<string, string> = {
      requirement: `git+${url}@v3.0.0#egg=sync-private`,
      'index-url': join(dir, 'index'),
      python: PYTHON,
      'build-isolation': 'false',
      ...inputs,
    };
    const cfg = readSyncConfig({ get: (n) => all[n] }, {}, dir);
    const lines: string[] = [];
    const log = {
      ...silentLog,
      info: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
      debug: (m: string) => lines.push(m),
      output: () => ({ line: (m: string) => lines.push(m), end() {} }),
    };
    const rec = recordingRunner();
    const result = (await syncRequirements(cfg, {
      log,
      run: rec.run,
      buildEnv: offlineBuildEnv(),
    })) as SyncResult;
    return { result, rec, lines, dir, host: new URL(url).host };
  }

  it('fails the entry with no-access, without prompting or retrying, when no token is given', async () => {
    const seenBefore = server.requestsFor('org/private.git').length;
    const { result, rec } = await run({});
    expect(result.entries[0]?.outcome).toBe('failed');
    expect(result.entries[0]?.reason).toBe('no-access');
    expect(result.entries[0]?.error).toContain('git-token');
    // Every git command ran with prompts off, so the 401 ends the fetch instead of a wait for a
    // password; the one fetch is not tried again, and nothing was sent with credentials.
    const git = rec.calls.filter((c) => c.command === 'git');
    expect(git.length).toBeGreaterThan(0);
    for (const call of git) {
      expect(call.env).toMatchObject({ GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' });
    }
    expect(git.filter((c) => c.args[0] === 'fetch')).toHaveLength(1);
    const seen = server.requestsFor('org/private.git').slice(seenBefore);
    expect(seen.map((r) => r.authorization)).toEqual([undefined]);
  });

  it('takes credentials written in the URL out of it, and sends them the same way', async () => {
    const url = server
      .url('org/private.git')
      .replace('https://', `https://x-access-token:${TOKEN}@`);
    const { result, rec, lines } = await run({ requirement: `git+${url}@v3.0.0#egg=sync-private` });
    expect(result.entries[0]?.outcome, result.entries[0]?.error).toBe('uploaded');
    expect(result.entries[0]?.entry.url).toBe(server.url('org/private.git'));
    const argv = rec.calls.map((c) => [c.command, ...c.args].join(' '));
    expectNoSecrets(
      [...argv, ...lines, JSON.stringify(result.entries.map((e) => e.entry.requirement))],
      [{ user: 'x-access-token', secret: TOKEN }],
    );
  });

  it('fetches with the token in an auth header set through the environment, never on a command line or in a log', async () => {
    const { result, rec, lines } = await run({
      'git-token': TOKEN,
      'git-token-hosts': server.host,
    });
    expect(result.entries[0]?.outcome, result.entries[0]?.error).toBe('uploaded');
    const header = `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    expect(server.authorizations).toContain(header);
    const argv = rec.calls.map((c) => [c.command, ...c.args].join(' '));
    expectNoSecrets(
      [...argv, ...lines, JSON.stringify(result)],
      [{ user: 'x-access-token', secret: TOKEN }],
    );
    // The token reached git only through GIT_CONFIG_* variables.
    const fetch = rec.calls.find((c) => c.command === 'git' && c.args[0] === 'fetch');
    expect(
      Object.entries(fetch?.env ?? {}).some(
        ([k, v]) => k.startsWith('GIT_CONFIG_VALUE_') && v?.includes(header),
      ),
    ).toBe(true);
  });
});
