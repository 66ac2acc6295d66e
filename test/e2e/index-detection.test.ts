import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Distribution, inspectDistribution } from '../../src/build/inspect.js';
import { kindFromHeaders } from '../../src/index/kinds/detect.js';
import { publish } from '../../src/index/publish.js';
import type { RemoteIndex } from '../../src/index/remote.js';
import { openIndex } from '../../src/index/target.js';
import type { Log } from '../../src/log.js';
import { readConfig } from '../../src/publish/config.js';
import { runAction } from '../support/action-run.js';
import { fakeClock } from '../support/clock.js';
import { IndexServer, type IndexServerOptions } from '../support/index-server.js';
import { recordingLog } from '../support/log.js';
import { buildWheel, offlineBuildEnv, PYTHON, packageRepo } from '../support/python.js';

const USER = 'ci';
const PASSWORD = 'detect-pw-71c';

describe('kindFromHeaders: what the first answer says about the server', () => {
  it.each([
    [
      'devpi 6.19 (as measured)',
      {
        'x-devpi-api-version': '2',
        'x-devpi-server-version': '6.19.1',
        'x-devpi-uuid': '45bd',
        server: 'waitress',
      },
      { type: 'devpi', evidence: 'X-Devpi-Server-Version: 6.19.1' },
    ],
    [
      'devpi without a version header',
      { 'x-devpi-uuid': '45bd' },
      { type: 'devpi', evidence: 'X-Devpi-Uuid: 45bd' },
    ],
    [
      'Artifactory',
      { 'x-artifactory-id': '2f0c1e', server: 'Artifactory/7.77.3' },
      { type: 'artifactory', evidence: 'X-Artifactory-Id: 2f0c1e' },
    ],
    [
      'Nexus',
      { server: 'Nexus/3.70.1-02 (OSS)' },
      { type: 'nexus', evidence: 'Server: Nexus/3.70.1-02 (OSS)' },
    ],
  ])('%s', (_name, headers, want) => {
    expect(kindFromHeaders(headers)).toEqual(want);
  });

  it.each([
    ['pypiserver 2.4.1 (as measured: only its WSGI server names itself)', { server: 'waitress' }],
    ['nginx in front of anything', { server: 'nginx/1.25.3' }],
    ['nothing at all', {}],
  ])('says nothing for %s', (_name, headers) => {
    expect(kindFromHeaders(headers)).toBeUndefined();
  });
});

