import * as core from '@actions/core';
import { withPipCache } from './build/pip-cache.js';
import { execRunner } from './build/runner.js';
import { readConfig } from './config.js';
import { describeError, WheelrelayError } from './errors.js';
import type { Log } from './log.js';
import { publishRelease } from './release.js';
import { outputsOf, pullRequestsOf, pullRequestsSummary, summaryMarkdown } from './report.js';
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
  // Sync and plan modes live in their own chunk: the publish path does not load them.
  if ((core.getInput('mode') || 'publish') !== 'publish') {
    const { runSync } = await import('./sync/action.js');
    return runSync({ log: actionsLog });
  }
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

    // Only a verified release moves anyone's pin; Octokit loads only when there is work for it.
    const bump = cfg.bump;
    const pulls =
      bump && outcome.published
        ? await actionsLog.group(
            `Bumping ${outcome.name} in ${bump.consumers.length} consumer(s)`,
            async () => {
              const { bumpConsumers } = await import('./github/bump.js');
              return bumpConsumers(bump, outcome, { log: actionsLog });
            },
          )
        : [];
    if (bump && !outcome.published)
      actionsLog.info('The release is not verified: no pull requests opened.');
    core.setOutput('pull-requests', JSON.stringify(pullRequestsOf(pulls)));
    if (bump && process.env.GITHUB_STEP_SUMMARY && outcome.published) {
      await core.summary.addRaw(pullRequestsSummary(pulls, bump.dryRun)).write();
    }
    const failed = pulls.filter((p) => p.outcome === 'failed');
    if (failed.length > 0) {
      core.setFailed(
        redact(
          `pin bump failed in ${failed.length} of ${pulls.length} consumer(s):\n${failed.map((f) => `- ${f.repo}: ${f.reason}`).join('\n')}`,
        ),
      );
    }
  } catch (err) {
    core.setOutput('published', 'false');
    core.setOutput('pull-requests', '[]');
    if (!(err instanceof WheelrelayError) && err instanceof Error)
      core.debug(redact(err.stack ?? ''));
    core.setFailed(redact(describeError(err)));
  }
}
