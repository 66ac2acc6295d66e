/**
 * A package index for tests. It takes uploads on the legacy upload API that twine speaks (as PyPI's
 * warehouse, pypiserver and devpi do), serves what it stored on the simple API (PEP 503 HTML and
 * PEP 691 JSON) and on `/packages/<file>`, and can be told to misbehave on demand.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { compare, eq, valid } from '@renovatebot/pep440';
import busboy from 'busboy';
import { createBLAKE2b } from 'hash-wasm';

/** Which part of the index a request was for. */
export type IndexRoute = 'upload' | 'simple' | 'file' | 'other';

/** How a re-upload of a stored filename is answered, after the server named. */
export type ExistingFilePolicy = 'pypi' | 'pypiserver' | 'devpi';

/** Options of {@link IndexServer}; all optional. */
export interface IndexServerOptions {
  /** Accounts for HTTP Basic auth; when set, uploads need one of them. */
  users?: Record<string, string>;
  /** Users who may log in but not upload: answered 403. */
  readOnlyUsers?: string[];
  /** Echo the Authorization header and the password in 401/403 bodies, to catch leaks. */
  echoCredentialsInErrors?: boolean;
  /** Require a login for the simple API and file downloads too. */
  authenticatedReads?: boolean;
  /** How a re-upload of a stored filename is answered; default 'pypi'. */
  existing?: ExistingFilePolicy;
  /** Answer PEP 691 JSON when it is preferred; false answers HTML only, as pypiserver. Default true. */
  pep691?: boolean;
  /** Link files relative to the page (`../../packages/<file>`), as devpi does. */
  relativeUrls?: boolean;
  /** Keep each upload off the simple API for this many GETs of its project; Infinity: forever. */
  hideUploads?: number;
  /**
   * Lay the index out as devpi-server does: the index at `/ci/cache/` (uploads are POSTed there),
   * its simple API at `/ci/cache/+simple/`, files at `/ci/cache/+f/<file>` linked relative to
   * the page, devpi's `X-Devpi-*` headers on every answer (real devpi 6.19 sends
   * `X-Devpi-Server-Version`, `X-Devpi-Api-Version`, `X-Devpi-Uuid`, `X-Devpi-Serial`), and
   * devpi's answers to re-uploads. Anything else under `/ci/cache/` (such as `simple/`) is 404.
   */
  devpi?: boolean;
  /** Headers sent with every answer, as a server names itself (`X-Artifactory-Id`, `Server`). */
  headers?: Record<string, string>;
}

/** Where a devpi-shaped test index lives, as `index-server devpi` sets up the real one. */
const DEVPI_INDEX = '/ci/cache/';

const DEVPI_HEADERS: Record<string, string> = {
  'X-Devpi-Server-Version': '6.19.1',
  'X-Devpi-Api-Version': '2',
  'X-Devpi-Uuid': '45bddb3a2b76435d82ad0a448473aea7',
  'X-Devpi-Serial': '2',
};

/** A misbehaviour queued with {@link IndexServer.inject}, consumed by the next matching requests. */
export interface Fault {
  /** Which requests it applies to. */
  on: 'upload' | 'simple' | 'file' | 'any';
  /** How many matching requests it applies to; default 1. */
  times?: number;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** Body of the `status` answer; default the status text. */
  body?: string;
  /** Extra headers of the `status` answer. */
  headers?: Record<string, string>;
  /** Seconds for the Retry-After header of the `status` answer (429, 503). */
  retryAfter?: number;
  /** Wait this long before doing anything else. */
  delayMs?: number;
  /**
   * Close the connection without a complete answer: 'before-body' at once; 'mid-body' after half
   * the request body arrived (storing nothing), or for a request without a body after half the
   * answer's body was sent; 'after-store' after handling the request completely (an upload is stored).
   */
  reset?: 'before-body' | 'mid-body' | 'after-store';
}

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  /** The request target as sent, query included. */
  path: string;
  route: IndexRoute;
  /** Status answered; 0 when the connection was closed instead of answered completely. */
  status: number;
  /** User named in the Authorization header, whether or not the password was right. */
  user?: string;
}

/** A file the index stored. */
export interface StoredFile {
  filename: string;
  /** Project name as the upload's `name` field gave it. */
  project: string;
  version: string;
  filetype: 'bdist_wheel' | 'sdist';
  size: number;
  md5: string;
  sha256: string;
  blake2_256: string;
  requiresPython?: string;
  uploadTime: Date;
  /** Whether the simple API lists it yet (see `hideUploads`). */
  listed: boolean;
}

/** PEP 503 normalised project name: lowercase, runs of `-`, `_`, `.` as one `-`. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** Name and version a wheel or sdist filename claims. */
export interface DistFilename {
  kind: 'wheel' | 'sdist';
  name: string;
  version: string;
}

