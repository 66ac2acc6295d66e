import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-run.js';
import { offlineBuildEnv, PYTHON, packageRepo } from '../support/python.js';

const exec = promisify(execFile);

describe('building where the `build` package is missing', () => {
  let venv: string;
  beforeAll(async () => {
    // A plain venv: pip (from Debian's bundled wheel), no `build`. Every user may use it, as a
    // build user must (builds run as one when the tests run as root).
    venv = await mkdtemp(join(tmpdir(), 'wr-nobuild-'));
    await chmod(venv, 0o755);
    await exec(PYTHON, ['-m', 'venv', venv]);
  });
  afterAll(() => rm(venv, { recursive: true, force: true }));

  it('falls back to pip wheel, says so, and publishes the wheel', async () => {
    const pkg = await packageRepo({ name: 'relay-fallback', version: '0.4.0', tag: 'v0.4.0' });
    const index = await mkdtemp(join(tmpdir(), 'wr-index-'));
    try {
      const run = await runAction({
        workspace: pkg.dir,
        ref: 'refs/tags/v0.4.0',
        env: offlineBuildEnv(),
        inputs: { 'index-url': index, python: join(venv, 'bin', 'python') },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toContain(
        '::warning::' +
          join(venv, 'bin', 'python') +
          " has no 'build' module: building the wheel with pip wheel instead",
      );
      expect(run.stdout).toMatch(/-m pip wheel --no-deps --wheel-dir /);
      expect(run.outputs.published).toBe('true');
    } finally {
      await pkg.cleanup();
      await rm(index, { recursive: true, force: true });
    }
  });

  it('refuses an sdist without `build`, saying how to get it', async () => {
    const pkg = await packageRepo({ name: 'relay-fallback-sdist', version: '0.4.0' });
    try {
      const run = await runAction({
        workspace: pkg.dir,
        env: offlineBuildEnv(),
        inputs: {
          'index-url': join(pkg.dir, 'idx'),
          python: join(venv, 'bin', 'python'),
          dists: 'both',
        },
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(
        /::error::.*has no 'build' module, and an sdist cannot be built without it/,
      );
    } finally {
      await pkg.cleanup();
    }
  });
});
