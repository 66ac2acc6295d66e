import { WheelrelayError } from '../errors.js';
import { accessDenied, isRefusal } from './access.js';
import type { GitHub } from './client.js';
import { messageOf, statusOf } from './client.js';
import type { MergeSettings } from './read.js';
import { StaleBaseError } from './write.js';

interface PullText {
  title: string;
  body: string;
}

type MergeMethod = 'merge' | 'squash' | 'rebase';

interface PullDecorations {
  labels: readonly string[];
  reviewers: readonly string[];
  teamReviewers: readonly string[];
  autoMerge?: MergeMethod;
}

/**
 * What became of `auto-merge` on a new pull request: `enabled` (GitHub merges it once its
 * required checks pass), `merged` (GitHub refused auto-merge because the PR was mergeable
 * already, so it was merged now, with the same method), or `not-enabled`, with why.
 */
export interface AutoMergeResult {
  state: 'enabled' | 'merged' | 'not-enabled';
  method: MergeMethod;
  reason?: string;
}

interface Where {
  owner: string;
  repo: string;
}

/** Opens the pull request from wheelrelay's branch; returns its number, URL and node id. */
export async function openPull(
  gh: GitHub,
  where: Where,
  branch: string,
  base: string,
  text: PullText,
  draft: boolean,
): Promise<{ number: number; url: string; id: string }> {
  try {
    const res = await gh.request('POST /repos/{owner}/{repo}/pulls', {
      ...where,
      head: branch,
      base,
      title: text.title,
      body: text.body,
      draft,
      maintainer_can_modify: true,
    });
    return { number: res.data.number, url: res.data.html_url, id: res.data.node_id };
  } catch (err) {
    // Another run opened it since we read: re-read and update that one instead. GitHub says
    // so in the 422's errors[].message ("A pull request already exists for owner:branch.").
    if (
      (statusOf(err) === 422 && /already exists/i.test(messageOf(err))) ||
      statusOf(err) === 409
    ) {
      throw new StaleBaseError(messageOf(err));
    }
    throw pullError(err, where, 'open the pull request', 'opening the pull request');
  }
}

/** Rewrites an open pull request's title and body for the newer release. */
export async function updatePull(
  gh: GitHub,
  where: Where,
  number: number,
  text: PullText,
  base?: string,
): Promise<void> {
  try {
    await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...where,
      pull_number: number,
      title: text.title,
      body: text.body,
      ...(base ? { base } : {}),
    });
  } catch (err) {
    throw pullError(
      err,
      where,
      `update pull request #${number}`,
      `updating pull request #${number}`,
    );
  }
}

/** Leaves a comment on a pull request. */
export async function commentOnPull(
  gh: GitHub,
  where: Where,
  number: number,
  body: string,
): Promise<void> {
  try {
    await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...where,
      issue_number: number,
      body,
    });
  } catch (err) {
    throw pullError(
      err,
      where,
      `comment on pull request #${number}`,
      `commenting on pull request #${number}`,
    );
  }
}

/**
 * Labels and reviewers for a new pull request. Each is best effort: the pull request exists
 * and is useful without them, so a refusal is a warning, not a failure.
 */
export async function decoratePull(
  gh: GitHub,
  where: Where,
  pull: { number: number },
  deco: Pick<PullDecorations, 'labels' | 'reviewers' | 'teamReviewers'>,
): Promise<string[]> {
  const warnings: string[] = [];
  const attempt = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (err) {
      warnings.push(`${what} on #${pull.number} failed: ${messageOf(err)}`);
    }
  };
  if (deco.labels.length > 0) {
    await attempt('adding labels', () =>
      gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...where,
        issue_number: pull.number,
        labels: [...deco.labels],
      }),
    );
  }
  if (deco.reviewers.length > 0 || deco.teamReviewers.length > 0) {
    await attempt('requesting reviewers', () =>
      gh.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        ...where,
        pull_number: pull.number,
        reviewers: [...deco.reviewers],
        team_reviewers: [...deco.teamReviewers],
      }),
    );
  }
  return warnings;
}

const AUTO_MERGE = `mutation WheelrelayAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`;

const SETTING: Record<MergeMethod, string> = {
  merge: 'Allow merge commits',
  squash: 'Allow squash merging',
  rebase: 'Allow rebase merging',
};

/**
 * Does what `auto-merge` asks for a new pull request. What the repository allows was read with
 * the consumer, so a setting that rules it out costs no request. GitHub refuses auto-merge on
 * a pull request that is mergeable already ("Pull request is in clean status": nothing to wait
 * for); that one is merged now, with the same method and only at the head that was committed.
 * Never throws: the pull request stands either way, and the result says what happened.
 */
export async function arrangeMerge(
  gh: GitHub,
  where: Where,
  pull: { number: number; id: string; draft: boolean; headOid: string },
  method: MergeMethod,
  settings: MergeSettings,
): Promise<AutoMergeResult> {
  const notEnabled = (reason: string): AutoMergeResult => ({
    state: 'not-enabled',
    method,
    reason,
  });
  const repo = `${where.owner}/${where.repo}`;
  if (pull.draft) {
    return notEnabled('GitHub does not auto-merge draft pull requests (input `draft` is true)');
  }
  if (!settings.methods[method]) {
    const allowed = (Object.keys(settings.methods) as MergeMethod[]).filter(
      (m) => settings.methods[m],
    );
    return notEnabled(
      `${repo} does not allow ${method} merges ("${SETTING[method]}" is off; allowed: ${allowed.join(', ') || 'none'}); set \`auto-merge\` to one it allows`,
    );
  }
  if (!settings.autoMerge) {
    return notEnabled(
      `auto-merge is off in ${repo}'s settings ("Allow auto-merge" under Settings → General → Pull Requests)`,
    );
  }
  try {
    await gh.graphql(AUTO_MERGE, { id: pull.id, mergeMethod: method.toUpperCase() });
    return { state: 'enabled', method };
  } catch (err) {
    const refusal = messageOf(err);
    if (!/\bclean status\b/i.test(refusal)) {
      if (/\bunstable status\b/i.test(refusal)) {
        return notEnabled(
          `GitHub refused auto-merge: the pull request is in unstable status (checks that are not required are failing or pending). Make them required in ${repo}'s branch protection, and auto-merge waits for them`,
        );
      }
      const kind = isRefusal(err) ? ' (the token needs pull-requests: write)' : '';
      return notEnabled(`GitHub refused auto-merge: ${refusal}${kind}`);
    }
  }
  // Mergeable now, with no required check to wait for: merge it, as auto-merge would have.
  try {
    await gh.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
      ...where,
      pull_number: pull.number,
      merge_method: method,
      sha: pull.headOid,
    });
    return {
      state: 'merged',
      method,
      reason:
        'GitHub refused auto-merge because the pull request was already mergeable (no required checks to wait for), so it was merged',
    };
  } catch (err) {
    return notEnabled(
      `GitHub refused auto-merge because the pull request was already mergeable, and merging it failed (${statusOf(err)} ${messageOf(err)})`,
    );
  }
}

/** A refusal for want of permission, or what failed: `action` is "open the pull request". */
function pullError(err: unknown, where: Where, action: string, doing: string): Error {
  if (isRefusal(err)) return accessDenied(err, action, 'pull-requests: write');
  return new WheelrelayError(`${where.owner}/${where.repo}: ${doing} failed: ${messageOf(err)}`);
}