/** Reads a wheel (`name-ver[-build]-py-abi-plat.whl`) or sdist (`name-ver.tar.gz|.zip`) filename. */
export function parseDistFilename(filename: string): DistFilename | undefined {
  if (filename.endsWith('.whl')) {
    const parts = filename.slice(0, -'.whl'.length).split('-');
    const [name, version, build] = parts;
    if (parts.length !== 5 && parts.length !== 6) return undefined;
    if (!name || !version || parts.some((part) => part === '')) return undefined;
    // The name was escaped to word characters and dots, so a hyphen is always a separator.
    if (!/^[\w.]+$/.test(name)) return undefined;
    if (parts.length === 6 && !/^\d/.test(build ?? '')) return undefined;
    if (!valid(version)) return undefined;
    return { kind: 'wheel', name, version };
  }
  const extension = ['.tar.gz', '.zip'].find((ext) => filename.toLowerCase().endsWith(ext));
  if (!extension) return undefined;
  const stem = filename.slice(0, -extension.length);
  // An sdist name may itself contain hyphens; the version is what follows the last one.
  const cut = stem.lastIndexOf('-');
  const version = stem.slice(cut + 1);
  if (cut <= 0 || !valid(version)) return undefined;
  return { kind: 'sdist', name: stem.slice(0, cut), version };
}

const MIME_HTML = 'text/html';
const MIME_V1_HTML = 'application/vnd.pypi.simple.v1+html';
const MIME_V1_JSON = 'application/vnd.pypi.simple.v1+json';
const API_VERSION = '1.1';

/** A PEP 691 content type the simple API can answer with. */
export type SimpleContentType = typeof MIME_HTML | typeof MIME_V1_HTML | typeof MIME_V1_JSON;

/**
 * Picks the simple API's content type for an Accept header as warehouse does: the acceptable offer
 * with the highest q-value, ties going to HTML, and HTML when nothing offered is acceptable.
 */
