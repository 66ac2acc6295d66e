import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Agent, type ClientRequest, type IncomingMessage, request } from 'node:http';
import type { Socket } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { normalizeName } from '../pins/names.js';
import { addBasicAuth, redact, safeUrl } from '../secrets.js';
import {
  DeadlineError,
  isDeadline,
  MAX_ANSWER_BYTES,
  MAX_PAGE_BYTES,
  readCapped,
  readHead,
  requestDeadline,
  TooLargeError,
} from './bounded.js';
import {
  type Clock,
  isRetryableError,
  parseRetryAfter,
  RETRYABLE_STATUS,
  type RetryPolicy,
  retryDelay,
  systemClock,
} from './retry.js';
import { type ListedFile, parseProjectPage, SIMPLE_ACCEPT } from './simple.js';

/** Credentials for an index; password is a secret and never leaves this object in clear. */
export interface Credentials {
  username: string;
  password: string;
}

/** Response headers as node gives them (lower-case names). */
export type AnswerHeaders = Record<string, string | string[] | undefined>;

/** What the server answered to one upload attempt. */
interface HttpAnswer {
  status: number;
  /** The first few KB of the body, secrets redacted. */
  body: string;
  retryAfterMs?: number;
}

/** One answer: status, headers, and the body still to be read (or destroyed). */
interface Answer {
  statusCode: number;
  headers: AnswerHeaders;
  body: IncomingMessage;
}

const USER_AGENT = 'wheelrelay (+https://github.com/wheelrelay/wheelrelay)';

/** Redirects a read follows, as browsers and pip do; an upload follows none. */
const REDIRECT_STATUS = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 5;
/** The longest a connection may take to open, within the request's own deadline. */
const MAX_CONNECT_MS = 30_000;

/**
 * The HTTP side of an index: simple API reads (retried here, with the run's backoff) and single
 * upload attempts (retried by the publisher, which must re-check the index in between).
 *
 * It speaks HTTP/1.1 through node's own http module, not undici: undici's HTTP parser is
 * WebAssembly compiled at the first request, and its modules came to 0.86 MB of the CLI's
 * bundle; loading code is most of what a small publish costs (see docs/benchmarks.md).
 */
export class IndexHttp {
  /** Kept-alive connections, one pool per scheme (https loaded only for an https URL). */
  private readonly agents: { http?: Agent; https?: Agent } = {};
  private readonly auth: string | undefined;
  private readonly origin: string;
  /** Called with every answer to a read (the index kind is detected from its headers). */
  onAnswer?: (url: string, status: number, headers: AnswerHeaders) => void;

  constructor(
    readonly simpleUrl: string,
    readonly uploadUrl: string,
    credentials: Credentials | undefined,
    private readonly policy: RetryPolicy,
    /** The longest one request may take, answer included (see bounded.ts). */
    private readonly timeoutMs: number,
    /** Time for the backoff between retried reads. */
    private readonly clock: Clock = systemClock,
  ) {
    this.auth = credentials ? addBasicAuth(credentials.username, credentials.password) : undefined;
    this.origin = new URL(uploadUrl).origin;
  }

  /** Authorization only for the index's own origin, never for a file host elsewhere. */
  private headers(url: string, extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { 'user-agent': USER_AGENT, ...extra };
    if (this.auth && new URL(url).origin === this.origin) h.authorization = this.auth;
    return h;
  }

  /** URL of a project's page on the simple API. */
  projectUrl(project: string): string {
    return new URL(`${normalizeName(project)}/`, this.simpleUrl).toString();
  }

