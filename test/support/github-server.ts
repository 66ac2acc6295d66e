import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
  buildSchema,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  validate,
} from 'graphql';

/**
 * A GitHub API test server: exactly the REST and GraphQL calls wheelrelay makes, over
 * repositories held as real git objects (sha1 of git's object encoding), with every request
 * validated against GitHub's published OpenAPI description (@octokit/openapi) and GraphQL
 * schema (@octokit/graphql-schema). Violations are recorded, not thrown, so a test can show
 * them all: assert `server.violations` is empty.
 */

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Git objects

type ObjectType = 'blob' | 'tree' | 'commit';
interface GitObject {
  type: ObjectType;
  body: Buffer;
}
interface TreeEntry {
  mode: string;
  name: string;
  sha: string;
}
export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  /** Made through createCommitOnBranch, which GitHub signs. */
  verified: boolean;
}

/** A content-addressed store of git objects, encoded exactly as git encodes them. */
class ObjectStore {
  private objects = new Map<string, GitObject>();
  readonly verified = new Set<string>();

  put(type: ObjectType, body: Buffer): string {
    const sha = createHash('sha1')
      .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
      .digest('hex');
    this.objects.set(sha, { type, body });
    return sha;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  blob(content: string | Buffer): string {
    return this.put('blob', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  }

  tree(entries: TreeEntry[]): string {
    // git sorts tree entries by name, comparing a subtree's name as if it ended in '/'.
    const key = (e: TreeEntry) => (e.mode === '40000' ? `${e.name}/` : e.name);
    const sorted = [...entries].sort((a, b) =>
      Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))),
    );
    const body = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
      ),
    );
    return this.put('tree', body);
  }

  readTree(sha: string): TreeEntry[] {
    const obj = this.get(sha);
    if (obj?.type !== 'tree') throw new Error(`not a tree: ${sha}`);
    const out: TreeEntry[] = [];
    let i = 0;
    while (i < obj.body.length) {
      const sp = obj.body.indexOf(0x20, i);
      const nul = obj.body.indexOf(0, sp);
      out.push({
        mode: obj.body.subarray(i, sp).toString(),
        name: obj.body.subarray(sp + 1, nul).toString(),
        sha: obj.body.subarray(nul + 1, nul + 21).toString('hex'),
      });
      i = nul + 21;
    }
    return out;
  }

  commit(tree: string, parents: string[], message: string, when = Date.now()): string {
    const ident = `wheelrelay-test <test@example.com> ${Math.floor(when / 1000)} +0000`;
    const lines = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${ident}`,
      `committer ${ident}`,
    ];
    return this.put('commit', Buffer.from(`${lines.join('\n')}\n\n${message}`));
  }

  readCommit(sha: string): CommitInfo | undefined {
    const obj = this.get(sha);
    if (obj?.type !== 'commit') return undefined;
    const text = obj.body.toString();
    const split = text.indexOf('\n\n');
    const head = text.slice(0, split).split('\n');
    return {
      sha,
      tree: head.find((l) => l.startsWith('tree '))?.slice(5) ?? '',
      parents: head.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
      message: text.slice(split + 2),
      verified: this.verified.has(sha),
    };
  }

  /** Every blob under a tree, by path. */
  flatten(treeSha: string, prefix = ''): Map<string, { mode: string; sha: string }> {
    const out = new Map<string, { mode: string; sha: string }>();
    for (const e of this.readTree(treeSha)) {
      const path = prefix + e.name;
      if (e.mode === '40000') for (const [p, v] of this.flatten(e.sha, `${path}/`)) out.set(p, v);
      else out.set(path, { mode: e.mode, sha: e.sha });
    }
    return out;
  }

  /** Writes nested trees for a flat path map; returns the root tree's sha. */
  writeFlat(files: Map<string, { mode: string; sha: string }>): string {
    const dirs = new Map<string, Map<string, { mode: string; sha: string }>>();
    const entries: TreeEntry[] = [];
    for (const [path, v] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) entries.push({ name: path, ...v });
      else {
        const dir = path.slice(0, slash);
        if (!dirs.has(dir)) dirs.set(dir, new Map());
        dirs.get(dir)?.set(path.slice(slash + 1), v);
      }
    }
    for (const [dir, sub] of dirs)
      entries.push({ name: dir, mode: '40000', sha: this.writeFlat(sub) });
    return this.tree(entries);
  }

  /** The blob at `path` under a tree. */
  lookup(
    treeSha: string,
    path: string,
  ): { mode: string; sha: string; type: ObjectType } | undefined {
    let sha = treeSha;
    let found: TreeEntry | undefined;
    for (const part of path.split('/').filter(Boolean)) {
      const obj = this.get(sha);
      if (obj?.type !== 'tree') return undefined;
      found = this.readTree(sha).find((e) => e.name === part);
      if (!found) return undefined;
      sha = found.sha;
    }
    if (!found) return { mode: '40000', sha: treeSha, type: 'tree' };
    return { mode: found.mode, sha: found.sha, type: this.get(found.sha)?.type ?? 'blob' };
  }
}

// ---------------------------------------------------------------------------------------------
// Repositories, pull requests, tokens

type Permission = 'ADMIN' | 'MAINTAIN' | 'WRITE' | 'TRIAGE' | 'READ';

export interface PullRecord {
  number: number;
  nodeId: string;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  autoMerge?: string;
  createdAt: number;
  /** Issue comments on the pull request, oldest first. */
  comments: Array<{ id: number; body: string; user: string }>;
}

interface RepoRecord {
  owner: string;
  name: string;
  index: number;
  nodeId: string;
  defaultBranch: string;
  archived: boolean;
  refs: Map<string, string>;
  pulls: PullRecord[];
  /** Permission per token; tokens not listed fall back to the token's default. */
  permissions: Map<string, Permission | 'NONE'>;
}

export interface TokenInfo {
  login: string;
  /** What the token may do in repositories that do not say otherwise. */
  permission?: Permission | 'NONE';
}

/** One request, as the server saw it. */
export interface RequestRecord {
  method: string;
  path: string;
  /** REST operation (`POST /repos/{owner}/{repo}/pulls`) or GraphQL operation name. */
  operation: string;
  /** owner/repo the request was about, when it was about one. */
  repo?: string;
  status: number;
}

/** A fault to answer instead of the real response. */
export interface Fault {
  /**
   * Matches `METHOD /path` (REST) or `POST /graphql <OperationName> <fields…>`, followed by
   * ` @owner/name` when the variables name a repository.
   */
  match: RegExp;
  /** The status to answer; without one, only `before` runs and the request is served as usual. */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Runs when the fault fires, e.g. to move a base branch under the client. */
  before?: () => void;
}

/** Answers taken straight from GitHub. */
export const FAULTS = {
  secondaryRateLimit: (match: RegExp, retryAfter = 1): Fault => ({
    match,
    status: 403,
    headers: { 'retry-after': String(retryAfter), 'x-ratelimit-remaining': '4000' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
  }),
  serverError: (match: RegExp, status = 502): Fault => ({
    match,
    status,
    body: { message: 'Server Error' },
  }),
  referenceExists: (match: RegExp): Fault => ({
    match,
    status: 422,
    body: {
      message: 'Reference already exists',
      documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
    },
  }),
  staleBase: (match: RegExp, before?: () => void): Fault => ({
    match,
    status: 409,
    body: {
      message: 'Reference cannot be updated',
      documentation_url: 'https://docs.github.com/rest',
    },
    before,
  }),
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The owner/name a GraphQL request's variables are about, when they say. */
function graphqlRepo(variables: unknown): string | undefined {
  const v = (variables ?? {}) as {
    owner?: unknown;
    name?: unknown;
    commit?: { branch?: { repositoryNameWithOwner?: unknown } };
  };
  if (typeof v.owner === 'string' && typeof v.name === 'string') return `${v.owner}/${v.name}`;
  const full = v.commit?.branch?.repositoryNameWithOwner;
  return typeof full === 'string' ? full : undefined;
}

/** A GraphQL error with GitHub's `type`. */
class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Validation against GitHub's published descriptions (loaded once per process)

interface Operation {
  method: string;
  template: string;
  pathParams: Map<string, ValidateFunction>;
  queryParams: Map<string, ValidateFunction>;
  body?: ValidateFunction;
  bodyKeys?: Set<string>;
  bodyRequired: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: GitHub's OpenAPI description, as parsed JSON
let openapi: { paths: Record<string, Record<string, any>> } | undefined;
let ajv: Ajv | undefined;
const operations = new Map<string, Operation>();
let graphqlSchema: GraphQLSchema | undefined;

function operation(method: string, template: string): Operation {
  const key = `${method} ${template}`;
  const known = operations.get(key);
  if (known) return known;
  openapi ??= JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8'),
  );
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    addFormats.default(ajv);
    // GitHub's own format for owner/repo names.
    ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
  }
  const spec = openapi?.paths[template]?.[method.toLowerCase()];
  if (!spec) throw new Error(`GitHub's OpenAPI description has no ${key}`);
  const op: Operation = {
    method,
    template,
    pathParams: new Map(),
    queryParams: new Map(),
    bodyRequired: false,
  };
  for (const p of spec.parameters ?? []) {
    const target = p.in === 'path' ? op.pathParams : p.in === 'query' ? op.queryParams : undefined;
    target?.set(p.name, ajv.compile(p.schema ?? {}));
  }
  const body = spec.requestBody?.content?.['application/json']?.schema;
  if (body) {
    op.body = ajv.compile(body);
    op.bodyKeys = body.properties ? new Set(Object.keys(body.properties)) : undefined;
    op.bodyRequired = spec.requestBody.required === true;
  }
  operations.set(key, op);
  return op;
}

