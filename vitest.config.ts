import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

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

export default defineConfig({
  test: {
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
