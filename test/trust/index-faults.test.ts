import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Distribution, digestsOf, inspectDistribution } from '../../src/build/inspect.js';
import { indexKind } from '../../src/index/kinds/index.js';
import { type PublishResult, publish } from '../../src/index/publish.js';
import { RemoteIndex } from '../../src/index/remote.js';
import type { RetryPolicy } from '../../src/index/retry.js';
import { silentLog } from '../../src/log.js';
import { runAction } from '../support/action-run.js';
import { fakeClock } from '../support/clock.js';
import { IndexServer } from '../support/index-server.js';
import { buildWheel } from '../support/python.js';
import { expectNoSecrets } from '../support/secrets.js';

const USER = 'ci';
const PASSWORD = 'matrix-pw-4e1d';
/** Three retries, short waits: the matrix is about counts and outcomes, not waiting. */
const RETRY: RetryPolicy = { retries: 3, minDelayMs: 10, maxDelayMs: 50, maxRetryAfterMs: 2000 };

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done));
  const { port } = s.address() as { port: number };
  await new Promise((done) => s.close(done));
  return port;
}

interface Case {
  name: string;
  /** Puts the fault in place; `other` is a wheel of the same filename with other content. */
  arrange(
    server: IndexServer,
    ctx: { wheel: Distribution; other: Distribution },
  ): Promise<void> | void;
  /** Client options: a wrong password, a short timeout, an index that is not there. */
  client?: { password?: string; timeoutMs?: number; refused?: boolean; verifyTimeoutMs?: number };
  expect:
    | { outcome: 'uploaded' | 'already-present' | 'unverified' }
    | { error: RegExp; storedSha?: 'ours' | 'theirs' | 'none' };
  /** Upload requests (POSTs) the server saw; undefined where no server can count them. */
  uploads?: number;
  /**
   * Simple API reads (GETs of the project page): the first look, a re-check after each answer
   * that may have stored the file, and the verification polls.
   */
  lists?: number;
  /** The waits wheelrelay chose, in order (the clock is fake: nothing waits). */
  sleeps?: number[];
  /** File downloads: only to compare a copy stored under our name with other bytes. */
  downloads?: number;
}

/** Stores `dist` on the server as another run would have, hidden from the next listing. */
async function storedByAnotherRun(server: IndexServer, dist: Distribution): Promise<void> {
  // Our first listing misses it, as if the other run stored it just after we looked.
  server.hideUploads(1);
  const other = client(server.uploadUrl, server.simpleUrl, {});
  try {
    expect((await other.store(dist)).outcome).toBe('stored');
  } finally {
    await other.close();
    server.hideUploads(0);
  }
}

function client(
  uploadUrl: string,
  simpleUrl: string,
  opts: { password?: string; timeoutMs?: number },
): RemoteIndex {
  return new RemoteIndex({
    // The server answers re-uploads as PyPI does (200 for the same bytes), which pypiserver never
    // does: generic, whose listing comes first (test/e2e/upload-first.test.ts has pypiserver's way).
    kind: indexKind('generic'),
    uploadUrl,
    simpleUrl,
    credentials: { username: USER, password: opts.password ?? PASSWORD },
    retry: RETRY,
    timeoutMs: opts.timeoutMs ?? 5000,
  });
}

