/**
 * Sync of git-pinned requirements, driving `syncRequirements` in-process against real bare
 * repositories (test/sync/git-repos.ts) and a directory index: 12 pins with 9 already on the
 * index, against building all 12 one after another. Rows go to bench/rows.ts; a run with a
 * failed entry throws, because its numbers would describe something else.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { execRunner } from '../src/build/runner.js';
import { silentLog } from '../src/log.js';
import { readSyncConfig } from '../src/sync/config.js';
import { type SyncResult, syncRequirements } from '../src/sync/sync.js';
import { offlineBuildEnv, PYTHON } from '../test/support/python.js';
import { makeRepo, type TestRepo } from '../test/sync/git-repos.js';
import { addRow } from './rows.js';

const PACKAGES = 12;
const PRESENT = 9;

describe('sync of git-pinned requirements', () => {
  let repos: TestRepo[] = [];
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-bench-sync-'));
    repos = await Promise.all(
      Array.from({ length: PACKAGES }, (_, i) =>
        makeRepo([{ name: `bench-sync-${i + 1}`, version: `1.${i}.0`, tag: `v1.${i}.0` }]),
      ),
    );
  });
  afterAll(async () => {
    for (const r of repos) await r.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  /** Syncs the first `n` pins into the directory index `index`; throws if an entry failed. */
  async function sync(n: number, index: string, jobs?: number) {
    const inputs: Record<string, string> = {
      requirement: repos
        .slice(0, n)
        .map((r, i) => `git+${r.url}@v1.${i}.0#egg=bench-sync-${i + 1}`)
        .join('\n'),
      'index-url': join(work, index),
      python: PYTHON,
      'build-isolation': 'false',
      ...(jobs ? { jobs: String(jobs) } : {}),
    };
    const cfg = readSyncConfig({ get: (k) => inputs[k] }, {}, work);
    const t0 = performance.now();
    const result = (await syncRequirements(cfg, {
      log: silentLog,
      run: execRunner,
      buildEnv: offlineBuildEnv(),
    })) as SyncResult;
    const seconds = (performance.now() - t0) / 1000;
    const failed = result.entries.filter((e) => e.outcome === 'failed');
    if (failed.length > 0) throw new Error(failed.map((e) => e.error).join('\n'));
    const { counts } = result;
    return {
      seconds,
      jobs: cfg.jobs,
      counts,
      clonesBuilds: `${counts.clones} / ${counts.builds}`,
    };
  }

  it(`${PACKAGES} pins with ${PRESENT} present, against all ${PACKAGES} one after another`, async () => {
    const seed = await sync(PRESENT, 'index');
    addRow({
      what: `sync ${PRESENT} git pins onto an empty index (jobs ${seed.jobs})`,
      clonesBuilds: seed.clonesBuilds,
      seconds: seed.seconds,
      note: `sets up the next row`,
    });
    const partial = await sync(PACKAGES, 'index');
    const again = await sync(PACKAGES, 'index');
    const serial = await sync(PACKAGES, 'empty-index', 1);
    addRow({
      what: `sync ${PACKAGES} git pins, ${PRESENT} already on the index (jobs ${partial.jobs})`,
      clonesBuilds: partial.clonesBuilds,
      seconds: partial.seconds,
      note:
        `${partial.counts['already-present']} already present, ${partial.counts.uploaded} uploaded; ` +
        `${((100 * partial.seconds) / serial.seconds).toFixed(0)}% of the next row's time`,
    });
    addRow({
      what: `sync the same ${PACKAGES} git pins again, all on the index (jobs ${again.jobs})`,
      clonesBuilds: again.clonesBuilds,
      seconds: again.seconds,
      note: `${again.counts['already-present']} already present`,
    });
    addRow({
      what: `sync ${PACKAGES} git pins onto an empty index, one after another (jobs 1)`,
      clonesBuilds: serial.clonesBuilds,
      seconds: serial.seconds,
      note: `${(serial.seconds / serial.counts.builds).toFixed(2)} s per fetch + build + upload`,
    });
  });
});