export function negotiateSimpleContentType(accept: string | undefined): SimpleContentType {
  const offers: SimpleContentType[] = [MIME_HTML, MIME_V1_HTML, MIME_V1_JSON];
  const ranges = (accept ?? '*/*').split(',').map((entry) => {
    const [type = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const quality = q === undefined ? 1 : Number.parseFloat(q.slice(2));
    // PEP 691's "latest" types name whatever the newest version is, which is v1 here.
    return {
      type: type.replace('.simple.latest+', '.simple.v1+'),
      q: Number.isNaN(quality) ? 0 : quality,
    };
  });
  const scored = offers.map((offer, order) => {
    // The most specific range that matches an offer decides its quality (RFC 9110 §12.5.1).
    let best: { specificity: number; q: number } | undefined;
    for (const range of ranges) {
      const specificity =
        range.type === offer
          ? 3
          : range.type === `${offer.split('/')[0]}/*`
            ? 2
            : range.type === '*/*'
              ? 1
              : 0;
      if (specificity > (best?.specificity ?? 0)) best = { specificity, q: range.q };
    }
    return { offer, order, q: best?.q ?? 0 };
  });
  const acceptable = scored
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return acceptable[0]?.offer ?? MIME_HTML;
}

/** What a handler answers; the fault, if any, decides whether and how it reaches the client. */
interface Reply {
  status: number;
  /** Reason phrase: the legacy upload API carries its error message here, and twine prints it. */
  reason?: string;
  headers?: Record<string, string>;
  body?: string | { path: string; size: number };
}

/** A stored file with what only the server needs. */
interface Stored extends Omit<StoredFile, 'listed'> {
  path: string;
  /** Simple API GETs of the project still to answer without this file. */
  hiddenFor: number;
}

/** The parts of a legacy upload: form fields, and the `content` file as saved to disk. */
interface UploadForm {
  fields: Map<string, string[]>;
  content?: ReceivedFile;
}

interface ReceivedFile {
  filename: string;
  tempPath: string;
  size: number;
  md5: string;
  sha256: string;
  blake2_256: string;
}

interface Credentials {
  username: string;
  password: string;
}

interface PendingFault extends Fault {
  remaining: number;
}

/** A package index on 127.0.0.1 for tests: start it, upload to `uploadUrl`, read `simpleUrl`. */
export class IndexServer {
  /** Every request received, in order of arrival. */
  readonly requests: RecordedRequest[] = [];

  private readonly options: IndexServerOptions;
  private readonly stored = new Map<string, Stored>();
  private faults: PendingFault[] = [];
  private hideFor: number;
  private server: Server | undefined;
  private dir: string | undefined;
  private baseUrl: string | undefined;
  private received = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = new AbortController();

  constructor(options: IndexServerOptions = {}) {
    this.options = options;
    this.hideFor = options.hideUploads ?? 0;
  }

  /** Listens on a random port of 127.0.0.1 and resolves to the index's root URL. */
  async start(): Promise<{ url: string }> {
    if (this.server) throw new Error('The index server is already started.');
    this.stopping = new AbortController();
    this.dir = await mkdtemp(join(tmpdir(), 'wheelrelay-index-'));
    await mkdir(join(this.dir, 'incoming'));
    await mkdir(join(this.dir, 'files'));
    const server = createServer((req, res) => {
      // handle() answers its own failures; this only keeps a bug in it from hanging the client.
      const handling = this.handle(req, res).catch(() => void res.destroy());
      this.inFlight.add(handling);
      void handling.finally(() => this.inFlight.delete(handling));
    });
    this.server = server;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}/`;
    return { url: this.baseUrl };
  }

  /** Resolves once every request received so far has been answered or dropped. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Root URL, like `http://127.0.0.1:PORT/`. */
  get url(): string {
    if (!this.baseUrl) throw new Error('The index server is not started; await start() first.');
    return this.baseUrl;
  }

  /** Temp directory of the running server: `files/` holds stored files, `incoming/` uploads in progress. */
  get directory(): string {
    if (!this.dir) throw new Error('The index server is not started; await start() first.');
    return this.dir;
  }

  /**
   * Where uploads go: the root, as pypiserver has it (`legacy/` works too, as on PyPI); the
   * index's own URL `/ci/cache/` when laid out as devpi.
   */
  get uploadUrl(): string {
    return this.options.devpi ? new URL(DEVPI_INDEX, this.url).toString() : this.url;
  }

  /** The simple API's root: `url + 'simple/'`, or `url + 'ci/cache/+simple/'` as devpi. */
  get simpleUrl(): string {
    return new URL(this.simpleRoot, this.url).toString();
  }

  /** How re-uploads are answered: as the option says; devpi's way when laid out as devpi. */
  private get existingPolicy(): ExistingFilePolicy {
    return this.options.existing ?? (this.options.devpi ? 'devpi' : 'pypi');
  }

  /** The simple API's root path. */
  private get simpleRoot(): string {
    return this.options.devpi ? `${DEVPI_INDEX}+simple/` : '/simple/';
  }

  /** Queues a fault; faults are consumed in the order queued by the requests they match. */
  inject(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!(times >= 1)) throw new Error(`A fault applies at least once; got times: ${times}.`);
    this.faults.push({ ...fault, remaining: times });
  }

  /** Keeps later uploads off the simple API for `n` GETs of their project (default: forever). */
  hideUploads(n = Number.POSITIVE_INFINITY): void {
    this.hideFor = n;
  }

  /** How many requests went to a route. */
  count(route: IndexRoute): number {
    return this.requests.filter((request) => request.route === route).length;
  }

  /** Files stored for a project (any spelling of its name), or all files; oldest first. */
  files(project?: string): StoredFile[] {
    const wanted = project === undefined ? undefined : normalizeProjectName(project);
    return [...this.stored.values()]
      .filter((file) => wanted === undefined || normalizeProjectName(file.project) === wanted)
      .map(({ path: _path, hiddenFor, ...file }) => ({ ...file, listed: hiddenFor <= 0 }));
  }

  /** Forgets recorded requests and queued faults, and puts `hideUploads` back to the option's value. */
  reset(): void {
    this.requests.length = 0;
    this.faults = [];
    this.hideFor = this.options.hideUploads ?? 0;
  }

  /** Closes every connection, stops listening and deletes the stored files. */
  async stop(): Promise<void> {
    this.stopping.abort();
    const server = this.server;
    if (server) {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    }
    await Promise.allSettled([...this.inFlight]);
    if (this.dir) await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
    this.server = undefined;
    this.dir = undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (this.options.devpi) url.pathname = fromDevpiPath(url.pathname);
    const route = routeOf(method, url.pathname);
    const headers = { ...(this.options.devpi ? DEVPI_HEADERS : {}), ...this.options.headers };
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const credentials = readBasicAuth(req.headers.authorization);
    const record: RecordedRequest = { method, path: req.url ?? '/', route, status: 0 };
    if (credentials) record.user = credentials.username;
    this.requests.push(record);
    // Clients that give up mid-request are part of what tests do, not a server failure.
    req.on('error', () => {});
    res.on('error', () => {});

    const fault = this.takeFault(route);
    if (fault?.delayMs) {
      try {
        await sleep(fault.delayMs, undefined, { signal: this.stopping.signal });
      } catch {
        return;
      }
      // A client that gave up meanwhile took the unread body with it: there is nothing to handle.
      if (req.socket.destroyed) return;
    }
    if (fault?.reset === 'before-body') return void req.socket.destroy();
    if (fault?.reset === 'mid-body' && hasBody(req)) return cutRequestBody(req);
    if (fault?.status !== undefined && fault.reset === undefined) {
      await drain(req);
      record.status = fault.status;
      return send(req, res, faultReply(fault));
    }

    const reply = await this.route(req, url, route, credentials).catch((error: unknown) =>
      text(500, `The test index failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    if (fault?.reset === 'after-store') return void req.socket.destroy();
    if (fault?.reset === 'mid-body') return sendHalfThenClose(req, res, reply);
    record.status = reply.status;
    send(req, res, reply);
  }

  private takeFault(route: IndexRoute): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.on === route || candidate.on === 'any');
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault;
  }

  private async route(
    req: IncomingMessage,
    url: URL,
    route: IndexRoute,
    credentials: Credentials | undefined,
  ): Promise<Reply> {
    switch (route) {
      case 'upload':
        return this.upload(req, url.pathname, credentials);
      case 'simple':
        return this.simple(req, url, credentials);
      case 'file':
        return this.download(req, url.pathname, credentials);
      case 'other':
        await drain(req);
        if (url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
          return html(
            200,
            '<!DOCTYPE html>\n<title>test index</title>\n<a href="simple/">simple</a>\n',
          );
        }
        return text(404, 'Not Found');
    }
  }

  // ---- Authentication ----

  /** A 401 for a missing or wrong login, or undefined when the login is good (or none is needed). */
  private refuseLogin(
    req: IncomingMessage,
    credentials: Credentials | undefined,
  ): Reply | undefined {
    const users = this.options.users;
    if (!users) return undefined;
    if (
      credentials &&
      Object.hasOwn(users, credentials.username) &&
      users[credentials.username] === credentials.password
    ) {
      return undefined;
    }
    const message = credentials
      ? `Invalid username or password for '${credentials.username}'.`
      : 'This index needs a username and password.';
    return {
      status: 401,
      headers: {
        'WWW-Authenticate': 'Basic realm="test index"',
        'Content-Type': 'text/plain; charset=utf-8',
      },
      body: `401 Unauthorized\n\n${message}\n${this.echo(req, credentials)}`,
    };
  }

  private echo(req: IncomingMessage, credentials: Credentials | undefined): string {
    if (!this.options.echoCredentialsInErrors) return '';
    return `Authorization: ${req.headers.authorization ?? ''}\npassword: ${credentials?.password ?? ''}\n`;
  }

  // ---- Legacy upload API ----

  private async upload(
    req: IncomingMessage,
    pathname: string,
    credentials: Credentials | undefined,
  ): Promise<Reply> {
    if (pathname === '/legacy') {
      // Warehouse answers a missing trailing slash with a permanent redirect that keeps the method.
      await drain(req);
      return {
        ...failure(
          308,
          'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
        ),
        headers: { Location: '/legacy/', 'Content-Type': 'text/plain; charset=utf-8' },
      };
    }
    const refused = this.refuseLogin(req, credentials);
    if (refused) {
      await drain(req);
      return refused;
    }

    let form: UploadForm;
    try {
      this.received += 1;
      form = await receiveUpload(req, join(this.incomingDirectory(), `${this.received}.part`));
    } catch (error) {
      await drain(req);
      return failure(
        400,
        `Invalid multipart/form-data body: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    try {
      return this.checkUpload(req, form, credentials) ?? (await this.store(form));
    } finally {
      if (form.content) await rm(form.content.tempPath, { force: true });
    }
  }

  /** Warehouse's checks, in warehouse's order; undefined when the upload may be stored. */
  private checkUpload(
    req: IncomingMessage,
    form: UploadForm,
    credentials: Credentials | undefined,
  ): Reply | undefined {
    const field = (name: string): string => form.fields.get(name)?.[0] ?? '';
    const action = field(':action');
    if (!action) return failure(400, "Missing ':action' field!");
    if (action !== 'file_upload') return failure(400, `Unsupported ':action' field: ${action}`);
    // Warehouse would take a missing protocol_version as 1; twine always sends it, and so must we.
    const protocol = field('protocol_version');
    if (!protocol) {
      return failure(400, "Missing 'protocol_version' field; the only protocol version is 1.");
    }
    if (protocol !== '1') return failure(400, 'Unknown protocol version.');

    const name = field('name');
    const version = field('version');
    const filetype = field('filetype');
    if (!field('metadata_version')) {
      return invalidField('', 'Metadata-Version', 'This field is required.');
    }
    if (!name) return invalidField(name, 'Name', 'This field is required.');
    if (!/^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name)) {
      return invalidField(
        name,
        'Name',
        "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.",
      );
    }
    if (!version) return invalidField(version, 'Version', 'This field is required.');
    if (!valid(version)) return invalidField(version, 'Version', 'Invalid version.');
    if (filetype !== 'bdist_wheel' && filetype !== 'sdist') {
      return failure(400, 'Invalid value for filetype. Error: Use a known file type.');
    }
    if (filetype === 'bdist_wheel' && !field('pyversion')) {
      return failure(400, 'Error: Python version is required for binary distribution uploads.');
    }
    if (filetype === 'sdist' && !['', 'source'].includes(field('pyversion'))) {
      return failure(400, "Error: Use 'source' as Python version for an sdist.");
    }
    const digests = {
      md5: field('md5_digest'),
      sha256: field('sha256_digest'),
      blake2_256: field('blake2_256_digest'),
    };
    if (this.existingPolicy === 'pypi' && !digests.md5 && !digests.sha256 && !digests.blake2_256) {
      return failure(400, 'Error: Include at least one message digest.');
    }
    for (const [algorithm, label] of [
      ['sha256', 'SHA256'],
      ['blake2_256', 'BLAKE2'],
    ] as const) {
      if (digests[algorithm] && !/^[a-f0-9]{64}$/i.test(digests[algorithm])) {
        return failure(
          400,
          `Invalid value for ${algorithm}_digest. Error: Use a valid, hex-encoded, ${label} message digest.`,
        );
      }
    }
    const content = form.content;
    if (!content) return failure(400, 'Upload payload does not have a file.');

    if (
      credentials &&
      this.options.users &&
      this.options.readOnlyUsers?.includes(credentials.username)
    ) {
      return {
        status: 403,
        reason: `The user '${credentials.username}' isn't allowed to upload to project '${name}'.`,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body:
          `The user '${credentials.username}' isn't allowed to upload to project '${name}'. ` +
          `See https://pypi.org/help/#project-name for more information.\n${this.echo(req, credentials)}`,
      };
    }

    const badFilename = checkFilename(content.filename, filetype, name, version);
    if (badFilename) return badFilename;

    // A digest the client did not send is not checked; every digest it sent must match.
    const mismatch = (Object.keys(digests) as (keyof typeof digests)[]).some(
      (algorithm) =>
        digests[algorithm] !== '' && digests[algorithm].toLowerCase() !== content[algorithm],
    );
    if (mismatch) {
      return failure(
        400,
        'The digest supplied does not match a digest calculated from the uploaded file.',
      );
    }

    return this.answerExisting(req, content);
  }

  /** The answer to an upload whose filename (or, on PyPI, content) the index already has. */
  private answerExisting(req: IncomingMessage, content: ReceivedFile): Reply | undefined {
    const sameName = this.stored.get(content.filename);
    switch (this.existingPolicy) {
      case 'pypi': {
        // Warehouse also refuses the same bytes under another filename.
        const existing =
          sameName ??
          [...this.stored.values()].find((file) => file.blake2_256 === content.blake2_256);
        if (!existing) return undefined;
        if (existing.filename === content.filename && existing.sha256 === content.sha256) {
          return text(200, 'OK');
        }
        // twine --skip-existing looks for a reason that starts with "File already exists".
        return failure(
          400,
          `File already exists ('${content.filename}', with blake2_256 hash '${content.blake2_256}'). ` +
            'See https://pypi.org/help/#file-name-reuse for more information.',
        );
      }
      case 'pypiserver': {
        if (!sameName) return undefined;
        // pypiserver ≥ 2.4.1 says 409 Conflict, but 400 to twine, which expects PyPI's answer.
        const status = (req.headers['user-agent'] ?? '').includes('twine') ? 400 : 409;
        const message = `Package '${content.filename}' already exists!\n  You may start server with \`--overwrite\` option.`;
        return {
          status,
          headers: { 'Content-Type': 'text/html; charset=UTF-8' },
          body: bottleErrorPage(status, message, req),
        };
      }
      case 'devpi': {
        if (!sameName) return undefined;
        if (sameName.sha256 === content.sha256) {
          return failure(200, 'Upload of identical file to non volatile index.');
        }
        return failure(409, `${content.filename} already exists in non-volatile index`);
      }
    }
  }

  private async store(form: UploadForm): Promise<Reply> {
    const content = form.content;
    if (!content) throw new Error('store() needs a checked upload with a file.');
    const field = (name: string): string => form.fields.get(name)?.[0] ?? '';
    const requiresPython = field('requires_python');
    const file: Stored = {
      filename: content.filename,
      project: field('name'),
      version: field('version'),
      filetype: field('filetype') === 'sdist' ? 'sdist' : 'bdist_wheel',
      size: content.size,
      md5: content.md5,
      sha256: content.sha256,
      blake2_256: content.blake2_256,
      ...(requiresPython && { requiresPython }),
      uploadTime: new Date(),
      path: join(this.filesDirectory(), content.filename),
      hiddenFor: this.hideFor,
    };
    // Claim the name before awaiting, so two concurrent uploads cannot both store it.
    this.stored.set(file.filename, file);
    try {
      await rename(content.tempPath, file.path);
    } catch (error) {
      this.stored.delete(file.filename);
      throw error;
    }
    return text(200, 'OK');
  }

  // ---- Simple API and files ----

  private simple(req: IncomingMessage, url: URL, credentials: Credentials | undefined): Reply {
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'Method Not Allowed');
    if (this.options.authenticatedReads) {
      const refused = this.refuseLogin(req, credentials);
      if (refused) return refused;
    }
    const path = url.pathname;
    const root = this.simpleRoot;
    if (path === '/simple') return redirect(`${root}${url.search}`);
    const contentType =
      this.options.pep691 === false ? MIME_HTML : negotiateSimpleContentType(req.headers.accept);
    if (path === '/simple/') return this.projectList(contentType);

    const match = /^\/simple\/([^/]+)(\/?)$/.exec(path);
    const raw = match?.[1];
    const project = raw === undefined ? undefined : decodePathSegment(raw);
    if (!match || raw === undefined || project === undefined) return text(404, 'Not Found');
    if (!match[2]) return redirect(`${root}${raw}/${url.search}`);
    const normalized = normalizeProjectName(project);
    if (project !== normalized) {
      return redirect(`${root}${encodeURIComponent(normalized)}/${url.search}`);
    }

    const files = this.takeVisibleFiles(normalized);
    if (files.length === 0) return text(404, `Not Found (${normalized} does not exist)`);
    return this.projectPage(normalized, files, contentType);
  }

  /** The project's listed files, in version order; counts this GET against hidden uploads. */
  private takeVisibleFiles(project: string): Stored[] {
    const files = [...this.stored.values()].filter(
      (file) => normalizeProjectName(file.project) === project,
    );
    const visible = files.filter((file) => file.hiddenFor <= 0);
    for (const file of files) if (file.hiddenFor > 0) file.hiddenFor -= 1;
    return visible.sort(
      (a, b) => compareVersions(a.version, b.version) || a.filename.localeCompare(b.filename),
    );
  }

  private projectList(contentType: SimpleContentType): Reply {
    const names = new Map<string, string>();
    for (const file of this.stored.values()) {
      if (file.hiddenFor <= 0) names.set(normalizeProjectName(file.project), file.project);
    }
    const projects = [...names].sort(([a], [b]) => a.localeCompare(b));
    if (contentType === MIME_V1_JSON) {
      const body = {
        meta: { 'api-version': API_VERSION },
        projects: projects.map(([, name]) => ({ name })),
      };
      return {
        status: 200,
        headers: simpleHeaders(contentType),
        body: `${JSON.stringify(body)}\n`,
      };
    }
    const prefix = this.options.relativeUrls || this.options.devpi ? '' : '/simple/';
    const links = projects.map(
      ([normalized, name]) =>
        `    <a href="${escapeHtml(`${prefix}${encodeURIComponent(normalized)}/`)}">${escapeHtml(name)}</a><br />\n`,
    );
    return {
      status: 200,
      headers: simpleHeaders(contentType),
      body: htmlPage('Simple index', links),
    };
  }

  private projectPage(project: string, files: Stored[], contentType: SimpleContentType): Reply {
    const prefix = this.options.devpi
      ? '../../+f/'
      : this.options.relativeUrls
        ? '../../packages/'
        : '/packages/';
    const href = (file: Stored): string => `${prefix}${encodeURIComponent(file.filename)}`;
    if (contentType === MIME_V1_JSON) {
      const body = {
        meta: { 'api-version': API_VERSION },
        name: project,
        versions: [...new Set(files.map((file) => file.version))],
        files: files.map((file) => ({
          filename: file.filename,
          url: href(file),
          hashes: { sha256: file.sha256 },
          'requires-python': file.requiresPython ?? null,
          size: file.size,
          'upload-time': file.uploadTime.toISOString(),
          yanked: false,
        })),
      };
      return {
        status: 200,
        headers: simpleHeaders(contentType),
        body: `${JSON.stringify(body)}\n`,
      };
    }
    const links = files.map((file) => {
      const requires = file.requiresPython
        ? ` data-requires-python="${escapeHtml(file.requiresPython)}"`
        : '';
      return `    <a href="${escapeHtml(`${href(file)}#sha256=${file.sha256}`)}"${requires}>${escapeHtml(file.filename)}</a><br />\n`;
    });
    return {
      status: 200,
      headers: simpleHeaders(contentType),
      body: htmlPage(`Links for ${project}`, links),
    };
  }

  private async download(
    req: IncomingMessage,
    pathname: string,
    credentials: Credentials | undefined,
  ): Promise<Reply> {
    await drain(req);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'Method Not Allowed');
    if (this.options.authenticatedReads) {
      const refused = this.refuseLogin(req, credentials);
      if (refused) return refused;
    }
    const filename = decodePathSegment(pathname.slice('/packages/'.length));
    const file = filename === undefined ? undefined : this.stored.get(filename);
    if (!file) return text(404, `Not Found (${filename ?? pathname} does not exist)`);
    return {
      status: 200,
      headers: { 'Content-Type': 'application/octet-stream' },
      body: { path: file.path, size: file.size },
    };
  }

  private incomingDirectory(): string {
    return join(this.directory, 'incoming');
  }

  private filesDirectory(): string {
    return join(this.directory, 'files');
  }
}

