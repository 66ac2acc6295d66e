import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenKind } from '../../src/github/access.js';
import { decide } from '../../src/github/bump.js';
import { branchFor, parseConsumers } from '../../src/github/consumers.js';
import {
  blobOid,
  editsFor,
  literalPaths,
  matchFiles,
  previousVersion,
} from '../../src/github/edits.js';
import { GITHUB_PACING, NO_WAITS, pacingFor } from '../../src/github/pacing.js';
import type { PullInfo } from '../../src/github/read.js';
import {
  blockersMarkdown,
  checkTemplate,
  madeByWheelrelay,
  marker,
  readMarker,
  releaseTrailer,
  renderTemplate,
} from '../../src/github/templates.js';
import { markdownText } from '../../src/markdown.js';
import { unifiedDiff } from '../../src/pins/diff.js';
import { readConfig } from '../../src/publish/config.js';

const run = promisify(execFile);

describe('parseConsumers', () => {
  it('reads repos, optional base branches and comma-separated globs, skipping comments', () => {
    expect(
      parseConsumers(`
        # consumers of relay
        acme/web: requirements/*.txt, constraints.txt
        acme/api@release/2.x: requirements.txt   # the API
      `),
    ).toEqual([
      { owner: 'acme', repo: 'web', globs: ['requirements/*.txt', 'constraints.txt'] },
      { owner: 'acme', repo: 'api', base: 'release/2.x', globs: ['requirements.txt'] },
    ]);
  });

  it.each([
    ['acme/web requirements.txt', /line 1 \(acme\/web requirements.txt\) is not a consumer/],
    ['acme: requirements.txt', /is not a consumer/],
    ['acme/web:', /names no requirement files/],
    ['acme/web@: x.txt', /is not a consumer/],
    ['acme/web@bad..branch: x.txt', /'bad..branch' is not a valid branch name/],
    ['-acme/web: x.txt', /is not a GitHub repository name/],
    ['acme/web: ../secrets.txt', /glob '..\/secrets.txt' leaves the repository/],
    ['acme/web: /etc/passwd', /leaves the repository/],
    ['acme/web: a.txt\nACME/Web: b.txt', /line 2 .* repeats the consumer on line 1/],
  ])('rejects %j, naming the line', (text, message) => {
    expect(() => parseConsumers(text)).toThrow(message);
  });

  it('names the branch after the normalised package name', () => {
    expect(branchFor('Relay.Alpha__Tools')).toBe('wheelrelay/relay-alpha-tools');
  });
});

describe('matchFiles', () => {
  const paths = [
    'requirements.txt',
    'requirements/base.txt',
    'requirements/dev/test.txt',
    'docs/requirements.txt',
    '.ci/requirements.txt',
  ];
  it('matches globs against the tree and reports globs that matched nothing', () => {
    expect(matchFiles(paths, ['requirements/*.txt', 'nope/*.in'])).toEqual({
      matched: ['requirements/base.txt'],
      unmatched: ['nope/*.in'],
    });
    expect(matchFiles(paths, ['**/requirements.txt']).matched).toEqual([
      '.ci/requirements.txt',
      'docs/requirements.txt',
      'requirements.txt',
    ]);
  });
  it('knows plain paths from globs', () => {
    expect(literalPaths(['requirements.txt', 'a/b.in'])).toBe(true);
    expect(literalPaths(['requirements.txt', 'reqs/*.txt'])).toBe(false);
  });
});

