import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/secrets.js';
import { collectEntries, entryKey, versionFromRef } from '../../src/sync/entries.js';
import { matrixOf } from '../../src/sync/matrix.js';
import { rewritesFor } from '../../src/sync/rewrite.js';
import type { EntryResult } from '../../src/sync/sync-entry.js';

const SHA = '4179ff06128098bc11ca70e666ccd6adde3652b2';

describe('versionFromRef', () => {
  it.each([
    ['v1.2.3', '1.2.3'],
    ['1.2.3', '1.2.3'],
    ['refs/tags/v2.0', '2.0'],
    ['xblock-0.4.12', '0.4.12'],
    ['py2neo-3.1.2', '3.1.2'],
    ['release_1.0.0rc1', '1.0.0rc1'],
    ['V3.0.1', '3.0.1'],
  ])('reads the version a tag-like ref names: %s -> %s', (ref, version) => {
    expect(versionFromRef(ref)).toBe(version);
  });

  it.each([SHA, 'a1b2c3d', 'master', 'main', 'release/1.2', 'v2', 'feature-x', '20230101'])(
    'knows no version from a commit or branch: %s',
    (ref) => {
      expect(versionFromRef(ref)).toBeUndefined();
    },
  );
});

describe('collectEntries', () => {
  it('finds every kind of git pin, with the version from the egg or the tag', () => {
    const text = [
      '# comment',
      'django==4.2',
      '-e git+https://github.com/edx/codejail.git@3.1.3#egg=codejail==3.1.3',
      `openedx-django-pyfs @ git+https://github.com/openedx/django-pyfs.git@${SHA}`,
      'git+https://github.com/org/tool.git@v2.0.1#egg=tool',
      `git+ssh://git@github.com/org/mono.git@${SHA}#egg=foo==1.0&subdirectory=pkgs/foo`,
      'git+https://github.com/org/nameless.git@main',
      '',
    ].join('\n');
    const entries = collectEntries([{ file: 'requirements/github.txt', text }]);
    expect(
      entries.map((e) => ({
        name: e.name,
        version: e.version,
        from: e.versionFrom,
        ref: e.ref,
        sub: e.subdirectory,
        loc: e.locations,
      })),
    ).toEqual([
      {
        name: 'codejail',
        version: '3.1.3',
        from: 'egg',
        ref: '3.1.3',
        sub: undefined,
        loc: [{ file: 'requirements/github.txt', line: 3 }],
      },
      {
        name: 'openedx-django-pyfs',
        version: undefined,
        from: undefined,
        ref: SHA,
        sub: undefined,
        loc: [{ file: 'requirements/github.txt', line: 4 }],
      },
      {
        name: 'tool',
        version: '2.0.1',
        from: 'tag',
        ref: 'v2.0.1',
        sub: undefined,
        loc: [{ file: 'requirements/github.txt', line: 5 }],
      },
      {
        name: 'foo',
        version: '1.0',
        from: 'egg',
        ref: SHA,
        sub: 'pkgs/foo',
        loc: [{ file: 'requirements/github.txt', line: 6 }],
      },
      {
        name: undefined,
        version: undefined,
        from: undefined,
        ref: 'main',
        sub: undefined,
        loc: [{ file: 'requirements/github.txt', line: 7 }],
      },
    ]);
  });

  it('makes one entry of the same repository and ref in several files, keeping every location', () => {
    const a = `-e git+https://github.com/org/lib.git@${SHA}#egg=lib\n`;
    const b = `lib @ git+https://github.com/org/lib@${SHA}\nother==1\ngit+https://GitHub.com/org/lib.git@${SHA}#egg=lib==2.0\n`;
    const [entry, ...rest] = collectEntries([
      { file: 'base.txt', text: a },
      { file: 'dev.txt', text: b },
    ]);
    expect(rest).toEqual([]);
    expect(entry?.locations).toEqual([
      { file: 'base.txt', line: 1 },
      { file: 'dev.txt', line: 1 },
      { file: 'dev.txt', line: 3 },
    ]);
    // A later mention's #egg= version counts: no clone is needed to know it.
    expect(entry?.version).toBe('2.0');
    expect(entry?.versionFrom).toBe('egg');
  });

  it('keeps entries apart that differ in ref or subdirectory', () => {
    const keys = new Set([
      entryKey('https://h/o/r.git', 'v1'),
      entryKey('https://h/o/r.git', 'v2'),
      entryKey('https://h/o/r.git', 'v1', 'a'),
      entryKey('https://h/o/r.git', 'v1', 'b'),
    ]);
    expect(keys.size).toBe(4);
    expect(entryKey('https://H/o/r.git/', 'v1')).toBe(entryKey('https://h/o/r', 'v1'));
  });

  it('takes credentials out of an https URL and masks them everywhere', () => {
    const token = 'ghp_SyncSecretToken123';
    const [entry] = collectEntries([
      {
        file: 'r.txt',
        text: `git+https://${token}@github.com/org/private.git@v1.0.0#egg=private\n`,
      },
    ]);
    expect(entry?.url).toBe('https://github.com/org/private.git');
    expect(entry?.credentials).toEqual({ username: 'x-access-token', password: token });
    expect(entry?.requirement).not.toContain(token);
    expect(redact(`leak: ${token}`)).toBe('leak: ***');
  });

  it('takes a password with @ in it whole, masks it whole, and hands every form to the runner', () => {
    const masked: string[] = [];
    const line = 'name @ git+https://ci:p@ss@w0rd@git.acme.com/org/lib.git@v1.0#egg=lib';
    const [entry] = collectEntries([{ file: 'r.txt', text: `${line}\n` }], (s) => masked.push(s));
    expect(entry?.url).toBe('https://git.acme.com/org/lib.git');
    expect(entry?.ref).toBe('v1.0');
    expect(entry?.credentials).toEqual({ username: 'ci', password: 'p@ss@w0rd' });
    expect(entry?.requirement).toBe('name @ git+https://***@git.acme.com/org/lib.git@v1.0#egg=lib');
    expect(masked).toEqual(
      expect.arrayContaining([
        'p@ss@w0rd',
        encodeURIComponent('p@ss@w0rd'),
        Buffer.from('ci:p@ss@w0rd').toString('base64'),
      ]),
    );
    for (const leak of ['ss@w0rd', 'w0rd@', 'p@ss']) {
      expect(entry?.requirement).not.toContain(leak);
    }
  });

  it('decodes a percent-encoded password, and masks the form it was written in', () => {
    const masked: string[] = [];
    const [entry] = collectEntries(
      [{ file: 'r.txt', text: 'git+https://ci:p%40ss%2Fx@h.example/o/r.git@v1#egg=r\n' }],
      (s) => masked.push(s),
    );
    expect(entry?.credentials).toEqual({ username: 'ci', password: 'p@ss/x' });
    expect(masked).toEqual(expect.arrayContaining(['p@ss/x', 'p%40ss%2Fx']));
    expect(entry?.requirement).toBe('git+https://***@h.example/o/r.git@v1#egg=r');
  });

  it('reads real requirement files from open source projects without error', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'requirements');
    const file = 'openedx__edx-platform__80c361f10b__requirements_edx_github.txt';
    const text = await readFile(join(dir, file), 'utf8');
    const entries = collectEntries([{ file, text }]);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect(e.url).toMatch(/^(https|ssh|git|file):\/\//);
  });
});

