import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpConsumers, type PullResult } from '../../src/github/bump.js';
import { type GitHub, openGitHub } from '../../src/github/client.js';
import { NO_WAITS } from '../../src/github/pacing.js';
import type { BumpConfig } from '../../src/github/settings.js';
import { type Log, silentOutput } from '../../src/log.js';
import type { ReleaseOutcome } from '../../src/release-outcome.js';
import { addSecret, clearSecrets, redact } from '../../src/secrets.js';
import { bumpConfig, verifiedRelease } from '../support/bump-fixtures.js';
import { FAULTS, GitHubServer, useGitHubServer } from '../support/github-server.js';
import { expectNoSecrets } from '../support/secrets.js';

const TOKEN = 'ghp_TestToken0123456789abcdefXYZ';
const READ_ONLY = 'ghp_ReadOnly0123456789abcdefXYZ';
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

const release = (version: string, sha256 = SHA_A) => verifiedRelease(version, sha256);

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

describe('bumpConsumers against the GitHub API test server', () => {
  const server = useGitHubServer({
    tokens: {
      [TOKEN]: { login: 'relay-bot' },
      [READ_ONLY]: { login: 'reader', permission: 'READ' },
    },
  });
  let gh: GitHub;
  let log: ReturnType<typeof capture>;

  const config = (consumers: string, extra: Partial<BumpConfig> = {}) =>
    bumpConfig(server, TOKEN, consumers, extra);
  const bump = (cfg: BumpConfig, rel: ReleaseOutcome, client = gh) =>
    bumpConsumers(cfg, rel, { log, github: client });
  const byRepo = (results: PullResult[], repo: string) => results.find((r) => r.repo === repo);

  // Test files may share a worker (vitest.config.ts): what this one registers goes with it.
  afterAll(() => clearSecrets());
  beforeAll(async () => {
    addSecret(TOKEN);
    gh = await openGitHub({
      token: TOKEN,
      apiUrl: server.apiUrl,
      log: capture(),
      pacing: NO_WAITS,
    });
  });

  it('opens one PR per consumer, rewriting only the pin, in at most 6 requests each', async () => {
    server.createRepo('acme/web', {
      'requirements/base.txt': 'django==5.0\nrelay-alpha==0.3.0  # pinned\n',
      'requirements/dev.txt': '-r base.txt\npytest\n',
      'README.md': 'hi\n',
    });
    server.createRepo('acme/api', {
      'requirements.txt': `Relay.Alpha==0.2.9 \\\n    --hash=sha256:${SHA_B}\n`,
    });
    log = capture();
    server.resetCounts();
    const results = await bump(
      config('acme/web: requirements/*.txt\nacme/api: requirements.txt'),
      release('0.3.1'),
    );
    expect(results.map((r) => [r.repo, r.outcome, r.number])).toEqual([
      ['acme/web', 'created', 1],
      ['acme/api', 'created', 1],
    ]);
    expect(server.file('acme/web', 'wheelrelay/relay-alpha', 'requirements/base.txt')).toBe(
      'django==5.0\nrelay-alpha==0.3.1  # pinned\n',
    );
    expect(server.file('acme/web', 'main', 'requirements/base.txt')).toBe(
      'django==5.0\nrelay-alpha==0.3.0  # pinned\n',
    );
    expect(server.file('acme/api', 'wheelrelay/relay-alpha', 'requirements.txt')).toBe(
      `Relay.Alpha==0.3.1 \\\n    --hash=sha256:${SHA_A}\n`,
    );
    const head = server.branch('acme/web', 'wheelrelay/relay-alpha');
    expect(head?.parents).toEqual([server.branch('acme/web', 'main')?.sha]);
    const [pull] = server.pulls('acme/web');
    expect(pull?.title).toBe('Bump relay_alpha to 0.3.1');
    expect(pull?.body).toContain('from `0.3.0` to **`0.3.1`**');
    expect(pull?.body).toContain('/acme/relay-alpha/compare/v0.3.0...v0.3.1');
    expect(pull?.body).toContain('<!-- wheelrelay: relay-alpha==0.3.1 -->');
    expect(pull?.base).toBe('main');
    // tree listing, GraphQL read, tree, commit, ref, PR
    expect(server.count({ repo: 'acme/web' })).toBe(6);
    // A plain path needs no tree listing.
    expect(server.count({ repo: 'acme/api' })).toBe(5);
    expect(server.violations).toEqual([]);
  });

  it('a re-run of the same release changes nothing, in at most 3 requests', async () => {
    log = capture();
    const before = server.branch('acme/web', 'wheelrelay/relay-alpha')?.sha;
    server.resetCounts();
    const results = await bump(
      config('acme/web: requirements/*.txt\nacme/api: requirements.txt'),
      release('0.3.1'),
    );
    expect(results.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(server.branch('acme/web', 'wheelrelay/relay-alpha')?.sha).toBe(before);
    expect(server.pulls('acme/web')).toHaveLength(1);
    expect(server.count({ repo: 'acme/web' })).toBe(2);
    expect(server.count({ repo: 'acme/api' })).toBe(1);
    expect(server.count({ operation: /^(POST|PATCH) \/repos/ })).toBe(0);
    expect(server.violations).toEqual([]);
  });

  it('a newer release resets the branch onto the current base and updates the same PR', async () => {
    server.push('acme/web', 'main', { 'requirements/dev.txt': '-r base.txt\npytest==8.0\n' });
    log = capture();
    server.resetCounts();
    const results = await bump(config('acme/web: requirements/*.txt'), release('0.4.0'));
    expect(results[0]).toMatchObject({ outcome: 'updated', number: 1 });
    const head = server.branch('acme/web', 'wheelrelay/relay-alpha');
    expect(head?.parents).toEqual([server.branch('acme/web', 'main')?.sha]);
    expect(server.file('acme/web', 'wheelrelay/relay-alpha', 'requirements/base.txt')).toContain(
      'relay-alpha==0.4.0  # pinned',
    );
    expect(server.file('acme/web', 'wheelrelay/relay-alpha', 'requirements/dev.txt')).toContain(
      'pytest==8.0',
    );
    const pulls = server.pulls('acme/web');
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.title).toBe('Bump relay_alpha to 0.4.0');
    expect(pulls[0]?.body).toContain('<!-- wheelrelay: relay-alpha==0.4.0 -->');
    // tree listing, GraphQL read, tree, commit, ref (forced), PR title/body
    expect(server.count({ repo: 'acme/web' })).toBe(6);
    expect(server.violations).toEqual([]);
  });

  it('signs commits through createCommitOnBranch, with labels, reviewers and draft (which GitHub will not auto-merge)', async () => {
    server.createRepo(
      'acme/signed',
      { 'requirements.txt': 'relay-alpha==0.1\n' },
      { defaultBranch: 'trunk', allowAutoMerge: true, requiredChecks: true },
    );
    log = capture();
    server.resetCounts();
    const cfg = config('acme/signed: requirements.txt', {
      signCommits: true,
      labels: ['dependencies'],
      reviewers: ['octocat'],
      teamReviewers: ['platform'],
      draft: true,
      autoMerge: 'squash',
    });
    const [result] = await bump(cfg, release('0.3.1'));
    expect(result).toMatchObject({
      outcome: 'created',
      number: 1,
      autoMerge: { state: 'not-enabled', method: 'squash' },
    });
    expect(result?.autoMerge?.reason).toMatch(/does not auto-merge draft pull requests/);
    const head = server.branch('acme/signed', 'wheelrelay/relay-alpha');
    expect(head?.verified).toBe(true);
    expect(head?.parents).toEqual([server.branch('acme/signed', 'trunk')?.sha]);
    expect(server.file('acme/signed', 'wheelrelay/relay-alpha', 'requirements.txt')).toBe(
      'relay-alpha==0.3.1\n',
    );
    expect(log.lines.filter((l) => l.startsWith('warning'))).toEqual([
      'warning: acme/signed: auto-merge not enabled on #1: GitHub does not auto-merge draft pull requests (input `draft` is true)',
    ]);
    expect(server.pulls('acme/signed')[0]).toMatchObject({
      base: 'trunk',
      draft: true,
      labels: ['dependencies'],
      reviewers: ['octocat'],
      teamReviewers: ['platform'],
    });
    expect(server.pulls('acme/signed')[0]?.autoMerge).toBeUndefined();
    // read (1, plain path) + commit (1) + PR (1) + labels, reviewers (2); no auto-merge request
    expect(server.count({ repo: 'acme/signed' })).toBe(5);
    expect(server.violations).toEqual([]);

    // A signed update resets the branch and commits again in one GraphQL request.
    server.resetCounts();
    const [again] = await bump(cfg, release('0.4.0'));
    expect(again?.outcome).toBe('updated');
    expect(server.branch('acme/signed', 'wheelrelay/relay-alpha')?.verified).toBe(true);
    expect(server.branch('acme/signed', 'wheelrelay/relay-alpha')?.parents).toEqual([
      server.branch('acme/signed', 'trunk')?.sha,
    ]);
    expect(server.count({ repo: 'acme/signed' })).toBe(3);
    expect(server.violations).toEqual([]);
  });

  it('skips a consumer already on the version, and does not reopen a PR closed for it', async () => {
    server.createRepo('acme/current', { 'requirements.txt': 'relay-alpha==0.3.1\n' });
    server.createRepo('acme/declined', { 'requirements.txt': 'relay-alpha==0.3.0\n' });
    log = capture();
    const cfg = config('acme/current: requirements.txt\nacme/declined: requirements.txt');
    const first = await bump(cfg, release('0.3.1'));
    expect(byRepo(first, 'acme/current')).toMatchObject({
      outcome: 'skipped',
      reason: 'already on 0.3.1',
    });
    expect(byRepo(first, 'acme/declined')?.outcome).toBe('created');
    server.closePull('acme/declined', 1);
    const second = await bump(cfg, release('0.3.1'));
    expect(byRepo(second, 'acme/declined')).toMatchObject({ outcome: 'skipped', number: 1 });
    expect(byRepo(second, 'acme/declined')?.reason).toMatch(/closed without merging/);
    expect(server.pulls('acme/declined')).toHaveLength(1);
    // A newer release is worth a new PR.
    const third = await bump(cfg, release('0.4.0'));
    expect(byRepo(third, 'acme/declined')).toMatchObject({ outcome: 'created', number: 2 });
    expect(server.violations).toEqual([]);
  });

  it("one consumer's failure never stops the others, and each failure names its consumer", async () => {
    server.createRepo('acme/good', { 'requirements.txt': 'relay-alpha==0.1\n' });
    server.createRepo('acme/latin1', {
      'requirements.txt': Buffer.from('# caf\xe9\nrelay-alpha==0.1\n', 'latin1'),
    });
    server.createRepo(
      'acme/readonly',
      { 'requirements.txt': 'relay-alpha==0.1\n' },
      { permissions: { [TOKEN]: 'READ' } },
    );
    server.createRepo('acme/noglob', { 'setup.py': '' });
    log = capture();
    const results = await bump(
      config(
        'acme/missing: requirements.txt\nacme/latin1: requirements.txt\nacme/readonly: requirements.txt\nacme/noglob: requirements/*.txt\nacme/good: requirements.txt',
      ),
      release('0.3.1'),
    );
    expect(byRepo(results, 'acme/good')?.outcome).toBe('created');
    expect(byRepo(results, 'acme/missing')).toMatchObject({ outcome: 'failed' });
    expect(byRepo(results, 'acme/missing')?.reason).toMatch(
      /^repository not found, or `consumer-token` cannot see it/,
    );
    expect(byRepo(results, 'acme/latin1')?.reason).toMatch(
      /^requirement file requirements.txt is not UTF-8/,
    );
    expect(byRepo(results, 'acme/readonly')?.reason).toMatch(
      /^`consumer-token` cannot write to this repository \(permission: READ\)/,
    );
    expect(byRepo(results, 'acme/noglob')).toMatchObject({ outcome: 'skipped' });
    expect(log.lines).toContain(
      "warning: acme/noglob: 'requirements/*.txt' matches no file on main",
    );
    expect(server.violations).toEqual([]);
    expectNoSecrets(log.lines.join('\n'), [{ secret: TOKEN }]);
  });

  it('rides out secondary rate limits, 5xx, a ref created concurrently, and a base that moved', async () => {
    server.createRepo('acme/faulty', { 'requirements.txt': 'relay-alpha==0.1\n' });
    server.inject(FAULTS.secondaryRateLimit(/^POST \/graphql WheelrelayConsumer/));
    server.inject(FAULTS.serverError(/^POST \/repos\/acme\/faulty\/git\/trees$/));
    server.inject({
      ...FAULTS.referenceExists(/^POST \/repos\/acme\/faulty\/git\/refs$/),
      // As if another run created the branch just before us.
      before: () => server.push('acme/faulty', 'wheelrelay/relay-alpha', {}),
    });
    // The branch update is refused as stale once, with the base moved meanwhile: re-read and redo.
    server.inject(
      FAULTS.staleBase(/^PATCH \/repos\/acme\/faulty\/git\/refs\//, () =>
        server.push('acme/faulty', 'main', { 'requirements.txt': '# moved\nrelay-alpha==0.1\n' }),
      ),
    );
    log = capture();
    const [result] = await bump(config('acme/faulty: requirements.txt'), release('0.3.1'));
    expect(result, log.lines.join('\n')).toMatchObject({ outcome: 'created', number: 1 });
    expect(server.file('acme/faulty', 'wheelrelay/relay-alpha', 'requirements.txt')).toBe(
      '# moved\nrelay-alpha==0.3.1\n',
    );
    expect(server.branch('acme/faulty', 'wheelrelay/relay-alpha')?.parents).toEqual([
      server.branch('acme/faulty', 'main')?.sha,
    ]);
    expect(log.lines.some((l) => /moved during the run/.test(l))).toBe(true);
    expect(server.violations).toEqual([]);
  });

  it('a signed commit that loses a race for the branch re-reads and resets it (STALE_DATA)', async () => {
    server.createRepo('acme/race', { 'requirements.txt': 'relay-alpha==0.1\n' });
    // Another run creates wheelrelay's branch, with its own commit, just before our write.
    server.inject({
      match: /^POST \/graphql WheelrelayCommitNew/,
      before: () => server.push('acme/race', 'wheelrelay/relay-alpha', { 'other.txt': 'x\n' }),
    });
    log = capture();
    const [result] = await bump(
      config('acme/race: requirements.txt', { signCommits: true }),
      release('0.3.1'),
    );
    expect(result, log.lines.join('\n')).toMatchObject({ outcome: 'created', number: 1 });
    const head = server.branch('acme/race', 'wheelrelay/relay-alpha');
    expect(head?.parents).toEqual([server.branch('acme/race', 'main')?.sha]);
    expect(head?.verified).toBe(true);
    expect(server.file('acme/race', 'wheelrelay/relay-alpha', 'other.txt')).toBeUndefined();
    expect(log.lines.some((l) => /moved during the run/.test(l))).toBe(true);
    expect(server.violations).toEqual([]);
  });

  it('pin-style git moves a git pin to the release tag on a tag run, and to its commit on a branch push', async () => {
    const gitPin = (ref: string) =>
      `-e git+https://github.com/acme/relay-alpha.git@${ref}#egg=relay-alpha\n`;
    server.createRepo('acme/gtag', { 'requirements.txt': `flask\n${gitPin('v0.1.0')}` });
    server.createRepo('acme/gbranch', { 'requirements.txt': `flask\n${gitPin('v0.1.0')}` });
    log = capture();
    const [tagged] = await bump(
      config('acme/gtag: requirements.txt', { pinStyle: 'git' }),
      release('0.3.1'),
    );
    expect(tagged?.outcome).toBe('created');
    expect(server.file('acme/gtag', 'wheelrelay/relay-alpha', 'requirements.txt')).toBe(
      `flask\n${gitPin('v0.3.1')}`,
    );
    const commit = 'd1e2'.padEnd(40, '7');
    const pushed: ReleaseOutcome = {
      ...release('0.3.2.dev4'),
      ref: { kind: 'branch', name: 'main', sha: commit },
    };
    const [branch] = await bump(
      config('acme/gbranch: requirements.txt', { pinStyle: 'git' }),
      pushed,
    );
    expect(branch?.outcome).toBe('created');
    // No tag names this build: the pin moves to the commit it was built from, never a made-up tag.
    expect(server.file('acme/gbranch', 'wheelrelay/relay-alpha', 'requirements.txt')).toBe(
      `flask\n${gitPin(commit)}`,
    );
  });

  it('a dry run prints every planned diff and writes nothing', async () => {
    server.createRepo('acme/dry', { 'requirements.txt': 'flask\nrelay-alpha==0.1\n' });
    log = capture();
    server.resetCounts();
    const [result] = await bump(
      config('acme/dry: requirements.txt', { dryRun: true }),
      release('0.3.1'),
    );
    expect(result?.outcome).toBe('would-create');
    expect(result?.diff).toBe(
      '--- a/requirements.txt\n+++ b/requirements.txt\n@@ -1,2 +1,2 @@\n flask\n-relay-alpha==0.1\n+relay-alpha==0.3.1\n',
    );
    expect(log.lines.join('\n')).toContain('+relay-alpha==0.3.1');
    expect(server.count({ operation: /^(POST|PATCH) \/repos|mutation|Commit|AutoMerge/ })).toBe(0);
    expect(server.branch('acme/dry', 'wheelrelay/relay-alpha')).toBeUndefined();
  });

  it('opens nothing for a release that is not verified', async () => {
    server.resetCounts();
    const results = await bump(config('acme/dry: requirements.txt'), {
      ...release('0.3.1'),
      published: false,
    });
    expect(results).toEqual([]);
    expect(server.count()).toBe(0);
  });

  it('works against GitHub Enterprise Server paths (/api/v3, /api/graphql)', async () => {
    const ghes = new GitHubServer({ ghes: true, tokens: { [TOKEN]: { login: 'relay-bot' } } });
    await ghes.start();
    try {
      ghes.createRepo('corp/app', { 'reqs/prod.txt': 'relay-alpha==0.1\n' });
      const client = await openGitHub({
        token: TOKEN,
        apiUrl: ghes.apiUrl,
        log: capture(),
        pacing: NO_WAITS,
      });
      log = capture();
      const [result] = await bump(
        config('corp/app: reqs/*.txt', { apiUrl: ghes.apiUrl }),
        release('0.3.1'),
        client,
      );
      expect(result).toMatchObject({ outcome: 'created' });
      expect(ghes.file('corp/app', 'wheelrelay/relay-alpha', 'reqs/prod.txt')).toBe(
        'relay-alpha==0.3.1\n',
      );
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.stop();
    }
  });
});
