import { WheelrelayError } from '../errors.js';
import { AccessDenied, accessDenied, isRefusal } from './access.js';
import type { GitHub } from './client.js';
import { graphqlErrorTypes, messageOf, statusOf } from './client.js';
import type { FileEdit } from './edits.js';
import type { ConsumerState } from './read.js';

/** The base or wheelrelay's branch moved while this run was writing; re-read and try again. */
export class StaleBaseError extends Error {
  override name = 'StaleBaseError';
}

interface CommitRequest {
  owner: string;
  repo: string;
  branch: string;
  state: ConsumerState;
  edits: readonly FileEdit[];
  headline: string;
  body: string;
}

/**
 * Points wheelrelay's branch at one new commit on top of the current base that carries the
 * edits, creating the branch if needed. Returns the commit's oid.
 */
export async function commitToBranch(
  gh: GitHub,
  req: CommitRequest,
  sign: boolean,
): Promise<string> {
  try {
    return sign ? await signedCommit(gh, req) : await gitDataCommit(gh, req);
  } catch (err) {
    if (
      err instanceof StaleBaseError ||
      err instanceof WheelrelayError ||
      err instanceof AccessDenied
    ) {
      throw err;
    }
    if (isStale(err)) throw new StaleBaseError(messageOf(err));
    if (isRefusal(err)) throw accessDenied(err, `push to ${req.branch}`, 'contents: write');
    throw new WheelrelayError(
      `${req.owner}/${req.repo}: writing branch ${req.branch} failed: ${messageOf(err)}`,
    );
  }
}

/** 409, a non-fast-forward, an existing ref, or GraphQL's STALE_DATA: someone moved first. */
function isStale(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 409) return true;
  const message = messageOf(err);
  if (status === 422 && /already exists|fast forward|fast-forward/i.test(message)) return true;
  return (
    graphqlErrorTypes(err).includes('STALE_DATA') ||
    /expected branch to point to|already exists/i.test(message)
  );
}

/** Git data API: a tree on the base tree, a commit, then the ref (4 requests at most). */
async function gitDataCommit(gh: GitHub, req: CommitRequest): Promise<string> {
  const { owner, repo, state } = req;
  const tree = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
    owner,
    repo,
    base_tree: state.base.treeOid,
    tree: req.edits.map((e) => ({
      // createCommitOnBranch keeps modes itself; the git data API needs them restated.
      mode: state.modes.get(e.path) === '100755' ? ('100755' as const) : ('100644' as const),
      path: e.path,
      type: 'blob' as const,
      content: e.after,
    })),
  });
  const commit = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
    owner,
    repo,
    message: `${req.headline}\n\n${req.body}`,
    tree: tree.data.sha,
    parents: [state.base.oid],
  });
  const sha = commit.data.sha;
  const ref = `heads/${req.branch}`;
  if (!state.head) {
    try {
      await gh.request('POST /repos/{owner}/{repo}/git/refs', {
        owner,
        repo,
        ref: `refs/${ref}`,
        sha,
      });
      return sha;
    } catch (err) {
      // Created by a concurrent run since we read: ours is as new, so take the branch over.
      if (!(statusOf(err) === 422 && /already exists/i.test(messageOf(err)))) throw err;
    }
  }
  await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
    owner,
    repo,
    ref,
    sha,
    force: true,
  });
  return sha;
}

const SIGNED_NEW = `mutation WheelrelayCommitNew($repositoryId: ID!, $ref: String!, $base: GitObjectID!, $commit: CreateCommitOnBranchInput!) {
  createRef(input: { repositoryId: $repositoryId, name: $ref, oid: $base }) { ref { id } }
  createCommitOnBranch(input: $commit) { commit { oid } }
}`;

const SIGNED_RESET = `mutation WheelrelayCommitReset($refId: ID!, $base: GitObjectID!, $commit: CreateCommitOnBranchInput!) {
  updateRef(input: { refId: $refId, oid: $base, force: true }) { ref { id } }
  createCommitOnBranch(input: $commit) { commit { oid } }
}`;

/**
 * GraphQL createCommitOnBranch, which GitHub signs, so the commit shows as verified. The
 * branch is first (re)set to the base in the same request; mutations run in order.
 */
async function signedCommit(gh: GitHub, req: CommitRequest): Promise<string> {
  const { state } = req;
  const commit = {
    branch: { repositoryNameWithOwner: state.nameWithOwner, branchName: req.branch },
    expectedHeadOid: state.base.oid,
    message: { headline: req.headline, body: req.body },
    fileChanges: {
      additions: req.edits.map((e) => ({
        path: e.path,
        contents: Buffer.from(e.after).toString('base64'),
      })),
    },
  };
  const data = state.head
    ? await gh.graphql<{ createCommitOnBranch: { commit: { oid: string } } | null }>(SIGNED_RESET, {
        refId: state.head.id,
        base: state.base.oid,
        commit,
      })
    : await gh.graphql<{ createCommitOnBranch: { commit: { oid: string } } | null }>(SIGNED_NEW, {
        repositoryId: state.repositoryId,
        ref: `refs/heads/${req.branch}`,
        base: state.base.oid,
        commit,
      });
  const oid = data.createCommitOnBranch?.commit.oid;
  if (!oid) throw new StaleBaseError('createCommitOnBranch returned no commit');
  return oid;
}
