/**
 * Sync on a monorepo's requirement files shaped like edx-platform's `github.txt` (issue 11):
 * the real file from the requirement corpus, its github.com repositories replaced by local
 * ones holding real packages of the same names, at the same kinds of refs (tags, full commit
 * ids with and without versions, a tag whose `#egg=` version disagrees with what it builds).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execRunner, type Runner } from '../../src/build/runner.js';
import { silentLog } from '../../src/log.js';
import { readSyncConfig, type SyncConfig } from '../../src/sync/config.js';
import type { SyncDeps, SyncResult } from '../../src/sync/sync.js';
import { syncRequirements } from '../../src/sync/sync.js';
import { recordingLog } from '../support/log.js';
import { offlineBuildEnv, PYTHON } from '../support/python.js';
import { edxShaped, FIXTURES, GITHUB_TXT } from './edx-shaped.js';
import { makeRepo, type TestRepo } from './git-repos.js';

describe('sync on an edx-shaped github.txt', () => {
  let work: string;
  const repos: TestRepo[] = [];
  let mongo: TestRepo;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-edx-'));
    // MongoDBProxy declares pymongo as a build requirement and never imports it.
    mongo = await makeRepo([
      { name: 'MongoDBProxy', version: '0.1.0', unusedBuildRequires: ['pymongo-never-used'] },
    ]);
    repos.push(mongo);
  });
  afterAll(async () => {
    for (const r of repos) await r.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  async function workspace(
    text: string,
    inputs: Record<string, string> = {},
  ): Promise<{ dir: string; cfg: SyncConfig; file: string }> {
    const dir = await mkdtemp(join(work, 'ws-'));
    await mkdir(join(dir, 'requirements', 'edx'), { recursive: true });
    const file = join(dir, 'requirements', 'edx', 'github.txt');
    await writeFile(file, text);
    const all: Record<string, string> = {
      mode: 'sync',
      'requirement-files': 'requirements/edx/github.txt',
      'index-url': join(dir, 'index'),
      python: PYTHON,
      'build-isolation': 'false',
      'verify-timeout': '10',
      jobs: '2',
      ...inputs,
    };
    return { dir, cfg: readSyncConfig({ get: (n) => all[n] }, {}, dir), file };
  }

  const sync = async (cfg: SyncConfig, run: Runner = execRunner, extra: Partial<SyncDeps> = {}) =>
    (await syncRequirements(cfg, {
      log: silentLog,
      run,
      buildEnv: offlineBuildEnv(),
      ...extra,
    })) as SyncResult;

  describe('git configured the way users set it up: insteadOf to a file:// mirror', () => {
    let wiki: TestRepo;
    let gitConfig: string;
    beforeAll(async () => {
      wiki = await makeRepo([{ name: 'django-wiki', version: '0.0.8', tag: 'v0.0.8' }]);
      repos.push(wiki);
      // The user's own git config sends the github.com repository to a local mirror.
      gitConfig = join(work, 'gitconfig');
      await writeFile(
        gitConfig,
        `[url "${wiki.url}"]\n\tinsteadOf = https://github.com/edx/django-wiki.git\n`,
      );
    });

    /** Runs `fn` with the user's git config, and GIT_ALLOW_PROTOCOL as given, in the environment. */
    async function withGitEnv<T>(allow: string | undefined, fn: () => Promise<T>): Promise<T> {
      const saved = {
        global: process.env.GIT_CONFIG_GLOBAL,
        allow: process.env.GIT_ALLOW_PROTOCOL,
      };
      process.env.GIT_CONFIG_GLOBAL = gitConfig;
      if (allow === undefined) delete process.env.GIT_ALLOW_PROTOCOL;
      else process.env.GIT_ALLOW_PROTOCOL = allow;
      try {
        return await fn();
      } finally {
        for (const [k, v] of [
          ['GIT_CONFIG_GLOBAL', saved.global],
          ['GIT_ALLOW_PROTOCOL', saved.allow],
        ] as const) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      }
    }

    /** The real file's django-wiki line, github.com URL and all. */
    const wikiLine = async () => {
      const text = await readFile(new URL(GITHUB_TXT, FIXTURES), 'utf8');
      return text.split('\n').filter((l) => l.includes('github.com/edx/django-wiki.git'));
    };

    it('without GIT_ALLOW_PROTOCOL, fails saying that it is the way to allow the transport', async () => {
      const ws = await workspace(`${(await wikiLine()).join('\n')}\n`);
      const [entry] = (await withGitEnv(undefined, () => sync(ws.cfg))).entries;
      expect(entry?.outcome).toBe('failed');
      expect(entry?.error).toContain("git refused the 'file' transport");
      expect(entry?.error).toContain('insteadOf');
      expect(entry?.error).toContain('GIT_ALLOW_PROTOCOL=file:https:ssh');
    });

    it("with the user's GIT_ALLOW_PROTOCOL, fetches from the mirror and uploads", async () => {
      const ws = await workspace(`${(await wikiLine()).join('\n')}\n`);
      const result = await withGitEnv('file:https', () => sync(ws.cfg));
      expect(result.entries.map((e) => [e.name, e.version, e.outcome])).toEqual([
        ['django-wiki', '0.0.8', 'uploaded'],
      ]);
      expect(result.entries[0]?.commit).toBe(wiki.shas[0]);
    });
  });

  describe('a package with a build requirement it never uses (MongoDBProxy)', () => {
    const standIns = () => ({
      'https://github.com/edx/MongoDBProxy': { repo: mongo, ref: mongo.shas[0] as string },
    });

    it('fails without --skip-dependency-check, naming the command that ran and how to run it', async () => {
      const ws = await workspace(await edxShaped(GITHUB_TXT, standIns()));
      const [entry] = (await sync(ws.cfg)).entries;
      expect(entry?.outcome).toBe('failed');
      expect(entry?.reason).toBe('build-failed');
      expect(entry?.error).toContain('pymongo-never-used');
      // The exact command, as it ran.
      expect(entry?.error).toMatch(
        /the command was: .*-m build --outdir \S+ --wheel --no-isolation /,
      );
      // How to make the checkout again and run the same build by hand.
      expect(entry?.error).toContain(
        `git clone ${mongo.url} src && git -C src checkout ${mongo.shas[0]} && cd src && ${PYTHON} -m build --wheel --no-isolation .`,
      );
      expect(entry?.error).toContain('--skip-dependency-check');
    });

    it('builds and uploads with skip-dependency-check, saying which entry is still at which step', async () => {
      const ws = await workspace(await edxShaped(GITHUB_TXT, standIns()));
      ws.cfg.skipDependencyCheck = true;
      const log = recordingLog();
      // The progress timer fires once as each long step starts: the line, not its timing.
      const every = (_ms: number, tick: () => void) => {
        tick();
        return () => {};
      };
      const result = await sync(ws.cfg, execRunner, { log, progress: { everyMs: 5000, every } });
      expect(result.entries.map((e) => [e.name, e.version, e.outcome])).toEqual([
        ['MongoDBProxy', '0.1.0', 'uploaded'],
      ]);
      for (const step of ['fetching', 'building', 'uploading and waiting for the index to list it'])
        expect(log.lines).toContain(`MongoDBProxy==0.1.0: still ${step}, 0 s`);
    });
  });
});