describe('editsFor', () => {
  it('rewrites files that pin the package, keeps the rest, and records the previous versions', () => {
    const plan = editsFor(
      [
        { path: 'a.txt', text: 'relay==1.0\n' },
        { path: 'b.txt', text: 'relay==2.0\n' },
        { path: 'c.txt', text: 'flask\n' },
        { path: 'd.txt', text: 'relay @ git+https://github.com/acme/relay.git@v0.9\n' },
      ],
      { name: 'relay', version: '2.0' },
    );
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([
      ['a.txt', 'relay==2.0\n'],
      ['d.txt', 'relay==2.0\n'],
    ]);
    expect(plan.current).toEqual(['b.txt']);
    expect(plan.previous).toEqual(['1.0', 'v0.9']);
  });

  it('reports a hashed pin without hashes as an error of that file', () => {
    const plan = editsFor([{ path: 'r.txt', text: 'relay==1.0 --hash=sha256:abcd\n' }], {
      name: 'relay',
      version: '2.0',
    });
    expect(plan.errors).toEqual([
      { path: 'r.txt', message: expect.stringContaining('r.txt:1 pins relay with --hash lines') },
    ]);
  });

  it('lists a constraint that excludes the version as a blocker of its file, and leaves it', () => {
    const constraints = [
      '# Constraint from astroid 2.3.3',
      'wrapt==1.11.*',
      'wrapt<2 ; python_version >= "3"',
      '',
    ].join('\n');
    const plan = editsFor(
      [
        { path: 'requirements/constraints.txt', text: constraints },
        { path: 'requirements/base.txt', text: 'wrapt==1.11.2\n' },
      ],
      { name: 'wrapt', version: '1.14.1' },
    );
    expect(plan.blockers).toEqual([
      {
        path: 'requirements/constraints.txt',
        line: 2,
        requirement: 'wrapt==1.11.*',
        specifier: '==1.11.*',
      },
    ]);
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([
      ['requirements/base.txt', 'wrapt==1.14.1\n'],
    ]);
    expect(blockersMarkdown(plan.blockers, '1.14.1')).toBe(
      [
        `**Constraints that block ${markdownText('1.14.1')}**: left as written; change them by hand to allow it, or this bump will not install.`,
        '',
        `- ${markdownText('requirements/constraints.txt:2')}: ${markdownText('wrapt==1.11.*')} allows ${markdownText('==1.11.*')} only`,
      ].join('\n'),
    );
    const blockedOnly = editsFor([{ path: 'c.txt', text: constraints }], {
      name: 'wrapt',
      version: '1.14.1',
    });
    expect(decide({ pulls: [], headBlobs: new Map() }, blockedOnly, 'wrapt', '1.14.1')).toEqual({
      action: 'skip',
      reason: 'no pin of wrapt to move; c.txt:2 (wrapt==1.11.*) excludes 1.14.1',
      pull: undefined,
    });
  });

  it.each([
    ['relay==1.2.3', '1.2.3'],
    ['relay===1.2.3 ; python_version<"3.12"', '1.2.3'],
    ['git+https://github.com/acme/relay.git@v1.2#egg=relay', 'v1.2'],
    ['relay @ git+https://github.com/acme/relay@1.2', '1.2'],
  ])('reads the previous version of %j', (entry, version) => {
    expect(previousVersion(entry)).toBe(version);
  });
});

describe('templates', () => {
  it('fills placeholders and leaves other braces alone', () => {
    const values = Object.fromEntries(
      [
        'name',
        'version',
        'previous',
        'index',
        'project-url',
        'tag',
        'sha',
        'compare-url',
        'source-repo',
        'consumer',
        'files',
      ].map((k) => [k, `<${k}>`]),
    ) as Parameters<typeof renderTemplate>[1];
    // A workflow expression in a template stays as written.
    expect(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal GitHub expression
      renderTemplate('Bump {name} {previous} → {version} {compare-url} ${{ x }}', values),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal GitHub expression
    ).toBe('Bump <name> <previous> → <version> <compare-url> ${{ x }}');
  });
  it('rejects an unknown placeholder, naming the input', () => {
    expect(() => checkTemplate('Bump {nmae}', 'pr-title')).toThrow(
      'input `pr-title` uses the unknown placeholder {nmae}',
    );
  });
  it('round-trips the release marker', () => {
    expect(readMarker(`text\n\n${marker('relay-alpha', '1.0.0rc1')}`)).toEqual({
      name: 'relay-alpha',
      version: '1.0.0rc1',
    });
    expect(readMarker('no marker')).toBeUndefined();
  });
});

