/**
 * One small file on an index that refuses every re-upload (pypiserver) is uploaded before the
 * listing is read: the refusal says when to read it. These tests check the outcomes are the
 * ones the listing-first order gives, with one request fewer for a new release, and that the
 * listing still comes first wherever it must (large files, several files, other kinds).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Distribution, digestsOf, inspectDistribution } from '../../src/build/inspect.js';
import { indexKind } from '../../src/index/kinds/index.js';
import { publish, UPLOAD_FIRST_MAX_BYTES } from '../../src/index/publish.js';
import { RemoteIndex } from '../../src/index/remote.js';
import type { RetryPolicy } from '../../src/index/retry.js';
import { fakeClock } from '../support/clock.js';
import { IndexServer } from '../support/index-server.js';
import { recordingLog } from '../support/log.js';
import { buildWheel, offlineBuildEnv, PYTHON, writePackage } from '../support/python.js';

const exec = promisify(execFile);
const USER = 'ci';
const PASSWORD = 'upload-first-pw-1';
const retry: RetryPolicy = { retries: 2, minDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 2000 };

describe('a small file on pypiserver is uploaded before the listing is read', () => {
  let server: IndexServer;
  let work: string;
  /** One release and a second build of it with other content. */
  let wheel: Distribution;
  let other: Distribution;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-upload-first-'));
    // The build is not what these tests are about: two builds for the file, and a fresh test
    // index per test, so no test sees another's files.
    wheel = await inspectDistribution(
      await buildWheel(
        { name: 'relay-first', version: '1.0.0', message: 'one' },
        join(work, 'one'),
      ),
    );
    other = await inspectDistribution(
      await buildWheel(
        { name: 'relay-first', version: '1.0.0', message: 'two' },
        join(work, 'two'),
      ),
    );
  });
  beforeEach(async () => {
    server = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
    await server.start();
  });
  afterEach(() => server.stop());
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** Publishes `dists` with `type`; returns the result and the routes of the requests it made. */
  async function run(dists: Distribution[], type: 'pypiserver' | 'generic' = 'pypiserver') {
    server.reset();
    const log = recordingLog();
    const client = new RemoteIndex({
      kind: indexKind(type),
      uploadUrl: server.uploadUrl,
      simpleUrl: server.simpleUrl,
      credentials: { username: USER, password: PASSWORD },
      retry,
      timeoutMs: 5000,
    });
    try {
      const result = await publish(dists, client, {
        retry,
        verifyTimeoutMs: 3000,
        log,
        clock: fakeClock(),
      });
      const routes = server.requests.map((r) => `${r.route} ${r.status}`);
      return { result, routes, log };
    } finally {
      await client.close();
    }
  }

  it('publishes a new release with one upload and one read (the verification)', async () => {
    const { result, routes } = await run([wheel]);
    expect(result).toMatchObject({
      status: 'published',
      files: [{ outcome: 'uploaded', sha256: (await digestsOf(wheel)).sha256 }],
    });
    expect(routes).toEqual(['upload 200', 'simple 200']);
  });

  it('on a re-run, reads the listing only after the refusal, and reports already-present', async () => {
    expect((await run([wheel])).result.status).toBe('published');
    const { result, routes, log } = await run([wheel]);
    expect(result).toMatchObject({
      status: 'published',
      files: [{ outcome: 'already-present', sha256: (await digestsOf(wheel)).sha256 }],
    });
    expect(routes).toEqual(['upload 409', 'simple 200']);
    expect(log.lines.some((l) => l.includes('already on') && l.includes('same sha256'))).toBe(true);
    // A re-run is no race: nothing says someone else stored it.
    expect(log.lines.some((l) => l.includes('stored by someone else'))).toBe(false);
    expect(server.files('relay-first')).toHaveLength(1);
  });

  it('reports a name taken by other content as a conflict, as the listing-first order does', async () => {
    expect((await run([wheel])).result.status).toBe('published');
    const { result, routes } = await run([other]);
    expect(result).toMatchObject({
      status: 'conflict',
      conflicts: [
        {
          filename: other.filename,
          ours: (await digestsOf(other)).sha256,
          theirs: (await digestsOf(wheel)).sha256,
        },
      ],
    });
    // Refused, then read, then the index's copy fetched to compare contents.
    expect(routes).toEqual(['upload 409', 'simple 200', 'file 200']);
    expect(server.files('relay-first').map((f) => f.sha256)).toEqual([
      (await digestsOf(wheel)).sha256,
    ]);
  });

  it('retries a 503 and a reset after the store as before: re-checks, never stores twice', async () => {
    server.reset();
    server.inject({ on: 'upload', status: 503 });
    server.inject({ on: 'upload', reset: 'after-store' });
    // run() resets the server, which would drop the faults: publish directly.
    const log = recordingLog();
    const client = new RemoteIndex({
      kind: indexKind('pypiserver'),
      uploadUrl: server.uploadUrl,
      simpleUrl: server.simpleUrl,
      credentials: { username: USER, password: PASSWORD },
      retry,
      timeoutMs: 5000,
    });
    try {
      const result = await publish([wheel], client, {
        retry,
        verifyTimeoutMs: 3000,
        log,
        clock: fakeClock(),
      });
      expect(result).toMatchObject({ status: 'published', files: [{ outcome: 'uploaded' }] });
    } finally {
      await client.close();
    }
    // 503 (a gateway error may come after a store: re-checked), then the reset after the store
    // (re-checked: listed with our sha256, which verifies it).
    expect(server.requests.map((r) => `${r.route} ${r.status}`)).toEqual([
      'upload 503',
      'simple 404',
      'upload 0',
      'simple 200',
    ]);
    expect(server.files('relay-first')).toHaveLength(1);
  });

  it('a dry run reads the listing and uploads nothing', async () => {
    server.reset();
    const client = new RemoteIndex({
      kind: indexKind('pypiserver'),
      uploadUrl: server.uploadUrl,
      simpleUrl: server.simpleUrl,
      credentials: { username: USER, password: PASSWORD },
      retry,
      timeoutMs: 5000,
    });
    try {
      const result = await publish([wheel], client, {
        retry,
        verifyTimeoutMs: 3000,
        log: recordingLog(),
        clock: fakeClock(),
        dryRun: true,
      });
      expect(result).toMatchObject({ status: 'dry-run', files: [{ outcome: 'would-upload' }] });
    } finally {
      await client.close();
    }
    expect(server.requests.map((r) => `${r.route} ${r.status}`)).toEqual(['simple 404']);
    expect(server.files('relay-first')).toEqual([]);
  });

  it('reads the listing first for a file larger than the limit', async () => {
    const dir = join(work, 'large');
    const { stdout } = await exec(PYTHON, [
      resolve(import.meta.dirname, '../../bench/make-wheel.py'),
      dir,
      'relay-first-large',
      '1.0.0',
      String(UPLOAD_FIRST_MAX_BYTES + 1),
    ]);
    const large = await inspectDistribution(stdout.trim());
    expect(large.size).toBeGreaterThan(UPLOAD_FIRST_MAX_BYTES);
    const { result, routes } = await run([large]);
    expect(result.status).toBe('published');
    expect(routes).toEqual(['simple 404', 'upload 200', 'simple 200']);
  });

  it('reads the listing first for several files, so a conflict on one uploads none', async () => {
    const src = join(work, 'pair-src');
    const out = join(work, 'pair');
    await writePackage(src, { name: 'relay-first-pair', version: '1.0.0' });
    await exec(PYTHON, ['-m', 'build', '--no-isolation', '--outdir', out, src], {
      env: offlineBuildEnv(),
    });
    const dists = await Promise.all(
      (await readdir(out)).sort().map((f) => inspectDistribution(join(out, f))),
    );
    expect(dists.map((d) => d.kind).sort()).toEqual(['sdist', 'wheel']);
    const { result, routes } = await run(dists);
    expect(result.status).toBe('published');
    expect(routes).toEqual(['simple 404', 'upload 200', 'upload 200', 'simple 200']);
  });

  it('reads the listing first on an index kind that may overwrite (generic)', async () => {
    const { result, routes } = await run([wheel], 'generic');
    expect(result.status).toBe('published');
    expect(routes).toEqual(['simple 404', 'upload 200', 'simple 200']);
  });
});
