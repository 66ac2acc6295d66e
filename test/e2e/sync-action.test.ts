import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ReserveCacheError, ValidationError } from '@actions/cache';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Log } from '../../src/log.js';
import { actionsLog } from '../../src/main.js';
import { runSync } from '../../src/sync/action.js';
import { type ActionsCache, RECORD_KEY_PREFIX } from '../../src/sync/record-cache.js';
import { actionEntry, parseOutputFile, runAction } from '../support/action-run.js';
import { ActionsCacheServer } from '../support/actions-cache-server.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, pipInstallAndImport } from '../support/python.js';
import { expectMasked, expectNoSecrets } from '../support/secrets.js';
import { expectBundleIncludes } from '../sync/bundle.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

/** The runner's log, as the action uses it. */
const log: Log = actionsLog;

/**
 * The sync action as sync/action.yml runs it (dist/sync.js); WHEELRELAY_TEST_ACTION points at
 * another entry (one built elsewhere).
 */
const bundle = process.env.WHEELRELAY_TEST_ACTION ?? actionEntry('sync');
/** The root action (action.yml, dist/index.js), which ran sync through `mode` before. */
const rootBundle = join(dirname(bundle), 'index.js');

let runnerDir: string | undefined;

/**
 * The Actions cache as its API answers (not a stand-in for the cache service): a miss is
 * undefined; a key restores an exact match, else the newest entry it prefixes; saving a
 * missing path is a ValidationError; a key already taken is not overwritten, and saveCache
 * returns -1 as @actions/cache does (it catches its ReserveCacheError and logs it).
 */
class CacheApi implements ActionsCache {
  readonly entries: Array<{ key: string; files: Map<string, Buffer> }> = [];
  isFeatureAvailable() {
    return true;
  }
  async restoreCache(paths: string[], primaryKey: string, restoreKeys: string[] = []) {
    for (const key of [primaryKey, ...restoreKeys]) {
      const hit =
        this.entries.find((e) => e.key === key) ??
        this.entries.findLast((e) => e.key.startsWith(key));
      if (!hit) continue;
      for (const path of paths) {
        const bytes = hit.files.get(path);
        if (!bytes) continue;
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, bytes);
      }
      return hit.key;
    }
    return undefined;
  }
  async saveCache(paths: string[], key: string) {
    if (this.entries.some((e) => e.key === key)) {
      const taken = new ReserveCacheError(
        `Unable to reserve cache with key ${key}, another job may be creating this cache.`,
      );
      process.stdout.write(`Failed to save: ${taken.message}\n`);
      return -1;
    }
    const files = new Map<string, Buffer>();
    for (const path of paths) {
      const bytes = await readFile(path).catch(() => undefined);
      if (!bytes) {
        throw new ValidationError(
          'Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.',
        );
      }
      files.set(path, bytes);
    }
    this.entries.push({ key, files });
    return this.entries.length;
  }
}

/**
 * Runs `runSync` in this process as the runner would run the action: inputs as INPUT_*
 * variables, outputs and summary to files. Restores the environment and exit code after.
 */
