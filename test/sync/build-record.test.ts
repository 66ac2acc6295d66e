/**
 * The build record on an edx-shaped github.in (issue 11 §1): a second sync clones and builds
 * nothing, for pins by tag, by commit with and without a version, and a pin whose `#egg=`
 * version disagrees with what its tag builds. Clones are counted where they happen, on the git
 * host (git's own smart-HTTP server); builds in the result and the programs run. A stale,
 * corrupt or missing record only costs a rebuild.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execRunner, type Runner } from '../../src/build/runner.js';
import { clearSecrets } from '../../src/secrets.js';
import { readSyncConfig, type SyncConfig } from '../../src/sync/config.js';
import type { PlanResult, SyncResult } from '../../src/sync/sync.js';
import { syncRequirements } from '../../src/sync/sync.js';
import { recordingLog } from '../support/log.js';
import { offlineBuildEnv, PYTHON } from '../support/python.js';
import { recordingRunner } from '../support/runner.js';
import { edxShaped, type StandIn } from './edx-shaped.js';
import { GitHttpServer, gitTrustEnv } from './git-http-server.js';
import { makeRepo, type TestRepo } from './git-repos.js';

/** edx-platform's requirements/edx/github.in at 000dbcc72c: SHA pins without versions, a tag whose #egg= says 2.0.1a5. */
const GITHUB_IN = 'openedx__edx-platform__000dbcc72c__requirements_edx_github.in';
const TOKEN = 'ghs_RecordNeverHoldsThis_51c2';

const buildsRun = (calls: Array<{ command: string; args: string[] }>) =>
  calls.filter((c) => {
    const line = [c.command, ...c.args];
    const at = line.indexOf(PYTHON);
    return at >= 0 && line[at + 1] === '-m' && line[at + 2] === 'build';
  }).length;

