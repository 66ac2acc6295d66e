/// <reference path="./undici-parts.d.ts" />
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import requestApi from 'undici/lib/api/api-request.js';
// undici's own modules for what this file uses, not its entry module (index.js): that loads
// fetch, WebSocket, caches and mocks too (1.3 MB of source against 0.37 MB), and loading code is
// most of what a small publish costs. The paths are undici's files (it has no exports map); a
// move breaks the build, not a run. patches/undici+*.patch makes the HTTP/2 client (node:http2,
// node:tls) load only for a connection that negotiates h2 (patches/README.md).
import Agent from 'undici/lib/dispatcher/agent.js';
import redirect from 'undici/lib/interceptor/redirect.js';
import retryInterceptor from 'undici/lib/interceptor/retry.js';
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
  RETRYABLE_ERRORS,
  RETRYABLE_STATUS,
  type RetryPolicy,
  retryDelay,
  systemClock,
} from './retry.js';
import {
  isSimpleJson,
  type ListedFile,
  loadHtmlParser,
  parseProjectPage,
  SIMPLE_ACCEPT,
} from './simple.js';

/** Credentials for an index; password is a secret and never leaves this object in clear. */
export interface Credentials {
  username: string;
  password: string;
}

/** Response headers as undici gives them (lower-case names). */
export type AnswerHeaders = Record<string, string | string[] | undefined>;

/** What the server answered to one upload attempt. */
interface HttpAnswer {
  status: number;
  /** The first few KB of the body, secrets redacted. */
  body: string;
  retryAfterMs?: number;
}

const USER_AGENT = 'wheelrelay (+https://github.com/wheelrelay/wheelrelay)';

/**
 * The HTTP side of an index: simple API reads (retried by undici's own retry interceptor) and
 * single upload attempts (retried by the publisher, which must re-check the index in between).
 */
export class IndexHttp {
  private readonly reads: Dispatcher;
  private readonly writes: Dispatcher;
  private readonly auth: string | undefined;
  private readonly origin: string;
  /** Called with every answer to a read (the index kind is detected from its headers). */
  onAnswer?: (url: string, status: number, headers: AnswerHeaders) => void;
  /**
   * The next project page will be HTML: the index's kind says so until a page has been read,
   * then the last page does. An upload then loads the HTML parser while the index answers it.
   */
  expectHtmlPages = false;

  constructor(
    readonly simpleUrl: string,
    readonly uploadUrl: string,
    credentials: Credentials | undefined,
    policy: RetryPolicy,
    /** The longest one request may take, answer included (see bounded.ts). */
    private readonly timeoutMs: number,
    /** Time for the backoff between retried reads. */
    clock: Clock = systemClock,
  ) {
    this.auth = credentials ? addBasicAuth(credentials.username, credentials.password) : undefined;
    this.origin = new URL(uploadUrl).origin;
    const agent = new Agent({
      connect: { timeout: Math.min(timeoutMs, 30_000) },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    this.writes = agent;
    this.reads = agent.compose(
      redirect({ maxRedirections: 5 }),
      retryInterceptor({
        maxRetries: policy.retries,
        statusCodes: RETRYABLE_STATUS,
        errorCodes: RETRYABLE_ERRORS,
        methods: ['GET', 'HEAD'],
        // One backoff policy for reads and uploads: ours, with jitter and a Retry-After cap.
        retry(err, { state }, cb) {
          const e = err as Error & {
            statusCode?: number;
            code?: string;
            headers?: Record<string, string>;
          };
          const retryable =
            (e.statusCode !== undefined && RETRYABLE_STATUS.includes(e.statusCode)) ||
            (e.statusCode === undefined && isRetryableError(e));
          if (!retryable || state.counter > policy.retries) return cb(err);
          const wait = retryDelay(
            policy,
            state.counter,
            parseRetryAfter(e.headers?.['retry-after']),
            () => clock.jitter(),
          );
          void clock.sleep(wait).then(() => cb(null));
        },
      }),
    );
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
      await refuseFailed('read', url, res);
      return readCapped(
        res.body,
        MAX_PAGE_BYTES,
        () => new TooLargeError('the project page', url, MAX_PAGE_BYTES),
      );
    });
    if (body === undefined) return undefined;
    const contentType = String(res.headers['content-type'] ?? 'text/html');
    this.expectHtmlPages = !isSimpleJson(contentType);
    return await parseProjectPage(body, contentType, url);
  }

  /** sha256 of a listed file, by downloading it (for pages that list no sha256). */
  async sha256Of(url: string): Promise<string> {
    const res = await this.get(url, {}, requestDeadline(this.timeoutMs));
    return this.bounded('download', url, async () => {
      await refuseFailed('download', url, res);
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
      await refuseFailed('download', url, res);
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
      const res = await send(url, {
        method: 'POST',
        dispatcher: this.writes,
        signal: requestDeadline(this.timeoutMs),
        headers: this.headers(url, {
          'content-type': contentType,
          'content-length': String(length),
        }),
        // The iterable itself, not a stream over it: undici then asks for each chunk only after
        // the socket drained the one before, which the upload's reused buffers rely on. undici
        // takes async iterables (lib/core/request.js); its types name only streams.
        body: this.thenPrepareRead(body) as unknown as Readable,
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
   * The upload's body; then, while the main thread would only wait for the index's answer,
   * the HTML parser that the verifying read of an index answering HTML needs is loaded (some
   * 5 ms: a small publish to pypiserver took 0.935 of the time, 40 paired runs).
   */
  private async *thenPrepareRead(body: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
    yield* body;
    if (this.expectHtmlPages) setImmediate(() => void loadHtmlParser().catch(() => undefined));
  }

  private async get(url: string, extra: Record<string, string>, signal: AbortSignal) {
    try {
      const res = await send(url, {
        method: 'GET',
        dispatcher: this.reads,
        signal,
        headers: this.headers(url, extra),
      });
      this.onAnswer?.(url, res.statusCode, res.headers);
      return res;
    } catch (err) {
      if (isDeadline(err)) throw new DeadlineError('read', url, this.timeoutMs);
      const status = (err as { statusCode?: number }).statusCode;
      if (status !== undefined) throw httpError('read', url, status, '');
      throw networkError('read', url, err);
    }
  }

  /** Closes pooled connections so the process can exit promptly. */
  async close(): Promise<void> {
    await this.writes.close();
  }
}

/** undici's `request(url, options)`: the URL split into the origin and path it dispatches. */
function send(
  url: string,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const u = new URL(url);
  return requestApi.call(dispatcher, {
    ...rest,
    origin: u.origin,
    path: `${u.pathname}${u.search}`,
  });
}

/** An HTTP failure on a read or a download: its message names the request and what went wrong. */
class IndexHttpError extends Error {}

/** Throws the index's refusal (4xx/5xx), with the first of its body, as an IndexHttpError. */
async function refuseFailed(
  what: string,
  url: string,
  res: Dispatcher.ResponseData,
): Promise<void> {
  if (res.statusCode >= 400) {
    throw httpError(what, url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
  }
}

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
