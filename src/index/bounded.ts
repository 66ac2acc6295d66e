import type { Dispatcher } from 'undici';
import { safeUrl } from '../secrets.js';

// Bounds on what an index can make wheelrelay wait for or hold: a server that trickles one byte
// a second, or answers with a page that never ends, costs at most `timeout` and these sizes.

/**
 * The most of a project page wheelrelay reads. The largest public pages (PEP 691 JSON of a
 * project with thousands of releases) are a few MB; a page past this is not a project page.
 */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** The most of an error page or upload answer kept for a message; the rest is not read. */
export const MAX_ANSWER_BYTES = 4096;

type Body = Dispatcher.ResponseData['body'];

/**
 * The deadline of one request, from connecting to the last byte of its answer (retries of a
 * read included): `timeout` bounds the whole request, not the quiet between two bytes.
 */
export function requestDeadline(timeoutMs: number): AbortSignal {
  return AbortSignal.timeout(timeoutMs);
}

/** Whether `err` is a request cut off by its {@link requestDeadline}. */
export function isDeadline(err: unknown): boolean {
  const e = err as { name?: string; cause?: { name?: string } } | undefined;
  return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}

/** A request past its deadline, as an error that says so (and that uploads retry, as any timeout). */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  readonly code = 'ETIMEDOUT';
  constructor(what: string, url: string, timeoutMs: number) {
    super(
      `${what} of ${safeUrl(url)} did not finish within ${timeoutMs / 1000} s (\`timeout\`): the index answered too slowly, and was cut off; raise \`timeout\` if it is only slow`,
    );
  }
}

/** A body past its size cap, as an error that says whose and how large. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  constructor(what: string, url: string, limit: number) {
    super(
      `${what} at ${safeUrl(url)} is larger than ${limit / (1024 * 1024)} MiB, the most wheelrelay reads, and was cut off: check that \`simple-url\` (or \`index-url\`) points at the index's simple API`,
    );
  }
}

/**
 * A whole body as text, failing with {@link TooLargeError} (and closing the connection) as soon
 * as it passes `limit` bytes, so memory never holds more than the limit.
 */
export async function readCapped(
  body: Body,
  limit: number,
  tooLarge: () => TooLargeError,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The first `limit` bytes of a body as text; the rest is never read (the connection is closed). */
export async function readHead(body: Body, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= limit) break;
  }
  if (size >= limit) body.destroy();
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}
