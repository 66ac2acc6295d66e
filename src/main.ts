import * as core from '@actions/core';
import { withPipCache } from './build/pip-cache.js';
import { execRunner } from './build/runner.js';
import { readConfig } from './config.js';
import { describeError, WheelrelayError } from './errors.js';
import type { Log } from './log.js';
import { publishRelease } from './release.js';
import { outputsOf, summaryMarkdown } from './report.js';
import { redact } from './secrets.js';

/** A Log that speaks the runner's language: groups, annotations, masked secrets. */
export const actionsLog: Log = {
  info: (m) => core.info(redact(m)),
  warning: (m) => core.warning(redact(m)),
  error: (m) => core.error(redact(m)),
  debug: (m) => core.debug(redact(m)),
  group: (title, fn) => core.group(redact(title), fn),
};

/** The action: read inputs, publish, report. Fails the step with one clear error. */
export async function run(): Promise<void> {
  try {
    const cfg = readConfig(
      { get: (name) => core.getInput(name) },
      process.env,
      process.env.GITHUB_WORKSPACE || process.cwd(),
      (secret) => core.setSecret(secret),
      (m) => actionsLog.warning(m),
    );
    const outcome = await publishRelease(cfg, {
      log: actionsLog,
      run: execRunner,
      buildEnv: cfg.pipCache
        ? (dir) => withPipCache(dir, cfg.python, execRunner, actionsLog)
        : undefined,
    });
    const outputs = outputsOf(outcome);
    for (const [key, value] of Object.entries(outputs)) {
      core.setOutput(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(summaryMarkdown(outcome)).write();
    }
  } catch (err) {
    core.setOutput('published', 'false');
    if (!(err instanceof WheelrelayError) && err instanceof Error)
      core.debug(redact(err.stack ?? ''));
    core.setFailed(redact(describeError(err)));
  }
}
