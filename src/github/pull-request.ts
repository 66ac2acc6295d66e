import { WheelrelayError } from '../errors.js';
import type { GitHub } from './client.js';
import { messageOf, statusOf } from './client.js';
import { StaleBaseError } from './write.js';

export interface PullText {
  title: string;
  body: string;
}

export interface PullDecorations {
  labels: readonly string[];
  reviewers: readonly string[];
  teamReviewers: readonly string[];
  autoMerge?: 'merge' | 'squash' | 'rebase';
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
    // Another run opened it since we read: re-read and update that one instead.
    if (
      (statusOf(err) === 422 && /already exists/i.test(messageOf(err))) ||
      statusOf(err) === 409
    ) {
      throw new StaleBaseError(messageOf(err));
    }
    throw pullError(err, where, 'opening the pull request');
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
    throw pullError(err, where, `updating pull request #${number}`);
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
    throw pullError(err, where, `commenting on pull request #${number}`);
  }
}

/**
 * Labels, reviewers and auto-merge for a new pull request. Each is best effort: the pull
 * request exists and is useful without them, so a refusal is a warning, not a failure.
 */
export async function decoratePull(
  gh: GitHub,
  where: Where,
  pull: { number: number; id: string },
  deco: PullDecorations,
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
  if (deco.autoMerge) {
    await attempt('enabling auto-merge', () =>
      gh.graphql(
        `mutation WheelrelayAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`,
        { id: pull.id, mergeMethod: deco.autoMerge?.toUpperCase() },
      ),
    );
  }
  return warnings;
}

function pullError(err: unknown, where: Where, what: string): WheelrelayError {
  const status = statusOf(err);
  const hint =
    status === 403 || status === 404
      ? 'Give `consumer-token` pull-requests: write on this repository.'
      : undefined;
  return new WheelrelayError(
    `${where.owner}/${where.repo}: ${what} failed: ${messageOf(err)}`,
    hint,
  );
}
