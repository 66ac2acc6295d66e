import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WheelrelayError } from '../../src/errors.js';
import { bumpConsumers } from '../../src/github/bump.js';
import { type GitHub, openGitHub } from '../../src/github/client.js';
import { parseConsumers } from '../../src/github/consumers.js';
import { NO_WAITS } from '../../src/github/pacing.js';
import { RELEASE_EVENT, readReleasePayload } from '../../src/github/release-payload.js';
import { addSecret, clearSecrets } from '../../src/secrets.js';
import { bumpConfig, verifiedRelease } from '../support/bump-fixtures.js';
import { useGitHubServer } from '../support/github-server.js';
import { recordingLog } from '../support/log.js';

const TOKEN = 'ghp_DispatchToken0123456789abcdefXY';
const FINE = 'github_pat_DispatchRead0123456789abcdef';

describe('dispatch consumers on the publisher side, against the GitHub API test server', () => {
  const server = useGitHubServer({
    tokens: {
      [TOKEN]: { login: 'relay-bot' },
      [FINE]: { login: 'relay-bot', kind: 'fine-grained', grants: { contents: 'read' } },
    },
  });
  let gh: GitHub;

  // Test files may share a worker (vitest.config.ts): what this one registers goes with it.
  afterAll(() => clearSecrets());
  beforeAll(async () => {
    addSecret(TOKEN);
    addSecret(FINE);
    gh = await openGitHub({
      token: TOKEN,
      apiUrl: server.apiUrl,
      log: recordingLog(),
      pacing: NO_WAITS,
    });
    server.createRepo('acme/edx', { 'requirements/edx/github.in': 'relay-alpha==0.3.0\n' });
    server.createRepo('acme/web', { 'requirements.txt': 'relay-alpha==0.3.0\n' });
    server.createRepo('acme/docs', { 'requirements.txt': 'relay-alpha==0.3.0\n' });
  });

  it('parses `owner/repo: dispatch`, and refuses a base branch on it', () => {
    expect(parseConsumers('acme/edx: dispatch\nacme/web: requirements.txt')).toEqual([
      { owner: 'acme', repo: 'edx', globs: [], dispatch: true },
      { owner: 'acme', repo: 'web', globs: ['requirements.txt'] },
    ]);
    expect(() => parseConsumers('acme/edx@main: dispatch')).toThrow(WheelrelayError);
    expect(() => parseConsumers('acme/edx: dispatch\nACME/edx: dispatch')).toThrow(/repeats/);
  });

  it('sends one repository_dispatch per dispatch consumer with the release, and commits to the others', async () => {
    server.resetCounts();
    const log = recordingLog();
    const results = await bumpConsumers(
      bumpConfig(
        server,
        TOKEN,
        'acme/edx: dispatch\nacme/web: requirements.txt\nacme/docs: dispatch',
      ),
      verifiedRelease('0.4.0', 'f'.repeat(64)),
      { log, github: gh },
    );
    expect(results.map((r) => [r.repo, r.outcome])).toEqual([
      ['acme/edx', 'dispatched'],
      ['acme/web', 'created'],
      ['acme/docs', 'dispatched'],
    ]);
    expect(server.count({ repo: 'acme/edx' })).toBe(1);
    expect(server.count({ operation: /^POST \/repos\/\{owner\}\/\{repo\}\/dispatches$/ })).toBe(2);
    const [sent] = server.dispatches('acme/edx');
    expect(server.dispatches('acme/edx')).toHaveLength(1);
    expect(sent?.eventType).toBe(RELEASE_EVENT);
    // What the consumer's bump reads back is exactly what was sent.
    expect(readReleasePayload(sent?.payload)).toEqual({
      name: 'relay_alpha',
      version: '0.4.0',
      'index-url': 'https://cache.example/ci/cache/+simple/',
      'project-url': 'https://cache.example/ci/cache/+simple/relay-alpha/',
      files: [{ filename: 'relay_alpha-0.4.0-py3-none-any.whl', sha256: 'f'.repeat(64) }],
      'source-repo': 'acme/relay-alpha',
      tag: 'v0.4.0',
      sha: 'c0ffee'.padEnd(40, '0'),
    });
    // The dispatch consumer's files were not touched.
    expect(server.branch('acme/edx', 'wheelrelay/relay-alpha')).toBeUndefined();
    expect(server.violations).toEqual([]);
  });

  it('one refused dispatch fails that consumer only, naming the permission', async () => {
    server.resetCounts();
    const fine = await openGitHub({
      token: FINE,
      apiUrl: server.apiUrl,
      log: recordingLog(),
      pacing: NO_WAITS,
    });
    server.createRepo(
      'acme/open',
      { 'requirements.txt': 'relay-alpha==0.3.0\n' },
      {
        permissions: { [FINE]: 'WRITE' },
      },
    );
    const results = await bumpConsumers(
      bumpConfig(server, FINE, 'acme/edx: dispatch\nacme/missing: dispatch\nacme/docs: dispatch'),
      verifiedRelease('0.4.1'),
      { log: recordingLog(), github: fine },
    );
    expect(results.map((r) => [r.repo, r.outcome])).toEqual([
      ['acme/edx', 'failed'],
      ['acme/missing', 'failed'],
      ['acme/docs', 'failed'],
    ]);
    expect(results[0]?.reason).toMatch(
      /repository_dispatch .*403 Resource not accessible by personal access token.*contents: write/,
    );
    expect(results[0]?.reason).toContain('fine-grained personal access token');
    expect(server.dispatches('acme/edx').map((d) => d.payload.version)).toEqual(['0.4.0']);
  });

  it('a dispatch that fails leaves the other consumers dispatched', async () => {
    server.resetCounts();
    const results = await bumpConsumers(
      bumpConfig(server, TOKEN, 'acme/missing: dispatch\nacme/docs: dispatch'),
      verifiedRelease('0.4.2'),
      { log: recordingLog(), github: gh },
    );
    expect(results.map((r) => [r.repo, r.outcome])).toEqual([
      ['acme/missing', 'failed'],
      ['acme/docs', 'dispatched'],
    ]);
    expect(server.dispatches('acme/docs').map((d) => d.payload.version)).toEqual([
      '0.4.0',
      '0.4.2',
    ]);
  });

  it('a dry run sends nothing and says it would dispatch', async () => {
    server.resetCounts();
    const log = recordingLog();
    const results = await bumpConsumers(
      bumpConfig(server, TOKEN, 'acme/edx: dispatch', { dryRun: true }),
      verifiedRelease('0.5.0'),
      { log, github: gh },
    );
    expect(results).toEqual([{ repo: 'acme/edx', outcome: 'would-dispatch' }]);
    expect(server.count({})).toBe(0);
    expect(log.lines.join('\n')).toContain('would send repository_dispatch wheelrelay-release');
  });
});
