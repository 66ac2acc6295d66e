import { WheelrelayError } from '../errors.js';
import type { GitHub } from './client.js';
import { graphqlErrorTypes, messageOf, statusOf } from './client.js';
import { type Consumer, consumerName } from './consumers.js';
import { literalPaths, matchFiles, type RequirementFile } from './plan.js';

/** A pull request from wheelrelay's branch, as the bump needs to know it. */
export interface PullInfo {
  id: string;
  number: number;
  url: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  title: string;
  body: string;
  baseRefName: string;
  /** Bodies of the newest comments (wheelrelay looks for its own notes there). */
  comments: string[];
}

/** A commit as the ownership check needs it. */
export interface CommitSummary {
  oid: string;
  message: string;
  parents: Array<{ oid: string; message: string }>;
}

/** Everything about one consumer that the bump decides on, read in two requests at most. */
export interface ConsumerState {
  repositoryId: string;
  nameWithOwner: string;
  permission: string | null;
  archived: boolean;
  base: { name: string; oid: string; treeOid: string };
  /** wheelrelay's branch, when it exists, with its head commit. */
  head?: { id: string; oid: string; commit: CommitSummary };
  /** Newest first. */
  pulls: PullInfo[];
  /** The requirement files the globs matched, as on the base branch. */
  files: RequirementFile[];
  /** The same paths on wheelrelay's branch (undefined where absent). */
  headTexts: Map<string, string | undefined>;
  /** Globs that matched no file. */
  unmatched: string[];
  /** File modes from the tree listing (100755 stays executable); absent for plain paths. */
  modes: Map<string, string>;
  /** The tree listing was cut short by GitHub (very large repositories). */
  truncated: boolean;
}

interface BlobNode {
  oid: string;
  text: string | null;
  isBinary: boolean | null;
}
interface RefNode {
  id?: string;
  name: string;
  target: {
    oid: string;
    tree?: { oid: string };
    message?: string;
    parents?: { nodes: Array<{ oid: string; message: string }> };
  } | null;
}
interface ReadResult {
  repository: {
    id: string;
    nameWithOwner: string;
    isArchived: boolean;
    viewerPermission: string | null;
    defaultBranchRef: RefNode | null;
    base?: RefNode | null;
    head: RefNode | null;
    pullRequests: {
      nodes: Array<
        Omit<PullInfo, 'comments'> & {
          isCrossRepository: boolean;
          comments: { nodes: Array<{ body: string }> };
        }
      >;
    };
    [alias: string]: unknown;
  } | null;
}

const REF_FIELDS = 'name target { oid ... on Commit { tree { oid } } }';
/** The branch head also says who made it: its message, and its parents' for merge commits. */
const HEAD_FIELDS =
  'name target { oid ... on Commit { tree { oid } message parents(first: 2) { nodes { oid message } } } }';
const BLOB_FIELDS = '... on Blob { oid text isBinary }';

/** The read query: repository, base, wheelrelay's branch and PRs, and each file's blob on both. */
export function readQuery(pathCount: number, withBase: boolean): string {
  const vars = ['$owner: String!', '$name: String!', '$head: String!', '$headRef: String!'];
  if (withBase) vars.push('$baseRef: String!');
  const blobs: string[] = [];
  for (let i = 0; i < pathCount; i++) {
    vars.push(`$b${i}: String!`, `$h${i}: String!`);
    blobs.push(`b${i}: object(expression: $b${i}) { ${BLOB_FIELDS} }`);
    blobs.push(`h${i}: object(expression: $h${i}) { ${BLOB_FIELDS} }`);
  }
  return `query WheelrelayConsumer(${vars.join(', ')}) {
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    isArchived
    viewerPermission
    defaultBranchRef { ${REF_FIELDS} }
    ${withBase ? `base: ref(qualifiedName: $baseRef) { ${REF_FIELDS} }` : ''}
    head: ref(qualifiedName: $headRef) { id ${HEAD_FIELDS} }
    pullRequests(headRefName: $head, first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes {
        id number url state title body baseRefName isCrossRepository
        comments(last: 20) { nodes { body } }
      }
    }
    ${blobs.join('\n    ')}
  }
}`;
}

/**
 * Reads a consumer: lists the base tree to match the globs (skipped when every glob is a
 * plain path), then one GraphQL query for the rest, with every file's blob aliased in.
 */
