import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Distribution, digestsOf, inspectDistribution } from '../../src/build/inspect.js';
import { indexKind } from '../../src/index/kinds/index.js';
import { publish } from '../../src/index/publish.js';
import { RemoteIndex } from '../../src/index/remote.js';
import type { Clock, RetryPolicy } from '../../src/index/retry.js';
import { fakeClock } from '../support/clock.js';
import { IndexServer } from '../support/index-server.js';
import { recordingLog } from '../support/log.js';
import { buildWheel } from '../support/python.js';

const USER = 'ci';
const PASSWORD = 'faults-pw-123';
const retry: RetryPolicy = { retries: 3, minDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 2000 };

describe('upload retries, re-checks and verification against the test index', () => {
  let server: IndexServer;
  let work: string;
  let wheel: Distribution;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-faults-'));
    // The build is not what these tests are about: one wheel for the file, and a fresh test
    // index per test, so no test sees another's files.
    wheel = await inspectDistribution(
      await buildWheel({ name: 'relay-fault', version: '1.0.0' }, work),
    );
  });
  beforeEach(async () => {
    server = new IndexServer({ users: { [USER]: PASSWORD } });
    await server.start();
  });
  afterEach(() => server.stop());
  afterAll(() => rm(work, { recursive: true, force: true }));

  function index(timeoutMs: number, clock: Clock) {
    return new RemoteIndex({
      // The server answers re-uploads as PyPI does (200 for the same bytes), which pypiserver never
      // does: generic, whose listing comes first (test/e2e/upload-first.test.ts has pypiserver's way).
      kind: indexKind('generic'),
      uploadUrl: server.uploadUrl,
      simpleUrl: server.simpleUrl,
      credentials: { username: USER, password: PASSWORD },
      retry,
      timeoutMs,
      clock,
    });
  }

  async function run(
    opts: { verifyTimeoutMs?: number; timeoutMs?: number; progressEveryMs?: number } = {},
  ) {
    const log = recordingLog();
    const clock = fakeClock();
    const client = index(opts.timeoutMs ?? 5000, clock);
    try {
      const result = await publish([wheel], client, {
        retry,
        verifyTimeoutMs: opts.verifyTimeoutMs ?? 3000,
        log,
        clock,
        ...(opts.progressEveryMs ? { progressEveryMs: opts.progressEveryMs } : {}),
      });
      return { result, log, clock };
    } finally {
      await client.close();
    }
  }

  it('retries 503s and publishes', async () => {
    server.inject({ on: 'upload', status: 503, times: 2 });
    const { result, log, clock } = await run();
    expect(result).toMatchObject({
      status: 'published',
      files: [{ outcome: 'uploaded', sha256: (await digestsOf(wheel)).sha256 }],
    });
    expect(server.count('upload')).toBe(3);
    expect(log.lines.filter((l) => l.includes('retry'))).toHaveLength(2);
    // Two backoffs, doubling: retry 1 waits within 10-20 ms, retry 2 within 20-40 ms ("equal
    // jitter"); the fake clock's jitter is the middle of each range.
    expect(clock.sleeps).toEqual([15, 30]);
  });

  it('waits out a 429 with Retry-After before retrying', async () => {
    server.inject({ on: 'upload', status: 429, retryAfter: 1 });
    const { result, log, clock } = await run();
    expect(result.status).toBe('published');
    // The one wait is the server's Retry-After (1 s), not the policy's 20-100 ms backoff.
    expect(clock.sleeps).toEqual([1000]);
    expect(server.count('upload')).toBe(2);
    expect(log.lines.some((l) => /HTTP 429.*retry 1 of 3 in 1\.0 s/.test(l))).toBe(true);
  });

  it('retries simple API reads that fail with 502', async () => {
    server.inject({ on: 'simple', status: 502, times: 2 });
    const { result, clock } = await run();
    expect(result.status).toBe('published');
    expect(server.count('upload')).toBe(1);
    // The listing read three times, with the same doubling backoff as uploads in between.
    expect(server.requests.filter((r) => r.route === 'simple').map((r) => r.status)).toEqual([
      502, 502, 404, 200,
    ]);
    expect(clock.sleeps).toEqual([15, 30]);
  });

  it('after a reset that came after the file was stored, re-checks and does not upload twice', async () => {
    server.inject({ on: 'upload', reset: 'after-store' });
    const { result } = await run();
    expect(result).toMatchObject({ status: 'published', files: [{ outcome: 'uploaded' }] });
    expect(server.count('upload')).toBe(1);
    expect(server.files(wheel.name)).toHaveLength(1);
  });

  it('after a reset mid-body (nothing stored), uploads again', async () => {
    server.inject({ on: 'upload', reset: 'mid-body' });
    const { result } = await run();
    expect(result.status).toBe('published');
    expect(server.count('upload')).toBe(2);
  });

  it('retries an upload whose answer is slower than the timeout', async () => {
    server.inject({ on: 'upload', delayMs: 1500 });
    const { result } = await run({ timeoutMs: 500 });
    expect(result.status).toBe('published');
    expect(server.count('upload')).toBeGreaterThanOrEqual(2);
  });

  it('gives up after the retries, with a message that says what to do', async () => {
    server.inject({ on: 'upload', status: 500, times: 10 });
    await expect(run()).rejects.toThrow(/failed after 4 attempts \(last: HTTP 500/);
    expect(server.count('upload')).toBe(4);
  });

  it('retries a refused connection without re-reading the listing: nothing can have been stored', async () => {
    // A port nothing listens on: bound once, then released.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const url = `http://127.0.0.1:${port}/`;
    const clock = fakeClock();
    const log = recordingLog();
    // pypiserver's kind uploads a small file before reading the listing: the upload is refused.
    const client = new RemoteIndex({
      kind: indexKind('pypiserver'),
      uploadUrl: url,
      simpleUrl: `${url}simple/`,
      credentials: { username: USER, password: PASSWORD },
      retry,
      timeoutMs: 5000,
      clock,
    });
    try {
      await expect(
        publish([wheel], client, { retry, verifyTimeoutMs: 3000, log, clock }),
      ).rejects.toThrow(/failed after 4 attempts \(last: ECONNREFUSED/);
    } finally {
      await client.close();
    }
    // The upload's three backoffs and nothing else: no read (and no read's backoff) in between.
    expect(clock.sleeps).toEqual([15, 30, 60]);
    expect(log.lines.filter((l) => l.startsWith('uploading'))).toHaveLength(4);
  });

  it('fails 403 at once', async () => {
    server.inject({ on: 'upload', status: 403, body: 'Forbidden' });
    await expect(run()).rejects.toThrow(/refused \(HTTP 403: Forbidden\)/);
    expect(server.count('upload')).toBe(1);
  });

  it('waits for an index that is slow to list new files', async () => {
    server.hideUploads(2);
    const lists = server.count('simple');
    const { result, clock } = await run();
    expect(result.status).toBe('published');
    // The first look, then two polls that miss it and one that finds it, backing off 250, 500 ms.
    expect(server.count('simple') - lists).toBe(4);
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it('reports a file the index accepted but does not list as unverified, saying where it looked', async () => {
    server.hideUploads();
    const lists = server.count('simple');
    const { result, clock, log } = await run({ verifyTimeoutMs: 1200 });
    const listing = `${server.simpleUrl}${wheel.name}/`;
    expect(result).toEqual({
      status: 'unverified',
      files: [
        {
          filename: wheel.filename,
          sha256: (await digestsOf(wheel)).sha256,
          url: '',
          outcome: 'unverified',
          listing,
          answer: 'HTTP 404, the project is not on this simple API',
        },
      ],
    });
    // Never more than the timeout: the last wait is cut to end at it, then one last look.
    expect(clock.sleeps).toEqual([250, 500, 450]);
    expect(server.count('simple') - lists).toBe(5);
    expect(server.count('upload')).toBe(1);
    expect(log.lines).toContainEqual(
      `warning: ${wheel.filename} was uploaded to ${server.uploadUrl} but is not listed on ${listing} after 1 s; the index answered: HTTP 404, the project is not on this simple API`,
    );
  });

  it('says every few seconds what verification is waiting for, so a run never looks hung', async () => {
    server.hideUploads();
    const { result, clock, log } = await run({ verifyTimeoutMs: 12_000, progressEveryMs: 2000 });
    expect(result.status).toBe('unverified');
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000, 4000, 4250]);
    const waiting = log.lines.filter((l) => l.startsWith('still waiting'));
    expect(waiting).toEqual([
      `still waiting for ${wheel.filename} to be listed on ${server.simpleUrl}${wheel.name}/ (4 s of 12 s; the index answered: HTTP 404, the project is not on this simple API)`,
      `still waiting for ${wheel.filename} to be listed on ${server.simpleUrl}${wheel.name}/ (8 s of 12 s; the index answered: HTTP 404, the project is not on this simple API)`,
    ]);
  });
});
