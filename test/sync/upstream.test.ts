/**
 * Rewrite without dependency confusion: a fork synced to the cache whose `name==version` the
 * upstream index (a local test index standing in for PyPI, 127.0.0.1 only) also has, with
 * other files, is never written as a bare pin.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execRunner } from '../../src/build/runner.js';
import { openUpstream } from '../../src/index/upstream.js';
import { silentLog } from '../../src/log.js';
import { readSyncConfig } from '../../src/sync/config.js';
import type { SyncResult } from '../../src/sync/sync.js';
import { syncRequirements } from '../../src/sync/sync.js';
import { checkUpstream } from '../../src/sync/upstream.js';
import { IndexServer } from '../support/index-server.js';
import { recordingLog } from '../support/log.js';
import { offlineBuildEnv, PYTHON, pipInstallInto } from '../support/python.js';
import { makeRepo, type TestRepo } from './git-repos.js';

const exec = promisify(execFile);

describe('sync --rewrite against an upstream index', () => {
  let fork: TestRepo;
  let original: TestRepo;
  let solo: TestRepo;
  let upstream: IndexServer;
  let work: string;
  /** A directory index holding the fork's sync-wiki 0.1.1 and sync-solo 1.0.0 (see beforeAll). */
  let seeded: string;

  beforeAll(async () => {
    // edx's fork of django-wiki at 0.1.1, and the project's own 0.1.1 that PyPI has.
    fork = await makeRepo([
      { name: 'sync-wiki', version: '0.1.1', tag: '0.1.1', message: 'the fork' },
    ]);
    original = await makeRepo([
      { name: 'sync-wiki', version: '0.1.0', tag: '0.1.0', message: 'upstream 0.1.0' },
      { name: 'sync-wiki', version: '0.1.1', tag: '0.1.1', message: 'upstream 0.1.1' },
    ]);
    solo = await makeRepo([
      { name: 'sync-solo', version: '1.0.0', tag: 'v1.0.0', message: 'solo 1.0.0' },
    ]);
    work = await mkdtemp(join(tmpdir(), 'wr-upstream-'));
    upstream = new IndexServer({ pep691: true });
    await upstream.start();
    // The upstream's own releases, uploaded as to any index.
    const publishUpstream = readSyncConfig(
      {
        get: (n) =>
          ({
            'requirement-files': '',
            requirement: [
              `git+${original.url}@0.1.0#egg=sync-wiki==0.1.0`,
              `git+${original.url}@0.1.1#egg=sync-wiki==0.1.1`,
            ].join('\n'),
            'index-url': upstream.uploadUrl,
            'index-type': 'pypiserver',
            python: PYTHON,
            'build-isolation': 'false',
            'verify-timeout': '10',
            jobs: '1',
          })[n],
      },
      {},
      work,
    );
    const done = (await syncRequirements(publishUpstream, {
      log: silentLog,
      run: execRunner,
      buildEnv: offlineBuildEnv(),
    })) as SyncResult;
    expect(done.counts.uploaded).toBe(2);
    // The cache each test rewrites against: the fork and solo synced once, as a first sync
    // leaves them (files and build record). Each test syncs a copy with its own rewrite
    // settings; what it rewrites is what the index has, uploaded or already there alike.
    const seed = await workspace({});
    const first = await sync(seed.cfg);
    expect(first.result.counts).toMatchObject({ uploaded: 2, failed: 0, builds: 2 });
    seeded = seed.index;
  });
  afterAll(async () => {
    await upstream?.stop();
    for (const r of [fork, original, solo]) await r?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  const lines = () => [
    `-e git+${fork.url}@0.1.1#egg=sync-wiki  # via -r github.in`,
    `git+${solo.url}@v1.0.0#egg=sync-solo==1.0.0`,
  ];

  async function workspace(inputs: Record<string, string>) {
    const dir = await mkdtemp(join(work, 'ws-'));
    await mkdir(join(dir, 'requirements'));
    const file = join(dir, 'requirements', 'github.txt');
    await writeFile(file, `${lines().join('\n')}\n`);
    const all: Record<string, string> = {
      'requirement-files': 'requirements/*.txt',
      'index-url': join(dir, 'index'),
      python: PYTHON,
      'build-isolation': 'false',
      'verify-timeout': '10',
      jobs: '2',
      ...inputs,
    };
    const cfg = readSyncConfig({ get: (n) => all[n] }, {}, dir);
    return { dir, cfg, file, index: join(dir, 'index') };
  }

  /** {@link workspace}, its index a copy of the seeded one. */
  async function syncedWorkspace(inputs: Record<string, string>) {
    const ws = await workspace(inputs);
    await cp(seeded, ws.index, { recursive: true });
    return ws;
  }

  const sync = async (cfg: ReturnType<typeof readSyncConfig>) => {
    const log = recordingLog();
    const result = (await syncRequirements(cfg, {
      log,
      run: execRunner,
      buildEnv: offlineBuildEnv(),
    })) as SyncResult;
    return { result, log };
  };

  it('tells a version the upstream has with other files from one it lacks', async () => {
    const client = openUpstream(upstream.simpleUrl, {
      retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
      timeoutMs: 10_000,
    });
    try {
      const theirs = upstream.files('sync-wiki').find((f) => f.version === '0.1.1');
      expect(await checkUpstream(client, 'sync-wiki', '0.1.1', ['0'.repeat(64)])).toEqual({
        kind: 'other-files',
        files: [theirs?.filename],
      });
      expect(await checkUpstream(client, 'Sync_Wiki', '0.1.1', [theirs?.sha256 ?? ''])).toEqual({
        kind: 'same-files',
      });
      expect(await checkUpstream(client, 'sync-wiki', '0.2.0', [])).toEqual({
        kind: 'absent',
        otherVersions: true,
      });
      expect(await checkUpstream(client, 'sync-solo', '1.0.0', [])).toEqual({
        kind: 'absent',
        otherVersions: false,
      });
    } finally {
      await client.close();
    }
  });

  it('keeps the git pin of a fork whose version the upstream also has, warning with the upstream named; rewrites the rest with their origin', async () => {
    const ws = await syncedWorkspace({ rewrite: 'true', 'upstream-index': upstream.simpleUrl });
    const { result, log } = await sync(ws.cfg);
    expect(result.counts).toMatchObject({ 'already-present': 2, failed: 0, builds: 0 });
    // Found on the index, not fetched: the origin names the ref pinned (an uploaded entry's
    // names the commit built; test/sync/sync.test.ts shows that).
    expect((await readFile(ws.file, 'utf8')).split('\n')).toEqual([
      lines()[0],
      `sync-solo==1.0.0  # from git+${solo.url}@v1.0.0`,
      '',
    ]);
    const warnings = log.lines.filter((l) => l.startsWith('warning: '));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `requirements/github.txt:1: not rewritten to sync-wiki==0.1.1: ${upstream.simpleUrl} has sync-wiki==0.1.1 too, with other files`,
    );
  });

  it('hash mode pins the fork to its own files, and pip reading both indexes installs the fork', async () => {
    const ws = await syncedWorkspace({ rewrite: 'hash', 'upstream-index': upstream.simpleUrl });
    const { result } = await sync(ws.cfg);
    expect(result.counts).toMatchObject({ 'already-present': 2, failed: 0, builds: 0 });
    const ours = (name: string) =>
      result.entries
        .find((e) => e.name === name)
        ?.files.map((f) => `--hash=sha256:${f.sha256}`)
        .join(' ');
    const text = await readFile(ws.file, 'utf8');
    expect(text.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^sync-wiki==0\\.1\\.1 ${ours('sync-wiki')}  # from git\\+${fork.url}@0\\.1\\.1  # via -r github\\.in$`,
        ),
      ),
      expect.stringMatching(new RegExp(`^sync-solo==1\\.0\\.0 ${ours('sync-solo')}  # from `)),
      '',
    ]);
    // The setup the README warns about: the cache plus the upstream. The hashes decide.
    const venv = await mkdtemp(join(tmpdir(), 'wr-venv-'));
    try {
      const python = await pipInstallInto(
        venv,
        `file://${ws.index}/simple/`,
        ['--extra-index-url', upstream.simpleUrl, '-r', ws.file],
        { GIT_ALLOW_PROTOCOL: 'none' },
      );
      const { stdout } = await exec(python, ['-c', 'import sync_wiki; print(sync_wiki.MESSAGE)']);
      expect(stdout.trim()).toBe('the fork');
    } finally {
      await rm(venv, { recursive: true, force: true });
    }
  });

  it('rewrites nothing when the upstream cannot be reached, and says so', async () => {
    const gone = new IndexServer();
    await gone.start();
    const url = gone.simpleUrl;
    await gone.stop();
    const ws = await syncedWorkspace({ rewrite: 'true', 'upstream-index': url, retries: '0' });
    const before = await readFile(ws.file, 'utf8');
    const { result, log } = await sync(ws.cfg);
    expect(result.counts).toMatchObject({ 'already-present': 2, failed: 0, builds: 0 });
    expect(await readFile(ws.file, 'utf8')).toBe(before);
    const warnings = log.lines.filter((l) => l.startsWith('warning: '));
    expect(warnings).toHaveLength(2);
    for (const w of warnings) {
      expect(w).toMatch(new RegExp(`not rewritten to .*: ${url} could not be asked .*`));
    }
  });
});