describe('an index whose kind nobody named is read from its first answer', () => {
  let work: string;
  let n = 0;
  const servers: IndexServer[] = [];
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-detect-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.stop();
  });

  async function server(opts: IndexServerOptions): Promise<IndexServer> {
    const s = new IndexServer({ users: { [USER]: PASSWORD }, ...opts });
    servers.push(s);
    await s.start();
    return s;
  }

  async function wheel(): Promise<Distribution> {
    n++;
    return inspectDistribution(
      await buildWheel({ name: `relay-detect-${n}`, version: '1.0.0' }, join(work, String(n))),
    );
  }

  /** The index exactly as a run with these inputs opens it. */
  async function open(inputs: Record<string, string>, log: Log): Promise<RemoteIndex> {
    const cfg = readConfig(
      { get: (name) => ({ username: USER, password: PASSWORD, ...inputs })[name] },
      {},
      work,
    );
    return (await openIndex(cfg.index, { ...cfg, log })) as RemoteIndex;
  }

  it('devpi at /<user>/<index>/: detected from X-Devpi-*, published and verified on +simple/', async () => {
    const devpi = await server({ devpi: true });
    const dist = await wheel();
    const log = recordingLog();
    const index = await open({ 'index-url': devpi.uploadUrl }, log);
    try {
      const result = await publish([dist], index, {
        retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
        verifyTimeoutMs: 5000,
        log,
        clock: fakeClock(),
      });
      expect(result).toMatchObject({ status: 'published', files: [{ outcome: 'uploaded' }] });
    } finally {
      await index.close();
    }
    expect(log.lines[0]).toBe(
      `index-type not given: detected devpi from the header X-Devpi-Server-Version: 6.19.1 of ${devpi.url}ci/cache/simple/${dist.name}/; simple API ${devpi.simpleUrl}`,
    );
    // One read at the generic place (the probe), then every read on devpi's +simple/.
    const reads = devpi.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(reads).toEqual([
      `/ci/cache/simple/${dist.name}/`,
      `/ci/cache/+simple/${dist.name}/`,
      `/ci/cache/+simple/${dist.name}/`,
    ]);
    expect(devpi.files(dist.name)).toHaveLength(1);
  });

  it('the +simple URL pip uses is devpi by its shape: no probe', async () => {
    const devpi = await server({ devpi: true });
    const log = recordingLog();
    const index = await open({ 'index-url': devpi.simpleUrl }, log);
    try {
      expect(await index.listProject('nothing')).toBeUndefined();
    } finally {
      await index.close();
    }
    expect(log.lines).toEqual([]);
    expect(devpi.requests.map((r) => r.path)).toEqual(['/ci/cache/+simple/nothing/']);
  });

  it('index-type given is never second-guessed', async () => {
    const devpi = await server({ devpi: true });
    const log = recordingLog();
    const index = await open({ 'index-url': devpi.uploadUrl, 'index-type': 'generic' }, log);
    try {
      expect(await index.listProject('nothing')).toBeUndefined();
      expect(await index.listProject('nothing')).toBeUndefined();
    } finally {
      await index.close();
    }
    expect(log.lines).toEqual([]);
    expect(devpi.requests.map((r) => r.path)).toEqual([
      '/ci/cache/simple/nothing/',
      '/ci/cache/simple/nothing/',
    ]);
  });

  it('a simple-url that was given is kept when the kind is detected', async () => {
    const devpi = await server({ devpi: true });
    const log = recordingLog();
    const simple = `${devpi.url}ci/cache/+simple/`;
    const index = await open({ 'index-url': devpi.uploadUrl, 'simple-url': simple }, log);
    try {
      await index.listProject('nothing');
      await index.listProject('nothing');
    } finally {
      await index.close();
    }
    expect(log.lines).toEqual([
      `index-type not given: detected devpi from the header X-Devpi-Server-Version: 6.19.1 of ${simple}nothing/; simple API ${simple}`,
    ]);
    expect(devpi.requests.map((r) => r.path)).toEqual([
      '/ci/cache/+simple/nothing/',
      '/ci/cache/+simple/nothing/',
    ]);
  });

  it('Artifactory behind a plain URL: detected, same URLs, no second read', async () => {
    const art = await server({ headers: { 'X-Artifactory-Id': 'b7e1' } });
    const log = recordingLog();
    const index = await open({ 'index-url': art.url }, log);
    try {
      await index.listProject('nothing');
    } finally {
      await index.close();
    }
    expect(log.lines).toEqual([
      `index-type not given: detected artifactory from the header X-Artifactory-Id: b7e1 of ${art.simpleUrl}nothing/; simple API ${art.simpleUrl}`,
    ]);
    expect(art.count('simple')).toBe(1);
  });

  it('an index that names nothing (pypiserver) stays generic, and the log says why', async () => {
    const plain = await server({ pep691: false });
    const log = recordingLog();
    const index = await open({ 'index-url': plain.url }, log);
    try {
      await index.listProject('nothing');
      await index.listProject('nothing');
    } finally {
      await index.close();
    }
    expect(log.lines).toEqual([
      `index-type not given: no header of ${plain.simpleUrl}nothing/ names devpi, Artifactory or Nexus, so the index is used as generic (simple API ${plain.simpleUrl}); pypiserver and other indexes with the simple API at <index-url>simple/ work so`,
    ]);
    expect(plain.count('simple')).toBe(2);
  });

  it('parallel first reads (sync) probe once and all use the detected URLs', async () => {
    const devpi = await server({ devpi: true });
    const log = recordingLog();
    const index = await open({ 'index-url': devpi.uploadUrl }, log);
    try {
      await Promise.all(['a', 'b', 'c', 'd'].map((p) => index.listProject(p)));
    } finally {
      await index.close();
    }
    const paths = devpi.requests.map((r) => r.path);
    expect(paths.filter((p) => p.startsWith('/ci/cache/simple/'))).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith('/ci/cache/+simple/')).sort()).toEqual(
      ['a', 'b', 'c', 'd'].map((p) => `/ci/cache/+simple/${p}/`),
    );
    expect(log.lines).toHaveLength(1);
  });

  it('an index that does not answer teaches nothing: the next read asks again', async () => {
    const devpi = await server({ devpi: true });
    const log = recordingLog();
    const cfg = readConfig(
      { get: (name) => ({ 'index-url': devpi.uploadUrl, retries: '0' })[name] },
      {},
      work,
    );
    const index = (await openIndex(cfg.index, { ...cfg, log })) as RemoteIndex;
    try {
      devpi.inject({ on: 'any', reset: 'before-body' });
      await expect(index.listProject('nothing')).rejects.toThrow(/read of .* failed/);
      expect(log.lines).toEqual([]);
      expect(await index.listProject('nothing')).toBeUndefined();
    } finally {
      await index.close();
    }
    expect(log.lines).toHaveLength(1);
    expect(devpi.requests.map((r) => r.path)).toEqual([
      '/ci/cache/simple/nothing/',
      '/ci/cache/simple/nothing/',
      '/ci/cache/+simple/nothing/',
    ]);
  });
});

describe('the bundled action, devpi without index-type', () => {
  const devpi = new IndexServer({ devpi: true, users: { [USER]: PASSWORD } });
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(() => devpi.start());
  afterAll(async () => {
    await devpi.stop();
    for (const c of cleanups) await c();
  });

  it('publishes and verifies, and the log says devpi was detected and from which header', async () => {
    const pkg = await packageRepo({ name: 'relay-devpi-auto', version: '0.4.0', tag: 'v0.4.0' });
    cleanups.push(pkg.cleanup);
    const run = await runAction({
      workspace: pkg.dir,
      ref: 'refs/tags/v0.4.0',
      env: offlineBuildEnv(),
      inputs: {
        'index-url': devpi.uploadUrl,
        username: USER,
        password: PASSWORD,
        python: PYTHON,
        'build-isolation': 'false',
        'verify-timeout': '10',
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.published).toBe('true');
    expect(JSON.parse(run.outputs.files ?? '[]')).toMatchObject([
      { outcome: 'uploaded', url: expect.stringMatching(/\/ci\/cache\/\+f\/relay_devpi_auto-/) },
    ]);
    expect(run.outputs['project-url']).toBe(`${devpi.simpleUrl}relay-devpi-auto/`);
    expect(run.stdout).toContain(
      'index-type not given: detected devpi from the header X-Devpi-Server-Version: 6.19.1',
    );
  });
});
