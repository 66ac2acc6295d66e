import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FAULTS, type Fault, Faults } from './github/faults.js';
import { mutationRoot, queryRoot, TypedError } from './github/graphql.js';
import {
  type DispatchRecord,
  type Permission,
  type PullRecord,
  type RepoSettings,
  type TokenInfo,
  World,
} from './github/model.js';
import type { CommitInfo } from './github/objects.js';
import { basicError, HttpError, ROUTES, route } from './github/rest.js';
import {
  checkingResolver,
  checkRequest,
  checkResponse,
  GRAPHQL_ERROR_TYPES,
  operation,
  preload,
  schema,
} from './github/schemas.js';

/**
 * A GitHub API test server: exactly the REST and GraphQL calls wheelrelay makes, over
 * repositories held as real git objects (github/objects.ts), answering as GitHub documents
 * (github/rest.ts, github/graphql.ts, github/model.ts). Every request, and every answer, is
 * checked against GitHub's published OpenAPI description and GraphQL schema
 * (github/schemas.ts). Problems are recorded in `violations`, not thrown, so a test can show
 * them all; {@link useGitHubServer} fails the test that caused any.
 *
 * Behaviours a test switches on: token kinds (`tokens`: classic, fine-grained with grants, or
 * GitHub App installation tokens with a null viewerPermission and a `[bot]` login), repository
 * settings (`createRepo`: auto-merge allowed, merge methods, required or failing checks), and
 * faults (`inject`, github/faults.ts). Always on, as on GitHub: GraphQL blob text cut at 512,000
 * bytes with `isTruncated`, and error bodies in GitHub's shape.
 */

export { BLOB_TEXT_LIMIT } from './github/graphql.js';
export type { CommitInfo, Fault, Permission, PullRecord, TokenInfo };
export { FAULTS };

/** One request, as the server saw it. */
export interface RequestRecord {
  method: string;
  path: string;
  /** REST operation (`POST /repos/{owner}/{repo}/pulls`) or GraphQL operation name and fields. */
  operation: string;
  /** owner/repo the request was about, when it was about one. */
  repo?: string;
  status: number;
  /**
   * A write as GitHub counts one for its secondary rate limit (5 points, where a read costs 1):
   * POST, PATCH, PUT or DELETE, and a GraphQL mutation; a GraphQL query is a read.
   */
  write: boolean;
}

export interface GitHubServerOptions {
  /** Serve as GitHub Enterprise Server does: REST under /api/v3, GraphQL at /api/graphql. */
  ghes?: boolean;
  tokens?: Record<string, TokenInfo>;
  /** Milliseconds to wait before answering each request, as a distant GitHub would (bench). */
  latencyMs?: number;
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

interface CheckedDocument {
  document: DocumentNode;
  errors: readonly GraphQLError[];
}

type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

export class GitHubServer {
  private readonly world: World;
  private server?: Server;
  private port = 0;
  private readonly faults = new Faults();
  private readonly documents = new Map<string, CheckedDocument>();
  readonly requests: RequestRecord[] = [];
  /** Every way a request or an answer departed from GitHub's published API descriptions. */
  readonly violations: string[] = [];
  readonly ghes: boolean;
  /** Added to every request before it is answered; may be changed between runs. */
  latencyMs: number;

  constructor(opts: GitHubServerOptions = {}) {
    this.ghes = opts.ghes ?? false;
    this.latencyMs = opts.latencyMs ?? 0;
    this.world = new World(opts.tokens ?? {});
  }

  /** The tokens the server accepts. */
  get tokens(): Map<string, TokenInfo> {
    return this.world.tokens;
  }

  /** The git objects of every repository. */
  get store() {
    return this.world.store;
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
    preload(ROUTES.map((r) => [r.method, r.template] as const));
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
    } & Partial<RepoSettings> = {},
  ): void {
    const repo = this.world.addRepo(fullName, opts);
    const { store } = this.world;
    const flat = new Map<string, { mode: string; sha: string }>();
    for (const [path, content] of Object.entries(files))
      flat.set(path, { mode: '100644', sha: store.blob(content) });
    repo.refs.set(
      `refs/heads/${repo.defaultBranch}`,
      store.commit(store.writeFlat(flat), [], 'Initial commit\n', this.world.tick()),
    );
  }

  /** Changes a repository's settings (auto-merge, merge methods, checks). */
  configure(fullName: string, settings: Partial<RepoSettings>): void {
    Object.assign(this.world.repo(fullName).settings, settings);
  }

  /** Commits changes (null deletes) on top of a branch, as a developer's push would. */
  push(
    fullName: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    message = 'A push\n',
  ): string {
    const repo = this.world.repo(fullName);
    const { store } = this.world;
    const ref = `refs/heads/${branch}`;
    const parent = repo.refs.get(ref);
    const flat = parent ? store.flatten(store.commitTree(parent)) : new Map();
    for (const [path, content] of Object.entries(files)) {
      if (content === null) flat.delete(path);
      else flat.set(path, { mode: '100644', sha: store.blob(content) });
    }
    const sha = store.commit(
      store.writeFlat(flat),
      parent ? [parent] : [],
      message,
      this.world.tick(),
    );
    repo.refs.set(ref, sha);
    return sha;
  }

