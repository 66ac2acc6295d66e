import { InputError, WheelrelayError } from '../errors.js';
import type { Inputs } from '../inputs/read.js';
import { safeUrl } from '../secrets.js';
import { type Consumer, parseConsumers } from './consumers.js';
import { type GitHubPacing, pacingFor } from './pacing.js';
import { checkTemplate, DEFAULT_BODY } from './templates.js';

/**
 * How wheelrelay opens and updates a pin-bump pull request, wherever the change was made: over
 * the API in the publisher's run (`consumers`), or in the consumer's own checkout by the bump
 * action (bump/action.yml). Both read these inputs by the same names ({@link readPullSettings}).
 */
export interface PullSettings {
  /** Templates with {placeholders} (src/github/templates.ts). */
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  draft: boolean;
  autoMerge?: 'merge' | 'squash' | 'rebase';
  /** Commit through GraphQL createCommitOnBranch, which GitHub signs (verified). */
  signCommits: boolean;
  /** Print every diff a real run would commit; write nothing (the run's `dry-run`). */
  dryRun: boolean;
  apiUrl: string;
  serverUrl: string;
  /** How the GitHub client waits: GitHub's pacing, unless a local test stand-in says otherwise. */
  pacing?: GitHubPacing;
}

/** How to open pin-bump pull requests in consuming repositories (input `consumers` and friends). */
export interface BumpConfig extends PullSettings {
  consumers: Consumer[];
  /** A PAT or GitHub App token that can write to every consumer. */
  token: string;
  pinStyle: 'index' | 'git';
  /** owner/repo of the package being released (GITHUB_REPOSITORY). */
  sourceRepo?: string;
  /**
   * How many consumers are read at once (their writes go one consumer at a time, at GitHub's
   * pacing): 20 reads in flight stay well under the 100 concurrent requests GitHub allows.
   */
  concurrency: number;
}

/**
 * Reads the pin-bump inputs (consumers, consumer-token, pin-style, the pull request's title,
 * body, labels, reviewers, draft, auto-merge, sign-commits); undefined when no consumers are
 * set. Whether the run is dry is the run's to say (dry-run, or a pull request's run).
 */
export function readBumpSettings(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  run: { dryRun: boolean; tokenOptional?: boolean },
): BumpConfig | undefined {
  const consumers = parseConsumers(inputs.read('consumers') ?? '');
  if (consumers.length === 0) return undefined;
  const token = inputs.read('consumer-token');
  // A run that moves no pin (a pull request's) needs no token: without one, no consumer is read.
  if (!token && run.tokenOptional) return undefined;
  if (!token) {
    throw new WheelrelayError(
      'input `consumers` is set but `consumer-token` is not',
      "Pass a fine-grained PAT or GitHub App token with contents and pull-requests write access to every consumer (from a secret). The workflow's own GITHUB_TOKEN cannot write to other repositories.",
    );
  }
  return {
    ...readPullSettings(inputs, env),
    dryRun: run.dryRun,
    consumers,
    token,
    pinStyle: inputs.read('pin-style'),
    sourceRepo: env.GITHUB_REPOSITORY || undefined,
    concurrency: 20,
  };
}

/**
 * Reads the pull request's inputs (pr-title, pr-body, labels, reviewers, team-reviewers, draft,
 * auto-merge, sign-commits, dry-run) and where the API is, from the runner's environment.
 */
export function readPullSettings(inputs: Inputs, env: NodeJS.ProcessEnv): PullSettings {
  const title = inputs.read('pr-title');
  const body = inputs.read('pr-body') ?? DEFAULT_BODY;
  checkTemplate(title, 'pr-title');
  checkTemplate(body, 'pr-body');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  try {
    new URL(apiUrl);
  } catch {
    throw new WheelrelayError(`GITHUB_API_URL is not a URL: ${safeUrl(apiUrl)}`);
  }
  return {
    title,
    body,
    labels: inputs.read('labels') ?? [],
    reviewers: logins(inputs.read('reviewers'), 'reviewers'),
    // `org/team` is how teams are written elsewhere; the API wants the slug.
    teamReviewers: logins(inputs.read('team-reviewers'), 'team-reviewers', true).map((t) =>
      t.replace(/^.*\//, ''),
    ),
    draft: inputs.read('draft'),
    autoMerge: inputs.read('auto-merge'),
    signCommits: inputs.read('sign-commits'),
    dryRun: inputs.read('dry-run'),
    apiUrl,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    pacing: pacingFor(apiUrl, env),
  };
}

function logins(value: string[] | undefined, name: string, teams = false): string[] {
  const out = (value ?? []).map((v) => v.replace(/^@/, ''));
  const ok = teams ? /^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/ : /^[A-Za-z0-9-]+(\[bot\])?$/;
  for (const v of out) {
    if (!ok.test(v)) {
      throw new InputError(
        name,
        `has '${v}', which is not a ${teams ? 'team' : 'GitHub login'}`,
        teams ? 'Give team slugs (or org/team), comma-separated.' : 'Give logins, comma-separated.',
      );
    }
  }
  return out;
}