const CASES: Case[] = [
  {
    name: 'connection refused',
    arrange: () => {},
    client: { refused: true },
    expect: { error: /ECONNREFUSED/, storedSha: 'none' },
  },
  {
    name: 'reset mid-upload (nothing stored)',
    arrange: (s) => s.inject({ on: 'upload', reset: 'mid-body' }),
    expect: { outcome: 'uploaded' },
    uploads: 2,
    lists: 3,
  },
  {
    name: 'reset after the server stored the file',
    arrange: (s) => s.inject({ on: 'upload', reset: 'after-store' }),
    expect: { outcome: 'uploaded' },
    uploads: 1,
    // The re-check finds it listed with our sha256: that is its verification.
    lists: 2,
  },
  {
    name: 'timeout (answer slower than the client waits)',
    arrange: (s) => s.inject({ on: 'upload', delayMs: 1500 }),
    client: { timeoutMs: 400 },
    expect: { outcome: 'uploaded' },
    uploads: 2,
    lists: 3,
  },
  {
    name: '500 on every attempt',
    arrange: (s) => s.inject({ on: 'upload', status: 500, times: 10 }),
    expect: { error: /failed after 4 attempts \(last: HTTP 500/, storedSha: 'none' },
    uploads: 4,
    lists: 5,
  },
  {
    name: '502 twice',
    arrange: (s) => s.inject({ on: 'upload', status: 502, times: 2 }),
    expect: { outcome: 'uploaded' },
    uploads: 3,
    lists: 4,
  },
  {
    name: '503 twice',
    arrange: (s) => s.inject({ on: 'upload', status: 503, times: 2 }),
    expect: { outcome: 'uploaded' },
    uploads: 3,
    lists: 4,
  },
  {
    name: '429 with Retry-After',
    arrange: (s) => s.inject({ on: 'upload', status: 429, retryAfter: 1 }),
    expect: { outcome: 'uploaded' },
    uploads: 2,
    lists: 2,
    sleeps: [1000],
  },
  {
    name: '401 (wrong password)',
    arrange: () => {},
    client: { password: 'not-the-password' },
    expect: { error: /HTTP 401/, storedSha: 'none' },
    uploads: 1,
    lists: 1,
  },
  {
    name: '403 (may not upload)',
    arrange: (s) => s.inject({ on: 'upload', status: 403, body: 'Forbidden' }),
    expect: { error: /refused \(HTTP 403: Forbidden\)/, storedSha: 'none' },
    uploads: 1,
    lists: 1,
  },
  {
    name: '400 "File already exists", same content',
    // PyPI itself answers 200 to identical bytes; Artifactory, Nexus and proxies say 400.
    arrange: async (s, { wheel }) => {
      await storedByAnotherRun(s, wheel);
      s.inject({ on: 'upload', status: 400, body: 'File already exists' });
    },
    expect: { outcome: 'already-present' },
    uploads: 1,
    lists: 2,
  },
  {
    name: '400 "File already exists", other content',
    arrange: (s, { other }) => storedByAnotherRun(s, other),
    expect: {
      error:
        /other content in relay_matrix_\d+\/__init__\.py\): already on .* with other content; nothing was overwritten/,
      storedSha: 'theirs',
    },
    uploads: 1,
    lists: 2,
    // Other bytes under our name: the index's copy is downloaded once, to compare contents.
    downloads: 1,
  },
  {
    name: 'accepts the upload but never lists it',
    arrange: (s) => s.hideUploads(),
    client: { verifyTimeoutMs: 800 },
    expect: { outcome: 'unverified' },
    uploads: 1,
    // The first look, then polls at 0, 250 and 750 ms, and a last one at the 800 ms deadline.
    lists: 5,
    sleeps: [250, 500, 50],
  },
];

describe('index fault matrix', () => {
  let server: IndexServer;
  let work: string;
  let wheel: Distribution;
  let other: Distribution;
  let ours: string;
  let theirs: string;
  const name = 'relay-matrix-1';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-matrix-'));
    // The build is not what a row is about: one wheel and a second build of it with other
    // content, made once for the whole matrix; each row gets an index of its own instead.
    wheel = await inspectDistribution(
      await buildWheel({ name, version: '1.0.0' }, join(work, 'ours')),
    );
    other = await inspectDistribution(
      await buildWheel({ name, version: '1.0.0', message: 'other' }, join(work, 'theirs')),
    );
    expect(other.filename).toBe(wheel.filename);
    ours = (await digestsOf(wheel)).sha256;
    theirs = (await digestsOf(other)).sha256;
    expect(theirs).not.toBe(ours);
  });
  beforeEach(async () => {
    server = new IndexServer({ users: { [USER]: PASSWORD } });
    await server.start();
  });
  afterEach(() => server.stop());
  afterAll(() => rm(work, { recursive: true, force: true }));

  it.each(CASES)('$name', async (c) => {
    await c.arrange(server, { wheel, other });
    const uploadsBefore = server.count('upload');
    const listsBefore = server.count('simple');
    const downloadsBefore = server.count('file');
    const base = c.client?.refused ? `http://127.0.0.1:${await closedPort()}/` : undefined;
    const index = client(base ?? server.uploadUrl, base ? `${base}simple/` : server.simpleUrl, {
      password: c.client?.password,
      timeoutMs: c.client?.timeoutMs,
    });
    let result: PublishResult | undefined;
    let error: Error | undefined;
    const clock = fakeClock();
    try {
      result = await publish([wheel], index, {
        retry: RETRY,
        verifyTimeoutMs: c.client?.verifyTimeoutMs ?? 3000,
        log: silentLog,
        clock,
      });
    } catch (err) {
      error = err as Error;
    } finally {
      await index.close();
    }

    const stored = server.files(name);
    if ('outcome' in c.expect) {
      expect(error).toBeUndefined();
      expect(result).toMatchObject({
        status: c.expect.outcome === 'unverified' ? 'unverified' : 'published',
        files: [{ filename: wheel.filename, sha256: ours, outcome: c.expect.outcome }],
      });
    } else {
      expect(result).toBeUndefined();
      expect(error?.message).toMatch(c.expect.error);
      const want = { ours: [ours], theirs: [theirs], none: [] }[c.expect.storedSha ?? 'none'];
      expect(stored.map((f) => f.sha256)).toEqual(want);
    }
    if (c.uploads !== undefined) expect(server.count('upload') - uploadsBefore).toBe(c.uploads);
    if (c.lists !== undefined) expect(server.count('simple') - listsBefore).toBe(c.lists);
    if (c.sleeps !== undefined) expect(clock.sleeps).toEqual(c.sleeps);
    // The JSON pages carry sha256: no row downloads a file to learn its digest.
    expect(server.count('file') - downloadsBefore).toBe(c.downloads ?? 0);

    // The invariant of every row: what is reported as published is on the index, listed, with
    // exactly that sha256; and a file is never stored twice or replaced.
    for (const f of result?.status === 'published' ? result.files : []) {
      expect(stored).toContainEqual(
        expect.objectContaining({ filename: f.filename, sha256: f.sha256, listed: true }),
      );
      expect(f.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.whl/);
    }
    expect(stored.length).toBeLessThanOrEqual(1);
  });
});