// ---- Receiving an upload ----

/**
 * Parses a multipart upload, streaming the `content` file to `tempPath` while hashing it, so a
 * large upload never sits in memory. Other file parts (signatures, attestations) are discarded.
 */
async function receiveUpload(req: IncomingMessage, tempPath: string): Promise<UploadForm> {
  const parser = busboy({
    headers: req.headers,
    // Keep any path in the filename, so that it is refused rather than silently cut off.
    preservePath: true,
    defParamCharset: 'utf8',
    // A long description (a whole README) is a normal field.
    limits: { fieldSize: 16 * 1024 * 1024 },
  });
  const fields = new Map<string, string[]>();
  let saving: Promise<ReceivedFile> | undefined;
  parser.on('field', (name, value) => {
    fields.set(name, [...(fields.get(name) ?? []), value]);
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'content' || saving) return void stream.resume();
    saving = saveAndHash(stream, info.filename ?? '', tempPath);
    // Awaited below; this only keeps a parse failure from also reporting an unhandled rejection.
    saving.catch(() => {});
  });
  try {
    await new Promise<void>((resolve, reject) => {
      if (req.destroyed) reject(new Error('the client closed the connection before the upload'));
      parser.once('close', resolve);
      parser.once('error', reject);
      req.once('close', () => {
        if (!req.readableEnded) {
          parser.destroy(new Error('the client closed the connection mid-upload'));
        }
      });
      req.pipe(parser);
    });
    return { fields, ...(saving && { content: await saving }) };
  } catch (error) {
    req.unpipe(parser);
    await saving?.catch(() => {});
    await rm(tempPath, { force: true });
    throw error;
  }
}

