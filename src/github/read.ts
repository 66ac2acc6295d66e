import { WheelrelayError } from '../errors.js';
import type { GitHub } from './client.js';
import { graphqlErrorTypes, messageOf, statusOf } from './client.js';
import { type Consumer, consumerName } from './consumers.js';
import { literalPaths, matchFiles, type RequirementFile } from './edits.js';

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

/** What the repository allows for merging, read with the consumer (no extra request). */
export interface MergeSettings {
  /** "Allow auto-merge" in the repository's settings. */
  autoMerge: boolean;
  methods: Record<'merge' | 'squash' | 'rebase', boolean>;
}

/** GitHub's RepositoryPermission: the token's user's role; null for a GitHub App's token. */
export type Permission = 'ADMIN' | 'MAINTAIN' | 'WRITE' | 'TRIAGE' | 'READ';

/** Everything about one consumer that the bump decides on, read in two requests at most. */
export interface ConsumerState {
  repositoryId: string;
  nameWithOwner: string;
  /**
   * The role GitHub reports for the token's user; null when GitHub does not say, as for every
   * GitHub App installation token: then only a write tells.
   */
  permission: Permission | null;
  archived: boolean;
  merging: MergeSettings;
  base: { name: string; oid: string; treeOid: string };
  /** wheelrelay's branch, when it exists, with its head commit. */
  head?: { id: string; oid: string; commit: CommitSummary };
  /** Newest first. */
  pulls: PullInfo[];
  /** The requirement files the globs matched, as on the base branch, whole. */
  files: RequirementFile[];
  /** The blob oid of the same paths on wheelrelay's branch (undefined where absent). */
  headBlobs: Map<string, string | undefined>;
  /** Globs that matched no file. */
  unmatched: string[];
  /** File modes from the tree listing (100755 stays executable); absent for plain paths. */
  modes: Map<string, string>;
  /** The tree listing was cut short by GitHub (very large repositories). */
  truncated: boolean;
}