async function runInProcess(
  workspace: string,
  inputs: Record<string, string>,
  cache?: ActionsCache,
) {
  // One folder for every run: @actions/core remembers the summary file's path.
  runnerDir ??= await mkdtemp(join(tmpdir(), 'wr-runner-'));
  const dir = runnerDir;
  const saved = { ...process.env };
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  await writeFile(env.GITHUB_OUTPUT as string, '');
  await writeFile(env.GITHUB_STEP_SUMMARY as string, '');
  Object.assign(process.env, env);
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await runSync({ log, ...(cache ? { cache } : {}) });
    return {
      failed: process.exitCode === 1,
      stdout,
      outputs: parseOutputFile(await readFile(env.GITHUB_OUTPUT as string, 'utf8')),
      summary: await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
    };
  } finally {
    spy.mockRestore();
    process.exitCode = 0;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe('the sync action (sync/action.yml), mode: sync and mode: plan', () => {
  let repo: TestRepo;
  let work: string;
  /** A workspace whose wheelhouse a first sync left holding act-alpha 1.0.0, and that run. */
  let seeded: { ws: string; run: Awaited<ReturnType<typeof runInProcess>> };

  beforeAll(async () => {
    repo = await makeRepo([
      { name: 'act-alpha', version: '1.0.0', tag: 'v1.0.0', message: 'act alpha 1.0.0' },
      { name: 'act-alpha', version: '2.0.0', tag: 'v2.0.0', message: 'act alpha 2.0.0' },
    ]);
    work = await mkdtemp(join(tmpdir(), 'wr-sync-action-'));
    // The first test's sync: act-alpha 1.0.0 and a pin that cannot be fetched, onto a fresh
    // directory index. The tests that need an index already holding act-alpha 1.0.0 start from
    // a copy of the one it leaves (each used to sync and build it again).
    const ws = await workspace([
      `-e git+${repo.url}@v1.0.0#egg=act-alpha==1.0.0`,
      `git+${repo.url}@v7.7.7#egg=act-alpha`,
    ]);
    const run = await runInProcess(ws, {
      ...base,
      mode: 'sync',
      'requirement-files': 'requirements/*.txt',
    });
    seeded = { ws, run };
  });
  afterAll(async () => {
    await repo?.cleanup();
    await rm(work, { recursive: true, force: true });
    if (runnerDir) await rm(runnerDir, { recursive: true, force: true });
  });

  async function workspace(lines: string[]) {
    const dir = await mkdtemp(join(work, 'ws-'));
    await mkdir(join(dir, 'requirements'));
    await writeFile(join(dir, 'requirements', 'github.txt'), `${lines.join('\n')}\n`);
    return dir;
  }
  /** {@link workspace}, its wheelhouse a copy of the seeded one. */
  async function seededWorkspace(lines: string[]) {
    const dir = await workspace(lines);
    await cp(join(seeded.ws, 'wheelhouse'), join(dir, 'wheelhouse'), { recursive: true });
    return dir;
  }
  const base = {
    python: PYTHON,
    'build-isolation': 'false',
    'verify-timeout': '10',
    'index-url': 'wheelhouse',
  };

  it('syncs, sets entries/counts outputs and a summary row per entry, and fails the step for a failed entry', async () => {
    // The sync run in beforeAll, of act-alpha 1.0.0 and a pin that cannot be fetched.
    const { ws, run } = seeded;
    expect(run.failed).toBe(true);
    expect(JSON.parse(run.outputs.counts ?? '{}')).toEqual({
      entries: 2,
      'already-present': 0,
      uploaded: 1,
      unverified: 0,
      failed: 1,
      clones: 1,
      builds: 1,
    });
    const entries = JSON.parse(run.outputs.entries ?? '[]');
    expect(entries.map((e: { outcome: string }) => e.outcome)).toEqual(['uploaded', 'failed']);
    expect(entries[1].reason).toBe('bad-ref');
    expect(run.summary).toContain('| `act-alpha 1.0.0` |');
    expect(run.summary).toContain('| failed | bad-ref');
    expect(run.stdout).toContain('::group::act-alpha==1.0.0: uploaded');
    expect(run.stdout).toContain('::error::');
    expect(run.stdout).toContain('1 of 2 git-pinned requirement(s) could not be synced');
    expect(
      await pipInstallAndImport(`file://${ws}/wheelhouse/simple/`, 'act-alpha==1.0.0', 'act_alpha'),
    ).toBe('act alpha 1.0.0');
  });

  it('keeps the build record in the Actions cache: a later run on a fresh runner fetches nothing for a pin by commit', async () => {
    const server = new IndexServer();
    await server.start();
    const cache = new CacheApi();
    try {
      const ws = await workspace([`git+${repo.url}@${repo.shas[1]}#egg=act-alpha`]);
      const inputs = {
        ...base,
        'index-url': server.url,
        mode: 'sync',
        'requirement-files': 'requirements/github.txt',
      };
      const runOn = async (runId: string) => {
        // Each run starts on a fresh runner: nothing in RUNNER_TEMP but what the cache restores.
        if (runnerDir)
          await rm(join(runnerDir, 'wheelrelay-record'), { recursive: true, force: true });
        process.env.GITHUB_RUN_ID = runId;
        try {
          return await runInProcess(ws, inputs, cache);
        } finally {
          delete process.env.GITHUB_RUN_ID;
        }
      };
      const first = await runOn('101');
      expect(first.failed, first.stdout).toBe(false);
      expect(JSON.parse(first.outputs.counts ?? '{}')).toMatchObject({ uploaded: 1, clones: 1 });
      expect(cache.entries.map((e) => e.key)).toEqual([
        expect.stringMatching(new RegExp(`^${RECORD_KEY_PREFIX}101-1-[0-9a-f]{16}$`)),
      ]);

      const second = await runOn('102');
      expect(second.failed, second.stdout).toBe(false);
      expect(JSON.parse(second.outputs.counts ?? '{}')).toMatchObject({
        'already-present': 1,
        clones: 0,
        builds: 0,
      });
      expect(second.stdout).toContain(`restored the build record (${cache.entries[0]?.key})`);
      // Nothing new was learned: nothing saved again.
      expect(cache.entries).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });

  it('plans: sets the matrix and missing outputs, and the matrix job syncs its entry', async () => {
    // The wheelhouse already holds act-alpha 1.0.0.
    const ws = await seededWorkspace([
      `-e git+${repo.url}@v1.0.0#egg=act-alpha==1.0.0`,
      `git+${repo.url}@v2.0.0#egg=act-alpha`,
    ]);
    const plan = await runInProcess(ws, {
      ...base,
      mode: 'plan',
      'requirement-files': 'requirements/github.txt',
    });
    expect(plan.failed, plan.stdout).toBe(false);
    expect(plan.outputs.missing).toBe('1');
    const matrix = JSON.parse(plan.outputs.matrix ?? '{}');
    expect(matrix.include).toEqual([
      { requirement: `git+${repo.url}@v2.0.0#egg=act-alpha`, name: 'act-alpha==2.0.0' },
    ]);

    const job = await runInProcess(ws, {
      ...base,
      mode: 'sync',
      requirement: matrix.include[0].requirement,
      rewrite: 'true',
      'upstream-index': 'none',
    });
    expect(job.failed).toBe(false);
    expect(JSON.parse(job.outputs.counts ?? '{}')).toMatchObject({ uploaded: 1, clones: 1 });
    expect(job.outputs['rewritten-files']).toBe('[]');
  });

  it('rewrites the requirement files in the workspace with rewrite: true', async () => {
    // The wheelhouse already holds act-alpha 1.0.0: rewriting needs no fresh upload.
    const ws = await seededWorkspace([
      `-e git+${repo.url}@v1.0.0#egg=act-alpha==1.0.0`,
      'django==4.2',
    ]);
    const run = await runInProcess(ws, {
      ...base,
      mode: 'sync',
      'requirement-files': 'requirements/*.txt',
      rewrite: 'true',
      'upstream-index': 'none',
    });
    expect(run.failed, run.stdout).toBe(false);
    expect(JSON.parse(run.outputs.counts ?? '{}')).toMatchObject({
      'already-present': 1,
      clones: 0,
    });
    expect(run.outputs['rewritten-files']).toBe('["requirements/github.txt"]');
    // Found on the index, not fetched: the origin names the tag pinned.
    expect((await readFile(join(ws, 'requirements', 'github.txt'), 'utf8')).split('\n')).toEqual([
      `act-alpha==1.0.0  # from git+${repo.url}@v1.0.0`,
      'django==4.2',
      '',
    ]);
  });

  it('fails with one clear error for an unknown mode or no requirement files', async () => {
    const ws = await workspace([]);
    const bad = await runInProcess(ws, { ...base, mode: 'mirror', 'requirement-files': 'x' });
    expect(bad.failed).toBe(true);
    expect(bad.stdout).toContain("input `mode` is 'mirror'");
    const none = await runInProcess(ws, { ...base, mode: 'sync' });
    expect(none.stdout).toContain('needs `requirement-files`');
  });

  it('runs from the bundle (dist/sync.js) as sync/action.yml runs it: sync by default, then plan', async () => {
    expectBundleIncludes(bundle, 'requirement-files');
    const ws = await workspace([`git+${repo.url}@v2.0.0#egg=act-alpha==2.0.0`]);
    const run = await runAction({
      workspace: ws,
      env: offlineBuildEnv(),
      entry: bundle,
      inputs: { ...base, 'requirement-files': 'requirements/*.txt' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('::warning::');
    expect(JSON.parse(run.outputs.counts ?? '{}')).toMatchObject({ uploaded: 1, failed: 0 });
    expect(run.summary).toContain('### wheelrelay sync: 1 uploaded');

    const token = 'ghs_BundledActionToken_31337';
    const plan = await runAction({
      workspace: ws,
      entry: bundle,
      inputs: {
        ...base,
        mode: 'plan',
        'requirement-files': 'requirements/*.txt',
        'git-token': token,
      },
    });
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(plan.outputs.missing).toBe('0');
    expect(JSON.parse(plan.outputs.matrix ?? '{}')).toEqual({ include: [] });
    expectMasked(plan.stdout, [{ secret: token }]);
    expectNoSecrets(plan.everything(), [{ user: 'x-access-token', secret: token }]);
  });

  it('the root action with mode: sync or mode: plan still syncs and plans, with one warning naming the uses: line to write', async () => {
    expectBundleIncludes(rootBundle, 'is deprecated: sync and plan are their own action');
    // The wheelhouse already holds act-alpha 1.0.0: what is tested is where `mode` leads, not
    // a build (the bundle test above builds through the sync action's entry).
    const ws = await seededWorkspace([`git+${repo.url}@v1.0.0#egg=act-alpha==1.0.0`]);
    // What the runner sets for `uses: acme/wheelrelay@<sha>`.
    const actionEnv = { GITHUB_ACTION_REPOSITORY: 'acme/wheelrelay', GITHUB_ACTION_REF: 'f00d' };
    const sync = await runAction({
      workspace: ws,
      env: { ...offlineBuildEnv(), ...actionEnv },
      entry: rootBundle,
      inputs: { ...base, mode: 'sync', 'requirement-files': 'requirements/*.txt' },
    });
    expect(sync.exitCode, sync.stdout).toBe(0);
    expect(JSON.parse(sync.outputs.counts ?? '{}')).toMatchObject({
      entries: 1,
      'already-present': 1,
      failed: 0,
    });
    expect(sync.summary).toContain('### wheelrelay sync: ');
    expect(sync.stdout.match(/^::warning::.*$/gm)).toEqual([
      '::warning::`mode: sync` on the wheelrelay action is deprecated: sync and plan are their own action. Write `uses: acme/wheelrelay/sync@f00d` instead, with the same inputs (`mode` can go).',
    ]);
    // Nothing of publish ran: no publish output, no package built from the workspace.
    expect(sync.outputs.published).toBeUndefined();

    const plan = await runAction({
      workspace: ws,
      env: actionEnv,
      entry: rootBundle,
      inputs: { ...base, mode: 'plan', 'requirement-files': 'requirements/*.txt' },
    });
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(plan.outputs.missing).toBe('0');
    expect(plan.stdout.match(/^::warning::.*$/gm)).toEqual([
      '::warning::`mode: plan` on the wheelrelay action is deprecated: sync and plan are their own action. Write `uses: acme/wheelrelay/sync@f00d` instead, with the same inputs (`mode: plan` stays).',
    ]);
  });

  it('the sync action refuses mode: publish, naming the values it takes', async () => {
    const ws = await workspace([`git+${repo.url}@v1.0.0#egg=act-alpha==1.0.0`]);
    const run = await runAction({
      workspace: ws,
      entry: bundle,
      inputs: { ...base, mode: 'publish', 'requirement-files': 'requirements/*.txt' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::input `mode` is 'publish'");
    expect(run.outputs).toEqual({});
  });

  it("with cache: true, a sync restores pip's cache before its first build and saves it after, through the Actions cache service", async () => {
    expectBundleIncludes(bundle, 'restored pip cache');
    // Each build checks what the previous run's build left in pip's cache, and adds to it.
    const setupPy = (version: string) =>
      [
        'import os, pathlib',
        'cache = pathlib.Path(os.environ["PIP_CACHE_DIR"]) / "wheelrelay-probe"',
        'seen = sorted(p.name for p in cache.glob("*"))',
        `if "${version}" == "2.0.0" and "built-1.0.0" not in seen:`,
        '    raise SystemExit(f"the pip cache of the first run is not here: {seen}")',
        'cache.mkdir(parents=True, exist_ok=True)',
        `(cache / "built-${version}").write_text("by the build")`,
      ].join('\n');
    const probe = await makeRepo([
      { name: 'cache-probe', version: '1.0.0', tag: 'v1.0.0', setupPy: setupPy('1.0.0') },
      { name: 'cache-probe', version: '2.0.0', tag: 'v2.0.0', setupPy: setupPy('2.0.0') },
    ]);
    const service = new ActionsCacheServer();
    await service.start();
    try {
      // Each run is a fresh runner with the cache service: RUNNER_TEMP empty, at the same path
      // as on every hosted runner (the cache's version hashes the paths it saves).
      const runnerTemp = join(work, 'runner-temp');
      const runOn = async (tag: string, extra: Record<string, string> = {}) => {
        await rm(runnerTemp, { recursive: true, force: true });
        await mkdir(runnerTemp);
        const ws = await workspace([`git+${probe.url}@${tag}#egg=cache-probe`]);
        return runAction({
          workspace: ws,
          entry: bundle,
          env: { ...offlineBuildEnv(), ...service.env(), RUNNER_TEMP: runnerTemp },
          writes: [runnerTemp],
          inputs: { ...base, 'requirement-files': 'requirements/*.txt', ...extra },
          secrets: [{ secret: service.token }],
        });
      };
      const key = /wheelrelay-pip-linux-[a-z0-9]+-py3\.\d+\.\d+-[0-9a-f]{16}/;

      const first = await runOn('v1.0.0');
      expect(first.exitCode, first.stdout).toBe(0);
      expect(JSON.parse(first.outputs.counts ?? '{}')).toMatchObject({ builds: 1, uploaded: 1 });
      const firstKey = key.exec(first.stdout)?.[0] ?? '';
      expect(first.stdout).toContain(`no pip cache for ${firstKey} yet`);
      expect(first.stdout).toContain(`saved pip cache ${firstKey}`);
      expect(service.entries.map((e) => [e.key, e.finalized])).toEqual([[firstKey, true]]);

      const calls = service.calls.length;
      const second = await runOn('v2.0.0');
      expect(second.exitCode, second.stdout).toBe(0);
      expect(JSON.parse(second.outputs.counts ?? '{}')).toMatchObject({ builds: 1, uploaded: 1 });
      expect(second.stdout).toContain(`restored pip cache ${firstKey}`);
      const secondKey = service.entries[1]?.key ?? '';
      expect(secondKey).not.toBe(firstKey);
      expect(secondKey.slice(0, secondKey.lastIndexOf('-'))).toBe(
        firstKey.slice(0, firstKey.lastIndexOf('-')),
      );
      expect(second.stdout).toContain(`saved pip cache ${secondKey}`);
      expect(service.calls.slice(calls).map((c) => `${c.call} ${c.status}`)).toEqual([
        'GetCacheEntryDownloadURL 200',
        'blob GET 200',
        'CreateCacheEntry 200',
        'blob PUT 201',
        'FinalizeCacheEntryUpload 200',
      ]);

      // Nothing to build (plan; or a cache: false run): the cache service is not asked.
      const quiet = service.calls.length;
      const plan = await runOn('v2.0.0', { mode: 'plan' });
      expect(plan.exitCode, plan.stdout).toBe(0);
      const off = await runOn('v1.0.0', { cache: 'false' });
      expect(off.exitCode, off.stdout).toBe(0);
      expect(JSON.parse(off.outputs.counts ?? '{}')).toMatchObject({ builds: 1 });
      expect(service.calls.slice(quiet)).toEqual([]);
    } finally {
      await service.stop();
      await probe.cleanup();
    }
  });
});