  /**
   * GitHub's "Update branch" button: a merge commit of `from` into `branch`, with GitHub's
   * message. No conflict resolution: where both sides hold a path, the branch's side is kept.
   */
  updateBranch(fullName: string, branch: string, from: string): string {
    const repo = this.world.repo(fullName);
    const { store } = this.world;
    const ours = repo.refs.get(`refs/heads/${branch}`);
    const theirs = repo.refs.get(`refs/heads/${from}`);
    if (!ours || !theirs) throw new Error(`no branch ${branch} or ${from} in ${fullName}`);
    const flat = store.flatten(store.commitTree(theirs));
    for (const [path, entry] of store.flatten(store.commitTree(ours))) flat.set(path, entry);
    const sha = store.commit(
      store.writeFlat(flat),
      [ours, theirs],
      `Merge branch '${from}' into ${branch}\n`,
      this.world.tick(),
    );
    repo.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** A file's text at a branch (or commit), or undefined when absent. */
  file(fullName: string, rev: string, path: string): string | undefined {
    const bytes = this.fileBytes(fullName, rev, path);
    return bytes?.toString('utf8');
  }

  /** A file's bytes at a branch (or commit), or undefined when absent. */
  fileBytes(fullName: string, rev: string, path: string): Buffer | undefined {
    const commit = this.world.resolve(this.world.repo(fullName), rev);
    if (!commit) return undefined;
    const hit = this.world.store.lookup(this.world.store.commitTree(commit), path);
    return hit?.type === 'blob' ? this.world.store.get(hit.sha)?.body : undefined;
  }

  /** The commit a branch points at. */
  branch(fullName: string, branch: string): CommitInfo | undefined {
    const sha = this.world.repo(fullName).refs.get(`refs/heads/${branch}`);
    return sha ? this.world.store.readCommit(sha) : undefined;
  }

  commit(sha: string): CommitInfo | undefined {
    return this.world.store.readCommit(sha);
  }

  /** The repository_dispatch events GitHub accepted for a repository, in order. */
  dispatches(fullName: string): readonly DispatchRecord[] {
    return this.world.dispatches.filter((d) => d.repo.toLowerCase() === fullName.toLowerCase());
  }

  pulls(fullName: string): readonly PullRecord[] {
    return this.world.repo(fullName).pulls;
  }

  /** Opens a pull request from `head` onto `base`, as another run or a person would. */
  openPull(
    fullName: string,
    pr: { head: string; base: string; title: string; body?: string; user?: string },
  ): PullRecord {
    return this.world.addPull(this.world.repo(fullName), {
      body: '',
      draft: false,
      user: 'someone-else',
      ...pr,
    });
  }

  /** Closes a pull request, without merging or with a merge commit of its head onto its base. */
  closePull(fullName: string, number: number, merge = false): void {
    const repo = this.world.repo(fullName);
    const pull = repo.pulls.find((p) => p.number === number);
    if (!pull) throw new Error(`no pull request #${number}`);
    if (merge) this.world.merge(repo, pull, 'merge');
    else pull.state = 'closed';
  }

  /** Answers matching requests with a fault instead (see FAULTS). */
  inject(fault: Fault): void {
    this.faults.inject(fault);
  }

  /** Drops every fault not yet used up. */
  clearFaults(): void {
    this.faults.clear();
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

  /** The violations recorded so far, which are then forgotten. */
  takeViolations(): string[] {
    return this.violations.splice(0);
  }

  // --- plumbing -------------------------------------------------------------------------------

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
      write: method !== 'GET' && method !== 'HEAD',
    };
    this.requests.push(record);
    const send: Send = (status, body, headers = {}) => {
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
      if (!this.world.tokens.has(token)) {
        return send(401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
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
        return this.graphql(body, token, record, send);
      }
      return this.rest(method, path, url.searchParams, body, token, record, send);
    } catch (err) {
      this.violations.push(`${record.operation}: the test server failed: ${String(err)}`);
      return send(500, { message: String((err as Error).stack ?? err) });
    }
  }

  private rest(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    token: string,
    record: RequestRecord,
    send: Send,
  ): void {
    const found = route(method, path);
    if (!found) {
      this.violations.push(
        `${method} ${path}: wheelrelay's test server does not implement this call`,
      );
      return void send(404, { message: 'Not Found' });
    }
    const { route: r, params } = found;
    record.operation = `${method} ${r.template}`;
    const fullName = `${params.owner}/${params.repo}`;
    record.repo = fullName;
    this.violations.push(...checkRequest(method, r.template, params, query, body));
    // Every answer, faults included, must be one GitHub documents.
    const answer: Send = (status, out, headers) => {
      this.violations.push(...checkResponse(method, r.template, status, out));
      send(status, out, headers);
    };
    const fault = this.faults.take(`${method} ${path}`);
    if (fault) {
      fault.before?.();
      return void answer(fault.status ?? 500, fault.body ?? { message: 'fault' }, fault.headers);
    }
    const { docs } = operation(method, r.template);
    try {
      const repo = this.world.visible(fullName, token);
      if (!repo) throw basicError(404, 'Not Found', docs);
      for (const scope of r.writes ?? []) {
        if (repo.archived) throw basicError(403, 'Repository was archived so is read-only.', docs);
        const refusal = this.world.refusal(repo, token, scope);
        if (refusal) throw basicError(refusal.status, refusal.message, docs);
      }
      const out = r.handler({
        world: this.world,
        urls: this,
        repo,
        params,
        query,
        body,
        token,
        docs,
      });
      return void answer(out.status, out.body);
    } catch (err) {
      if (err instanceof HttpError) return void answer(err.status, err.body);
      throw err;
    }
  }

  /**
   * A query document parsed and validated against GitHub's schema (throws when it does not
   * parse). The same text always gets the same answer, so each text is checked once: a bump
   * sends one document per shape to every consumer, and the bench measures wheelrelay, not this.
   */
  private checkDocument(query: string): CheckedDocument {
    let checked = this.documents.get(query);
    if (!checked) {
      const document = parse(query);
      checked = { document, errors: validate(schema(), document) };
      this.documents.set(query, checked);
    }
    return checked;
  }

  // biome-ignore lint/suspicious/noExplicitAny: GraphQL request bodies are JSON; the query is validated against the schema
  private graphql(body: any, token: string, record: RequestRecord, send: Send): void {
    const query = body?.query;
    if (typeof query !== 'string') {
      this.violations.push('POST /graphql: no query');
      return void send(200, {
        errors: [{ message: 'A query attribute must be specified and must be a string.' }],
      });
    }
    let checked: CheckedDocument;
    try {
      checked = this.checkDocument(query);
    } catch (err) {
      this.violations.push(`POST /graphql: ${(err as Error).message}`);
      return void send(200, { errors: [{ message: (err as Error).message }] });
    }
    const { document, errors } = checked;
    const op = getOperationAST(document);
    const fields =
      op?.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : s.kind)) ?? [];
    record.operation = `${op?.name?.value ?? 'anonymous'} ${fields.join(' ')}`;
    record.write = op?.operation !== 'query';
    const where = `POST /graphql ${record.operation}`;
    if (errors.length > 0) {
      for (const e of errors) this.violations.push(`${where}: ${e.message}`);
      return void send(200, {
        errors: errors.map((e) => ({ message: e.message, locations: e.locations })),
      });
    }
    // Faults may name the repository a request is about (`… @owner/name`), read from its variables.
    const about = graphqlRepo(body.variables);
    const fault = this.faults.take(`POST /graphql ${record.operation}${about ? ` @${about}` : ''}`);
    if (fault) {
      record.repo = about;
      fault.before?.();
      return void send(fault.status ?? 500, fault.body ?? { message: 'fault' }, fault.headers);
    }
    const ask = { world: this.world, urls: this, token, touched: [] as string[] };
    const result = execute({
      schema: schema(),
      document,
      variableValues: body.variables ?? {},
      rootValue: op?.operation === 'mutation' ? mutationRoot(ask) : queryRoot(ask),
      fieldResolver: checkingResolver((problem) => this.violations.push(`${where}: ${problem}`)),
    }) as { data?: unknown; errors?: readonly GraphQLError[] };
    if ('then' in result) throw new Error('resolvers must be synchronous');
    record.repo = ask.touched[0];
    const out: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors?.length) {
      out.errors = result.errors.map((e) => {
        const original = e.originalError;
        // Only errors GitHub itself gives (a TypedError) are answers; anything else is a
        // query, a variable or a resolver that GitHub's schema does not accept.
        if (!(original instanceof TypedError)) this.violations.push(`${where}: ${e.message}`);
        else if (!GRAPHQL_ERROR_TYPES.has(original.type)) {
          this.violations.push(`${where}: error type ${original.type} is not one GitHub uses`);
        }
        return {
          type: original instanceof TypedError ? original.type : undefined,
          path: e.path,
          locations: e.locations,
          message: e.message,
        };
      });
    }
    return void send(200, out);
  }
}

/**
 * A GitHub API test server for one `describe`: started before its tests, stopped after, and
 * checked after each test, which fails if any request or answer departed from GitHub's API
 * descriptions during it.
 */
export function useGitHubServer(opts: GitHubServerOptions = {}): GitHubServer {
  const server = new GitHubServer(opts);
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  afterEach(() => {
    const found = server.takeViolations();
    if (found.length > 0) {
      throw new Error(
        `the GitHub API test server saw departures from GitHub's API:\n${found.join('\n')}`,
      );
    }
  });
  return server;
}
