/**
 * A private git host for tests: git's own smart-HTTP server (git http-backend, run as CGI)
 * behind HTTP Basic auth, so a fetch without the right token is refused as GitHub refuses it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const BACKEND = '/usr/lib/git-core/git-http-backend';

export class GitHttpServer {
  private server: Server | undefined;
  /** The Authorization header of every request (undefined when none was sent). */
  readonly authorizations: Array<string | undefined> = [];

  /** Serves the bare repositories under `root`; `token` is the password of user x-access-token. */
  constructor(
    private readonly root: string,
    private readonly token: string,
  ) {}

  async start(): Promise<void> {
    const expected = `Basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
    this.server = createServer((req, res) => {
      this.authorizations.push(req.headers.authorization);
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end('unauthorized');
        req.resume();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
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
        res.writeHead(status, headers).end(body);
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
  }

  /** The URL of a repository under the root, e.g. `org/private.git`. */
  url(path: string): string {
    if (!this.server) throw new Error('the git server is not started');
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/${path}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