describe('index faults through the bundled action', () => {
  let server: IndexServer;
  let work: string;
  let dist: string;
  const name = 'relay-action-matrix';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-action-matrix-'));
    dist = join(work, 'dist');
    // The faults are the point, not the build: one wheel, built once, handed to every run as a
    // matrix build's artifacts are (dist-dir). test/e2e/publish-action.test.ts builds from source.
    await buildWheel({ name, version: '1.0.0' }, dist);
  });
  beforeEach(async () => {
    server = new IndexServer({
      users: { [USER]: PASSWORD },
      echoCredentialsInErrors: true,
      existing: 'pypiserver',
    });
    await server.start();
  });
  afterEach(() => server.stop());
  afterAll(() => rm(work, { recursive: true, force: true }));

  const ROWS: Array<{
    name: string;
    arrange: (s: IndexServer) => void;
    password?: string;
    /** Point the run at a port nothing listens on. */
    refused?: boolean;
    exitCode: number;
    published?: string;
    outcome?: string;
    message?: RegExp;
  }> = [
    {
      name: '503 twice, then accepted',
      arrange: (s) => s.inject({ on: 'upload', status: 503, times: 2 }),
      exitCode: 0,
      published: 'true',
      outcome: 'uploaded',
    },
    {
      name: 'wrong password',
      arrange: () => {},
      password: 'wrong-pw-9c3b',
      exitCode: 1,
      message: /HTTP 401/,
    },
    {
      name: 'connection refused',
      arrange: () => {},
      refused: true,
      exitCode: 1,
      message: /ECONNREFUSED/,
    },
    {
      name: 'accepted, never listed',
      arrange: (s) => s.hideUploads(),
      exitCode: 1,
      published: 'false',
      outcome: 'unverified',
      message:
        /::error::uploaded but not verified: relay_action_matrix-1\.0\.0-py3-none-any\.whl \(looked for on http:\/\/127\.0\.0\.1:\d+\/simple\/relay-action-matrix\/; the index answered: HTTP 404, the project is not on this simple API\)/,
    },
  ];

  it.each(ROWS)('$name', async (row) => {
    row.arrange(server);
    const run = await runAction({
      workspace: work,
      inputs: {
        'index-url': row.refused ? `http://127.0.0.1:${await closedPort()}/` : server.url,
        'index-type': 'pypiserver',
        username: USER,
        password: row.password ?? PASSWORD,
        'dist-dir': dist,
        'verify-timeout': '1',
        retries: '3',
      },
      // runAction checks every output for PASSWORD and the wrong password alike.
      secrets: [{ user: USER, secret: PASSWORD }],
    });
    expect(run.exitCode).toBe(row.exitCode);
    // Said here as well as inside runAction: no form of either password in anything it printed.
    expectNoSecrets(run.everything(), [
      { user: USER, secret: PASSWORD },
      ...(row.password ? [{ user: USER, secret: row.password }] : []),
    ]);
    if (row.outcome === 'unverified') {
      // Uploaded, never listed: not published, and said so per file, with where it looked.
      expect(run.outputs.published).toBe('false');
      const files = JSON.parse(run.outputs.files ?? '[]');
      expect(files).toMatchObject([
        { outcome: 'unverified', listing: `${server.simpleUrl}${name}/`, url: '' },
      ]);
      expect(server.files(name).map((f) => [f.sha256, f.listed])).toEqual([
        [files[0].sha256, false],
      ]);
      expect(run.stdout).toMatch(row.message ?? /./);
      expect(run.summary).toContain('| unverified (not listed on');
      expect(run.outputs['pull-requests']).toBe('[]');
    } else if (row.published) {
      expect(run.outputs.published).toBe(row.published);
      const files = JSON.parse(run.outputs.files ?? '[]') as Array<{ sha256: string }>;
      expect(files).toMatchObject([{ outcome: row.outcome }]);
      // What the outputs call published is on the index with that sha256, listed.
      const stored = server.files(name);
      expect(stored.map((f) => [f.sha256, f.listed])).toEqual(files.map((f) => [f.sha256, true]));
    } else {
      // A failed run never says it published, and names no file as published.
      expect(run.outputs.published).toBe('false');
      expect(run.outputs.files).toBeUndefined();
      expect(run.stdout).toMatch(/^::error/m);
      expect(run.stdout).toMatch(row.message ?? /./);
    }
  });
});