describe('decide', () => {
  const pull = (over: Partial<PullInfo>): PullInfo => ({
    id: 'PR_1',
    number: 1,
    url: 'u',
    state: 'OPEN',
    title: 't',
    body: marker('relay', '2.0'),
    baseRefName: 'main',
    comments: [],
    ...over,
  });
  const plan = editsFor([{ path: 'r.txt', text: 'relay==1.0\n' }], {
    name: 'relay',
    version: '2.0',
  });
  const ours = { oid: 'x', message: 'Bump\n\nWheelrelay-Release: relay==1.5\n', parents: [] };
  const head = { id: 'REF', oid: 'x', commit: ours };
  const blobs = (t: string) => new Map([['r.txt', blobOid(t)]]);

  it('creates when there is no PR', () => {
    expect(decide({ pulls: [], headBlobs: new Map() }, plan, 'relay', '2.0')).toEqual({
      action: 'create',
    });
  });
  it('leaves an open PR that already carries the version and content', () => {
    expect(
      decide({ pulls: [pull({})], head, headBlobs: blobs('relay==2.0\n') }, plan, 'relay', '2.0')
        .action,
    ).toBe('unchanged');
  });
  it('updates an open PR for an older version, or whose files differ from the fresh base', () => {
    expect(
      decide(
        { pulls: [pull({ body: marker('relay', '1.5') })], head, headBlobs: blobs('relay==1.5\n') },
        plan,
        'relay',
        '2.0',
      ).action,
    ).toBe('update');
    expect(
      decide(
        { pulls: [pull({})], head, headBlobs: blobs('# stale\nrelay==2.0\n') },
        plan,
        'relay',
        '2.0',
      ).action,
    ).toBe('update');
  });
  it('leaves an open PR alone when a person pushed to its branch since', () => {
    const human = {
      oid: 'h',
      message: 'Pin numpy too\n',
      parents: [{ oid: 'x', message: ours.message }],
    };
    expect(
      decide(
        {
          pulls: [pull({ body: marker('relay', '1.5') })],
          head: { id: 'REF', oid: 'h', commit: human },
          headBlobs: blobs('relay==1.5\n'),
        },
        plan,
        'relay',
        '2.0',
      ),
    ).toMatchObject({ action: 'hand-changed', head: { oid: 'h' } });
  });
  it('does not reopen a PR closed without merging for the same version', () => {
    expect(
      decide({ pulls: [pull({ state: 'CLOSED' })], headBlobs: new Map() }, plan, 'relay', '2.0'),
    ).toMatchObject({ action: 'skip' });
    expect(
      decide(
        { pulls: [pull({ state: 'CLOSED', body: marker('relay', '1.5') })], headBlobs: new Map() },
        plan,
        'relay',
        '2.0',
      ).action,
    ).toBe('create');
  });
  it('skips a consumer already on the version', () => {
    const current = editsFor([{ path: 'r.txt', text: 'relay==2.0\n' }], {
      name: 'relay',
      version: '2.0',
    });
    expect(decide({ pulls: [], headBlobs: new Map() }, current, 'relay', '2.0')).toEqual({
      action: 'skip',
      reason: 'already on 2.0',
      pull: undefined,
    });
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with context, as diff -u does', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nrelay==1\nj\n';
    const after = before.replace('relay==1', 'relay==2');
    expect(unifiedDiff('r.txt', before, after)).toBe(
      '--- a/r.txt\n+++ b/r.txt\n@@ -7,5 +7,5 @@\n g\n h\n i\n-relay==1\n+relay==2\n j\n',
    );
  });
  it('marks a missing final newline', () => {
    expect(unifiedDiff('r.txt', 'x==1', 'x==2')).toBe(
      '--- a/r.txt\n+++ b/r.txt\n@@ -1 +1 @@\n-x==1\n\\ No newline at end of file\n+x==2\n\\ No newline at end of file\n',
    );
  });
  it('is empty for equal texts and, applied, always yields the new text', () => {
    expect(unifiedDiff('r', 'same\n', 'same\n')).toBe('');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'e'), { maxLength: 12 }),
        (x, y) => {
          const a = x.map((l) => `${l}\n`).join('');
          const b = y.map((l) => `${l}\n`).join('');
          expect(applyDiff(a, unifiedDiff('f', a, b))).toBe(b);
        },
      ),
    );
  });
});

/** Applies a unified diff (our own output) to a text. */
function applyDiff(text: string, diff: string): string {
  if (diff === '') return text;
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  for (const line of diff.split('\n').slice(2)) {
    const h = /^@@ -(\d+)(?:,(\d+))? /.exec(line);
    if (h) {
      const start = Number(h[1]) - (h[2] === '0' ? 0 : 1);
      while (at < start) out.push(lines[at++] as string);
    } else if (line.startsWith(' ')) {
      out.push(lines[at++] as string);
    } else if (line.startsWith('-')) at++;
    else if (line.startsWith('+')) out.push(line.slice(1));
  }
  while (at < lines.length) out.push(lines[at++] as string);
  return out.length ? `${out.join('\n')}\n` : '';
}

