import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that run in-process only, cleaning up what they change (secrets they register, spies,
 * fake timers): they share a worker, instead of paying a fresh one (about 0.5 CPU-s) each.
 */
const SHARED_WORKER = [
  'test/unit/**/*.test.ts',
  'test/pins/**/*.test.ts',
  'test/github/**/*.test.ts',
  'test/bump/pure.test.ts',
];

/**
 * The files that take longest (20 to 75 s each on 2 cores, in this order on 2026-12-02), which
 * start first when vitest has no timings of its own yet, as on CI's fresh clone: there it goes
 * by file size, and a long file started last made the run 40 s longer than its work. With
 * timings from an earlier run, vitest's own order (longest first) stands.
 */
const LONGEST = [
  'e2e/real-index-devpi',
  'e2e/real-index',
  'e2e/rerun',
  'sync/sync',
  'trust/build-isolation',
  'e2e/sync-cli',
  'e2e/publish-action',
  'e2e/sync-action',
  'trust/crash-safety',
  'e2e/release-runs',
].map((name) => `/test/${name}.test.ts`);

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timed = files.some((spec) => this.ctx.cache.getTestSpecificationResult(spec));
    if (timed) return sorted;
    const rank = (spec: TestSpecification) => {
      const at = LONGEST.findIndex((end) => spec.moduleId.endsWith(end));
      return at < 0 ? LONGEST.length : at;
    };
    // A stable sort: the rest keep vitest's order, projects as vitest grouped them.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    // End-to-end tests run real Python builds; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Test files spend most of their time waiting on child processes (python -m build, git, pip,
    // dist/index.js), not on this CPU: run two at once even on 2 cores, where vitest's default
    // (one less than the cores) would run them one by one. From 4 cores on, vitest's default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'shared-worker', include: SHARED_WORKER, isolate: false } },
      {
        extends: true,
        test: {
          name: 'own-worker',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SHARED_WORKER],
        },
      },
    ],
  },
});
