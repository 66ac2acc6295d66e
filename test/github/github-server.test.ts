import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkingResolver, schema } from '../support/github/schemas.js';
import { useGitHubServer } from '../support/github-server.js';

const run = promisify(execFile);
const TOKEN = 'ghp_ServerTest0123456789';
const FINE = 'github_pat_ServerTest0123456789';
const APP = 'ghs_ServerTestApp0123456789';
const APP_READ = 'ghs_ServerTestAppRead0123456789';

describe('the GitHub API test server', () => {
  const server = useGitHubServer({
    tokens: {
      [TOKEN]: { login: 'bot' },
      [FINE]: { login: 'bot', kind: 'fine-grained', grants: { pullRequests: 'read' } },
      [APP]: { login: 'relay-app', kind: 'app' },
      [APP_READ]: { login: 'relay-app', kind: 'app', grants: { contents: 'read' } },
    },
  });
  const call = async (method: string, path: string, body?: unknown, token = TOKEN) => {
    const res = await fetch(`${server.apiUrl}${path}`, {
      method,
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: responses are read field by field in the tests
    return { status: res.status, body: (await res.json()) as any };
  };

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
    await call('POST', '/repos/acme/v/git/refs', { ref: 'refs/heads/x', sha: 42 });
    await call('POST', '/repos/acme/v/pulls', {
      head: 'x',
      base: 'main',
      title: 't',
      labels: ['nope'],
    });
    await call('GET', '/repos/acme/v/git/trees/main?recursive=1&depth=2');
    await call('GET', '/repos/acme/v/contents/r.txt');
    const found = server.takeViolations();
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
    const res = await call('POST', '/graphql', {
      query: '{ repository(owner: "acme", name: "v") { defaultBranch } }',
    });
    expect(res.body.errors[0].message).toMatch(
      /Cannot query field "defaultBranch" on type "Repository"/,
    );
    expect(server.takeViolations()).toHaveLength(1);
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

  it('answers REST as GitHub documents, and records an answer that is not', async () => {
    server.createRepo('acme/answers', { 'r.txt': 'x\n' });
    const tree = await call('GET', '/repos/acme/answers/git/trees/main');
    expect(tree.status).toBe(200);
    expect(server.takeViolations()).toEqual([]);
    // A fault whose body is not what GitHub answers is caught like a handler's would be.
    server.inject({
      match: /^POST \/repos\/acme\/answers\/pulls$/,
      status: 201,
      body: { number: 'one' },
    });
    server.inject({ match: /^PATCH \/repos\/acme\/answers\/git\/refs\//, status: 418, body: {} });
    await call('POST', '/repos/acme/answers/pulls', { head: 'x', base: 'main', title: 't' });
    await call('PATCH', '/repos/acme/answers/git/refs/heads/main', { sha: 'a'.repeat(40) });
    const found = server.takeViolations();
    expect(found[0]).toMatch(
      /^POST \/repos\/\{owner\}\/\{repo\}\/pulls answered 201: data must have required property '_links'/,
    );
    expect(found[0]).toMatch(/data\/number must be integer/);
    expect(found[1]).toBe(
      'PATCH /repos/{owner}/{repo}/git/refs/{ref} answered 418, a status GitHub does not document for this operation',
    );
  });

  it("checks each GraphQL answer's fields against their types in GitHub's schema", () => {
    const problems = (field: string, value: unknown) => {
      const found: string[] = [];
      execute({
        schema: schema(),
        document: parse(`{ repository(owner: "a", name: "b") { ${field} } }`),
        rootValue: { repository: { [field.split(/[ (]/)[0] as string]: value } },
        fieldResolver: checkingResolver((p) => found.push(p)),
      });
      return found;
    };
    // graphql-js would answer "no" as true and "12" as 12; GitHub never would.
    expect(problems('isArchived', 'no')).toEqual([
      'Repository.isArchived at repository.isArchived: "no" is not a Boolean',
    ]);
    expect(problems('diskUsage', '12')).toEqual([
      'Repository.diskUsage at repository.diskUsage: "12" is not a Int',
    ]);
    expect(problems('viewerPermission', 'OWNER')).toEqual([
      'Repository.viewerPermission at repository.viewerPermission: "OWNER" is not a value of RepositoryPermission',
    ]);
    expect(problems('object(expression: "HEAD") { oid }', { oid: 'abc' })).toEqual([
      'Repository.object at repository.object: an object of GitObject must name its type (one of Blob, Commit, Tag, Tree)',
    ]);
    expect(problems('viewerPermission', null)).toEqual([]);
    expect(problems('isArchived', false)).toEqual([]);
  });

  it('puts the detail of a 422 in errors[].message, with documentation_url, as GitHub does', async () => {
    server.createRepo('acme/dup', { 'r.txt': 'x\n' });
    const main = server.branch('acme/dup', 'main')?.sha as string;
    server.push('acme/dup', 'feature', { 'r.txt': 'y\n' });
    const open = () =>
      call('POST', '/repos/acme/dup/pulls', { head: 'feature', base: 'main', title: 't' });
    expect((await open()).status).toBe(201);
    expect(await open()).toEqual({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: 'A pull request already exists for acme:feature.',
          },
        ],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '422',
      },
    });
    const ref = await call('POST', '/repos/acme/dup/git/refs', {
      ref: 'refs/heads/feature',
      sha: main,
    });
    expect(ref).toEqual({
      status: 422,
      body: {
        message: 'Reference already exists',
        documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
        status: '422',
      },
    });
  });

  it('cuts GraphQL Blob.text at 512,000 bytes and says so with isTruncated', async () => {
    const big = `${'é'.repeat(300_000)}tail\n`;
    server.createRepo('acme/big', {
      'big.txt': big,
      'small.txt': 'x\n',
      'bin.dat': Buffer.from([0, 1, 2]),
    });
    const blob = async (path: string) =>
      (
        await call('POST', '/graphql', {
          query: `query($e: String!) { repository(owner: "acme", name: "big") { object(expression: $e) { ... on Blob { text isTruncated isBinary byteSize } } } }`,
          variables: { e: `HEAD:${path}` },
        })
      ).body.data.repository.object;
    const cut = await blob('big.txt');
    expect(cut).toMatchObject({ isTruncated: true, isBinary: false, byteSize: 600_005 });
    // 512,000 bytes of two-byte characters: 256,000 of them, and nothing of the tail.
    expect(cut.text).toBe('é'.repeat(256_000));
    expect(await blob('small.txt')).toEqual({
      text: 'x\n',
      isTruncated: false,
      isBinary: false,
      byteSize: 2,
    });
    expect(await blob('bin.dat')).toMatchObject({ text: null, isBinary: true });
  });

  it('answers a GitHub App token with a null viewerPermission and a [bot] login', async () => {
    server.createRepo('acme/app', { 'r.txt': 'x\n' });
    server.push('acme/app', 'feature', { 'r.txt': 'y\n' });
    const asApp = (method: string, path: string, body?: unknown) => call(method, path, body, APP);
    const read = await asApp('POST', '/graphql', {
      query: '{ repository(owner: "acme", name: "app") { viewerPermission } }',
    });
    expect(read.body).toEqual({ data: { repository: { viewerPermission: null } } });
    const pr = await asApp('POST', '/repos/acme/app/pulls', {
      head: 'feature',
      base: 'main',
      title: 't',
    });
    expect(pr.body.user).toMatchObject({ login: 'relay-app[bot]', type: 'Bot' });
    const classic = await call('POST', '/graphql', {
      query: '{ repository(owner: "acme", name: "app") { viewerPermission } }',
    });
    expect(classic.body.data.repository.viewerPermission).toBe('WRITE');
  });

  it("refuses each token kind's writes as GitHub does", async () => {
    server.createRepo('acme/perm', { 'r.txt': 'x\n' }, { permissions: { [TOKEN]: 'READ' } });
    server.push('acme/perm', 'feature', { 'r.txt': 'y\n' });
    const pr = { head: 'feature', base: 'main', title: 't' };
    // A classic PAT whose user may only read: 404, as GitHub hides what a token may not touch.
    expect(await call('POST', '/repos/acme/perm/pulls', pr)).toMatchObject({
      status: 404,
      body: { message: 'Not Found' },
    });
    // A fine-grained PAT without pull-requests: write may push, but not open the PR.
    const ref = { ref: 'refs/heads/other', sha: server.branch('acme/perm', 'main')?.sha };
    expect((await call('POST', '/repos/acme/perm/git/refs', ref, FINE)).status).toBe(201);
    expect(await call('POST', '/repos/acme/perm/pulls', pr, FINE)).toEqual({
      status: 403,
      body: {
        message: 'Resource not accessible by personal access token',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '403',
      },
    });
    // An App without contents: write, the same through GraphQL.
    const res = await call(
      'POST',
      '/graphql',
      {
        query:
          'mutation($id: ID!, $oid: GitObjectID!) { createRef(input: { repositoryId: $id, name: "refs/heads/x", oid: $oid }) { ref { id } } }',
        variables: { id: 'R_kgDO000001', oid: ref.sha },
      },
      APP_READ,
    );
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        type: 'FORBIDDEN',
        message: 'Resource not accessible by integration',
      }),
    ]);
  });

  it('refuses auto-merge as GitHub does: clean, unstable, not allowed; accepts it while a required check is due', async () => {
    const enable = async (repo: string) => {
      server.push(repo, 'feature', { 'r.txt': 'y\n' });
      const pr = await call('POST', `/repos/${repo}/pulls`, {
        head: 'feature',
        base: 'main',
        title: 't',
      });
      const res = await call('POST', '/graphql', {
        query:
          'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) { clientMutationId } }',
        variables: { id: pr.body.node_id },
      });
      return res.body.errors?.[0] ?? 'enabled';
    };
    server.createRepo('acme/am-off', { 'r.txt': 'x\n' });
    server.createRepo('acme/am-clean', { 'r.txt': 'x\n' }, { allowAutoMerge: true });
    server.createRepo(
      'acme/am-unstable',
      { 'r.txt': 'x\n' },
      { allowAutoMerge: true, failingChecks: true },
    );
    server.createRepo(
      'acme/am-checks',
      { 'r.txt': 'x\n' },
      { allowAutoMerge: true, requiredChecks: true },
    );
    expect(await enable('acme/am-off')).toMatchObject({
      type: 'UNPROCESSABLE',
      message: 'Auto merge is not allowed for this repository',
      path: ['enablePullRequestAutoMerge'],
    });
    expect(await enable('acme/am-clean')).toMatchObject({
      type: 'UNPROCESSABLE',
      message: 'Pull request Pull request is in clean status',
    });
    expect(await enable('acme/am-unstable')).toMatchObject({
      message: 'Pull request Pull request is in unstable status',
    });
    expect(await enable('acme/am-checks')).toBe('enabled');
    expect(server.pulls('acme/am-checks')[0]?.autoMerge).toBe('SQUASH');
    // The merge button: refused while the required check is due, and only at the head given.
    const merge = (repo: string, body: unknown) =>
      call('PUT', `/repos/${repo}/pulls/1/merge`, body);
    expect((await merge('acme/am-checks', { merge_method: 'squash' })).status).toBe(405);
    expect(
      await merge('acme/am-clean', { merge_method: 'squash', sha: 'f'.repeat(40) }),
    ).toMatchObject({
      status: 409,
      body: { message: 'Head branch was modified. Review and try the merge again.' },
    });
    const done = await merge('acme/am-clean', { merge_method: 'squash' });
    expect(done.body).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    expect(server.file('acme/am-clean', 'main', 'r.txt')).toBe('y\n');
  });
});
