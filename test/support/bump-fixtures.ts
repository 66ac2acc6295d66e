import type { BumpConfig } from '../../src/config.js';
import { parseConsumers } from '../../src/github/consumers.js';
import { DEFAULT_BODY, DEFAULT_TITLE } from '../../src/github/templates.js';
import type { ReleaseOutcome } from '../../src/release.js';

/**
 * A verified release of `relay_alpha` as publishRelease reports it, for the pin-bump tests and
 * bench: one wheel with the given sha256, published from tag v<version>.
 */
export function verifiedRelease(version: string, sha256 = 'a'.repeat(64)): ReleaseOutcome {
  return {
    name: 'relay_alpha',
    version,
    files: [
      {
        filename: `relay_alpha-${version}-py3-none-any.whl`,
        sha256,
        url: 'https://cache.example/x.whl',
        outcome: 'uploaded',
      },
    ],
    published: true,
    index: 'https://cache.example/ci/cache/',
    projectUrl: 'https://cache.example/ci/cache/+simple/relay-alpha/',
    ref: { kind: 'tag', name: `v${version}`, sha: 'c0ffee'.padEnd(40, '0') },
  };
}

/**
 * A pin-bump configuration as readConfig builds it from the action's defaults, against a
 * GitHub API test server; `consumers` is the input's text. Commits go through the git data API
 * unless `extra` says `signCommits: true` (the action's default, measured by the bench).
 */
export function bumpConfig(
  server: { apiUrl: string; serverUrl: string },
  token: string,
  consumers: string,
  extra: Partial<BumpConfig> = {},
): BumpConfig {
  return {
    consumers: parseConsumers(consumers),
    token,
    pinStyle: 'index',
    title: DEFAULT_TITLE,
    body: DEFAULT_BODY,
    labels: [],
    reviewers: [],
    teamReviewers: [],
    draft: false,
    signCommits: false,
    dryRun: false,
    apiUrl: server.apiUrl,
    serverUrl: server.serverUrl,
    sourceRepo: 'acme/relay-alpha',
    concurrency: 4,
    ...extra,
  };
}
