import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Log } from '../log.js';

/** The part of @actions/cache the build record uses, with the toolkit's own signatures. */
export interface ActionsCache {
  isFeatureAvailable(): boolean;
  /** The key restored (exact, else the newest whose key starts with a restore key), or undefined. */
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[],
  ): Promise<string | undefined>;
  /**
   * The saved entry's id, or -1 when nothing was saved: the key taken (entries are never
   * overwritten) or the service failing, which the toolkit logs itself. Throws only a
   * ValidationError (a path that does not exist).
   */
  saveCache(paths: string[], key: string): Promise<number>;
}

/** Every saved record's key starts with this, so a later run restores the newest one. */
export const RECORD_KEY_PREFIX = 'wheelrelay-build-record-';

/** The record file's fingerprint: a save is needed only when the run changed it. */
async function fingerprint(path: string): Promise<string | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  return bytes && createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * Restores the newest build record saved by an earlier run into `path` (the action's
 * record lives in the Actions cache: a runner starts empty), and returns what saves it when
 * the run ends. Keys carry the run, its attempt and the record's fingerprint, so parallel
 * jobs that learned different things each save theirs, and a record nobody changed is not
 * saved again. The cache only saves work: every failure here is a log line, never the step's.
 */
export async function restoreBuildRecord(
  cache: ActionsCache,
  path: string,
  env: NodeJS.ProcessEnv,
  log: Log,
): Promise<{ save(): Promise<void> }> {
  if (!cache.isFeatureAvailable()) {
    log.debug('the Actions cache service is not available: the build record starts empty');
    return { save: async () => {} };
  }
  const run = `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  try {
    const hit = await cache.restoreCache([path], `${RECORD_KEY_PREFIX}${run}`, [RECORD_KEY_PREFIX]);
    log.info(
      hit ? `restored the build record (${hit})` : 'no build record saved yet: it starts empty',
    );
  } catch (err) {
    log.warning(`could not restore the build record: ${(err as Error).message}`);
  }
  const restored = await fingerprint(path);
  return {
    async save() {
      const now = await fingerprint(path);
      if (!now || now === restored) return;
      const key = `${RECORD_KEY_PREFIX}${run}-${now}`;
      try {
        const id = await cache.saveCache([path], key);
        if (id === -1) log.debug(`build record ${key} not saved`);
        else log.info(`saved the build record (${key})`);
      } catch (err) {
        // Another job of this run saving the same record is normal, and never fatal.
        log.debug(`build record not saved: ${(err as Error).message}`);
      }
    },
  };
}