export async function readConsumer(
  gh: GitHub,
  consumer: Consumer,
  branch: string,
): Promise<ConsumerState> {
  const repo = consumerName(consumer);
  const { owner } = consumer;
  const baseRev = consumer.base ? `refs/heads/${consumer.base}` : 'HEAD';
  let paths: string[];
  let unmatched: string[] = [];
  let truncated = false;
  const modes = new Map<string, string>();
  if (literalPaths(consumer.globs)) {
    paths = [...new Set(consumer.globs)];
  } else {
    let tree: { tree: Array<{ path?: string; type?: string; mode?: string }>; truncated: boolean };
    try {
      const res = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner,
        repo: consumer.repo,
        tree_sha: consumer.base ?? 'HEAD',
        recursive: '1',
      });
      tree = res.data;
    } catch (err) {
      throw readError(err, repo, consumer.base);
    }
    truncated = tree.truncated;
    const files = tree.tree.filter((e) => e.type === 'blob' && e.path !== undefined);
    for (const e of files) modes.set(e.path as string, e.mode ?? '100644');
    const found = matchFiles(
      files.map((e) => e.path as string),
      consumer.globs,
    );
    paths = found.matched;
    unmatched = found.unmatched;
  }

  const variables: Record<string, string> = {
    owner,
    name: consumer.repo,
    head: branch,
    headRef: `refs/heads/${branch}`,
  };
  if (consumer.base) variables.baseRef = `refs/heads/${consumer.base}`;
  paths.forEach((path, i) => {
    variables[`b${i}`] = `${baseRev}:${path}`;
    variables[`h${i}`] = `refs/heads/${branch}:${path}`;
  });
  let data: ReadResult;
  try {
    data = await gh.graphql<ReadResult>(
      readQuery(paths.length, consumer.base !== undefined),
      variables,
    );
  } catch (err) {
    throw readError(err, repo, consumer.base);
  }
  const r = data.repository;
  if (!r) throw notFound(repo);
  const baseRef = consumer.base ? r.base : r.defaultBranchRef;
  if (!baseRef?.target?.tree) {
    throw new WheelrelayError(
      consumer.base
        ? `${repo}: base branch '${consumer.base}' does not exist`
        : `${repo}: the repository is empty (it has no default branch)`,
      consumer.base
        ? 'Fix the branch after `@` in `consumers`, or drop it to use the default branch.'
        : undefined,
    );
  }

  const files: RequirementFile[] = [];
  const headTexts = new Map<string, string | undefined>();
  for (const [i, path] of paths.entries()) {
    const blob = r[`b${i}`] as BlobNode | null;
    if (!blob) {
      // A literal path that does not exist is a glob that matched nothing.
      if (!unmatched.includes(path)) unmatched.push(path);
      continue;
    }
    files.push({ path, text: await blobText(gh, consumer, path, blob) });
    const h = r[`h${i}`] as BlobNode | null;
    headTexts.set(path, h ? await blobText(gh, consumer, path, h) : undefined);
  }
  return {
    repositoryId: r.id,
    nameWithOwner: r.nameWithOwner,
    permission: r.viewerPermission,
    archived: r.isArchived,
    base: { name: baseRef.name, oid: baseRef.target.oid, treeOid: baseRef.target.tree.oid },
    head:
      r.head?.target && r.head.id
        ? {
            id: r.head.id,
            oid: r.head.target.oid,
            commit: {
              oid: r.head.target.oid,
              message: r.head.target.message ?? '',
              parents: r.head.target.parents?.nodes ?? [],
            },
          }
        : undefined,
    pulls: r.pullRequests.nodes
      .filter((p) => !p.isCrossRepository)
      .map(({ comments, isCrossRepository: _, ...p }) => ({
        ...p,
        comments: comments.nodes.map((c) => c.body),
      })),
    files,
    headTexts,
    unmatched,
    truncated,
    modes,
  };
}

/**
 * A blob's text. GraphQL decodes lossily, so a file with a replacement character (or one
 * GitHub calls binary) is fetched raw and decoded strictly, to tell real text from bad bytes.
 */
async function blobText(
  gh: GitHub,
  consumer: Consumer,
  path: string,
  blob: BlobNode,
): Promise<string> {
  if (blob.text !== null && !blob.isBinary && !blob.text.includes('\uFFFD')) return blob.text;
  const res = await gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: consumer.owner,
    repo: consumer.repo,
    file_sha: blob.oid,
  });
  const bytes = Buffer.from(res.data.content, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WheelrelayError(
      `${consumerName(consumer)}: requirement file ${path} is not UTF-8 text`,
      'pip reads requirement files as UTF-8; re-encode it (e.g. `iconv -f latin1 -t utf-8`), or leave it out of the globs in `consumers`.',
    );
  }
}

function notFound(repo: string): WheelrelayError {
  return new WheelrelayError(
    `${repo}: repository not found, or \`consumer-token\` cannot see it`,
    'Check the name in `consumers`, and that the token (a PAT or GitHub App installation) has access to this repository.',
  );
}

function readError(err: unknown, repo: string, base: string | undefined): Error {
  const status = statusOf(err);
  if (status === 404 || graphqlErrorTypes(err).includes('NOT_FOUND')) {
    const e = notFound(repo);
    if (base) e.message += ` (or its branch '${base}' does not exist)`;
    return e;
  }
  if (status === 401) {
    return new WheelrelayError(
      `${repo}: GitHub refused \`consumer-token\` (401 ${messageOf(err)})`,
      'The token is invalid or expired; create a new one and update the secret.',
    );
  }
  if (status === 409) {
    return new WheelrelayError(`${repo}: the repository is empty (${messageOf(err)})`);
  }
  if (err instanceof WheelrelayError) return err;
  return new WheelrelayError(`${repo}: reading the repository failed: ${messageOf(err)}`);
}
