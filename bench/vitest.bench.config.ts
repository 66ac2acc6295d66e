import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The in-process half of `npm run bench` (bench/run.ts spawns it): measurements that call
 * src/ directly, which Node's type stripping cannot load (`.js` specifiers, parameter
 * properties). One file at a time, so no measurement shares the CPU with another.
 */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '..'),
    include: ['bench/*.measure.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