async function saveAndHash(
  stream: Readable,
  filename: string,
  tempPath: string,
): Promise<ReceivedFile> {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  const blake2 = await createBLAKE2b(256);
  let size = 0;
  await pipeline(
    stream,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        size += chunk.length;
        md5.update(chunk);
        sha256.update(chunk);
        blake2.update(chunk);
        yield chunk;
      }
    },
    createWriteStream(tempPath, { flags: 'wx' }),
  );
  return {
    filename,
    tempPath,
    size,
    md5: md5.digest('hex'),
    sha256: sha256.digest('hex'),
    blake2_256: blake2.digest('hex'),
  };
}

/** Warehouse's filename checks: safe characters, an extension fitting the filetype, matching name and version. */
function checkFilename(
  filename: string,
  filetype: string,
  name: string,
  version: string,
): Reply | undefined {
  if (!filename) return failure(400, 'Upload payload does not have a file.');
  if ([...filename].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)) {
    return failure(
      400,
      'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    );
  }
  if (/[/\\]/.test(filename)) {
    return failure(400, "Cannot upload a file with '/' or '\\' in the name.");
  }
  const extension = /\.(tar\.gz|zip|whl)$/i.exec(filename)?.[0];
  if (!extension) {
    return failure(
      400,
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
    );
  }
  const allowed = filetype === 'sdist' ? ['.tar.gz', '.zip'] : ['.whl'];
  if (!allowed.includes(extension)) {
    return failure(
      400,
      `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`,
    );
  }
  const parsed = parseDistFilename(filename);
  if (!parsed) {
    const kind = filetype === 'sdist' ? 'source distribution' : 'wheel';
    return failure(400, `Invalid ${kind} filename: ${filename}`);
  }
  const project = normalizeProjectName(name);
  if (normalizeProjectName(parsed.name) !== project) {
    return failure(400, `Start filename for '${name}' with '${project.replace(/-/g, '_')}'.`);
  }
  const sameVersion = valid(parsed.version)
    ? eq(parsed.version, version)
    : parsed.version === version;
  if (!sameVersion) {
    return failure(400, `Version in filename should be '${version}' not '${parsed.version}'.`);
  }
  return undefined;
}

