import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests run real Python builds; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Test files spend most of their time waiting on child processes (python -m build, git, pip,
    // dist/index.js), not on this CPU: run two at once even on 2 cores, where vitest's default
    // (one less than the cores) would run them one by one. From 4 cores on, vitest's default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
