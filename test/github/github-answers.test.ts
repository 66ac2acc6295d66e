import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpConsumers, type PullResult } from '../../src/github/bump.js';
import { type GitHub, openGitHub } from '../../src/github/client.js';
import { pullRequestsOf } from '../../src/github/outputs.js';
import { NO_WAITS } from '../../src/github/pacing.js';
import type { BumpConfig } from '../../src/github/settings.js';
import { type Log, silentOutput } from '../../src/log.js';
import { pullRequestsSummary } from '../../src/publish/report.js';
import { addSecret, clearSecrets, redact } from '../../src/secrets.js';
import { bumpConfig, hashedLockFile, verifiedRelease } from '../support/bump-fixtures.js';
import { BLOB_TEXT_LIMIT, useGitHubServer } from '../support/github-server.js';
import { expectNoSecrets } from '../support/secrets.js';

/**
 * Pin bumps against the GitHub API test server answering as GitHub does where it is least kind:
 * GitHub App tokens, fine-grained tokens without a permission, requirement files past what
 * GraphQL returns whole, and auto-merge that GitHub refuses.
 */

const PAT = 'ghp_AnswersClassic0123456789abcdefXYZ';
const APP = 'ghs_AnswersInstallation0123456789abcdefXYZ';
const APP_READ_ONLY = 'ghs_AnswersReadOnlyApp0123456789abcdefXYZ';
const FINE_NO_PRS = 'github_pat_11AnswersFineGrained0123456789abcdefXYZ';
const BRANCH = 'wheelrelay/relay-alpha';
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function capture(): Log & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (m: string) => lines.push(`${level}: ${redact(m)}`);
  return {
    lines,
    info: push('info'),
    warning: push('warning'),
    error: push('error'),
    debug: push('debug'),
    group: (_t, fn) => fn(),
    output: () => silentOutput,
  };
}