  /**
   * The files a project's page lists, or undefined when the index does not know the project.
   * Asks for PEP 691 JSON and reads whatever format comes back, within `timeout` and
   * MAX_PAGE_BYTES.
   */
  async listProject(project: string): Promise<ListedFile[] | undefined> {
    const url = this.projectUrl(project);
    const signal = requestDeadline(this.timeoutMs);
    const res = await this.get(url, { accept: SIMPLE_ACCEPT, 'cache-control': 'no-cache' }, signal);
    const body = await this.bounded('read', url, async () => {
      if (res.statusCode === 404) {
        await readHead(res.body, MAX_ANSWER_BYTES);
        return undefined;
      }
      if (res.statusCode >= 400) {
        throw httpError('read', url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
      }
      return readCapped(
        res.body,
        MAX_PAGE_BYTES,
        () => new TooLargeError('the project page', url, MAX_PAGE_BYTES),
      );
    });
    if (body === undefined) return undefined;
    const contentType = String(res.headers['content-type'] ?? 'text/html');
    return await parseProjectPage(body, contentType, url);
  }

  /** sha256 of a listed file, by downloading it (for pages that list no sha256). */
  async sha256Of(url: string): Promise<string> {
    const res = await this.get(url, {}, requestDeadline(this.timeoutMs));
    return this.bounded('download', url, async () => {
      if (res.statusCode >= 400) {
        throw httpError(
          'download',
          url,
          res.statusCode,
          await readHead(res.body, MAX_ANSWER_BYTES),
        );
      }
      const hash = createHash('sha256');
      for await (const chunk of res.body) hash.update(chunk as Buffer);
      return hash.digest('hex');
    });
  }

  /**
   * Downloads a listed file to `dest` (a new file), failing once it passes `maxBytes`: the
   * index's copy of a file, to compare with this build's. Within `timeout`, as every request.
   */
  async download(url: string, dest: string, maxBytes: number): Promise<void> {
    const res = await this.get(url, {}, requestDeadline(this.timeoutMs));
    await this.bounded('download', url, async () => {
      if (res.statusCode >= 400) {
        throw httpError(
          'download',
          url,
          res.statusCode,
          await readHead(res.body, MAX_ANSWER_BYTES),
        );
      }
      let size = 0;
      await pipeline(
        res.body,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            size += chunk.length;
            if (size > maxBytes) {
              throw new IndexHttpError(
                `download of ${safeUrl(url)} stopped: it is larger than ${maxBytes} bytes`,
              );
            }
            yield chunk;
          }
        },
        createWriteStream(dest, { flags: 'wx' }),
      );
    });
  }

  /** Runs the reading of an answer, turning a deadline that cut it off into a clear error. */
  private async bounded<T>(what: string, url: string, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (err) {
      if (isDeadline(err)) throw new DeadlineError(what, url, this.timeoutMs);
      throw err;
    }
  }

  /**
   * One upload attempt: POSTs a ready multipart body, returns the answer, never retries. The
   * whole attempt, sending and answer, has `timeout`; a deadline error is retryable, as any.
   */
  async post(
    body: AsyncIterable<Buffer>,
    contentType: string,
    length: number,
  ): Promise<HttpAnswer> {
    const url = this.uploadUrl;
    return this.bounded('upload', url, async () => {
      const res = await this.send(url, {
        method: 'POST',
        signal: requestDeadline(this.timeoutMs),
        headers: this.headers(url, {
          'content-type': contentType,
          'content-length': String(length),
        }),
        body,
      });
      const text = await readHead(res.body, MAX_ANSWER_BYTES);
      return {
        status: res.statusCode,
        body: redact(text),
        retryAfterMs: parseRetryAfter(res.headers['retry-after']),
      };
    });
  }

  /**
   * A read: follows redirects (the Authorization header only to the index's own origin), and
   * retries network failures and RETRYABLE_STATUS answers with the run's backoff, all within
   * the one deadline `signal`. A status still failing after the retries is an error; any other
   * answer is returned.
   */
  private async get(url: string, extra: Record<string, string>, signal: AbortSignal) {
    let target = url;
    let redirects = 0;
    for (let attempt = 1; ; attempt++) {
      let res: Answer;
      try {
        res = await this.send(target, {
          method: 'GET',
          signal,
          headers: this.headers(target, extra),
        });
      } catch (err) {
        if (isDeadline(err)) throw new DeadlineError('read', url, this.timeoutMs);
        if (isRetryableError(err) && attempt <= this.policy.retries) {
          await this.backoff(attempt);
          continue;
        }
        throw networkError('read', url, err);
      }
      const location = res.headers.location;
      if (
        REDIRECT_STATUS.includes(res.statusCode) &&
        typeof location === 'string' &&
        redirects < MAX_REDIRECTS
      ) {
        res.body.destroy();
        target = new URL(location, target).toString();
        redirects++;
        attempt--;
        continue;
      }
      if (RETRYABLE_STATUS.includes(res.statusCode)) {
        res.body.destroy();
        if (attempt > this.policy.retries) throw httpError('read', url, res.statusCode, '');
        await this.backoff(attempt, parseRetryAfter(res.headers['retry-after']));
        continue;
      }
      this.onAnswer?.(url, res.statusCode, res.headers);
      return res;
    }
  }

  /** The wait before retry `attempt` of a read: ours, with jitter and a Retry-After cap. */
  private backoff(attempt: number, retryAfterMs?: number): Promise<void> {
    return this.clock.sleep(
      retryDelay(this.policy, attempt, retryAfterMs, () => this.clock.jitter()),
    );
  }

  /** One HTTP exchange on this index's kept-alive connections. */
  private async send(url: string, options: Omit<Exchange, 'agent' | 'connectTimeoutMs'>) {
    const u = new URL(url);
    const scheme = u.protocol === 'https:' ? 'https' : 'http';
    let agent = this.agents[scheme];
    if (!agent) {
      // node:https (and TLS with it) is loaded for an https index only.
      const mod = scheme === 'https' ? await import('node:https') : { Agent };
      agent = new mod.Agent({ keepAlive: true });
      this.agents[scheme] = agent;
    }
    return exchange(u, {
      ...options,
      agent,
      connectTimeoutMs: Math.min(this.timeoutMs, MAX_CONNECT_MS),
    });
  }

  /** Closes pooled connections so the process can exit promptly. */
  async close(): Promise<void> {
    this.agents.http?.destroy();
    this.agents.https?.destroy();
  }
}