// ---- HTTP plumbing ----

/**
 * The path a devpi-shaped request has on the plain layout: `/ci/cache/+simple/…` is
 * `/simple/…`, `/ci/cache/+f/…` is `/packages/…`, the index itself takes uploads at `/`; any
 * other path (including the plain layout's own) is one no route knows.
 */
function fromDevpiPath(pathname: string): string {
  if (pathname === DEVPI_INDEX || pathname === DEVPI_INDEX.slice(0, -1)) return '/';
  if (pathname.startsWith(`${DEVPI_INDEX}+simple`))
    return `/simple${pathname.slice(`${DEVPI_INDEX}+simple`.length)}`;
  if (pathname.startsWith(`${DEVPI_INDEX}+f/`))
    return `/packages/${pathname.slice(`${DEVPI_INDEX}+f/`.length)}`;
  return `/not-devpi${pathname}`;
}

function routeOf(method: string, pathname: string): IndexRoute {
  if (pathname === '/simple' || pathname.startsWith('/simple/')) return 'simple';
  if (pathname.startsWith('/packages/')) return 'file';
  if (
    method === 'POST' &&
    (pathname === '/' || pathname === '/legacy/' || pathname === '/legacy')
  ) {
    return 'upload';
  }
  return 'other';
}

function readBasicAuth(header: string | undefined): Credentials | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function hasBody(req: IncomingMessage): boolean {
  return (
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  );
}

