import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../log.js';
import type { Runner } from './runner.js';

const CONFIG_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt'];

/** pip's cache dir for builds run by wheelrelay, restored before and saved after the build. */
function pipCacheDir(): string {
  return join(process.env.RUNNER_TEMP || join(homedir(), '.cache'), 'wheelrelay-pip');
}

/**
 * The cache key: OS, architecture, Python version, and the hash of the build configuration:
 * `files` (relative to `dir`; by default the project's pyproject.toml, setup.py, setup.cfg and
 * requirements.txt, or for sync the requirement files it read).
 */
export async function pipCacheKey(
  dir: string,
  pythonVersion: string,
  files: readonly string[] = CONFIG_FILES,
): Promise<string> {
  const hash = createHash('sha256');
  for (const f of files) {
    const text = await readFile(join(dir, f)).catch(() => undefined);
    if (text) hash.update(`${f}\0`).update(text);
  }
  return `wheelrelay-pip-${process.platform}-${process.arch}-py${pythonVersion}-${hash.digest('hex').slice(0, 16)}`;
}

/** The interpreter's version (3.12.4), for the cache key. */
async function pythonVersion(python: string, run: Runner): Promise<string> {
  const res = await run(python, ['-c', 'import sys; print(sys.version.split()[0])'], {
    timeoutMs: 60_000,
  });
  return res.exitCode === 0 ? res.output.trim() : 'unknown';
}

/** pip's cache folder for a build, and how to save it once the build has filled it. */
export interface PipCache {
  readonly dir: string;
  save(): Promise<void>;
}

/**
 * Restores pip's cache through @actions/cache when the cache service is there (it is on
 * GitHub-hosted and most self-hosted runners), and returns its folder (the build seeds its own
 * cache from it and writes it back) and a function that saves it after the build.
 * @actions/cache is imported only here: it is heavy, and the upload path does not need it.
 */
export async function withPipCache(
  packageDir: string,
  python: string,
  run: Runner,
  log: Log,
  keyFiles?: readonly string[],
): Promise<PipCache> {
  const dir = pipCacheDir();
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    log.debug('the Actions cache service is not available: pip cache not restored');
    return { dir, save: async () => {} };
  }
  const key = await pipCacheKey(packageDir, await pythonVersion(python, run), keyFiles);
  const prefix = key.slice(0, key.lastIndexOf('-') + 1);
  let hit: string | undefined;
  try {
    hit = await cache.restoreCache([dir], key, [prefix]);
    log.info(hit ? `restored pip cache ${hit}` : `no pip cache for ${key} yet`);
  } catch (err) {
    log.warning(`could not restore the pip cache: ${(err as Error).message}`);
  }
  return {
    dir,
    async save() {
      if (hit === key) return;
      try {
        // -1: not saved (the key taken by another job, or the service refused), said by the
        // cache library itself; only a real id is a saved cache.
        const id = await cache.saveCache([dir], key);
        if (id === -1) log.debug(`pip cache ${key} not saved`);
        else log.info(`saved pip cache ${key}`);
      } catch (err) {
        // Another job saving the same key at the same time is normal, and never fatal.
        log.debug(`pip cache not saved: ${(err as Error).message}`);
      }
    },
  };
}