function schema(): GraphQLSchema {
  graphqlSchema ??= buildSchema(
    readFileSync(new URL('schema.graphql', import.meta.resolve('@octokit/graphql-schema')), 'utf8'),
    // GitHub's own schema breaks two SDL rules (duplicate and deprecated interface fields);
    // queries are still validated against every type and field in it.
    { assumeValidSDL: true, assumeValid: true },
  );
  return graphqlSchema;
}

/** Parameters from the path and query are strings; the schema says what they should parse as. */
function coerce(value: string): unknown {
  if (/^-?\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

// ---------------------------------------------------------------------------------------------
// The server

type Handler = (ctx: RestContext) => { status: number; body: unknown };
interface RestContext {
  repo: RepoRecord;
  params: Record<string, string>;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are JSON, checked against the OpenAPI schema before use
  body: any;
  token: string;
}

export interface GitHubServerOptions {
  /** Serve as GitHub Enterprise Server does: REST under /api/v3, GraphQL at /api/graphql. */
  ghes?: boolean;
  tokens?: Record<string, TokenInfo>;
  /** Milliseconds to wait before answering each request, as a distant GitHub would. */
  latencyMs?: number;
}

export class GitHubServer {
  readonly store = new ObjectStore();
  private repos = new Map<string, RepoRecord>();
  private server?: Server;
  private port = 0;
  private faults: Array<Fault & { left: number }> = [];
  private clock = Date.UTC(2026, 0, 1);
  private nextRepoIndex = 1;
  readonly requests: RequestRecord[] = [];
  /** Every way a request departed from GitHub's published API descriptions. */
  readonly violations: string[] = [];
  readonly tokens: Map<string, TokenInfo>;
  readonly ghes: boolean;
  /** Added to every request before it is answered; may be changed between runs. */
  latencyMs: number;

  constructor(opts: GitHubServerOptions = {}) {
    this.ghes = opts.ghes ?? false;
    this.latencyMs = opts.latencyMs ?? 0;
    this.tokens = new Map(Object.entries(opts.tokens ?? {}));
  }

  /** The REST base URL a client uses (GITHUB_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}${this.ghes ? '/api/v3' : ''}`;
  }

  /** The web URL of the server (GITHUB_SERVER_URL). */
  get serverUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // Parse the descriptions before the first request, so request timing stays realistic.
    schema();
    for (const [method, template] of REST_OPERATIONS) operation(method, template);
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }

  // --- test helpers ---------------------------------------------------------------------------

  /** Creates a repository whose default branch holds `files` in one commit. */
  createRepo(
    fullName: string,
    files: Record<string, string | Buffer>,
    opts: {
      defaultBranch?: string;
      archived?: boolean;
      permissions?: Record<string, Permission | 'NONE'>;
    } = {},
  ): void {
    const [owner = '', name = ''] = fullName.split('/');
    const index = this.nextRepoIndex++;
    const repo: RepoRecord = {
      owner,
      name,
      index,
      nodeId: `R_kgDO${index.toString().padStart(6, '0')}`,
      defaultBranch: opts.defaultBranch ?? 'main',
      archived: opts.archived ?? false,
      refs: new Map(),
      pulls: [],
      permissions: new Map(Object.entries(opts.permissions ?? {})),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    const flat = new Map<string, { mode: string; sha: string }>();
    for (const [path, content] of Object.entries(files))
      flat.set(path, { mode: '100644', sha: this.store.blob(content) });
    const tree = this.store.writeFlat(flat);
    repo.refs.set(
      `refs/heads/${repo.defaultBranch}`,
      this.store.commit(tree, [], 'Initial commit\n', this.tick()),
    );
  }

  /** Commits changes (null deletes) on top of a branch, as a developer's push would. */
  push(
    fullName: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    message = 'A push\n',
  ): string {
    const repo = this.repo(fullName);
    const ref = `refs/heads/${branch}`;
    const parent = repo.refs.get(ref);
    const flat = parent ? this.store.flatten(this.commitTree(parent)) : new Map();
    for (const [path, content] of Object.entries(files)) {
      if (content === null) flat.delete(path);
      else flat.set(path, { mode: '100644', sha: this.store.blob(content) });
    }
    const sha = this.store.commit(
      this.store.writeFlat(flat),
      parent ? [parent] : [],
      message,
      this.tick(),
    );
    repo.refs.set(ref, sha);
    return sha;
  }

  /**
   * GitHub's "Update branch" button: a merge commit of `from` into `branch`, with GitHub's
   * message. No conflict resolution: where both sides hold a path, the branch's side is kept.
   */
  updateBranch(fullName: string, branch: string, from: string): string {
    const repo = this.repo(fullName);
    const ours = repo.refs.get(`refs/heads/${branch}`);
    const theirs = repo.refs.get(`refs/heads/${from}`);
    if (!ours || !theirs) throw new Error(`no branch ${branch} or ${from} in ${fullName}`);
    const flat = this.store.flatten(this.commitTree(theirs));
    for (const [path, entry] of this.store.flatten(this.commitTree(ours))) flat.set(path, entry);
    const sha = this.store.commit(
      this.store.writeFlat(flat),
      [ours, theirs],
      `Merge branch '${from}' into ${branch}\n`,
      this.tick(),
    );
    repo.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** A file's text at a branch (or commit), or undefined when absent. */
  file(fullName: string, rev: string, path: string): string | undefined {
    const commit = this.resolve(this.repo(fullName), rev);
    if (!commit) return undefined;
    const hit = this.store.lookup(this.commitTree(commit), path);
    return hit?.type === 'blob' ? this.store.get(hit.sha)?.body.toString('utf8') : undefined;
  }

  /** The commit a branch points at. */
  branch(fullName: string, branch: string): CommitInfo | undefined {
    const sha = this.repo(fullName).refs.get(`refs/heads/${branch}`);
    return sha ? this.store.readCommit(sha) : undefined;
  }

  commit(sha: string): CommitInfo | undefined {
    return this.store.readCommit(sha);
  }

  pulls(fullName: string): readonly PullRecord[] {
    return this.repo(fullName).pulls;
  }

  /** Closes a pull request, without merging or with a merge commit of its head onto its base. */
  closePull(fullName: string, number: number, merge = false): void {
    const repo = this.repo(fullName);
    const pull = repo.pulls.find((p) => p.number === number);
    if (!pull) throw new Error(`no pull request #${number}`);
    pull.state = 'closed';
    if (merge) {
      const head = repo.refs.get(`refs/heads/${pull.head}`) as string;
      const base = repo.refs.get(`refs/heads/${pull.base}`) as string;
      const merged = this.store.commit(
        this.commitTree(head),
        [base, head],
        `Merge #${number}\n`,
        this.tick(),
      );
      repo.refs.set(`refs/heads/${pull.base}`, merged);
      pull.merged = true;
    }
  }

  /** Answers matching requests with a fault instead (see FAULTS). */
  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Drops every fault not yet used up. */
  clearFaults(): void {
    this.faults = [];
  }

  /** Requests seen, optionally only those about one repository or matching an operation. */
  count(filter: { repo?: string; operation?: RegExp } = {}): number {
    return this.requests.filter(
      (r) =>
        (!filter.repo || r.repo?.toLowerCase() === filter.repo.toLowerCase()) &&
        (!filter.operation || filter.operation.test(r.operation)),
    ).length;
  }

  /** Forgets the request log (repositories stay). */
  resetCounts(): void {
    this.requests.length = 0;
  }

  // --- plumbing -------------------------------------------------------------------------------

  private tick(): number {
    this.clock += 1000;
    return this.clock;
  }

  private repo(fullName: string): RepoRecord {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`no repository ${fullName}`);
    return repo;
  }

  private commitTree(sha: string): string {
    const c = this.store.readCommit(sha);
    if (!c) throw new Error(`not a commit: ${sha}`);
    return c.tree;
  }

  /** A revision: a commit sha, HEAD, refs/heads/x, or a branch name. */
  private resolve(repo: RepoRecord, rev: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(rev)) return this.store.get(rev) ? rev : undefined;
    if (rev === 'HEAD') return repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    if (rev.startsWith('refs/')) return repo.refs.get(rev);
    return repo.refs.get(`refs/heads/${rev}`) ?? repo.refs.get(`refs/tags/${rev}`);
  }

  private permission(repo: RepoRecord, token: string): Permission | 'NONE' {
    return repo.permissions.get(token) ?? this.tokens.get(token)?.permission ?? 'WRITE';
  }

  /** The repository, if the token can see it (GitHub answers 404 for both "absent" and "hidden"). */
  private visible(fullName: string, token: string): RepoRecord | undefined {
    const repo = this.repos.get(fullName.toLowerCase());
    return repo && this.permission(repo, token) !== 'NONE' ? repo : undefined;
  }

  private canWrite(repo: RepoRecord, token: string): boolean {
    return ['ADMIN', 'MAINTAIN', 'WRITE'].includes(this.permission(repo, token));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (this.latencyMs > 0) await new Promise((done) => setTimeout(done, this.latencyMs));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const record: RequestRecord = {
      method,
      path: url.pathname,
      operation: `${method} ${url.pathname}`,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    try {
      const auth = /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
      const token = auth?.[1] ?? '';
      let path = url.pathname;
      const prefix = this.ghes ? '/api/v3' : '';
      const graphqlPath = this.ghes ? '/api/graphql' : '/graphql';
      if (path !== graphqlPath) {
        if (!path.startsWith(`${prefix}/`)) {
          this.violations.push(`${method} ${path}: not under the API root ${prefix || '/'}`);
          return send(404, { message: 'Not Found' });
        }
        path = path.slice(prefix.length);
      }
      if (!this.tokens.has(token)) {
        return send(401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
      // biome-ignore lint/suspicious/noExplicitAny: request bodies are JSON, checked against the OpenAPI schema before use
      let body: any;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          this.violations.push(`${method} ${path}: body is not JSON`);
          return send(400, { message: 'Problems parsing JSON' });
        }
      }
      if (path === graphqlPath) {
        if (method !== 'POST') return send(404, { message: 'Not Found' });
        const result = this.graphql(body, token, record);
        if (result instanceof Function) return this.sendFault(result(), send);
        return send(200, result);
      }
      const route = this.route(method, path);
      if (!route) {
        this.violations.push(
          `${method} ${path}: wheelrelay's test server does not implement this call`,
        );
        return send(404, { message: 'Not Found' });
      }
      record.operation = `${method} ${route.template}`;
      const fullName = `${route.params.owner}/${route.params.repo}`;
      record.repo = fullName;
      this.validateRest(route.template, method, route.params, url.searchParams, body);
      const fault = this.fault(`${method} ${path}`);
      if (fault) return this.sendFault(fault, send);
      const repo = this.visible(fullName, token);
      if (!repo)
        return send(404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
        });
      if (method !== 'GET' && !this.canWrite(repo, token)) {
        return send(403, { message: 'Resource not accessible by personal access token' });
      }
      const out = route.handler({
        repo,
        params: route.params,
        query: url.searchParams,
        body,
        token,
      });
      return send(out.status, out.body);
    } catch (err) {
      if (err instanceof HttpError) return send(err.status, { message: err.message });
      return send(500, { message: String((err as Error).stack ?? err) });
    }
  }

  private fault(key: string): Fault | undefined {
    const f = this.faults.find((x) => x.left > 0 && x.match.test(key));
    if (!f) return undefined;
    f.left -= 1;
    if (f.status === undefined) {
      f.before?.();
      return undefined;
    }
    return f;
  }

  private sendFault(
    f: Fault,
    send: (s: number, b: unknown, h?: Record<string, string>) => void,
  ): void {
    f.before?.();
    send(f.status ?? 500, f.body ?? { message: 'fault' }, f.headers);
  }

  private route(
    method: string,
    path: string,
  ): { template: string; handler: Handler; params: Record<string, string> } | undefined {
    for (const [m, template] of REST_OPERATIONS) {
      if (m !== method) continue;
      const names: string[] = [];
      const re = new RegExp(
        `^${template.replace(/\{(\w+)\}/g, (_x, name: string) => {
          names.push(name);
          return name === 'ref' ? '(.+)' : '([^/]+)';
        })}$`,
      );
      const m2 = re.exec(path);
      if (!m2) continue;
      const params: Record<string, string> = {};
      names.forEach((n, i) => {
        params[n] = decodeURIComponent(m2[i + 1] ?? '');
      });
      const handler = this.handlers[`${m} ${template}`];
      if (!handler) continue;
      return { template, handler, params };
    }
    return undefined;
  }

  private validateRest(
    template: string,
    method: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): void {
    const op = operation(method, template);
    const where = `${method} ${template}`;
    for (const [name, check] of op.pathParams) {
      if (!(name in params)) this.violations.push(`${where}: path parameter ${name} missing`);
      else if (!check(coerce(params[name] as string)) && !check(params[name])) {
        this.violations.push(
          `${where}: path parameter ${name}=${params[name]}: ${ajv?.errorsText(check.errors)}`,
        );
      }
    }
    for (const [name, value] of query) {
      const check = op.queryParams.get(name);
      if (!check) this.violations.push(`${where}: unknown query parameter ${name}`);
      else if (!check(coerce(value)) && !check(value)) {
        this.violations.push(
          `${where}: query parameter ${name}=${value}: ${ajv?.errorsText(check.errors)}`,
        );
      }
    }
    if (body === undefined) {
      if (op.bodyRequired) this.violations.push(`${where}: request body missing`);
      return;
    }
    if (!op.body) {
      this.violations.push(`${where}: takes no request body`);
      return;
    }
    if (!op.body(body)) this.violations.push(`${where}: body: ${ajv?.errorsText(op.body.errors)}`);
    if (op.bodyKeys && body && typeof body === 'object') {
      for (const key of Object.keys(body)) {
        if (!op.bodyKeys.has(key))
          this.violations.push(`${where}: body has unknown property ${key}`);
      }
    }
  }

  // --- REST ------------------------------------------------------------------------------------

  private pullJson(repo: RepoRecord, p: PullRecord): Record<string, unknown> {
    const full = `${repo.owner}/${repo.name}`;
    return {
      id: repo.index * 1000 + p.number,
      node_id: p.nodeId,
      number: p.number,
      url: `${this.apiUrl}/repos/${full}/pulls/${p.number}`,
      html_url: `${this.serverUrl}/${full}/pull/${p.number}`,
      state: p.state,
      title: p.title,
      body: p.body,
      draft: p.draft,
      merged: p.merged,
      head: { ref: p.head, sha: repo.refs.get(`refs/heads/${p.head}`) },
      base: { ref: p.base, sha: repo.refs.get(`refs/heads/${p.base}`) },
      labels: p.labels.map((name) => ({ name })),
    };
  }

  private handlers: Record<string, Handler> = {
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': ({ repo, params, query }) => {
      const rev = params.tree_sha as string;
      let tree: string | undefined;
      if (/^[0-9a-f]{40}$/.test(rev) && this.store.get(rev)?.type === 'tree') tree = rev;
      else {
        const c = this.resolve(repo, rev);
        tree = c ? this.commitTree(c) : undefined;
      }
      if (!tree) {
        if (repo.refs.size === 0) throw new HttpError(409, 'Git Repository is empty.');
        throw new HttpError(404, 'Not Found');
      }
      const entries: Array<Record<string, unknown>> = [];
      const walk = (sha: string, prefix: string) => {
        for (const e of this.store.readTree(sha)) {
          const isTree = e.mode === '40000';
          entries.push({
            path: prefix + e.name,
            mode: isTree ? '040000' : e.mode,
            type: isTree ? 'tree' : 'blob',
            sha: e.sha,
            ...(isTree ? {} : { size: this.store.get(e.sha)?.body.length }),
          });
          if (isTree && query.get('recursive')) walk(e.sha, `${prefix}${e.name}/`);
        }
      };
      walk(tree, '');
      return {
        status: 200,
        body: {
          sha: tree,
          url: `${this.apiUrl}/repos/x/git/trees/${tree}`,
          tree: entries,
          truncated: false,
        },
      };
    },
    'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': ({ params }) => {
      const obj = this.store.get(params.file_sha as string);
      if (obj?.type !== 'blob') throw new HttpError(404, 'Not Found');
      return {
        status: 200,
        body: {
          sha: params.file_sha,
          node_id: 'B',
          size: obj.body.length,
          url: '',
          content: obj.body.toString('base64'),
          encoding: 'base64',
        },
      };
    },
    'POST /repos/{owner}/{repo}/git/trees': ({ body }) => {
      const flat = body.base_tree
        ? this.store.flatten(body.base_tree)
        : new Map<string, { mode: string; sha: string }>();
      if (body.base_tree && this.store.get(body.base_tree)?.type !== 'tree')
        throw new HttpError(422, 'Invalid tree info');
      for (const e of body.tree as Array<{
        path: string;
        mode: string;
        type: string;
        content?: string;
        sha?: string | null;
      }>) {
        if (e.content !== undefined && e.sha !== undefined)
          throw new HttpError(422, 'Only one of content or sha may be given');
        if (e.sha === null) flat.delete(e.path);
        else
          flat.set(e.path, {
            mode: e.mode,
            sha: e.content !== undefined ? this.store.blob(e.content) : (e.sha as string),
          });
      }
      const sha = this.store.writeFlat(flat);
      return { status: 201, body: { sha, url: '', tree: [], truncated: false } };
    },
    'POST /repos/{owner}/{repo}/git/commits': ({ body }) => {
      if (this.store.get(body.tree)?.type !== 'tree')
        throw new HttpError(422, 'Tree SHA does not exist');
      for (const p of body.parents ?? [])
        if (!this.store.readCommit(p))
          throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
      const sha = this.store.commit(body.tree, body.parents ?? [], body.message, this.tick());
      return {
        status: 201,
        body: {
          sha,
          node_id: 'C',
          url: '',
          html_url: '',
          tree: { sha: body.tree },
          parents: (body.parents ?? []).map((p: string) => ({ sha: p })),
          message: body.message,
        },
      };
    },
    'POST /repos/{owner}/{repo}/git/refs': ({ repo, body }) => {
      if (!/^refs\/.+\/.+/.test(body.ref))
        throw new HttpError(422, 'Reference name must start with refs/ and have two slashes');
      if (repo.refs.has(body.ref)) throw new HttpError(422, 'Reference already exists');
      if (!this.store.readCommit(body.sha)) throw new HttpError(422, 'Object does not exist');
      repo.refs.set(body.ref, body.sha);
      return {
        status: 201,
        body: {
          ref: body.ref,
          node_id: 'REF',
          url: '',
          object: { sha: body.sha, type: 'commit', url: '' },
        },
      };
    },
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}': ({ repo, params, body }) => {
      const ref = `refs/${params.ref}`;
      const old = repo.refs.get(ref);
      if (!old) throw new HttpError(422, 'Reference does not exist');
      if (!this.store.readCommit(body.sha)) throw new HttpError(422, 'Object does not exist');
      if (!body.force && !this.isAncestor(old, body.sha))
        throw new HttpError(422, 'Update is not a fast forward');
      repo.refs.set(ref, body.sha);
      return {
        status: 200,
        body: { ref, node_id: 'REF', url: '', object: { sha: body.sha, type: 'commit', url: '' } },
      };
    },
    'POST /repos/{owner}/{repo}/pulls': ({ repo, body }) => {
      const head = String(body.head).replace(/^[^:]+:/, '');
      const headSha = repo.refs.get(`refs/heads/${head}`);
      const baseSha = repo.refs.get(`refs/heads/${body.base}`);
      if (!headSha || !baseSha) throw new HttpError(422, 'Validation Failed: head or base invalid');
      if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === body.base)) {
        throw new HttpError(
          422,
          `Validation Failed: A pull request already exists for ${repo.owner}:${head}.`,
        );
      }
      if (this.isAncestor(headSha, baseSha))
        throw new HttpError(422, `Validation Failed: No commits between ${body.base} and ${head}`);
      const number = repo.pulls.length + 1;
      const pull: PullRecord = {
        number,
        nodeId: `PR_kwDO${repo.index}_${number}`,
        title: body.title,
        body: body.body ?? '',
        head,
        base: body.base,
        state: 'open',
        merged: false,
        draft: body.draft ?? false,
        labels: [],
        reviewers: [],
        teamReviewers: [],
        createdAt: this.tick(),
        comments: [],
      };
      repo.pulls.push(pull);
      return { status: 201, body: this.pullJson(repo, pull) };
    },
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': ({ repo, params, body }) => {
      const pull = repo.pulls.find((p) => p.number === Number(params.pull_number));
      if (!pull) throw new HttpError(404, 'Not Found');
      if (body.title !== undefined) pull.title = body.title;
      if (body.body !== undefined) pull.body = body.body;
      if (body.state === 'closed' || body.state === 'open') pull.state = body.state;
      if (body.base !== undefined) pull.base = body.base;
      return { status: 200, body: this.pullJson(repo, pull) };
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': ({
      repo,
      params,
      body,
      token,
    }) => {
      const pull = repo.pulls.find((p) => p.number === Number(params.issue_number));
      if (!pull) throw new HttpError(404, 'Not Found');
      const user = this.tokens.get(token)?.login ?? 'unknown';
      const comment = { id: this.tick(), body: String(body.body), user };
      pull.comments.push(comment);
      const html = `${this.serverUrl}/${repo.owner}/${repo.name}/pull/${pull.number}#issuecomment-${comment.id}`;
      return {
        status: 201,
        body: {
          id: comment.id,
          node_id: `IC_${comment.id}`,
          url: `${this.apiUrl}/repos/${repo.owner}/${repo.name}/issues/comments/${comment.id}`,
          html_url: html,
          body: comment.body,
          user: { login: user },
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        },
      };
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': ({ repo, params, body }) => {
      const pull = repo.pulls.find((p) => p.number === Number(params.issue_number));
      if (!pull) throw new HttpError(404, 'Not Found');
      for (const l of body.labels as string[]) if (!pull.labels.includes(l)) pull.labels.push(l);
      return {
        status: 200,
        body: pull.labels.map((name, i) => ({
          id: i + 1,
          node_id: 'L',
          url: '',
          name,
          color: 'ededed',
          default: false,
          description: null,
        })),
      };
    },
    'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': ({
      repo,
      params,
      body,
    }) => {
      const pull = repo.pulls.find((p) => p.number === Number(params.pull_number));
      if (!pull) throw new HttpError(404, 'Not Found');
      pull.reviewers.push(...(body.reviewers ?? []));
      pull.teamReviewers.push(...(body.team_reviewers ?? []));
      return { status: 201, body: this.pullJson(repo, pull) };
    },
  };

  private isAncestor(ancestor: string, of: string): boolean {
    const seen = new Set<string>();
    const stack = [of];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      stack.push(...(this.store.readCommit(sha)?.parents ?? []));
    }
    return false;
  }

  // --- GraphQL ---------------------------------------------------------------------------------

  /** The response, or (as a function) the fault to answer instead. */
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL request bodies are JSON; the query is validated against the schema
  private graphql(body: any, token: string, record: RequestRecord): unknown {
    const query = body?.query;
    if (typeof query !== 'string') {
      this.violations.push('POST /graphql: no query');
      return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
    }
    let document: ReturnType<typeof parse>;
    try {
      document = parse(query);
    } catch (err) {
      this.violations.push(`POST /graphql: ${(err as Error).message}`);
      return { errors: [{ message: (err as Error).message }] };
    }
    const op = getOperationAST(document);
    const fields =
      op?.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : s.kind)) ?? [];
    record.operation = `${op?.name?.value ?? 'anonymous'} ${fields.join(' ')}`;
    const errors = validate(schema(), document);
    if (errors.length > 0) {
      for (const e of errors)
        this.violations.push(`POST /graphql ${record.operation}: ${e.message}`);
      return { errors: errors.map((e) => ({ message: e.message, locations: e.locations })) };
    }
    // Faults may name the repository a request is about (`… @owner/name`), read from its variables.
    const about = graphqlRepo(body.variables);
    const fault = this.fault(`POST /graphql ${record.operation}${about ? ` @${about}` : ''}`);
    if (fault) {
      record.repo = about;
      return () => fault;
    }
    const touched: string[] = [];
    const result = execute({
      schema: schema(),
      document,
      variableValues: body.variables ?? {},
      rootValue:
        op?.operation === 'mutation'
          ? this.mutationRoot(token, touched)
          : this.queryRoot(token, touched),
    }) as { data?: unknown; errors?: readonly GraphQLError[] };
    if ('then' in result) throw new Error('resolvers must be synchronous');
    record.repo = touched[0];
    const out: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors?.length) {
      out.errors = result.errors.map((e) => {
        const original = e.originalError;
        if (!(original instanceof TypedError) && original) {
          this.violations.push(`POST /graphql ${record.operation}: ${original.message}`);
        }
        if (!original) this.violations.push(`POST /graphql ${record.operation}: ${e.message}`);
        return {
          type: original instanceof TypedError ? original.type : undefined,
          path: e.path,
          locations: e.locations,
          message: e.message,
        };
      });
    }
    return out;
  }

  private queryRoot(token: string, touched: string[]): Record<string, unknown> {
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        const repo = this.visible(`${owner}/${name}`, token);
        touched.push(`${owner}/${name}`);
        if (!repo)
          throw new TypedError(
            'NOT_FOUND',
            `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          );
        return this.repoNode(repo, token);
      },
    };
  }

  private repoNode(repo: RepoRecord, token: string): Record<string, unknown> {
    const full = `${repo.owner}/${repo.name}`;
    return {
      id: repo.nodeId,
      name: repo.name,
      nameWithOwner: full,
      isArchived: repo.archived,
      viewerPermission: this.permission(repo, token),
      defaultBranchRef: () => this.refNode(repo, `refs/heads/${repo.defaultBranch}`),
      ref: ({ qualifiedName }: { qualifiedName: string }) =>
        this.refNode(
          repo,
          qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`,
        ),
      object: ({ expression, oid }: { expression?: string; oid?: string }) => {
        if (oid) return this.objectNode(oid);
        const colon = (expression ?? '').indexOf(':');
        const rev = colon < 0 ? (expression ?? '') : (expression ?? '').slice(0, colon);
        const commit = this.resolve(repo, rev);
        if (!commit) return null;
        if (colon < 0) return this.objectNode(commit);
        const hit = this.store.lookup(this.commitTree(commit), (expression ?? '').slice(colon + 1));
        return hit ? this.objectNode(hit.sha) : null;
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
          id: p.nodeId,
          number: p.number,
          url: `${this.serverUrl}/${full}/pull/${p.number}`,
          state: p.merged ? 'MERGED' : p.state.toUpperCase(),
          merged: p.merged,
          title: p.title,
          body: p.body,
          baseRefName: p.base,
          headRefName: p.head,
          isDraft: p.draft,
          isCrossRepository: false,
          comments: ({ last, first }: { last?: number; first?: number }) => {
            const all = p.comments.map((c) => ({ body: c.body, author: { login: c.user } }));
            const nodes = last ? all.slice(-last) : all.slice(0, first ?? 100);
            return { nodes, totalCount: all.length };
          },
        }));
        return { nodes, totalCount: list.length };
      },
    };
  }

  private refNode(repo: RepoRecord, qualified: string): Record<string, unknown> | null {
    const sha = repo.refs.get(qualified);
    if (!sha) return null;
    return {
      id: `REF_${repo.index}_${Buffer.from(qualified).toString('base64url')}`,
      name: qualified.replace(/^refs\/(heads|tags)\//, ''),
      prefix: qualified.replace(/[^/]+$/, '').replace(/^(refs\/(heads|tags)\/).*$/, '$1'),
      target: () => this.objectNode(sha),
    };
  }

  private objectNode(sha: string): Record<string, unknown> | null {
    const obj = this.store.get(sha);
    if (!obj) return null;
    if (obj.type === 'blob') {
      const isBinary = obj.body.subarray(0, 8000).includes(0);
      // Like GitHub: text is null for binary blobs and decoded lossily otherwise.
      return {
        __typename: 'Blob',
        oid: sha,
        byteSize: obj.body.length,
        isBinary,
        text: isBinary ? null : obj.body.toString('utf8'),
      };
    }
    if (obj.type === 'tree') return { __typename: 'Tree', oid: sha };
    const c = this.store.readCommit(sha) as CommitInfo;
    return {
      __typename: 'Commit',
      oid: sha,
      message: c.message,
      tree: () => this.objectNode(c.tree),
      parents: ({ first }: { first?: number }) => ({
        nodes: c.parents.slice(0, first ?? 100).map((p) => this.objectNode(p)),
        totalCount: c.parents.length,
      }),
    };
  }

  private refById(id: string): { repo: RepoRecord; ref: string } | undefined {
    const m = /^REF_(\d+)_(.+)$/.exec(id);
    if (!m) return undefined;
    const repo = [...this.repos.values()].find((r) => r.index === Number(m[1]));
    return repo ? { repo, ref: Buffer.from(m[2] as string, 'base64url').toString() } : undefined;
  }

  private mutationRoot(token: string, touched: string[]): Record<string, unknown> {
    const writable = (repo: RepoRecord) => {
      touched.push(`${repo.owner}/${repo.name}`);
      if (!this.canWrite(repo, token)) {
        throw new TypedError(
          'FORBIDDEN',
          `${this.tokens.get(token)?.login} does not have permission to push to ${repo.owner}/${repo.name}.`,
        );
      }
    };
    return {
      createRef: ({ input }: { input: { repositoryId: string; name: string; oid: string } }) => {
        const repo = [...this.repos.values()].find((r) => r.nodeId === input.repositoryId);
        if (!repo || this.permission(repo, token) === 'NONE')
          throw new TypedError(
            'NOT_FOUND',
            `Could not resolve to a node with the global id of '${input.repositoryId}'`,
          );
        writable(repo);
        if (repo.refs.has(input.name))
          throw new TypedError(
            'UNPROCESSABLE',
            `A ref named "${input.name}" already exists in the repository.`,
          );
        if (!this.store.readCommit(input.oid))
          throw new TypedError('UNPROCESSABLE', 'Object does not exist');
        repo.refs.set(input.name, input.oid);
        return { ref: this.refNode(repo, input.name) };
      },
      updateRef: ({ input }: { input: { refId: string; oid: string; force?: boolean } }) => {
        const found = this.refById(input.refId);
        if (!found?.repo.refs.has(found.ref))
          throw new TypedError(
            'NOT_FOUND',
            `Could not resolve to a node with the global id of '${input.refId}'`,
          );
        writable(found.repo);
        const old = found.repo.refs.get(found.ref) as string;
        if (!input.force && !this.isAncestor(old, input.oid))
          throw new TypedError('UNPROCESSABLE', 'Update is not a fast forward');
        found.repo.refs.set(found.ref, input.oid);
        return { ref: this.refNode(found.repo, found.ref) };
      },
      // biome-ignore lint/suspicious/noExplicitAny: input is validated against the GraphQL schema before the resolver runs
      createCommitOnBranch: ({ input }: { input: any }) => {
        const full = input.branch.repositoryNameWithOwner as string;
        const repo = this.visible(full, token);
        if (!repo)
          throw new TypedError(
            'NOT_FOUND',
            `Could not resolve to a Repository with the name '${full}'.`,
          );
        writable(repo);
        const ref = `refs/heads/${input.branch.branchName}`;
        const head = repo.refs.get(ref);
        if (!head)
          throw new TypedError(
            'NOT_FOUND',
            `Could not resolve to a Ref with the name '${input.branch.branchName}'.`,
          );
        if (head !== input.expectedHeadOid) {
          throw new TypedError(
            'STALE_DATA',
            `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
          );
        }
        const flat = this.store.flatten(this.commitTree(head));
        for (const a of input.fileChanges?.additions ?? []) {
          const prev = flat.get(a.path);
          flat.set(a.path, {
            mode: prev?.mode ?? '100644',
            sha: this.store.blob(Buffer.from(a.contents, 'base64')),
          });
        }
        for (const d of input.fileChanges?.deletions ?? []) flat.delete(d.path);
        const message = input.message.body
          ? `${input.message.headline}\n\n${input.message.body}`
          : input.message.headline;
        const sha = this.store.commit(this.store.writeFlat(flat), [head], message, this.tick());
        this.store.verified.add(sha);
        repo.refs.set(ref, sha);
        return { commit: this.objectNode(sha), ref: this.refNode(repo, ref) };
      },
      enablePullRequestAutoMerge: ({
        input,
      }: {
        input: { pullRequestId: string; mergeMethod?: string };
      }) => {
        for (const repo of this.repos.values()) {
          const pull = repo.pulls.find((p) => p.nodeId === input.pullRequestId);
          if (!pull) continue;
          writable(repo);
          pull.autoMerge = input.mergeMethod ?? 'MERGE';
          return { clientMutationId: null, pullRequest: null };
        }
        throw new TypedError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.pullRequestId}'`,
        );
      },
    };
  }
}

/** The REST operations wheelrelay uses, as GitHub's OpenAPI description names them. */
const REST_OPERATIONS: Array<[string, string]> = [
  ['GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}'],
  ['POST', '/repos/{owner}/{repo}/git/trees'],
  ['POST', '/repos/{owner}/{repo}/git/commits'],
  ['POST', '/repos/{owner}/{repo}/git/refs'],
  ['PATCH', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['POST', '/repos/{owner}/{repo}/pulls'],
  ['PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
];
