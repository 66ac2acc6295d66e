/**
 * A private git host for tests: git's own smart-HTTP server (git http-backend, run as CGI)
 * behind HTTP Basic auth, so a fetch without the right token is refused as GitHub refuses it.
 * It speaks HTTPS with the loopback certificate in test/fixtures/tls (git trusts it through
 * GIT_SSL_CAINFO, see {@link gitTrustEnv}), as every real host does; `tls: false` makes the
 * plain-http host a careless requirement file may name.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const BACKEND = '/usr/lib/git-core/git-http-backend';

/** The loopback certificate (CN 127.0.0.1, also the CA that signs itself) and its key. */
export const TLS_CERT = fileURLToPath(new URL('../fixtures/tls/loopback.crt', import.meta.url));
const TLS_KEY = fileURLToPath(new URL('../fixtures/tls/loopback.key', import.meta.url));

/** The environment that makes git trust the test hosts' certificate (and nothing else changes). */
export function gitTrustEnv(): NodeJS.ProcessEnv {
  return { GIT_SSL_CAINFO: TLS_CERT };
}

/** A server for loopback HTTPS (or plain HTTP) with the fixture certificate. */
export function loopbackServer(
  tls: boolean,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Server {
  return tls
    ? createHttpsServer({ cert: readFileSync(TLS_CERT), key: readFileSync(TLS_KEY) }, handler)
    : createHttpServer(handler);
}

/** One request the git host received. */
export interface GitRequest {
  /** The repository path and service, e.g. `/org/private.git/info/refs`. */
  path: string;
  authorization: string | undefined;
  /**
   * What an upload-pack POST asked for: `fetch` (objects: a clone's or fetch's download, in
   * protocol v2 or as v0's `want` lines) or `ls-refs` (refs only, as `git ls-remote` asks).
   */
  command?: string;
}

export class GitHttpServer {
  private server: Server | undefined;
  /** The Authorization header of every request (undefined when none was sent). */
  readonly authorizations: Array<string | undefined> = [];
  /** Every request, with its path: to tell which repository a header was sent to. */
  readonly requests: GitRequest[] = [];
  private readonly tls: boolean;

  /** Serves the bare repositories under `root`; `token` is the password of user x-access-token. */
  constructor(
    private readonly root: string,
    private readonly token: string,
    opts: { tls?: boolean } = {},
  ) {
    this.tls = opts.tls ?? true;
  }

  async start(): Promise<void> {
    const expected = `Basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
    this.server = loopbackServer(this.tls, (req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      this.authorizations.push(req.headers.authorization);
      const request: GitRequest = { path: url.pathname, authorization: req.headers.authorization };
      this.requests.push(request);
      if (req.method === 'POST') {
        const body: Buffer[] = [];
        req.on('data', (c: Buffer) => body.push(c));
        req.on('end', () => {
          request.command = commandOf(Buffer.concat(body), req.headers['content-encoding']);
        });
      }
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end('unauthorized');
        req.resume();
        return;
      }
      this.backend(req, url, (status, headers, body) => res.writeHead(status, headers).end(body));
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
  }

  /** Runs git http-backend for one request and hands back its answer. */
  private backend(
    req: IncomingMessage,
    url: URL,
    answer: (status: number, headers: Record<string, string>, body: Buffer) => void,
  ): void {
    const cgi = spawn(BACKEND, [], {
      env: {
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      const sep = out.indexOf('\r\n\r\n');
      const headEnd = sep >= 0 ? sep : out.indexOf('\n\n');
      const head = out.subarray(0, headEnd).toString('latin1');
      const body = out.subarray(headEnd + (sep >= 0 ? 4 : 2));
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i < 0) continue;
        const key = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        if (key.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[key] = value;
      }
      answer(status, headers, body);
    });
  }

  /** host:port, as `git-token-hosts` names it. */
  get host(): string {
    if (!this.server) throw new Error('the git server is not started');
    const { port } = this.server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** The URL of a repository under the root, e.g. `org/private.git`. */
  url(path: string): string {
    return `${this.tls ? 'https' : 'http'}://${this.host}/${path}`;
  }

  /** The requests that downloaded objects (clones and fetches; not ref listings). */
  get fetches(): GitRequest[] {
    return this.requests.filter((r) => r.command === 'fetch');
  }

  /** The requests for one repository (its path without the leading slash). */
  requestsFor(repo: string): GitRequest[] {
    return this.requests.filter((r) => r.path.startsWith(`/${repo}/`));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

/** The command of an upload-pack request body (pkt-lines, gzipped when git chose to). */
function commandOf(body: Buffer, encoding: string | string[] | undefined): string {
  const text = (encoding === 'gzip' ? gunzipSync(body) : body).toString('latin1');
  const v2 = /command=([a-z-]+)/.exec(text)?.[1];
  if (v2) return v2;
  return /^[0-9a-f]{4}want [0-9a-f]{40}/m.test(text) ? 'fetch' : 'other';
}
