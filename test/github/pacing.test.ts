import { describe, expect, it } from 'vitest';
import { bumpConsumers } from '../../src/github/bump.js';
import { openGitHub } from '../../src/github/client.js';
import { GITHUB_PACING, type GitHubPacing } from '../../src/github/pacing.js';
import { type Log, silentOutput } from '../../src/log.js';
import { bumpConfig, verifiedRelease } from '../support/bump-fixtures.js';
import { fakeClock } from '../support/clock.js';
import { useGitHubServer } from '../support/github-server.js';

// GitHub's spacing (writes 1 s apart, pull requests 3 s apart) on a clock whose sleeps return at
// once and record what was asked: the tests see every wait the client chose, and wait for none.

const TOKEN = 'ghp_PacingToken0123456789abcdefXYZ';

const log: Log = {
  info() {},
  debug() {},
  warning() {},
  error() {},
  group: (_t, fn) => fn(),
  output: () => silentOutput,
};

/** GitHub's pacing on a fake clock; each call is a fresh pacing, so its limits are its own. */
function pacedByGitHub(): GitHubPacing & { clock: ReturnType<typeof fakeClock> } {
  return { ...GITHUB_PACING, msPerSecond: 0, clock: fakeClock() };
}

describe("consumer bumps at GitHub's pacing", () => {
  const server = useGitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  const N = 4;
  const repos = Array.from({ length: N }, (_, i) => `acme/paced-${i + 1}`);
  // Signed commits, the action's default: one mutation and one POST pulls per new pull request.
  const config = () =>
    bumpConfig(server, TOKEN, repos.map((r) => `${r}: requirements/*.txt`).join('\n'), {
      signCommits: true,
    });

  async function bump(version: string, pacing: GitHubPacing) {
    const github = await openGitHub({ token: TOKEN, apiUrl: server.apiUrl, log, pacing });
    server.resetCounts();
    return bumpConsumers(config(), verifiedRelease(version), { log, github });
  }

  it('writes one consumer after another, each write as soon as the spacing allows, and spaces no read', async () => {
    for (const r of repos) {
      server.createRepo(r, {
        'requirements/base.txt': 'django==5.0\nrelay-alpha==0.3.0\n',
        'requirements/dev.txt': '-r base.txt\npytest\n',
      });
    }
    const pacing = pacedByGitHub();
    const results = await bump('0.3.1', pacing);
    expect(results.map((r) => r.outcome)).toEqual(Array(N).fill('created'));

    // Each consumer: the tree listing and one GraphQL query (reads), then its commit and its
    // pull request (writes), and no consumer's writes between another's.
    const reads = server.requests.filter((r) => !r.write);
    const writes = server.requests.filter((r) => r.write);
    expect(reads).toHaveLength(2 * N);
    expect(reads.map((r) => r.operation.split(' ')[0]).sort()).toEqual(
      [...Array(N).fill('GET'), ...Array(N).fill('WheelrelayConsumer')].sort(),
    );
    expect(writes.map((r) => r.operation.replace(/ .*/, ''))).toEqual(
      Array(N).fill(['WheelrelayCommitNew', 'POST']).flat(),
    );
    for (let i = 0; i < N; i++) {
      expect(writes[2 * i + 1]?.repo).toBe(writes[2 * i]?.repo);
    }
    expect(new Set(writes.map((r) => r.repo)).size).toBe(N);

    // The first write goes at once; pull requests then open every 3 s, the commits between
    // them in the 1 s write spacing: the waits add up to GitHub's floor and not a second more
    // (a spaced query would take a write's turn and add to them).
    expect(pacing.clock.sleeps.reduce((a, b) => a + b, 0)).toBe(1000 + 3000 * (N - 1));
    expect(pacing.clock.sleeps).toEqual([1000, 1000, 1000, 1000, 1000, 2000, 1000, 2000]);
  });

  it('an unchanged re-run of every consumer only reads, and waits for nothing', async () => {
    const pacing = pacedByGitHub();
    const results = await bump('0.3.1', pacing);
    expect(results.map((r) => r.outcome)).toEqual(Array(N).fill('unchanged'));
    expect(server.requests).toHaveLength(2 * N);
    expect(server.requests.filter((r) => r.write)).toEqual([]);
    expect(pacing.clock.sleeps).toEqual([]);
  });
});