interface BlobNode {
  oid: string;
  /** GitHub's text of the blob: null when binary, lossy UTF-8, and cut at 512,000 bytes. */
  text: string | null;
  isBinary: boolean | null;
  isTruncated: boolean;
  byteSize: number;
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
    viewerPermission: Permission | null;
    autoMergeAllowed: boolean;
    mergeCommitAllowed: boolean;
    squashMergeAllowed: boolean;
    rebaseMergeAllowed: boolean;
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
/** A base file's text, and whether GitHub cut it (512,000 bytes) or calls it binary. */
const BLOB_FIELDS = '... on Blob { oid text isBinary isTruncated byteSize }';
/** On wheelrelay's branch only the oid: the bump compares it with the oid of what it would write. */
const HEAD_BLOB_FIELDS = '... on Blob { oid }';

/** The read query: repository, base, wheelrelay's branch and PRs, and each file's blob on both. */
function readQuery(pathCount: number, withBase: boolean): string {
  const vars = ['$owner: String!', '$name: String!', '$head: String!', '$headRef: String!'];
  if (withBase) vars.push('$baseRef: String!');
  const blobs: string[] = [];
  for (let i = 0; i < pathCount; i++) {
    vars.push(`$b${i}: String!`, `$h${i}: String!`);
    blobs.push(`b${i}: object(expression: $b${i}) { ${BLOB_FIELDS} }`);
    blobs.push(`h${i}: object(expression: $h${i}) { ${HEAD_BLOB_FIELDS} }`);
  }
  return `query WheelrelayConsumer(${vars.join(', ')}) {
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    isArchived
    viewerPermission
    autoMergeAllowed mergeCommitAllowed squashMergeAllowed rebaseMergeAllowed
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

/** The paths to read: the globs matched against the base tree, or the plain paths as given. */
interface Paths {
  paths: string[];
  unmatched: string[];
  modes: Map<string, string>;
  truncated: boolean;
}

/** Lists the base tree to match the globs; skipped when every glob is a plain path. */
async function listPaths(gh: GitHub, consumer: Consumer): Promise<Paths> {
  if (literalPaths(consumer.globs)) {
    return {
      paths: [...new Set(consumer.globs)],
      unmatched: [],
      modes: new Map(),
      truncated: false,
    };
  }
  let tree: { tree: Array<{ path?: string; type?: string; mode?: string }>; truncated: boolean };
  try {
    const res = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: consumer.owner,
      repo: consumer.repo,
      tree_sha: consumer.base ?? 'HEAD',
      recursive: '1',
    });
    tree = res.data;
  } catch (err) {
    throw readError(err, consumerName(consumer), consumer.base);
  }
  const files = tree.tree.filter((e) => e.type === 'blob' && e.path !== undefined);
  const modes = new Map<string, string>();
  for (const e of files) modes.set(e.path as string, e.mode ?? '100644');
  const found = matchFiles(
    files.map((e) => e.path as string),
    consumer.globs,
  );
  return { paths: found.matched, unmatched: found.unmatched, modes, truncated: tree.truncated };
}

/**
 * Reads a consumer: lists the base tree to match the globs (skipped when every glob is a
 * plain path), then one GraphQL query for the rest, with every file's blob aliased in. A file
 * GitHub's GraphQL cuts short or calls binary is read whole through REST.
 */
export async function readConsumer(
  gh: GitHub,
  consumer: Consumer,
  branch: string,
): Promise<ConsumerState> {
  const listed = await listPaths(gh, consumer);
  const r = await queryConsumer(gh, consumer, branch, listed.paths);
  const base = baseOf(consumer, r);
  const { files, headBlobs, unmatched } = await readFiles(gh, consumer, listed, r);
  return {
    ...repositoryOf(r),
    base,
    head: headOf(r.head),
    files,
    headBlobs,
    unmatched,
    truncated: listed.truncated,
    modes: listed.modes,
  };
}

/** The one GraphQL read: the repository, its base and wheelrelay's branch, pull requests, and each file's blob on both. */
async function queryConsumer(
  gh: GitHub,
  consumer: Consumer,
  branch: string,
  paths: string[],
): Promise<NonNullable<ReadResult['repository']>> {
  const repo = consumerName(consumer);
  const baseRev = consumer.base ? `refs/heads/${consumer.base}` : 'HEAD';
  const variables: Record<string, string> = {
    owner: consumer.owner,
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
  if (!data.repository) throw notFound(repo);
  return data.repository;
}

/** The branch pull requests go to: `@base` from `consumers`, or the default branch; it must exist. */
function baseOf(
  consumer: Consumer,
  r: NonNullable<ReadResult['repository']>,
): ConsumerState['base'] {
  const baseRef = consumer.base ? r.base : r.defaultBranchRef;
  if (!baseRef?.target?.tree) {
    const repo = consumerName(consumer);
    throw new WheelrelayError(
      consumer.base
        ? `${repo}: base branch '${consumer.base}' does not exist`
        : `${repo}: the repository is empty (it has no default branch)`,
      consumer.base
        ? 'Fix the branch after `@` in `consumers`, or drop it to use the default branch.'
        : undefined,
    );
  }
  return { name: baseRef.name, oid: baseRef.target.oid, treeOid: baseRef.target.tree.oid };
}

/** What the repository allows and who may write, and wheelrelay's open pull requests (not from forks). */
function repositoryOf(
  r: NonNullable<ReadResult['repository']>,
): Pick<
  ConsumerState,
  'repositoryId' | 'nameWithOwner' | 'permission' | 'archived' | 'merging' | 'pulls'
> {
  return {
    repositoryId: r.id,
    nameWithOwner: r.nameWithOwner,
    permission: r.viewerPermission,
    archived: r.isArchived,
    merging: {
      autoMerge: r.autoMergeAllowed,
      methods: {
        merge: r.mergeCommitAllowed,
        squash: r.squashMergeAllowed,
        rebase: r.rebaseMergeAllowed,
      },
    },
    pulls: r.pullRequests.nodes
      .filter((p) => !p.isCrossRepository)
      .map(({ comments, isCrossRepository: _, ...p }) => ({
        ...p,
        comments: comments.nodes.map((c) => c.body),
      })),
  };
}

/** Each listed file's whole text on the base, and its blob oid on wheelrelay's branch. */
async function readFiles(
  gh: GitHub,
  consumer: Consumer,
  listed: Paths,
  r: NonNullable<ReadResult['repository']>,
): Promise<Pick<ConsumerState, 'files' | 'headBlobs' | 'unmatched'>> {
  const files: RequirementFile[] = [];
  const headBlobs = new Map<string, string | undefined>();
  const unmatched = [...listed.unmatched];
  for (const [i, path] of listed.paths.entries()) {
    const blob = r[`b${i}`] as BlobNode | null;
    if (!blob) {
      // A literal path that does not exist is a glob that matched nothing.
      if (!unmatched.includes(path)) unmatched.push(path);
      continue;
    }
    files.push({ path, text: await blobText(gh, consumer, path, blob) });
    headBlobs.set(path, (r[`h${i}`] as { oid: string } | null)?.oid);
  }
  return { files, headBlobs, unmatched };
}

function headOf(head: RefNode | null): ConsumerState['head'] {
  if (!head?.target || !head.id) return undefined;
  return {
    id: head.id,
    oid: head.target.oid,
    commit: {
      oid: head.target.oid,
      message: head.target.message ?? '',
      parents: head.target.parents?.nodes ?? [],
    },
  };
}

/**
 * A base file's whole text. GraphQL's is cut at 512,000 bytes (`isTruncated`), null for what
 * GitHub calls binary, and decoded lossily, so any of those is read again through the REST git
 * blobs API (up to 100 MB), decoded strictly, and checked against the blob's size: a file is
 * never rewritten, or committed, from part of it.
 */
async function blobText(
  gh: GitHub,
  consumer: Consumer,
  path: string,
  blob: BlobNode,
): Promise<string> {
  if (blob.text !== null && !blob.isTruncated && !blob.isBinary && !blob.text.includes('\uFFFD')) {
    return blob.text;
  }
  const where = `${consumerName(consumer)}: requirement file ${path}`;
  let bytes: Buffer;
  try {
    const res = await gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      owner: consumer.owner,
      repo: consumer.repo,
      file_sha: blob.oid,
    });
    bytes = Buffer.from(res.data.content, 'base64');
  } catch (err) {
    throw new WheelrelayError(
      `${where} (${blob.byteSize} bytes) could not be read whole: ${messageOf(err)}`,
      'GitHub serves blobs of up to 100 MB through REST; re-run the job, or leave the file out of the globs in `consumers`.',
    );
  }
  if (bytes.length !== blob.byteSize) {
    throw new WheelrelayError(
      `${where}: GitHub sent ${bytes.length} of its ${blob.byteSize} bytes; nothing was changed`,
      'Re-run the job; wheelrelay never commits part of a file.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WheelrelayError(
      `${where} is not UTF-8 text`,
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
