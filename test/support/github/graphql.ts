import type { MergeMethod, RepoRecord, Scope, World } from './model.js';
import type { CommitInfo } from './objects.js';
import type { Urls } from './rest.js';

/**
 * The GraphQL side of the GitHub API test server: resolvers for the queries and mutations
 * wheelrelay sends, answering as GitHub does (the server executes them against GitHub's schema
 * and checks every field's answer against its type).
 */

/** GraphQL `Blob.text` stops here, and `isTruncated` says so (GitHub's documented limit). */
export const BLOB_TEXT_LIMIT = 512_000;

/** A GraphQL error with GitHub's `type`. */
export class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the resolvers of one request need: the world, who asks, and what they touched. */
interface Asker {
  world: World;
  urls: Urls;
  token: string;
  /** owner/name of each repository the request reached, in order. */
  touched: string[];
}

/** The root of a query. */
export function queryRoot(ask: Asker): Record<string, unknown> {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = ask.world.visible(`${owner}/${name}`, ask.token);
      ask.touched.push(`${owner}/${name}`);
      if (!repo) {
        throw new TypedError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repoNode(ask, repo);
    },
  };
}

function repoNode(ask: Asker, repo: RepoRecord): Record<string, unknown> {
  const { world, urls } = ask;
  const full = `${repo.owner}/${repo.name}`;
  const methods = repo.settings.mergeMethods;
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    name: repo.name,
    nameWithOwner: full,
    isArchived: repo.archived,
    viewerPermission: world.viewerPermission(repo, ask.token),
    autoMergeAllowed: repo.settings.allowAutoMerge,
    mergeCommitAllowed: methods.includes('merge'),
    squashMergeAllowed: methods.includes('squash'),
    rebaseMergeAllowed: methods.includes('rebase'),
    defaultBranchRef: () => refNode(ask, repo, `refs/heads/${repo.defaultBranch}`),
    ref: ({ qualifiedName }: { qualifiedName: string }) =>
      refNode(
        ask,
        repo,
        qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`,
      ),
    object: ({ expression, oid }: { expression?: string; oid?: string }) => {
      if (oid) return objectNode(ask, oid);
      const colon = (expression ?? '').indexOf(':');
      const rev = colon < 0 ? (expression ?? '') : (expression ?? '').slice(0, colon);
      const commit = world.resolve(repo, rev);
      if (!commit) return null;
      if (colon < 0) return objectNode(ask, commit);
      const hit = world.store.lookup(
        world.store.commitTree(commit),
        (expression ?? '').slice(colon + 1),
      );
      return hit ? objectNode(ask, hit.sha) : null;
    },
    pullRequests: (args: {
      headRefName?: string;
      baseRefName?: string;
      states?: string[];
      first?: number;
      orderBy?: { direction: string };
    }) => {
      let list = repo.pulls.filter(
        (p) =>
          (!args.headRefName || p.head === args.headRefName) &&
          (!args.baseRefName || p.base === args.baseRefName) &&
          (!args.states || args.states.includes(p.merged ? 'MERGED' : p.state.toUpperCase())),
      );
      if (args.orderBy?.direction === 'DESC') list = [...list].reverse();
      const nodes = list.slice(0, args.first ?? 100).map((p) => ({
        __typename: 'PullRequest',
        id: p.nodeId,
        number: p.number,
        url: `${urls.serverUrl}/${full}/pull/${p.number}`,
        state: p.merged ? 'MERGED' : p.state.toUpperCase(),
        merged: p.merged,
        title: p.title,
        body: p.body,
        baseRefName: p.base,
        headRefName: p.head,
        isDraft: p.draft,
        isCrossRepository: false,
        mergeStateStatus: world.mergeState(repo, p),
        comments: ({ last, first }: { last?: number; first?: number }) => {
          const all = p.comments.map((c) => ({
            __typename: 'IssueComment',
            body: c.body,
            // GraphQL names an App's bot without REST's `[bot]`.
            author: { __typename: 'Bot', login: c.user.replace(/\[bot\]$/, '') },
          }));
          const nodes = last ? all.slice(-last) : all.slice(0, first ?? 100);
          return { nodes, totalCount: all.length };
        },
      }));
      return { nodes, totalCount: list.length };
    },
  };
}

function refNode(ask: Asker, repo: RepoRecord, qualified: string): Record<string, unknown> | null {
  const sha = repo.refs.get(qualified);
  if (!sha) return null;
  return {
    __typename: 'Ref',
    id: `REF_${repo.index}_${Buffer.from(qualified).toString('base64url')}`,
    name: qualified.replace(/^refs\/(heads|tags)\//, ''),
    prefix: qualified.replace(/[^/]+$/, '').replace(/^(refs\/(heads|tags)\/).*$/, '$1'),
    target: () => objectNode(ask, sha),
  };
}

function objectNode(ask: Asker, sha: string): Record<string, unknown> | null {
  const { store } = ask.world;
  const obj = store.get(sha);
  if (!obj) return null;
  if (obj.type === 'blob') {
    const isBinary = obj.body.subarray(0, 8000).includes(0);
    // Like GitHub: text is null for binary blobs, decoded lossily otherwise, and cut at
    // 512,000 bytes (even mid-character) with isTruncated saying so.
    return {
      __typename: 'Blob',
      oid: sha,
      byteSize: obj.body.length,
      isBinary,
      isTruncated: obj.body.length > BLOB_TEXT_LIMIT,
      text: isBinary ? null : obj.body.subarray(0, BLOB_TEXT_LIMIT).toString('utf8'),
    };
  }
  if (obj.type === 'tree') return { __typename: 'Tree', oid: sha };
  const c = store.readCommit(sha) as CommitInfo;
  return {
    __typename: 'Commit',
    oid: sha,
    message: c.message,
    tree: () => objectNode(ask, c.tree),
    parents: ({ first }: { first?: number }) => ({
      nodes: c.parents.slice(0, first ?? 100).map((p) => objectNode(ask, p)),
      totalCount: c.parents.length,
    }),
  };
}

function refById(world: World, id: string): { repo: RepoRecord; ref: string } | undefined {
  const m = /^REF_(\d+)_(.+)$/.exec(id);
  if (!m) return undefined;
  const repo = [...world.repos.values()].find((r) => r.index === Number(m[1]));
  return repo ? { repo, ref: Buffer.from(m[2] as string, 'base64url').toString() } : undefined;
}

const METHOD_OF: Record<string, MergeMethod> = {
  MERGE: 'merge',
  SQUASH: 'squash',
  REBASE: 'rebase',
};

/** The root of a mutation. */
export function mutationRoot(ask: Asker): Record<string, unknown> {
  const { world, token } = ask;
  const { store } = world;
  /** Refuses as GitHub does when the token may not write `scope` here. */
  const writable = (repo: RepoRecord, scope: Scope, mutation: string) => {
    ask.touched.push(`${repo.owner}/${repo.name}`);
    const refusal = world.refusal(repo, token, scope);
    if (!refusal) return;
    // A classic PAT's user without push access is told so by name; fine-grained and App tokens
    // get the same "Resource not accessible by …" as REST.
    throw new TypedError(
      'FORBIDDEN',
      refusal.status === 403
        ? refusal.message
        : `${world.tokens.get(token)?.login} does not have the correct permissions to execute \`${mutation}\``,
    );
  };
  const nodeNotFound = (id: string) =>
    new TypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  return {
    createRef: ({ input }: { input: { repositoryId: string; name: string; oid: string } }) => {
      const repo = [...world.repos.values()].find((r) => r.nodeId === input.repositoryId);
      if (!repo || world.role(repo, token) === 'NONE') throw nodeNotFound(input.repositoryId);
      writable(repo, 'contents', 'CreateRef');
      if (repo.refs.has(input.name)) {
        throw new TypedError(
          'UNPROCESSABLE',
          `A ref named "${input.name}" already exists in the repository.`,
        );
      }
      if (!store.readCommit(input.oid)) {
        throw new TypedError('UNPROCESSABLE', 'Object does not exist');
      }
      repo.refs.set(input.name, input.oid);
      return { ref: refNode(ask, repo, input.name) };
    },
    updateRef: ({ input }: { input: { refId: string; oid: string; force?: boolean } }) => {
      const found = refById(world, input.refId);
      if (!found?.repo.refs.has(found.ref) || world.role(found.repo, token) === 'NONE') {
        throw nodeNotFound(input.refId);
      }
      writable(found.repo, 'contents', 'UpdateRef');
      const old = found.repo.refs.get(found.ref) as string;
      if (!input.force && !store.isAncestor(old, input.oid)) {
        throw new TypedError('UNPROCESSABLE', 'Update is not a fast forward');
      }
      found.repo.refs.set(found.ref, input.oid);
      return { ref: refNode(ask, found.repo, found.ref) };
    },
    // biome-ignore lint/suspicious/noExplicitAny: input is validated against the GraphQL schema before the resolver runs
    createCommitOnBranch: ({ input }: { input: any }) => {
      const full = input.branch.repositoryNameWithOwner as string;
      const repo = world.visible(full, token);
      if (!repo) {
        throw new TypedError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${full}'.`,
        );
      }
      writable(repo, 'contents', 'CreateCommitOnBranch');
      const ref = `refs/heads/${input.branch.branchName}`;
      const head = repo.refs.get(ref);
      if (!head) {
        throw new TypedError(
          'NOT_FOUND',
          `Could not resolve to a Ref with the name '${input.branch.branchName}'.`,
        );
      }
      if (head !== input.expectedHeadOid) {
        throw new TypedError(
          'STALE_DATA',
          `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
        );
      }
      const flat = store.flatten(store.commitTree(head));
      for (const a of input.fileChanges?.additions ?? []) {
        const prev = flat.get(a.path);
        flat.set(a.path, {
          mode: prev?.mode ?? '100644',
          sha: store.blob(Buffer.from(a.contents, 'base64')),
        });
      }
      for (const d of input.fileChanges?.deletions ?? []) flat.delete(d.path);
      const message = input.message.body
        ? `${input.message.headline}\n\n${input.message.body}`
        : input.message.headline;
      const sha = store.commit(store.writeFlat(flat), [head], message, world.tick());
      store.verified.add(sha);
      repo.refs.set(ref, sha);
      return { commit: objectNode(ask, sha), ref: refNode(ask, repo, ref) };
    },
    enablePullRequestAutoMerge: ({
      input,
    }: {
      input: { pullRequestId: string; mergeMethod?: string };
    }) => {
      for (const repo of world.repos.values()) {
        const pull = repo.pulls.find((p) => p.nodeId === input.pullRequestId);
        if (!pull || world.role(repo, token) === 'NONE') continue;
        writable(repo, 'pullRequests', 'EnablePullRequestAutoMerge');
        const method = METHOD_OF[input.mergeMethod ?? 'MERGE'] ?? 'merge';
        // GitHub's answers, in its words (the doubled "Pull request" included).
        if (!repo.settings.allowAutoMerge) {
          throw new TypedError('UNPROCESSABLE', 'Auto merge is not allowed for this repository');
        }
        if (!repo.settings.mergeMethods.includes(method)) {
          throw new TypedError(
            'UNPROCESSABLE',
            `Merge method ${method} merging is not allowed on this repository`,
          );
        }
        const state = world.mergeState(repo, pull);
        if (state !== 'BLOCKED') {
          throw new TypedError(
            'UNPROCESSABLE',
            `Pull request Pull request is in ${state.toLowerCase()} status`,
          );
        }
        pull.autoMerge = input.mergeMethod ?? 'MERGE';
        return { clientMutationId: null, pullRequest: null };
      }
      throw nodeNotFound(input.pullRequestId);
    },
  };
}
