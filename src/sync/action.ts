import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { withPipCache } from '../build/pip-cache.js';
import { execRunner } from '../build/runner.js';
import { debugStack, describeError } from '../errors.js';
import type { Log } from '../log.js';
import { redact } from '../secrets.js';
import { readSyncConfig } from './config.js';
import { type ActionsCache, restoreBuildRecord } from './record-cache.js';
import { syncOutputs, syncSummary } from './report.js';
import { syncRequirements } from './sync.js';

interface RunSyncOptions {
  /** The runner's log (src/main.ts `actionsLog`). */
  log: Log;
  /** Where the build record is kept between runs; @actions/cache unless a test hands another. */
  cache?: ActionsCache;
}

/**
 * The sync action (sync/action.yml), `mode: sync` or `mode: plan`: read inputs, sync (or plan), set outputs and the
 * job summary. Fails the step when an entry failed or is unverified (after every other entry was tried and
 * reported), or with one clear error when the run could not start.
 */
export async function runSync({ log, cache }: RunSyncOptions): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const cfg = readSyncConfig(
      { get: (name) => core.getInput(name) },
      process.env,
      workspace,
      (secret) => core.setSecret(secret),
      (m) => log.warning(m),
    );
    // A directory index keeps its record beside it; any other lives in the Actions cache.
    const recordPath = join(
      process.env.RUNNER_TEMP || tmpdir(),
      'wheelrelay-record',
      'builds.json',
    );
    const kept =
      cfg.index.type !== 'directory'
        ? await restoreBuildRecord(
            cache ?? (await import('@actions/cache')),
            recordPath,
            process.env,
            log,
          )
        : undefined;
    const result = await syncRequirements(cfg, {
      log,
      run: execRunner,
      onSecret: (secret) => core.setSecret(secret),
      ...(kept ? { recordPath } : {}),
      ...(cfg.pipCache
        ? {
            pipCache: (keyFiles: readonly string[]) =>
              withPipCache(cfg.cwd, cfg.python, execRunner, log, keyFiles),
          }
        : {}),
    });
    await kept?.save();
    for (const [key, value] of Object.entries(syncOutputs(result))) core.setOutput(key, value);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(syncSummary(result)).write();
    if (result.mode === 'sync' && result.counts.failed + result.counts.unverified > 0) {
      const c = result.counts;
      core.setFailed(
        c.failed > 0
          ? `${c.failed} of ${c.entries} git-pinned requirement(s) could not be synced${c.unverified > 0 ? ` and ${c.unverified} were uploaded but not verified` : ''}: see the errors above and the \`entries\` output`
          : `${c.unverified} of ${c.entries} git-pinned requirement(s) were uploaded but not listed within \`verify-timeout\`: check \`simple-url\` (or \`index-type\`), or raise \`verify-timeout\`; see the \`entries\` output`,
      );
    }
  } catch (err) {
    debugStack(err, core.debug);
    core.setFailed(redact(describeError(err)));
  }
}
