/**
 * The Actions cache service as @actions/cache talks to it on github.com (cache service v2):
 * Twirp JSON calls on ACTIONS_RESULTS_URL with the runner's bearer token, and the archive itself
 * put to and read from a signed blob URL the way Azure Blob Storage takes it (one `PUT` with
 * `x-ms-blob-type: BlockBlob`, answered 201; a `GET` with Content-Length). Entries are kept by
 * key and version and never overwritten; a key is matched exactly first, then as a prefix, the
 * newest entry first, for the key and then each restore key in turn.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const CONTAINER = '/devstoreaccount1/actions-cache/';
/** The most bytes one request body may have here (the archives of a test are small). */
const MAX_BODY = 256 << 20;

/** One entry: reserved by CreateCacheEntry, filled by the blob PUT, usable once finalized. */
export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob?: Buffer;
  finalized: boolean;
}

/** A call the service answered, in order: a Twirp method or a blob request. */
export interface CacheCall {
  call: string;
  key?: string;
  status: number;
}

export class ActionsCacheServer {
  readonly entries: CacheEntry[] = [];
  readonly calls: CacheCall[] = [];
  readonly token = `cache-runtime-${randomBytes(8).toString('hex')}`;
  private readonly sig = randomBytes(12).toString('hex');
  private server?: Server;
  private port = 0;

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(err.message);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** What the runner sets for a job that may use the cache service. */
  env(): NodeJS.ProcessEnv {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${this.port}/`,
      ACTIONS_RUNTIME_TOKEN: this.token,
    };
  }

  private blobUrl(id: number): string {
    return `http://127.0.0.1:${this.port}${CONTAINER}${id}?sv=2024-11-04&sr=b&sp=rw&sig=${this.sig}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<undefined> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
      return this.twirp(url.pathname.slice(SERVICE.length), req, body, res);
    }
    if (url.pathname.startsWith(CONTAINER)) return this.blob(url, req, body, res);
    res.writeHead(404).end();
    return undefined;
  }

  private twirp(
    method: string,
    req: IncomingMessage,
    body: Buffer,
    res: ServerResponse,
  ): undefined {
    const answer = (status: number, json: object, key?: string): undefined => {
      this.calls.push({ call: method, status, ...(key !== undefined ? { key } : {}) });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return answer(401, { code: 'unauthenticated', msg: 'invalid or missing token' });
    }
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return answer(415, { code: 'malformed', msg: 'unexpected Content-Type' });
    }
    const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const key = String(request.key ?? '');
    const version = String(request.version ?? '');
    if (!key || !version) {
      return answer(400, { code: 'invalid_argument', msg: 'key and version are required' });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = (request.restore_keys as string[] | undefined) ?? [];
      const usable = this.entries.filter((e) => e.finalized && e.version === version);
      for (const k of [key, ...restoreKeys]) {
        const hit = usable.find((e) => e.key === k) ?? usable.findLast((e) => e.key.startsWith(k));
        if (hit) {
          return answer(
            200,
            { ok: true, signed_download_url: this.blobUrl(hit.id), matched_key: hit.key },
            key,
          );
        }
      }
      return answer(200, { ok: false }, key);
    }
    if (method === 'CreateCacheEntry') {
      if (this.entries.some((e) => e.key === key && e.version === version)) {
        return answer(
          409,
          {
            code: 'already_exists',
            msg: 'cache entry with the same key, version, and scope already exists',
          },
          key,
        );
      }
      const entry: CacheEntry = { id: this.entries.length + 1, key, version, finalized: false };
      this.entries.push(entry);
      return answer(200, { ok: true, signed_upload_url: this.blobUrl(entry.id) }, key);
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.entries.find((e) => e.key === key && e.version === version);
      const size = Number(request.size_bytes);
      if (!entry || entry.finalized || !entry.blob || entry.blob.length !== size) {
        return answer(
          400,
          { code: 'failed_precondition', msg: 'no uploaded cache entry of that size to finalize' },
          key,
        );
      }
      entry.finalized = true;
      return answer(200, { ok: true, entry_id: String(entry.id) }, key);
    }
    return answer(404, { code: 'bad_route', msg: `no handler for ${method}` });
  }

  private blob(url: URL, req: IncomingMessage, body: Buffer, res: ServerResponse): undefined {
    const entry = this.entries.find((e) => `${CONTAINER}${e.id}` === url.pathname);
    const answer = (
      status: number,
      headers: Record<string, string> = {},
      data?: Buffer,
    ): undefined => {
      this.calls.push({ call: `blob ${req.method}`, status, ...(entry ? { key: entry.key } : {}) });
      res.writeHead(status, { 'x-ms-request-id': randomBytes(8).toString('hex'), ...headers });
      res.end(data);
    };
    if (url.searchParams.get('sig') !== this.sig) return answer(403);
    if (!entry) return answer(404);
    if (req.method === 'PUT') {
      // One-shot upload only: the SDK sends blocks only for archives over 128 MiB.
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob' || url.searchParams.has('comp')) {
        return answer(400);
      }
      if (entry.finalized) return answer(409);
      entry.blob = body;
      return answer(201, { etag: `"0x${entry.id}"`, 'last-modified': new Date().toUTCString() });
    }
    if (req.method === 'GET') {
      if (!entry.finalized || !entry.blob) return answer(404);
      return answer(
        200,
        { 'content-type': 'application/octet-stream', 'content-length': String(entry.blob.length) },
        entry.blob,
      );
    }
    return answer(405);
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
