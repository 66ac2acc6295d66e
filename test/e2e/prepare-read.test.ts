/**
 * While an index works on an upload, the main thread has nothing to do but wait: an upload to
 * an index whose project pages are HTML (pypiserver's are, whatever is asked for) loads the
 * HTML parser then, for the verifying read that follows. These tests watch that loading
 * (`loadHtmlParser`, wrapped by a spy) against an upload answer held back by the test index:
 * it happens during the wait, for pypiserver, and not for an index known to answer PEP 691
 * JSON, whatever its kind said before its first page was read.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Distribution, inspectDistribution } from '../../src/build/inspect.js';
import { indexKind } from '../../src/index/kinds/index.js';
import { RemoteIndex } from '../../src/index/remote.js';
import { loadHtmlParser } from '../../src/index/simple.js';
import { ROOT } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { PYTHON } from '../support/python.js';

vi.mock('../../src/index/simple.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/index/simple.js')>();
  return { ...real, loadHtmlParser: vi.fn(real.loadHtmlParser) };
});

const exec = promisify(execFile);
const USER = 'ci';
const PASSWORD = 'prepare-read-pw-5';
const HELD_MS = 400;

describe('an upload loads the HTML parser while the index answers it', () => {
  let work: string;
  let wheel: Distribution;
  let next: Distribution;
  let server: IndexServer | undefined;
  let client: RemoteIndex | undefined;
  const load = vi.mocked(loadHtmlParser);

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-prepare-read-'));
    const make = async (version: string) => {
      const dir = join(work, version);
      await exec(PYTHON, [
        resolve(ROOT, 'bench/make-wheel.py'),
        dir,
        'relay-prep',
        version,
        '4000',
      ]);
      return inspectDistribution(join(dir, `relay_prep-${version}-py3-none-any.whl`));
    };
    wheel = await make('1.0.0');
    next = await make('1.0.1');
  });
  beforeEach(() => load.mockClear());
  async function shut() {
    await client?.close();
    await server?.stop();
    client = undefined;
    server = undefined;
  }
  afterEach(shut);
  afterAll(() => rm(work, { recursive: true, force: true }));

  async function open(type: 'pypiserver' | 'devpi' | 'generic', pep691: boolean) {
    await shut();
    server = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver', pep691 });
    await server.start();
    client = new RemoteIndex({
      kind: indexKind(type),
      uploadUrl: server.uploadUrl,
      simpleUrl: server.simpleUrl,
      credentials: { username: USER, password: PASSWORD },
      retry: { retries: 0, minDelayMs: 10, maxDelayMs: 10, maxRetryAfterMs: 10 },
      timeoutMs: 10_000,
    });
    return { server, client };
  }

  /** Stores a wheel with its answer held back; whether the parser loaded before the answer. */
  async function storeHeld(index: RemoteIndex, on: IndexServer, dist = wheel): Promise<boolean> {
    on.inject({ on: 'upload', delayMs: HELD_MS });
    let answered = false;
    const stored = index.store(dist).finally(() => {
      answered = true;
    });
    const loadedFirst = await vi
      .waitFor(() => expect(load).toHaveBeenCalled(), { timeout: HELD_MS / 2, interval: 5 })
      .then(
        () => !answered,
        () => false,
      );
    expect(await stored).toEqual({ outcome: 'stored' });
    return loadedFirst;
  }

  it('pypiserver: during the wait for the upload answer, before any page is read', async () => {
    const { server, client } = await open('pypiserver', false);
    expect(await storeHeld(client, server)).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    // The verifying read then parses HTML with the module already loaded.
    expect((await client.listProject('relay-prep'))?.map((f) => f.filename)).toEqual([
      wheel.filename,
    ]);
  });

  it('not for a kind whose pages may be JSON (devpi, generic)', async () => {
    for (const type of ['devpi', 'generic'] as const) {
      const { server, client } = await open(type, true);
      expect(await storeHeld(client, server)).toBe(false);
      expect(load).not.toHaveBeenCalled();
    }
  });

  it('a page read says what the next will be: JSON from a server told pypiserver stops it', async () => {
    const { server, client } = await open('pypiserver', true);
    expect(await client.store(wheel)).toEqual({ outcome: 'stored' });
    // A project page in PEP 691 JSON: the index answers JSON, whatever its kind said.
    expect((await client.listProject('relay-prep'))?.length).toBe(1);
    load.mockClear();
    expect(await storeHeld(client, server, next)).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });
});
