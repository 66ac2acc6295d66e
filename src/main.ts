import * as core from '@actions/core';
import { withPipCache } from './build/pip-cache.js';
import { execRunner } from './build/runner.js';
import { debugStack, describeError } from './errors.js';
import type { PullResult } from './github/bump.js';
import { consumerName } from './github/consumers.js';
import { pullRequestsOf } from './github/outputs.js';
import { unverifiedError } from './index/publish.js';
import { calledAction } from './inputs/entry.js';
import { commandGuard, type Log } from './log.js';
import { whyNoBump } from './publish/bump-rule.js';
import { type Config, readConfig } from './publish/config.js';
import { publishRelease } from './publish/release.js';
import { outputsOf, pullRequestsSummary, summaryMarkdown } from './publish/report.js';
import type { ReleaseOutcome } from './release-outcome.js';
import { redact } from './secrets.js';

/** Fences program output off from the runner's command processing (see commandGuard). */
const guard = commandGuard((line) => core.info(line));

/**
 * A Log that speaks the runner's language: groups, annotations, masked secrets. Program
 * output goes inside `::stop-commands::`, and every message of wheelrelay's own first ends
 * that, so its annotations, groups and masks always take effect.
 */
export const actionsLog: Log = {
  info: (m) => {
    guard.resume();
    core.info(redact(m));
  },
  warning: (m) => {
    guard.resume();
    core.warning(redact(m));
  },
  error: (m) => {
    guard.resume();
    core.error(redact(m));
  },
  debug: (m) => {
    guard.resume();
    core.debug(redact(m));
  },
  group: (title, fn) => {
    guard.resume();
    return core.group(redact(title), async () => {
      try {
        return await fn();
      } finally {
        guard.resume();
      }
    });
  },
  output: (level) => ({
    line(text) {
      if (level === 'debug') {
        // A debug message is data of a ::debug:: command, escaped by @actions/core: it cannot
        // start a command of its own.
        guard.resume();
        core.debug(redact(text));
        return;
      }
      guard.suspend();
      core.info(redact(text));
    },
    end: () => guard.resume(),
  }),
};

/** The action: read inputs, publish, report, bump consumers' pins. One clear error on failure. */
export async function run(): Promise<void> {
  // Each action lives in its own chunk: the publish path loads neither of the others.
  const action = calledAction();
  if (action === 'bump') {
    const { runBump } = await import('./bump/action.js');
    return runBump({ log: actionsLog });
  }
  // The root action ran sync and plan through `mode` before sync/action.yml existed; a workflow
  // written then keeps working, told once what to write instead.
  const mode = core.getInput('mode');
  if (action === 'sync' || (action === undefined && mode !== '' && mode !== 'publish')) {
    if (action === undefined) actionsLog.warning(rootModeWarning(mode, process.env));
    const { runSync } = await import('./sync/action.js');
    return runSync({ log: actionsLog });
  }
  try {
    const cfg = readInputs();
    if (cfg.dryRunBecause === 'pull-request') {
      actionsLog.info(
        `A ${cfg.event} run is a dry run: nothing is uploaded and no pin moves (set \`on-pull-request: publish\` to publish from pull requests).`,
      );
    }
    const outcome = await publishRelease(cfg, {
      log: actionsLog,
      run: execRunner,
      ...(cfg.pipCache
        ? { pipCache: (dir: string) => withPipCache(dir, cfg.python, execRunner, actionsLog) }
        : {}),
    });
    await reportRelease(outcome);
    if (outcome.reason === 'unverified') {
      // Uploaded but not seen listed: nobody's pin moves, and the step says what to check.
      core.setOutput('pull-requests', '[]');
      core.setFailed(redact(unverifiedError(outcome.files).describe()));
      return;
    }
    const pulls = await bumpPins(cfg, outcome);
    await reportPulls(cfg, outcome, pulls);
  } catch (err) {
    core.setOutput('published', 'false');
    core.setOutput('pull-requests', '[]');
    debugStack(err, core.debug);
    core.setFailed(redact(describeError(err)));
  }
}

/**
 * The warning for `mode: sync`/`mode: plan` on the root action: the `uses:` line to write,
 * naming this action's repository and ref as the runner gives them.
 */
function rootModeWarning(mode: string, env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_ACTION_REPOSITORY || 'OWNER/wheelrelay';
  const ref = env.GITHUB_ACTION_REF || '<commit-sha>';
  const keep =
    mode === 'plan'
      ? '`mode: plan` stays'
      : mode === 'sync'
        ? '`mode` can go'
        : '`mode` is sync (the default) or plan';
  return `\`mode: ${mode}\` on the wheelrelay action is deprecated: sync and plan are their own action. Write \`uses: ${repo}/sync@${ref}\` instead, with the same inputs (${keep}).`;
}

function readInputs(): Config {
  return readConfig(
    { get: (name) => core.getInput(name) },
    process.env,
    process.env.GITHUB_WORKSPACE || process.cwd(),
    (secret) => core.setSecret(secret),
    (m) => actionsLog.warning(m),
  );
}

async function reportRelease(outcome: ReleaseOutcome): Promise<void> {
  for (const [key, value] of Object.entries(outputsOf(outcome))) {
    core.setOutput(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(summaryMarkdown(outcome)).write();
  }
}

/** Only a verified release moves anyone's pin; Octokit loads only when there is work for it. */
async function bumpPins(cfg: Config, outcome: ReleaseOutcome): Promise<PullResult[]> {
  const bump = cfg.bump;
  if (!bump) return [];
  // A dry run works out every consumer's change from what a real run would publish.
  if (!outcome.published && outcome.reason !== 'dry-run') {
    actionsLog.info('The release is not verified: no pull requests opened.');
    return [];
  }
  const why = whyNoBump(cfg, outcome.version, cfg.bumpEveryVersion);
  if (why) {
    actionsLog.info(`${outcome.name} ${outcome.version}: no pins moved, ${why}`);
    return bump.consumers.map((c) => ({
      repo: consumerName(c),
      outcome: 'skipped' as const,
      reason: why,
    }));
  }
  return actionsLog.group(
    `Bumping ${outcome.name} in ${bump.consumers.length} consumer(s)`,
    async () => {
      const { bumpConsumers } = await import('./github/bump.js');
      return bumpConsumers(bump, outcome, { log: actionsLog });
    },
  );
}

/** Outputs and summary for the pull requests; the step fails, after all of them, if any failed. */
async function reportPulls(
  cfg: Config,
  outcome: ReleaseOutcome,
  pulls: PullResult[],
): Promise<void> {
  core.setOutput('pull-requests', JSON.stringify(pullRequestsOf(pulls)));
  const bumped = outcome.published || outcome.reason === 'dry-run';
  if (cfg.bump && bumped && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(pullRequestsSummary(pulls, cfg.bump.dryRun)).write();
  }
  const failed = pulls.filter((p) => p.outcome === 'failed');
  if (failed.length > 0) {
    core.setFailed(
      redact(
        `pin bump failed in ${failed.length} of ${pulls.length} consumer(s):\n${failed.map((f) => `- ${f.repo}: ${f.reason}`).join('\n')}`,
      ),
    );
  }
}