describe('the build record on an edx-shaped github.in', () => {
  let work: string;
  let root: string;
  let server: GitHttpServer;
  const repos: TestRepo[] = [];
  let standIns: Record<string, StandIn>;
  /** The first sync, of a fresh index: every test starts from a copy of the index it made. */
  let seeded: { index: string; result: SyncResult; fetches: number };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-record-'));
    root = join(work, 'host');
    await mkdir(root);
    // Real packages of the names the file pins, at the kinds of refs it pins them at.
    const made: Array<[string, string, Parameters<typeof makeRepo>[0], (r: TestRepo) => string]> = [
      [
        'edx/django-wiki',
        'django-wiki',
        [{ name: 'django-wiki', version: '1.0.2', tag: '1.0.2' }],
        () => '1.0.2',
      ],
      [
        'openedx/olxcleaner',
        'olxcleaner',
        [{ name: 'olxcleaner', version: '0.1.3' }],
        (r) => r.shas[0] as string,
      ],
      [
        'edx/MongoDBProxy',
        'MongoDBProxy',
        [{ name: 'MongoDBProxy', version: '0.1.0+edx.2' }],
        (r) => r.shas[0] as string,
      ],
      [
        'jazkarta/edx-jsme',
        'edx-jsme',
        [
          { name: 'edx-jsme', version: '0.1.0' },
          { name: 'edx-jsme', version: '0.2.0' },
        ],
        (r) => r.shas[0] as string,
      ],
      [
        'edx/django-ratelimit-backend',
        'django-ratelimit-backend',
        // The tag says 2.0.1a5; the package it holds says 2.0.1.
        [{ name: 'django-ratelimit-backend', version: '2.0.1', tag: 'v2.0.1a5', annotated: true }],
        () => 'v2.0.1a5',
      ],
    ];
    server = new GitHttpServer(root, TOKEN);
    await server.start();
    Object.assign(process.env, gitTrustEnv());
    standIns = {};
    for (const [github, name, history, ref] of made) {
      const repo = await makeRepo(history);
      repos.push(repo);
      await symlink(fileURLToPath(repo.url), join(root, `${name}.git`));
      standIns[`https://github.com/${github}`] = {
        repo: { ...repo, url: server.url(`${name}.git`) },
        ref: ref(repo),
      };
    }
    // Each test below is about what a later sync does with the index (and record) a first sync
    // left: that first sync is the same every time, so it runs once, and each test syncs a copy.
    const ws = await workspace();
    seeded = {
      index: ws.index,
      result: (await sync(ws.cfg)).result,
      fetches: server.fetches.length,
    };
  });
  afterAll(async () => {
    for (const k of Object.keys(gitTrustEnv())) delete process.env[k];
    await server.stop();
    for (const r of repos) await r.cleanup();
    await rm(work, { recursive: true, force: true });
    clearSecrets();
  });

  /** A workspace whose index is a copy of the first sync's (see `seeded`). */
  async function syncedWorkspace(): ReturnType<typeof workspace> {
    const ws = await workspace();
    await cp(seeded.index, ws.index, { recursive: true });
    return ws;
  }

  async function workspace(): Promise<{
    dir: string;
    cfg: SyncConfig;
    plan: SyncConfig;
    index: string;
  }> {
    const dir = await mkdtemp(join(work, 'ws-'));
    await mkdir(join(dir, 'requirements', 'edx'), { recursive: true });
    await writeFile(
      join(dir, 'requirements', 'edx', 'github.in'),
      await edxShaped(GITHUB_IN, standIns),
    );
    const all: Record<string, string> = {
      mode: 'sync',
      'requirement-files': 'requirements/edx/github.in',
      'index-url': join(dir, 'index'),
      python: PYTHON,
      'build-isolation': 'false',
      'verify-timeout': '10',
      'git-token': TOKEN,
      'git-token-hosts': server.host,
      jobs: '2',
    };
    const cfg = readSyncConfig({ get: (n) => all[n] }, {}, dir);
    const plan = readSyncConfig({ get: (n) => (n === 'mode' ? 'plan' : all[n]) }, {}, dir);
    return { dir, cfg, plan, index: join(dir, 'index') };
  }

  const sync = async (cfg: SyncConfig, run: Runner = execRunner) => {
    const log = recordingLog();
    const result = (await syncRequirements(cfg, {
      log,
      run,
      buildEnv: offlineBuildEnv(),
    })) as SyncResult;
    return { result, lines: log.lines };
  };
  const recordOf = (index: string) => join(index, '.wheelrelay', 'builds.json');
  const what = (r: SyncResult) => r.entries.map((e) => [e.name, e.version, e.outcome]);

  it('the file is shaped as issue 11 says: SHA pins with and without versions, a tag whose #egg= disagrees', async () => {
    const text = await edxShaped(GITHUB_IN, standIns);
    expect(text).toMatch(/edx-jsme\.git@[0-9a-f]{40}#egg=edx-jsme\n/);
    expect(text).toMatch(/olxcleaner\.git@[0-9a-f]{40}#egg=olxcleaner\n/);
    expect(text).toMatch(/MongoDBProxy\.git@[0-9a-f]{40}#egg=MongoDBProxy==0\.1\.0\+edx\.2\n/);
    expect(text).toContain('@v2.0.1a5#egg=django-ratelimit-backend==2.0.1a5');
    expect(text).toContain('django-wiki.git@1.0.2#egg=django-wiki\n');
  });

  it('a second sync fetches and builds nothing, for pins with and without versions', async () => {
    const first = seeded;
    expect(what(first.result)).toEqual([
      ['django-wiki', '1.0.2', 'uploaded'],
      ['olxcleaner', '0.1.3', 'uploaded'],
      ['MongoDBProxy', '0.1.0+edx.2', 'uploaded'],
      ['edx-jsme', '0.1.0', 'uploaded'],
      ['django-ratelimit-backend', '2.0.1', 'uploaded'],
    ]);
    expect(first.result.counts).toMatchObject({ clones: 5, builds: 5 });
    expect(first.fetches).toBeGreaterThanOrEqual(5);

    const ws = await syncedWorkspace();
    const fetchedBefore = server.fetches.length;
    const rec = recordingRunner();
    const second = await sync(ws.cfg, rec.run);
    expect(what(second.result)).toEqual([
      ['django-wiki', '1.0.2', 'already-present'],
      ['olxcleaner', '0.1.3', 'already-present'],
      ['MongoDBProxy', '0.1.0+edx.2', 'already-present'],
      ['edx-jsme', '0.1.0', 'already-present'],
      ['django-ratelimit-backend', '2.0.1', 'already-present'],
    ]);
    expect(second.result.counts).toMatchObject({ clones: 0, builds: 0, 'already-present': 5 });
    // Nothing was downloaded from the git host, and no build ran.
    expect(server.fetches.length).toBe(fetchedBefore);
    expect(buildsRun(rec.calls)).toBe(0);
    expect(rec.calls.filter((c) => c.command === 'git' && c.args[0] === 'fetch')).toEqual([]);
    // The commits come from the record, and the tag was resolved without a clone.
    expect(second.result.entries[3]?.commit).toBe(first.result.entries[3]?.commit);
    expect(second.result.entries[4]?.commit).toBe(first.result.entries[4]?.commit);
    // The disagreeing #egg= is still worth fixing, and the log says where the answer came from.
    expect(second.result.entries[4]?.notes.join()).toContain('says 2.0.1a5');
    expect(second.lines.join('\n')).toContain('says the build record');

    // Secrets never go into the record.
    const record = await readFile(recordOf(ws.index), 'utf8');
    expect(record).not.toContain(TOKEN);
    expect(record).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
    expect(record).toContain(`${server.url('edx-jsme')}@`);

    // The plan reads the record too: pins by commit it knows are present, without any git.
    const fetchesBeforePlan = server.requests.length;
    const plan = (await syncRequirements(ws.plan, {
      log: recordingLog(),
      run: rec.run,
    })) as PlanResult;
    expect(plan.entries.map((p) => [p.entry.name, p.status, p.built?.version])).toEqual([
      ['django-wiki', 'present', undefined],
      ['olxcleaner', 'present', '0.1.3'],
      ['MongoDBProxy', 'present', undefined],
      ['edx-jsme', 'present', '0.1.0'],
      // A tag: the plan asks no git server, so only a sync (one ls-remote) can tell.
      ['django-ratelimit-backend', 'missing', undefined],
    ]);
    expect(plan.matrix.include.map((j) => j.name)).toEqual(['django-ratelimit-backend==2.0.1a5']);
    expect(server.requests.length).toBe(fetchesBeforePlan);
  });

  // A missing record and a corrupt one are read alike, as an empty record (test/sync/record.test.ts
  // opens both): one sync with the index's record replaced by a corrupt file shows both what such a
  // run rebuilds and the warning. (This was two tests, each rebuilding the same three pins.)
  it('a corrupt record is ignored with a warning, costs a rebuild of the pins the index cannot name and nothing else, and is replaced', async () => {
    const ws = await syncedWorkspace();
    await writeFile(recordOf(ws.index), '{"format": "wheelrelay-build-record/1", "builds": {');
    const again = await sync(ws.cfg);
    expect(again.lines.join('\n')).toMatch(
      /warning: the build record .* is not one wheelrelay wrote/,
    );
    // Named versions are found on the index; the others are fetched and built again.
    expect(again.result.entries.map((e) => [e.name, e.outcome, e.cloned])).toEqual([
      ['django-wiki', 'already-present', false],
      ['olxcleaner', 'already-present', true],
      ['MongoDBProxy', 'already-present', false],
      ['edx-jsme', 'already-present', true],
      ['django-ratelimit-backend', 'already-present', true],
    ]);
    expect(again.result.counts).toMatchObject({ clones: 3, builds: 3, failed: 0 });
    // And the record is back: a third run fetches and builds nothing.
    expect(JSON.parse(await readFile(recordOf(ws.index), 'utf8')).builds).toBeDefined();
    const third = await sync(ws.cfg);
    expect(third.result.counts).toMatchObject({ clones: 0, builds: 0, failed: 0 });
  });

  it('a stale record (files the index no longer lists as recorded) costs a rebuild, never a wrong answer', async () => {
    const ws = await syncedWorkspace();
    const first = seeded;
    const doc = JSON.parse(await readFile(recordOf(ws.index), 'utf8'));
    const jsme = first.result.entries[3]?.commit as string;
    const key = Object.keys(doc.builds).find((k) => k.includes(jsme)) as string;
    // The record claims the commit built another file of another version...
    doc.builds[key].version = '0.2.0';
    doc.builds[key].files = [
      { filename: 'edx_jsme-0.2.0-py3-none-any.whl', sha256: 'a'.repeat(64) },
    ];
    // ...and another commit's file, listed under the name the record gives, with other bytes.
    const olx = first.result.entries[1]?.commit as string;
    const olxKey = Object.keys(doc.builds).find((k) => k.includes(olx)) as string;
    doc.builds[olxKey].files[0].sha256 = 'b'.repeat(64);
    await writeFile(recordOf(ws.index), JSON.stringify(doc));
    const again = await sync(ws.cfg);
    const [, olxcleaner, , edxJsme] = again.result.entries;
    expect([edxJsme?.version, edxJsme?.outcome, edxJsme?.cloned]).toEqual([
      '0.1.0',
      'already-present',
      true,
    ]);
    expect([olxcleaner?.outcome, olxcleaner?.cloned]).toEqual(['already-present', true]);
    expect(again.lines.join('\n')).toContain('fetching and building again');
    // The rebuild put the record right.
    const third = await sync(ws.cfg);
    expect(third.result.counts).toMatchObject({ clones: 0, builds: 0 });
  });
});