describe('matrixOf', () => {
  const entries = collectEntries([
    {
      file: 'r.txt',
      text: Array.from(
        { length: 7 },
        (_, i) => `git+https://h/o/p${i}.git@v1.${i}.0#egg=p${i}`,
      ).join('\n'),
    },
  ]);

  it('gives each missing entry its own job when they fit', () => {
    const m = matrixOf(entries, 256);
    expect(m.include).toHaveLength(7);
    expect(m.include[0]).toEqual({
      requirement: 'git+https://h/o/p0.git@v1.0.0#egg=p0',
      name: 'p0==1.0.0',
    });
  });

  it('spreads entries evenly over at most matrix-limit jobs', () => {
    const m = matrixOf(entries, 3);
    expect(m.include.map((j) => j.requirement.split('\n').length)).toEqual([3, 2, 2]);
    const all = m.include.flatMap((j) => j.requirement.split('\n'));
    expect(new Set(all).size).toBe(7);
    // Each group is itself a valid input for a sync job.
    expect(collectEntries([{ file: 'x', text: m.include[0]?.requirement ?? '' }])).toHaveLength(3);
  });

  it('is an empty matrix when nothing is missing', () => {
    expect(matrixOf([], 256)).toEqual({ include: [] });
  });
});

describe('rewritesFor', () => {
  it('turns synced git pins into index pins in the files they came from, and leaves failed and unverified ones', () => {
    const text = [
      '-e git+https://h/o/a.git@v1.0.0#egg=alpha==1.0.0  # keep this comment',
      'beta @ git+https://h/o/b.git@main',
      'git+https://h/o/c.git@nope#egg=gamma',
      'django==4.2',
      'git+https://h/o/d.git@v2.0.0#egg=delta==2.0.0',
      '',
    ].join('\n');
    const [a, b, c, d] = collectEntries([{ file: 'github.txt', text }]);
    if (!a || !b || !c || !d) throw new Error('expected four entries');
    const result = (
      entry: typeof a,
      outcome: EntryResult['outcome'],
      name?: string,
      version?: string,
    ): EntryResult => ({
      entry,
      outcome,
      ...(name ? { name } : {}),
      ...(version ? { version } : {}),
      files: [],
      notes: [],
      cloned: true,
      built: true,
      durationMs: 0,
    });
    const [rewrite] = rewritesFor(
      [{ file: 'github.txt', text }],
      [
        result(a, 'already-present', 'alpha', '1.0.0'),
        { ...result(b, 'uploaded', 'Beta', '0.3.0'), commit: SHA },
        result(c, 'failed'),
        // Uploaded but never seen listed: pip could not install it from the index.
        result(d, 'unverified', 'delta', '2.0.0'),
      ],
    );
    expect(rewrite?.after).toBe(
      [
        'alpha==1.0.0  # from git+https://h/o/a.git@v1.0.0  # keep this comment',
        `beta==0.3.0  # from git+https://h/o/b.git@${SHA}`,
        'git+https://h/o/c.git@nope#egg=gamma',
        'django==4.2',
        'git+https://h/o/d.git@v2.0.0#egg=delta==2.0.0',
        '',
      ].join('\n'),
    );
    expect(rewrite?.changes.map((ch) => [ch.line, ch.kind])).toEqual([
      [1, 'git-to-index'],
      [2, 'git-to-index'],
    ]);
  });

  /** A synced result for an entry, as syncRequirements reports it. */
  const synced = (
    entry: ReturnType<typeof collectEntries>[number] | undefined,
    name: string,
    version: string,
  ): EntryResult => {
    if (!entry) throw new Error('expected an entry');
    return {
      entry,
      outcome: 'uploaded',
      name,
      version,
      files: [],
      notes: [],
      cloned: true,
      built: true,
      durationMs: 0,
    };
  };

  it('rewrites each line from its own entry, once, when a file pins one name at two refs', () => {
    const text = [
      'git+https://h/o/pkga.git@v1.1.0#egg=pkga==1.1.0',
      'git+https://h/o/pkga.git@6b64421#egg=pkga',
      '',
    ].join('\n');
    const [tagged, commit] = collectEntries([{ file: 'r.txt', text }]);
    const [rewrite] = rewritesFor(
      [{ file: 'r.txt', text }],
      [synced(tagged, 'pkga', '1.1.0'), synced(commit, 'pkga', '1.0.0')],
    );
    const after = [
      'pkga==1.1.0  # from git+https://h/o/pkga.git@v1.1.0',
      'pkga==1.0.0  # from git+https://h/o/pkga.git@6b64421',
    ];
    expect(rewrite?.after).toBe([...after, ''].join('\n'));
    expect(rewrite?.changes.map((ch) => [ch.line, ch.after])).toEqual([
      [1, after[0]],
      [2, after[1]],
    ]);
  });

  it('leaves index pins of the same name elsewhere in the file as they are', () => {
    const text = [
      'pkga==0.9.0 ; python_version < "3.8"',
      'git+https://h/o/pkga.git@v1.1.0#egg=pkga==1.1.0 ; python_version >= "3.8"',
      '',
    ].join('\n');
    const [entry] = collectEntries([{ file: 'r.txt', text }]);
    const [rewrite] = rewritesFor([{ file: 'r.txt', text }], [synced(entry, 'pkga', '1.1.0')]);
    expect(rewrite?.after).toBe(
      [
        'pkga==0.9.0 ; python_version < "3.8"',
        'pkga==1.1.0 ; python_version >= "3.8"  # from git+https://h/o/pkga.git@v1.1.0',
        '',
      ].join('\n'),
    );
    expect(rewrite?.changes).toHaveLength(1);
  });

  it('rewrites the entry after a continued one (the continuation keeps its line)', () => {
    const text = [
      'alpha @ \\',
      '    git+https://h/o/alpha.git@v1.0.0',
      'git+https://h/o/beta.git@v2.0.0#egg=beta==2.0.0',
      '',
    ].join('\n');
    const [a, b] = collectEntries([{ file: 'r.txt', text }]);
    const [rewrite] = rewritesFor(
      [{ file: 'r.txt', text }],
      [synced(a, 'alpha', '1.0.0'), synced(b, 'beta', '2.0.0')],
    );
    // The comment goes on the entry's last line: before a backslash it would swallow the next.
    expect(rewrite?.after).toBe(
      [
        'alpha==1.0.0\\',
        '  # from git+https://h/o/alpha.git@v1.0.0',
        'beta==2.0.0  # from git+https://h/o/beta.git@v2.0.0',
        '',
      ].join('\n'),
    );
  });

  describe('against an upstream index', () => {
    const text = [
      '-e git+https://h/edx/django-wiki.git@0.1.1#egg=django-wiki  # via -r github.in',
      'git+https://h/edx/codejail.git@3.1.3#egg=codejail==3.1.3',
      '',
    ].join('\n');
    const [wiki, codejail] = collectEntries([{ file: 'github.in', text }]);
    const HASH_A = 'a'.repeat(64);
    const HASH_B = 'b'.repeat(64);
    const UP = 'http://127.0.0.1:9/simple/';

    it('leaves a git pin whose version the upstream has with other files, and says why', () => {
      const [rewrite] = rewritesFor(
        [{ file: 'github.in', text }],
        [
          {
            ...synced(wiki, 'django-wiki', '0.1.1'),
            sha256: [HASH_A],
            upstream: { kind: 'other-files', files: ['django_wiki-0.1.1-py3-none-any.whl'] },
          },
          {
            ...synced(codejail, 'codejail', '3.1.3'),
            sha256: [HASH_B],
            upstream: { kind: 'absent', otherVersions: false },
          },
        ],
        { mode: 'pin', upstream: UP },
      );
      expect(rewrite?.after.split('\n')).toEqual([
        '-e git+https://h/edx/django-wiki.git@0.1.1#egg=django-wiki  # via -r github.in',
        'codejail==3.1.3  # from git+https://h/edx/codejail.git@3.1.3',
        '',
      ]);
      expect(rewrite?.skipped).toHaveLength(1);
      expect(rewrite?.skipped[0]).toMatch(
        /^github\.in:1: not rewritten to django-wiki==0\.1\.1: http:\/\/127\.0\.0\.1:9\/simple\/ has django-wiki==0\.1\.1 too, with other files \(django_wiki-0\.1\.1-py3-none-any\.whl\).*rewrite: hash/,
      );
      expect(rewrite?.notes).toEqual([]);
    });

    it('leaves a git pin when the upstream could not be asked, and writes one whose upstream files are the synced ones', () => {
      const [rewrite] = rewritesFor(
        [{ file: 'github.in', text }],
        [
          {
            ...synced(wiki, 'django-wiki', '0.1.1'),
            sha256: [HASH_A],
            upstream: { kind: 'unreachable', error: 'read failed: ECONNREFUSED' },
          },
          {
            ...synced(codejail, 'codejail', '3.1.3'),
            sha256: [HASH_B],
            upstream: { kind: 'same-files' },
          },
        ],
        { mode: 'pin', upstream: UP },
      );
      expect(rewrite?.changes.map((c) => c.line)).toEqual([2]);
      expect(rewrite?.skipped[0]).toMatch(
        /^github\.in:1: not rewritten to django-wiki==0\.1\.1: .* could not be asked .*ECONNREFUSED.*The git pin stays/,
      );
    });

    it('warns when the upstream has the name at other versions only, and rewrites', () => {
      const [rewrite] = rewritesFor(
        [{ file: 'github.in', text }],
        [
          {
            ...synced(codejail, 'codejail', '3.1.3'),
            upstream: { kind: 'absent', otherVersions: true },
          },
        ],
        { mode: 'pin', upstream: UP },
      );
      expect(rewrite?.changes).toHaveLength(1);
      expect(rewrite?.notes[0]).toMatch(
        /^github\.in:2: rewritten to codejail==3\.1\.3; .* has other versions/,
      );
    });

    it("hash mode: writes the synced files' hashes on every rewritten pin, whatever the upstream has", () => {
      const [rewrite] = rewritesFor(
        [{ file: 'github.in', text }],
        [
          { ...synced(wiki, 'django-wiki', '0.1.1'), sha256: [HASH_B, HASH_A], commit: SHA },
          { ...synced(codejail, 'codejail', '3.1.3'), sha256: [] },
        ],
        { mode: 'hash' },
      );
      expect(rewrite?.after.split('\n')).toEqual([
        `django-wiki==0.1.1 --hash=sha256:${HASH_A} --hash=sha256:${HASH_B}  # from git+https://h/edx/django-wiki.git@${SHA}  # via -r github.in`,
        'git+https://h/edx/codejail.git@3.1.3#egg=codejail==3.1.3',
        '',
      ]);
      expect(rewrite?.skipped).toEqual([
        'github.in:2: not rewritten to codejail==3.1.3: the index gave no sha256 of its files to write as --hash; the git pin stays',
      ]);
    });

    it('never writes the credentials of a URL into the origin comment', () => {
      const secretText = 'git+https://ci-bot:s3cr3t-t0ken@h/o/private.git@v1.0#egg=private==1.0\n';
      const [entry] = collectEntries([{ file: 'r.txt', text: secretText }]);
      const [rewrite] = rewritesFor(
        [{ file: 'r.txt', text: secretText }],
        [{ ...synced(entry, 'private', '1.0'), commit: SHA }],
      );
      expect(rewrite?.after).toBe(`private==1.0  # from git+https://h/o/private.git@${SHA}\n`);
      expect(rewrite?.after).not.toContain('s3cr3t');
    });
  });

  it('rewrites a pip-compile file with a warning naming the .in it comes from, and keeps pip-compile order', async () => {
    const file = 'requirements/edx/base.txt';
    const text = await readFile(
      join(
        import.meta.dirname,
        '..',
        'fixtures',
        'requirements',
        'openedx__edx-platform__0f4edfb9d1__requirements_edx_base.txt',
      ),
      'utf8',
    );
    const wiki = collectEntries([{ file, text }]).find((e) => e.name === 'django-wiki');
    const [rewrite] = rewritesFor([{ file, text }], [synced(wiki, 'django-wiki', '1.0.0')]);
    const pin =
      'django-wiki==1.0.0  # from git+https://github.com/edly-io/django-wiki.git@edly-1.0.0  # via -r requirements/edx/github.in';
    const before = text.split('\n');
    const after = rewrite?.after.split('\n') ?? [];
    expect(after).toHaveLength(before.length);
    // The editable block loses the line; the non-editables gain it in their sorted place.
    expect(after.filter((l) => l !== pin)).toEqual(
      before.filter((l) => !l.includes('django-wiki.git')),
    );
    const at = after.indexOf(pin);
    // Between the names pip-compile sorted around it, past the editables at the top.
    expect((after[at - 1] ?? '') < 'django-wiki').toBe(true);
    expect(after[at - 1]).toMatch(/^django-/);
    expect((after[at + 1] ?? '') > 'django-wiki').toBe(true);
    expect(after.slice(0, at).filter((l) => /^[a-z]/i.test(l)).length).toBeGreaterThan(30);
    expect(rewrite?.notes).toEqual([
      "requirements/edx/base.txt was generated by pip-compile: its next run writes these git pins back from requirements/edx/github.in. Rewrite them there too (wheelrelay sync requirements/edx/github.in --rewrite), then run pip-compile again, or this change is undone. The rewritten lines were kept in pip-compile's order.",
    ]);
  });
});