/** Reads and discards the rest of a request body, so an answer is not sent mid-upload. */
function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.once('end', resolve);
    req.once('close', resolve);
    req.resume();
  });
}

/** Closes the connection once half of the request body has arrived. */
function cutRequestBody(req: IncomingMessage): Promise<void> {
  const length = Number(req.headers['content-length']);
  const cutAt = Number.isFinite(length) && length > 1 ? Math.floor(length / 2) : 1;
  let received = 0;
  return new Promise((resolve) => {
    if (req.destroyed) return resolve();
    const cut = (): void => {
      req.socket.destroy();
      resolve();
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= cutAt) cut();
    });
    req.once('end', cut);
    req.once('close', resolve);
  });
}

function send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  writeHead(res, reply);
  const body = reply.body;
  if (req.method === 'HEAD') return void res.end();
  if (body === undefined || typeof body === 'string') return void res.end(body ?? '');
  pipeline(createReadStream(body.path), res).catch(() => res.destroy());
}

/** Sends the status, headers and half the body, then closes the connection. */
async function sendHalfThenClose(
  req: IncomingMessage,
  res: ServerResponse,
  reply: Reply,
): Promise<void> {
  writeHead(res, reply);
  const chunks = firstHalf(req, reply.body);
  let flushed: Promise<void> = new Promise((resolve) => res.write('', () => resolve()));
  for await (const chunk of chunks) {
    flushed = new Promise((resolve) => res.write(chunk, () => resolve()));
    if (res.destroyed) return;
    if (res.writableNeedDrain) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  await flushed;
  req.socket.destroy();
}

function firstHalf(req: IncomingMessage, body: Reply['body']): AsyncIterable<Buffer> | Buffer[] {
  if (req.method === 'HEAD') return [];
  if (body === undefined || typeof body === 'string') {
    const bytes = Buffer.from(body ?? '');
    return [bytes.subarray(0, Math.floor(bytes.length / 2))];
  }
  return body.size < 2 ? [] : createReadStream(body.path, { end: Math.floor(body.size / 2) - 1 });
}

function writeHead(res: ServerResponse, reply: Reply): void {
  const body = reply.body;
  const length =
    body === undefined || typeof body === 'string' ? Buffer.byteLength(body ?? '') : body.size;
  // A reason phrase must be Latin-1 without control characters; warehouse replaces the rest too.
  const reason = reply.reason?.replace(/[^\t\x20-\x7e\xa0-\xff]/g, '?');
  res.writeHead(reply.status, reason ?? STATUS_CODES[reply.status] ?? '', {
    ...reply.headers,
    'Content-Length': String(length),
  });
}

function faultReply(fault: Fault): Reply {
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {
    'Content-Type': 'text/plain; charset=utf-8',
    ...fault.headers,
  };
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  return { status, headers, body: fault.body ?? `${status} ${STATUS_CODES[status] ?? ''}\n` };
}

function text(status: number, body: string): Reply {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `${body}\n` };
}

