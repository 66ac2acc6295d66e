import * as core from '@actions/core';
import { execRunner } from '../build/runner.js';
import { debugStack, describeError } from '../errors.js';
import type { Log } from '../log.js';
import { redact } from '../secrets.js';
import { bumpInCheckout } from './bump.js';
import { lookUpRelease } from './look-up.js';
import { bumpOutputs, bumpSummary } from './report.js';
import { readBumpActionSettings } from './settings.js';

/** How long one request to the index may take when a manual run reads the release's files. */
const LOOK_UP_TIMEOUT_MS = 120_000;

interface RunBumpOptions {
  /** The runner's log (src/main.ts `actionsLog`). */
  log: Log;
}

/**
 * The bump action (`bump/action.yml`), in the consumer's own workflow: read the release (the
 * dispatch's payload or the `release` input) and the inputs, move the pins in the checkout,
 * run the consumer's command, commit what changed and open or update the pull request; then
 * outputs and the job summary. One clear error, and outcome `failed`, when anything fails.
 */
export async function runBump({ log }: RunBumpOptions): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const settings = readBumpActionSettings(
      { get: (name) => core.getInput(name) },
      process.env,
      workspace,
      (secret) => core.setSecret(secret),
    );
    const { release } = settings;
    log.info(
      `${release.name} ${release.version}, from ${settings.source === 'dispatch' ? `a ${release['source-repo'] ?? 'publisher'} dispatch` : 'input `release`'}`,
    );
    if (settings.lookUp) {
      const simple = settings.lookUp;
      settings.release = await log.group(
        `Reading the files of ${release.name} ${release.version}`,
        () => lookUpRelease(release, simple, { log, timeoutMs: LOOK_UP_TIMEOUT_MS }),
      );
    }
    const result = await bumpInCheckout(settings, { log, run: execRunner });
    if (result.diff && (settings.dryRun || !settings.github)) {
      await log.group('The changes (unified diff)', async () => {
        const out = log.output('info');
        for (const line of result.diff.split('\n')) out.line(line);
        out.end();
      });
    }
    for (const [key, value] of Object.entries(bumpOutputs(settings.release, result))) {
      core.setOutput(key, value);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(bumpSummary(settings.release, result, settings.dryRun)).write();
    }
    if (result.pull?.outcome === 'failed') {
      core.setFailed(redact(`the pull request could not be opened: ${result.pull.reason ?? ''}`));
    }
  } catch (err) {
    core.setOutput('outcome', 'failed');
    debugStack(err, (text) => core.debug(text));
    core.setFailed(redact(describeError(err)));
  }
}