describe('pin bumps as GitHub really answers', () => {
  const server = useGitHubServer({
    tokens: {
      [PAT]: { login: 'relay-bot' },
      [APP]: { login: 'relay-app', kind: 'app' },
      [APP_READ_ONLY]: { login: 'relay-app', kind: 'app', grants: { contents: 'read' } },
      [FINE_NO_PRS]: { login: 'relay-bot', kind: 'fine-grained', grants: { pullRequests: 'read' } },
    },
  });
  const clients = new Map<string, GitHub>();
  let log: ReturnType<typeof capture>;

  // Test files may share a worker (vitest.config.ts): what this one registers goes with it.
  afterAll(() => clearSecrets());
  beforeAll(async () => {
    for (const token of [PAT, APP, APP_READ_ONLY, FINE_NO_PRS]) {
      addSecret(token);
      clients.set(
        token,
        await openGitHub({ token, apiUrl: server.apiUrl, log: capture(), pacing: NO_WAITS }),
      );
    }
  });

  const bump = async (
    token: string,
    consumers: string,
    extra: Partial<BumpConfig> = {},
    version = '0.3.1',
  ): Promise<PullResult[]> => {
    log = capture();
    server.resetCounts();
    const results = await bumpConsumers(
      bumpConfig(server, token, consumers, extra),
      verifiedRelease(version, SHA_A),
      { log, github: clients.get(token) },
    );
    expectNoSecrets([...log.lines, JSON.stringify(results)], [{ secret: token }]);
    return results;
  };
  const writes = () => server.count({ operation: /^(POST|PATCH|PUT) \/repos|^WheelrelayCommit/ });

  describe('GitHub App installation tokens (viewerPermission null, a [bot] login)', () => {
    for (const signCommits of [false, true]) {
      it(`bump pins like any token (sign-commits: ${signCommits})`, async () => {
        const repo = `acme/app-${signCommits}`;
        server.createRepo(repo, { 'requirements.txt': 'relay-alpha==0.1\n' });
        const [result] = await bump(APP, `${repo}: requirements.txt`, { signCommits });
        expect(result, log.lines.join('\n')).toMatchObject({ outcome: 'created', number: 1 });
        expect(server.file(repo, BRANCH, 'requirements.txt')).toBe('relay-alpha==0.3.1\n');
        expect(server.pulls(repo)[0]?.user).toBe('relay-app[bot]');
        expect(log.lines.filter((l) => /^(warning|error)/.test(l))).toEqual([]);
        // read, then the commit (4 requests through the git data API, 1 signed), then the PR
        expect(server.count({ repo })).toBe(signCommits ? 3 : 5);
      });
    }

    it('a dry run says only what is true: the diff, and that GitHub does not tell', async () => {
      server.createRepo('acme/app-dry', { 'requirements.txt': 'relay-alpha==0.1\n' });
      const [result] = await bump(APP, 'acme/app-dry: requirements.txt', { dryRun: true });
      expect(result?.outcome).toBe('would-create');
      expect(log.lines.filter((l) => /^(warning|error)/.test(l))).toEqual([]);
      expect(log.lines).toContain(
        'info: acme/app-dry: GitHub does not report what this token may do here (it does not for GitHub App tokens); a real run tries the writes',
      );
      expect(log.lines.join('\n')).not.toMatch(/cannot write|would fail|permission: none/);
      expect(writes()).toBe(0);
    });

    for (const signCommits of [false, true]) {
      it(`an App without contents: write fails that consumer with what it needs (sign-commits: ${signCommits})`, async () => {
        const denied = `acme/app-denied-${signCommits}`;
        server.createRepo(denied, { 'requirements.txt': 'relay-alpha==0.1\n' });
        const results = await bump(APP_READ_ONLY, `${denied}: requirements.txt`, {
          signCommits,
        });
        expect(results[0]).toMatchObject({ repo: denied, outcome: 'failed' });
        const answer = signCommits
          ? 'FORBIDDEN Resource not accessible by integration'
          : '403 Resource not accessible by integration';
        expect(results[0]?.reason).toBe(
          `GitHub refused to push to ${BRANCH} (${answer}): \`consumer-token\` needs contents: write and pull-requests: write here (this write needs contents: write); it is a GitHub App installation token (ghs_)\nGive the GitHub App Contents: Read and write and Pull requests: Read and write, install it on ${denied}, and mint the token for that installation. The workflow's own GITHUB_TOKEN is an installation token too, and cannot write to other repositories.`,
        );
        // The read, then the one write GitHub refused; nothing was retried or written.
        expect(server.count({ repo: denied })).toBe(2);
        expect(server.branch(denied, BRANCH)).toBeUndefined();
      });
    }
  });

  it('a fine-grained token without pull-requests: write fails on opening the PR, naming it', async () => {
    server.createRepo('acme/fine', { 'requirements.txt': 'relay-alpha==0.1\n' });
    server.createRepo('acme/fine-ok', { 'requirements.txt': 'relay-alpha==0.1\n' });
    const [result] = await bump(FINE_NO_PRS, 'acme/fine: requirements.txt');
    expect(result?.outcome).toBe('failed');
    expect(result?.reason).toMatch(
      /^GitHub refused to open the pull request \(403 Resource not accessible by personal access token\): `consumer-token` needs contents: write and pull-requests: write here \(this write needs pull-requests: write\); it is a fine-grained personal access token \(github_pat_\)\nGive the token Contents: Read and write and Pull requests: Read and write, with acme\/fine in its repository access/,
    );
    expect(server.requests.at(-1)).toMatchObject({
      operation: 'POST /repos/{owner}/{repo}/pulls',
      status: 403,
    });
    // Contents: write was enough for the branch; the PR follows once the token may open it.
    expect(server.file('acme/fine', BRANCH, 'requirements.txt')).toBe('relay-alpha==0.3.1\n');
    server.tokens.set(FINE_NO_PRS, { login: 'relay-bot', kind: 'fine-grained' });
    const [again] = await bump(FINE_NO_PRS, 'acme/fine: requirements.txt');
    expect(again).toMatchObject({ outcome: 'created', number: 1 });
  });

  it("a refused review request is a warning with GitHub's detail from errors[], and the PR stands", async () => {
    server.createRepo('acme/review', { 'requirements.txt': 'relay-alpha==0.1\n' });
    const [result] = await bump(PAT, 'acme/review: requirements.txt', {
      reviewers: ['relay-bot'],
    });
    expect(result).toMatchObject({ outcome: 'created', number: 1 });
    expect(log.lines).toContain(
      'warning: acme/review: requesting reviewers on #1 failed: Validation Failed: Review cannot be requested from pull request author.',
    );
  });

  describe('requirement files past the 512,000 bytes GraphQL returns', () => {
    const pin = (version: string, sha: string) =>
      `relay-alpha==${version} \\\n    --hash=sha256:${sha}\n    # via -r requirements.in`;
    const base = hashedLockFile(600_000, pin('0.3.0', SHA_B));

    it('the test server cuts Blob.text at 512,000 bytes, with isTruncated', () => {
      expect(Buffer.byteLength(base)).toBeGreaterThan(600_000);
      expect(base.indexOf('relay-alpha==0.3.0')).toBeLessThan(BLOB_TEXT_LIMIT);
      expect(BLOB_TEXT_LIMIT).toBe(512_000);
    });

    for (const signCommits of [false, true]) {
      it(`a 600 KB hashed lock file is bumped with nothing lost (sign-commits: ${signCommits})`, async () => {
        const repo = `acme/large-${signCommits}`;
        server.createRepo(repo, { 'requirements.txt': base });
        const [result] = await bump(PAT, `${repo}: requirements.txt`, { signCommits });
        expect(result, log.lines.join('\n')).toMatchObject({ outcome: 'created' });
        const after = server.fileBytes(repo, BRANCH, 'requirements.txt');
        const want = base.replace(pin('0.3.0', SHA_B), pin('0.3.1', SHA_A));
        expect(after?.length).toBe(Buffer.byteLength(want));
        expect(after?.toString('utf8')).toBe(want);
        // The read, the whole file through REST (git blobs), the commit, the PR.
        expect(server.count({ repo, operation: /git\/blobs/ })).toBe(1);
        expect(server.count({ repo })).toBe(signCommits ? 4 : 6);

        // A re-run compares blob oids, so the large file costs only its REST read again.
        const [rerun] = await bump(PAT, `${repo}: requirements.txt`, { signCommits });
        expect(rerun?.outcome).toBe('unchanged');
        expect(server.count({ repo })).toBe(2);
      });
    }

    it('a REST blob shorter than GitHub says fails the consumer before anything is written', async () => {
      server.createRepo('acme/short', { 'requirements.txt': base });
      const oid = server.branch('acme/short', 'main')?.tree as string;
      const blob = server.store.lookup(oid, 'requirements.txt')?.sha as string;
      server.inject({
        match: /^GET \/repos\/acme\/short\/git\/blobs\//,
        status: 200,
        body: {
          sha: blob,
          node_id: 'B_short',
          size: Buffer.byteLength(base),
          url: `${server.apiUrl}/repos/acme/short/git/blobs/${blob}`,
          content: Buffer.from(base.slice(0, 520_000)).toString('base64'),
          encoding: 'base64',
        },
      });
      const [result] = await bump(PAT, 'acme/short: requirements.txt');
      expect(result?.outcome).toBe('failed');
      expect(result?.reason).toMatch(
        /^requirement file requirements.txt: GitHub sent 520000 of its \d+ bytes; nothing was changed/,
      );
      expect(writes()).toBe(0);
    });
  });

  describe('auto-merge, as GitHub allows and refuses it', () => {
    const one = async (repo: string) => {
      const [result] = await bump(PAT, `${repo}: requirements.txt`, { autoMerge: 'squash' });
      expect(result?.outcome, log.lines.join('\n')).toBe('created');
      return result as PullResult;
    };
    const autoMergeCalls = (repo: string) =>
      server.count({ repo, operation: /^WheelrelayAutoMerge / });

    it('is enabled where a required check is still to pass', async () => {
      server.createRepo(
        'acme/am-checks',
        { 'requirements.txt': 'relay-alpha==0.1\n' },
        { allowAutoMerge: true, requiredChecks: true },
      );
      const result = await one('acme/am-checks');
      expect(result.autoMerge).toEqual({ state: 'enabled', method: 'squash' });
      expect(server.pulls('acme/am-checks')[0]).toMatchObject({
        state: 'open',
        autoMerge: 'SQUASH',
      });
      expect(autoMergeCalls('acme/am-checks')).toBe(1);
    });

    it('merges a PR that is clean already, with the configured method, as auto-merge would', async () => {
      server.createRepo(
        'acme/am-clean',
        { 'requirements.txt': 'relay-alpha==0.1\n' },
        { allowAutoMerge: true },
      );
      const result = await one('acme/am-clean');
      expect(result.autoMerge).toMatchObject({ state: 'merged', method: 'squash' });
      expect(result.autoMerge?.reason).toMatch(/already mergeable/);
      expect(server.pulls('acme/am-clean')[0]).toMatchObject({ state: 'closed', merged: true });
      expect(server.file('acme/am-clean', 'main', 'requirements.txt')).toBe('relay-alpha==0.3.1\n');
      const main = server.branch('acme/am-clean', 'main');
      expect(main?.message).toBe('Bump relay_alpha to 0.3.1 (#1)\n');
      expect(main?.parents).toHaveLength(1);
      // read, tree, commit, ref, PR, the refused auto-merge, the merge: in that order
      expect(server.requests.map((r) => r.operation.split(' ').slice(0, 2).join(' '))).toEqual([
        'WheelrelayConsumer repository',
        'POST /repos/{owner}/{repo}/git/trees',
        'POST /repos/{owner}/{repo}/git/commits',
        'POST /repos/{owner}/{repo}/git/refs',
        'POST /repos/{owner}/{repo}/pulls',
        'WheelrelayAutoMerge enablePullRequestAutoMerge',
        'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
      ]);
    });

    it('says why not, without asking, where the repository does not allow auto-merge', async () => {
      server.createRepo('acme/am-off', { 'requirements.txt': 'relay-alpha==0.1\n' });
      const result = await one('acme/am-off');
      expect(result.autoMerge).toEqual({
        state: 'not-enabled',
        method: 'squash',
        reason:
          'auto-merge is off in acme/am-off\'s settings ("Allow auto-merge" under Settings → General → Pull Requests)',
      });
      expect(autoMergeCalls('acme/am-off')).toBe(0);
      expect(log.lines).toContain(
        `warning: acme/am-off: auto-merge not enabled on #1: ${result.autoMerge?.reason}`,
      );
    });

    it('says why not where the repository does not allow the merge method', async () => {
      server.createRepo(
        'acme/am-method',
        { 'requirements.txt': 'relay-alpha==0.1\n' },
        { allowAutoMerge: true, mergeMethods: ['merge', 'rebase'] },
      );
      const result = await one('acme/am-method');
      expect(result.autoMerge?.state).toBe('not-enabled');
      expect(result.autoMerge?.reason).toMatch(
        /^acme\/am-method does not allow squash merges \("Allow squash merging" is off; allowed: merge, rebase\)/,
      );
      expect(autoMergeCalls('acme/am-method')).toBe(0);
      expect(server.pulls('acme/am-method')[0]?.state).toBe('open');
    });

    it('leaves an unstable PR open (checks that are not required fail) and says why', async () => {
      server.createRepo(
        'acme/am-unstable',
        { 'requirements.txt': 'relay-alpha==0.1\n' },
        { allowAutoMerge: true, failingChecks: true },
      );
      const result = await one('acme/am-unstable');
      expect(result.autoMerge?.state).toBe('not-enabled');
      expect(result.autoMerge?.reason).toMatch(/unstable status/);
      expect(autoMergeCalls('acme/am-unstable')).toBe(1);
      expect(server.count({ repo: 'acme/am-unstable', operation: /\/merge$/ })).toBe(0);
      expect(server.pulls('acme/am-unstable')[0]?.state).toBe('open');
    });

    it('reaches the pull-requests output and the job summary, not only the log', () => {
      const results: PullResult[] = [
        {
          repo: 'acme/a',
          outcome: 'created',
          number: 3,
          url: 'https://github.example/acme/a/pull/3',
          files: ['requirements.txt'],
          autoMerge: { state: 'not-enabled', method: 'squash', reason: 'auto-merge is off' },
        },
        {
          repo: 'acme/b',
          outcome: 'created',
          number: 1,
          url: 'https://github.example/acme/b/pull/1',
          files: ['requirements.txt'],
          autoMerge: { state: 'merged', method: 'rebase', reason: 'it was already mergeable' },
        },
        { repo: 'acme/c', outcome: 'unchanged', number: 2, url: 'u', files: ['r.txt'] },
      ];
      expect(pullRequestsOf(results)).toEqual([
        {
          repo: 'acme/a',
          number: 3,
          url: 'https://github.example/acme/a/pull/3',
          outcome: 'created',
          'auto-merge': { state: 'not-enabled', method: 'squash', reason: 'auto-merge is off' },
        },
        {
          repo: 'acme/b',
          number: 1,
          url: 'https://github.example/acme/b/pull/1',
          outcome: 'created',
          'auto-merge': { state: 'merged', method: 'rebase', reason: 'it was already mergeable' },
        },
        { repo: 'acme/c', number: 2, url: 'u', outcome: 'unchanged' },
      ]);
      const summary = pullRequestsSummary(results, false);
      expect(summary).toContain(
        '| acme/a | created | [#3](https://github.example/acme/a/pull/3) | `requirements.txt`; **auto-merge not enabled**: `auto-merge is off` |',
      );
      expect(summary).toContain(
        '`requirements.txt`; merged (rebase): `it was already mergeable` |',
      );
    });
  });
});