function html(status: number, body: string): Reply {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body };
}

/** An upload refusal as warehouse and devpi send it: the message in the reason phrase and body. */
function failure(status: number, message: string): Reply {
  return {
    status,
    reason: message,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: `${status} ${message}\n`,
  };
}

function invalidField(value: string, description: string, error: string): Reply {
  return failure(
    400,
    `'${value}' is an invalid value for ${description}. Error: ${error} ` +
      'See https://packaging.python.org/specifications/core-metadata for more information.',
  );
}

function redirect(location: string): Reply {
  return {
    status: 301,
    headers: { Location: location, 'Content-Type': 'text/plain; charset=utf-8' },
    body: `Moved to ${location}\n`,
  };
}

function simpleHeaders(contentType: SimpleContentType): Record<string, string> {
  // Caches must keep HTML and JSON answers of the same URL apart.
  return {
    'Content-Type': contentType === MIME_HTML ? 'text/html; charset=utf-8' : contentType,
    Vary: 'Accept',
  };
}

function htmlPage(title: string, links: string[]): string {
  return [
    '<!DOCTYPE html>\n<html lang="en">\n  <head>\n',
    `    <meta name="pypi:repository-version" content="${API_VERSION}">\n`,
    `    <title>${escapeHtml(title)}</title>\n  </head>\n  <body>\n`,
    `    <h1>${escapeHtml(title)}</h1>\n`,
    ...links,
    '  </body>\n</html>\n',
  ].join('');
}

/** The error page of Bottle, the web framework pypiserver is built on. */
function bottleErrorPage(status: number, message: string, req: IncomingMessage): string {
  const title = `Error: ${status} ${STATUS_CODES[status] ?? ''}`;
  return [
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html>\n  <head>\n',
    `    <title>${title}</title>\n  </head>\n  <body>\n    <h1>${title}</h1>\n`,
    `    <p>Sorry, the requested URL <tt>${escapeHtml(`'${req.url ?? '/'}'`)}</tt> caused an error:</p>\n`,
    `    <pre>${escapeHtml(message)}</pre>\n  </body>\n</html>\n`,
  ].join('');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** PEP 440 order, with versions PEP 440 cannot read sorted as text after the rest. */
function compareVersions(a: string, b: string): number {
  const validA = valid(a) !== null;
  const validB = valid(b) !== null;
  if (validA && validB) return compare(a, b);
  if (validA !== validB) return validA ? -1 : 1;
  return a.localeCompare(b);
}
