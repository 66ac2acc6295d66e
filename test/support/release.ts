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