describe('readConfig: pin bump inputs', () => {
  const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    readConfig({ get: (n) => inputs[n] }, env, '/work');
  const base = { 'index-url': 'https://cache.example/simple/', 'index-type': 'generic' };

  it('has no bump without consumers', () => {
    expect(read(base).bump).toBeUndefined();
  });
  it('reads every input, with GitHub URLs from the environment', () => {
    const masked: string[] = [];
    const cfg = readConfig(
      {
        get: (n) =>
          ({
            ...base,
            consumers: 'acme/web: r.txt',
            'consumer-token': ' ghp_abc123 ',
            labels: 'deps, python',
            reviewers: '@octocat',
            'team-reviewers': 'acme/platform',
            'auto-merge': 'squash',
            draft: 'true',
            'dry-run': 'true',
            'pin-style': 'git',
          })[n],
      },
      {
        GITHUB_API_URL: 'https://ghe.example/api/v3/',
        GITHUB_SERVER_URL: 'https://ghe.example',
        GITHUB_REPOSITORY: 'acme/relay',
      },
      '/work',
      (s) => masked.push(s),
    );
    expect(cfg.bump).toMatchObject({
      token: 'ghp_abc123',
      labels: ['deps', 'python'],
      reviewers: ['octocat'],
      teamReviewers: ['platform'],
      autoMerge: 'squash',
      draft: true,
      dryRun: true,
      signCommits: true,
      pinStyle: 'git',
      apiUrl: 'https://ghe.example/api/v3',
      serverUrl: 'https://ghe.example',
      sourceRepo: 'acme/relay',
    });
    expect(masked).toContain('ghp_abc123');
  });
  it.each([
    [{ consumers: 'acme/web: r.txt' }, /input `consumers` is set but `consumer-token` is not/],
    [
      { consumers: 'acme/web: r.txt', 'consumer-token': 't0k', 'auto-merge': 'yes please' },
      /input `auto-merge` is 'yes please'/,
    ],
    [
      { consumers: 'acme/web: r.txt', 'consumer-token': 't0k', 'pin-style': 'sdist' },
      /input `pin-style` is 'sdist'/,
    ],
    [
      { consumers: 'acme/web: r.txt', 'consumer-token': 't0k', reviewers: 'not a login' },
      /input `reviewers` has 'not a login'/,
    ],
    [
      { consumers: 'acme/web: r.txt', 'consumer-token': 't0k', 'pr-body': '{nope}' },
      /input `pr-body` uses the unknown placeholder \{nope\}/,
    ],
  ])('rejects bad input %#', (inputs, message) => {
    expect(() => read({ ...base, ...inputs })).toThrow(message);
  });
});

describe('who made a branch head', () => {
  const ours = `Bump relay to 2.0\n\n- r.txt\n\n${releaseTrailer('relay', '2.0')}\n`;
  it.each([
    ['a wheelrelay commit', { message: ours, parents: [{ message: 'base' }] }, true],
    [
      "GitHub's Update branch merge onto a wheelrelay commit",
      {
        message: "Merge branch 'main' into wheelrelay/relay\n",
        parents: [{ message: ours }, { message: 'base work' }],
      },
      true,
    ],
    [
      "a person's commit on top",
      { message: 'Also pin numpy\n', parents: [{ message: ours }] },
      false,
    ],
    [
      'a merge of something else',
      {
        message: "Merge branch 'feature' into wheelrelay/relay\n",
        parents: [{ message: "a person's commit" }, { message: 'x' }],
      },
      false,
    ],
    [
      'a trailer quoted mid-line',
      { message: 'see Wheelrelay-Release: relay==2.0 above\n', parents: [] },
      false,
    ],
  ])('%s: %s', (_what, commit, mine) => {
    expect(madeByWheelrelay(commit)).toBe(mine);
  });
});

describe('blobOid', () => {
  it('is the oid git gives the same bytes (git hash-object)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wr-oid-'));
    try {
      for (const text of ['relay==2.0\n', '', 'café ✓\r\n'.repeat(1000)]) {
        await writeFile(join(dir, 'f'), text);
        const { stdout } = await run('git', ['hash-object', join(dir, 'f')]);
        expect(blobOid(text)).toBe(stdout.trim());
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('tokenKind', () => {
  it("tells GitHub's token kinds apart by their prefixes", () => {
    expect(
      ['ghs_x', 'github_pat_x', 'ghp_x', 'gho_x', 'ghu_x', 'x-token'].map((t) => tokenKind(t)),
    ).toEqual(['installation', 'fine-grained', 'classic', 'oauth', 'user-to-server', 'unknown']);
  });
});

describe('pacingFor', () => {
  it("keeps GitHub's pacing unless told otherwise for a GitHub on this machine", () => {
    const off = { WHEELRELAY_GITHUB_PACING: 'off' };
    expect(pacingFor('https://api.github.com', {})).toBe(GITHUB_PACING);
    expect(pacingFor('https://api.github.com', off)).toBe(GITHUB_PACING);
    expect(pacingFor('https://ghe.example.com/api/v3', off)).toBe(GITHUB_PACING);
    expect(pacingFor('http://127.0.0.1:8080/api/v3', {})).toBe(GITHUB_PACING);
    expect(pacingFor('http://127.0.0.1:8080/api/v3', off)).toBe(NO_WAITS);
    expect(pacingFor('http://localhost:8080', off)).toBe(NO_WAITS);
    expect(pacingFor('http://[::1]:8080', off)).toBe(NO_WAITS);
    expect(GITHUB_PACING).toEqual({ msPerSecond: 1000, writeGapMs: 1000, notifyGapMs: 3000 });
  });
});
