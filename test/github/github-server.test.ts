import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubServer } from '../support/github-server.js';

const run = promisify(execFile);
const TOKEN = 'ghp_ServerTest0123456789';

describe('the GitHub API test server', () => {
  const server = new GitHubServer({ tokens: { [TOKEN]: { login: 'bot' } } });
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.apiUrl}${path}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: responses are read field by field in the tests
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('stores repositories as real git objects: the same shas git computes', async () => {
    const files = {
      'requirements.txt': 'relay==1.0\n',
      'docs/a b.md': 'x\n',
      'docs/sub/z.txt': 'z',
      'docs-x.txt': 'sorting\n',
    };
    server.createRepo('acme/git', files);
    const dir = await mkdtemp(join(tmpdir(), 'wr-git-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        await mkdir(join(dir, path, '..'), { recursive: true });
        await writeFile(join(dir, path), text);
      }
      await run('git', ['init', '-q'], { cwd: dir });
      await run('git', ['add', '.'], { cwd: dir });
      const { stdout } = await run('git', ['write-tree'], { cwd: dir });
      expect(server.branch('acme/git', 'main')?.tree).toBe(stdout.trim());
      const sha = server.branch('acme/git', 'main')?.sha as string;
      const obj = server.store.get(sha);
      await writeFile(join(dir, 'commit'), obj?.body ?? '');
      const hashed = await run('git', ['hash-object', '-t', 'commit', 'commit'], { cwd: dir });
      expect(hashed.stdout.trim()).toBe(sha);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("records requests that depart from GitHub's OpenAPI description", async () => {
    server.createRepo('acme/v', { 'r.txt': 'x\n' });
    const before = server.violations.length;
    await call('POST', '/repos/acme/v/git/refs', { ref: 'refs/heads/x', sha: 42 });
    await call('POST', '/repos/acme/v/pulls', {
      head: 'x',
      base: 'main',
      title: 't',
      labels: ['nope'],
    });
    await call('GET', '/repos/acme/v/git/trees/main?recursive=1&depth=2');
    await call('GET', '/repos/acme/v/contents/r.txt');
    const found = server.violations.slice(before);
    expect(found).toEqual([
      expect.stringMatching(
        /^POST \/repos\/\{owner\}\/\{repo\}\/git\/refs: body: data\/sha must be string/,
      ),
      'POST /repos/{owner}/{repo}/pulls: body has unknown property labels',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}: unknown query parameter depth',
      "GET /repos/acme/v/contents/r.txt: wheelrelay's test server does not implement this call",
    ]);
  });

  it("records GraphQL that GitHub's schema rejects", async () => {
    const before = server.violations.length;
    const res = await call('POST', '/graphql', {
      query: '{ repository(owner: "acme", name: "v") { defaultBranch } }',
    });
    expect(res.body.errors[0].message).toMatch(
      /Cannot query field "defaultBranch" on type "Repository"/,
    );
    expect(server.violations.slice(before)).toHaveLength(1);
  });

  it('answers GraphQL with GitHub error types', async () => {
    const res = await call('POST', '/graphql', {
      query: '{ repository(owner: "acme", name: "gone") { id } }',
    });
    expect(res.body).toMatchObject({
      data: { repository: null },
      errors: [{ type: 'NOT_FOUND', path: ['repository'] }],
    });
  });

  it('refuses a bad token and counts requests per repository', async () => {
    const res = await fetch(`${server.apiUrl}/repos/acme/v/git/trees/main`, {
      headers: { authorization: 'token nope' },
    });
    expect(res.status).toBe(401);
    server.resetCounts();
    await call('GET', '/repos/acme/v/git/trees/main');
    expect(server.count({ repo: 'acme/v' })).toBe(1);
    expect(server.requests[0]).toMatchObject({
      operation: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      status: 200,
    });
  });

  it('answers each request after latencyMs, when set', async () => {
    server.latencyMs = 150;
    try {
      const t0 = performance.now();
      expect((await call('GET', '/repos/acme/v/git/trees/main')).status).toBe(200);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    } finally {
      server.latencyMs = 0;
    }
  });
});