interface Exchange {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The request's deadline: aborting it cuts the request, or the answer's body, off. */
  signal: AbortSignal;
  agent: Agent;
  connectTimeoutMs: number;
  /** A request body, asked for chunk by chunk as the socket takes them. */
  body?: AsyncIterable<Buffer>;
}

/**
 * Sends one request and resolves with the answer as soon as its head arrives. The deadline
 * destroys the request, and the answer's body if it is still being read, with the signal's
 * reason (a TimeoutError, which isDeadline recognises).
 */
function exchange(url: URL, x: Exchange): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (x.signal.aborted) {
      reject(x.signal.reason);
      return;
    }
    // The URL's parts, not the URL: credentials in a URL never become a header here (only
    // IndexHttp.headers adds one). The agent makes the connection, TLS for an https one.
    const req: ClientRequest = request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port,
      path: `${url.pathname}${url.search}`,
      method: x.method,
      headers: x.headers,
      agent: x.agent,
    });
    let res: IncomingMessage | undefined;
    const abort = () => {
      req.destroy(x.signal.reason);
      res?.destroy(x.signal.reason);
    };
    x.signal.addEventListener('abort', abort, { once: true });
    const forget = () => x.signal.removeEventListener('abort', abort);
    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(
        () => req.destroy(connectTimeout(url, x.connectTimeoutMs)),
        x.connectTimeoutMs,
      );
      const clear = () => clearTimeout(timer);
      socket.once('connect', clear);
      socket.once('close', clear);
    });
    req.on('error', (err) => {
      forget();
      reject(err);
    });
    req.on('response', (answer) => {
      res = answer;
      answer.on('close', forget);
      resolve({ statusCode: answer.statusCode ?? 0, headers: answer.headers, body: answer });
    });
    if (!x.body) req.end();
    else writeBody(req, x.body).catch((err) => req.destroy(err));
  });
}

/**
 * Writes a request body chunk by chunk, asking for the next chunk only once the socket has
 * taken the last one ('drain'): the upload's reused buffers rely on it, and memory stays flat.
 */
async function writeBody(req: ClientRequest, body: AsyncIterable<Buffer>): Promise<void> {
  for await (const chunk of body) {
    if (req.destroyed) return;
    if (!req.write(chunk)) {
      await new Promise<void>((done) => {
        const go = () => {
          req.off('drain', go);
          req.off('close', go);
          done();
        };
        req.on('drain', go);
        req.on('close', go);
      });
    }
  }
  if (!req.destroyed) req.end();
}

function connectTimeout(url: URL, ms: number): Error {
  return Object.assign(new Error(`connecting to ${url.host} took longer than ${ms / 1000} s`), {
    code: 'ETIMEDOUT',
  });
}

/** An HTTP failure on a read or a download: its message names the request and what went wrong. */
class IndexHttpError extends Error {}

function httpError(what: string, url: string, status: number, body: string): IndexHttpError {
  const snippet = redact(body.replace(/\s+/g, ' ').trim()).slice(0, 300);
  return new IndexHttpError(
    `${what} of ${safeUrl(url)} failed: HTTP ${status}${snippet ? ` (${snippet})` : ''}`,
  );
}

function networkError(what: string, url: string, err: unknown): IndexHttpError {
  const e = err as { code?: string; message?: string };
  return new IndexHttpError(
    `${what} of ${safeUrl(url)} failed: ${e.code ?? ''} ${redact(e.message ?? String(err))}`.trim(),
  );
}
