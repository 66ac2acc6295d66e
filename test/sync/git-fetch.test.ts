import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execRunner, type Runner } from '../../src/build/runner.js';
import { sourceDateEpoch } from '../../src/build/source-date.js';
import { silentLog } from '../../src/log.js';
import { FetchError, fetchCommit, gitEnvironment } from '../../src/sync/git-fetch.js';
import { git } from '../support/python.js';
import { recordingRunner } from '../support/runner.js';
import { makeRepo, type TestRepo } from './git-repos.js';

describe('fetchCommit: exactly one commit, shallow, from a real repository', () => {
  let repo: TestRepo;
  const dirs: string[] = [];
  const fresh = async () => {
    const d = await mkdtemp(join(tmpdir(), 'wr-fetch-'));
    dirs.push(d);
    return join(d, 'src');
  };

  beforeAll(async () => {
    repo = await makeRepo([
      { name: 'fetch-probe', version: '1.0.0', tag: 'v1.0.0', annotated: true },
      { name: 'fetch-probe', version: '1.1.0', tag: 'v1.1.0' },
      { name: 'fetch-probe', version: '1.2.0' },
      { name: 'fetch-probe', version: '2.0.0.dev1', branch: 'next' },
    ]);
  });
  afterAll(async () => {
    await repo.cleanup();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  const fetch = async (ref: string | undefined, run: Runner = execRunner) => {
    const dir = await fresh();
    const got = await fetchCommit(
      { url: repo.url, ref, dir, env: gitEnvironment(repo.url, {}) },
      run,
      silentLog,
    );
    const version = /version = "([^"]+)"/.exec(
      await readFile(join(dir, 'pyproject.toml'), 'utf8'),
    )?.[1];
    return { ...got, dir, version };
  };

  it('checks out an annotated tag at depth 1 and keeps the tag for version tools', async () => {
    const got = await fetch('v1.0.0');
    expect(got.commit).toBe(repo.shas[0]);
    expect(got.version).toBe('1.0.0');
    expect(await git(got.dir, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(await git(got.dir, 'describe', '--tags')).toBe('v1.0.0');
    // A shallow checkout still knows its commit's time, which every build gets as SOURCE_DATE_EPOCH.
    const date = await sourceDateEpoch(got.dir, {}, execRunner, silentLog);
    expect(date).toEqual({
      value: await git(got.dir, 'log', '-1', '--format=%ct', repo.shas[0] ?? ''),
      from: 'commit',
    });
  });

  it('checks out a full commit id, a branch, and the default branch', async () => {
    expect((await fetch(repo.shas[1])).version).toBe('1.1.0');
    expect((await fetch('next')).commit).toBe(repo.shas[3]);
    expect((await fetch(undefined)).commit).toBe(repo.shas[2]);
  });

  it('finds an abbreviated commit id by fetching branches and tags, since it cannot be fetched by itself', async () => {
    const rec = recordingRunner();
    const got = await fetch(repo.shas[1]?.slice(0, 8), rec.run);
    expect(got.commit).toBe(repo.shas[1]);
    expect(got.version).toBe('1.1.0');
    expect(rec.calls.filter((c) => c.args[0] === 'fetch')).toHaveLength(2);
  });

  it('fails with reason bad-ref for a tag, branch or commit that does not exist', async () => {
    for (const ref of ['v9.9.9', 'deadbeefdeadbeef']) {
      const err = await fetch(ref).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect((err as FetchError).reason).toBe('bad-ref');
      expect((err as FetchError).message).toContain(ref);
    }
  });

  it('checks out submodules too, as pip does', async () => {
    const sub = await makeRepo([{ name: 'fetch-vendored', version: '0.1.0' }]);
    const parent = await mkdtemp(join(tmpdir(), 'wr-parent-'));
    dirs.push(parent);
    try {
      await git(parent, 'init', '-q', '-b', 'main');
      await git(
        parent,
        '-c',
        'protocol.file.allow=always',
        'submodule',
        'add',
        '-q',
        sub.url,
        'vendor',
      );
      await git(
        parent,
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@e',
        'commit',
        '-q',
        '-m',
        'with a submodule',
      );
      const url = `file://${parent}`;
      const dir = await fresh();
      await fetchCommit({ url, dir, env: gitEnvironment(url, {}) }, execRunner, silentLog);
      expect(await readFile(join(dir, 'vendor', 'pyproject.toml'), 'utf8')).toContain(
        'fetch-vendored',
      );
    } finally {
      await sub.cleanup();
    }
  });

  it('refuses a ref that git would read as an option', async () => {
    const rec = recordingRunner();
    const err = await fetch('--upload-pack=touch /tmp/pwned', rec.run).catch((e: unknown) => e);
    expect((err as FetchError).reason).toBe('bad-ref');
    expect(rec.calls).toEqual([]);
  });

  it('fails with reason no-access for a repository that is not there', async () => {
    const dir = await fresh();
    const url = `${repo.url}-missing`;
    const err = await fetchCommit(
      { url, ref: 'v1.0.0', dir, env: gitEnvironment(url, {}) },
      execRunner,
      silentLog,
    ).catch((e: unknown) => e);
    expect((err as FetchError).reason).toBe('no-access');
    expect((err as FetchError).hint).toContain('git-token');
  });
});

describe('fetchCommit against a git server that never answers', () => {
  let tarpit: Server;
  const held: Socket[] = [];
  beforeAll(async () => {
    // Accepts connections and says nothing, ever: git has no timeout of its own for this.
    tarpit = createServer((socket) => held.push(socket));
    tarpit.listen(0, '127.0.0.1');
    await once(tarpit, 'listening');
  });
  afterAll(async () => {
    for (const s of held) s.destroy();
    await new Promise((done) => tarpit.close(done));
  });

  it('kills git at the deadline and fails the fetch, saying after how long', async () => {
    const { port } = tarpit.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/org/slow.git`;
    const dir = await mkdtemp(join(tmpdir(), 'wr-fetch-'));
    try {
      const err = await fetchCommit(
        { url, ref: 'v1.0.0', dir: join(dir, 'src'), env: gitEnvironment(url, {}), timeoutMs: 500 },
        execRunner,
        silentLog,
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect((err as FetchError).reason).toBe('fetch-failed');
      expect((err as FetchError).message).toBe(`${url}@v1.0.0: git fetch was killed after 0.5 s`);
      expect((err as FetchError).hint).toContain('`timeout`');
      expect(held.length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('gitEnvironment', () => {
  const header = `Authorization: Basic ${Buffer.from('x-access-token:ghs_tok').toString('base64')}`;

  it('passes a token as an extra header scoped to the repository URL, with redirects off, in the environment only', () => {
    const env = gitEnvironment(
      'https://github.com/org/private.git',
      {
        auth: { token: 'ghs_tok', hosts: ['github.com'] },
      },
      { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.x', GIT_CONFIG_VALUE_0: 'y' },
    );
    expect(env.GIT_CONFIG_COUNT).toBe('3');
    expect(env.GIT_CONFIG_KEY_0).toBe('core.x');
    expect(env.GIT_CONFIG_KEY_1).toBe('http.https://github.com/org/private.git.extraHeader');
    expect(env.GIT_CONFIG_VALUE_1).toBe(header);
    expect([env.GIT_CONFIG_KEY_2, env.GIT_CONFIG_VALUE_2]).toEqual([
      'http.followRedirects',
      'false',
    ]);
    expect(env.GIT_TERMINAL_PROMPT).toBe('0');
  });

  it('scopes credentials from the URL the same way, without query or fragment', () => {
    const env = gitEnvironment(
      'https://git.example/team/lib.git?x=1#frag',
      { credentials: { username: 'x-access-token', password: 'ghs_tok' } },
      {},
    );
    expect(env.GIT_CONFIG_KEY_0).toBe('http.https://git.example/team/lib.git.extraHeader');
    expect(env.GIT_CONFIG_VALUE_0).toBe(header);
    expect(env.GIT_CONFIG_KEY_1).toBe('http.followRedirects');
  });

  it('sends no token to other hosts, and leaves redirects alone for a fetch without one', () => {
    const env = gitEnvironment(
      'https://gitlab.com/org/lib.git',
      { auth: { token: 'ghs_tok', hosts: ['github.com'] } },
      {},
    );
    expect(env.GIT_CONFIG_COUNT).toBeUndefined();
    expect(JSON.stringify(env)).not.toContain('Authorization');
  });

  it('never attaches a token or URL credentials to a plain http: URL', () => {
    for (const opts of [
      { auth: { token: 'ghs_tok', hosts: ['github.com'] } },
      { credentials: { username: 'x-access-token', password: 'ghs_tok' } },
    ]) {
      const env = gitEnvironment('http://github.com/org/private.git', opts, {});
      expect(env.GIT_CONFIG_COUNT).toBeUndefined();
      expect(JSON.stringify(env)).not.toContain('Authorization');
    }
  });
});
