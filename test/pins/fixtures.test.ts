import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  findVcsRequirements,
  normalizeName,
  type PinTarget,
  parseRequirements,
  type RewriteResult,
  type RewriteStatus,
  rewritePins,
} from '../../src/pins/index.js';

// Real requirement files, byte for byte as committed (see /work/shared/fixtures README).
const DIR = new URL('../fixtures/requirements/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DIR), 'utf8');
const FILES = readdirSync(DIR).sort();

const HASHES = [`sha256:${'f'.repeat(64)}`, `sha256:${'e'.repeat(64)}`];
const SHA_NEW = '0123456789abcdef0123456789abcdef01234567';

/** Physical lines with their endings, split independently of the code under test. */
function physical(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const withoutEol = (line: string) => line.replace(/\r?\n$|\r$/, '');

/**
 * Asserts that the output differs from the input only inside the reported changes, and that
 * each change reports the exact lines it replaced and wrote; every other line (ending included)
 * must be byte-identical and in place.
 */
function expectOnlyReportedChanges(input: string, result: RewriteResult): void {
  const before = physical(input);
  const after = physical(result.text);
  let i = 0;
  let o = 0;
  for (const change of [...result.changes].sort((a, b) => a.line - b.line)) {
    const untouched = change.line - 1 - i;
    expect(after.slice(o, o + untouched), `lines ${i + 1}-${change.line - 1}`).toEqual(
      before.slice(i, i + untouched),
    );
    i += untouched;
    o += untouched;
    const removed = change.before.split('\n').length;
    const added = change.after.split('\n').length;
    expect(
      before
        .slice(i, i + removed)
        .map(withoutEol)
        .join('\n'),
    ).toBe(change.before);
    expect(
      after
        .slice(o, o + added)
        .map(withoutEol)
        .join('\n'),
    ).toBe(change.after);
    i += removed;
    o += added;
  }
  expect(after.slice(o)).toEqual(before.slice(i));
}

interface FixtureCase {
  readonly why: string;
  readonly file: string;
  readonly target: PinTarget;
  readonly status: RewriteStatus;
  /** Each changed entry's first line and its new text. */
  readonly changed?: Record<number, string>;
}

const fixtureCases: FixtureCase[] = [
  {
    why: 'codejail in github.in becomes an index pin',
    file: 'openedx__edx-platform__fd9d9d9ef4__requirements_edx_github.in',
    target: { name: 'codejail', version: '4.0.0' },
    status: 'changed',
    changed: { 67: 'codejail==4.0.0' },
  },
  {
    why: 'codejail in github.in moves to a new sha with style git',
    file: 'openedx__edx-platform__fd9d9d9ef4__requirements_edx_github.in',
    target: { name: 'codejail', version: '4.0.0', style: 'git', gitRef: SHA_NEW },
    status: 'changed',
    changed: { 67: `-e git+https://github.com/edx/codejail.git@${SHA_NEW}#egg=codejail==4.0.0` },
  },
  {
    why: 'codejail in development.txt: codejail-includes and # via mentions stay',
    file: 'openedx__edx-platform__1eed19082f__requirements_edx_development.txt',
    target: { name: 'codejail', version: '4.0.0' },
    status: 'changed',
    changed: { 9: 'codejail==4.0.0' },
  },
  {
    why: 'a PEP 508 direct reference in development.txt',
    file: 'openedx__edx-platform__1eed19082f__requirements_edx_development.txt',
    target: { name: 'xblock-poll', version: '1.13.0', style: 'git' },
    status: 'changed',
    changed: { 1680: 'xblock-poll @ git+https://github.com/open-craft/xblock-poll@v1.13.0' },
  },
  {
    why: 'a hashed package in warehouse: its hashes are replaced, alembic-postgresql-enum stays',
    file: 'pypi__warehouse__6b62157124__requirements_main.txt',
    target: { name: 'alembic', version: '1.19.0', hashes: HASHES },
    status: 'changed',
    changed: {
      7: ['alembic==1.19.0 \\', `    --hash=${HASHES[1]} \\`, `    --hash=${HASHES[0]}`].join('\n'),
    },
  },
  {
    why: 'a hashed package with extras in warehouse',
    file: 'pypi__warehouse__6b62157124__requirements_main.txt',
    target: { name: 'Celery', version: '5.7.0', hashes: [HASHES[0] ?? ''] },
    status: 'changed',
    changed: { 199: ['celery[redis]==5.7.0 \\', `    --hash=${HASHES[0]}`].join('\n') },
  },
  {
    why: 'the hashed setuptools in the "unsafe" section',
    file: 'googleapis__python-api-core__159e9a4952__.kokoro_requirements.txt',
    target: { name: 'setuptools', version: '75.2.0', hashes: [HASHES[0] ?? ''] },
    status: 'changed',
    changed: { 506: ['setuptools==75.2.0 \\', `    --hash=${HASHES[0]}`].join('\n') },
  },
  {
    why: 'poetry export: marker and hashes on one requirement',
    file: 'aucampia__issue-20230108-poetry_export__7c001d3c60__requirements.txt',
    target: { name: 'colorama', version: '0.4.7', hashes: [HASHES[0] ?? ''] },
    status: 'changed',
    changed: {
      4: [
        'colorama==0.4.7 ; python_version >= "3.11" and python_version < "4.0" and platform_system == "Windows" \\',
        `    --hash=${HASHES[0]}`,
      ].join('\n'),
    },
  },
  {
    why: 'the CRLF file keeps CRLF and PySoundFile stays',
    file: 'Anjok07__ultimatevocalremovergui__5517e0cf0d__requirements.txt',
    target: { name: 'soundfile', version: '0.12.1' },
    status: 'changed',
    changed: { 39: "SoundFile==0.12.1; sys_platform != 'darwin'" },
  },
  {
    why: 'the last line of a file without final newline is a git URL',
    file: 'openedx__xblock-sdk__2780f035d8__requirements_base.in',
    target: { name: 'openedx_django_pyfs', version: '3.4.0' },
    status: 'changed',
    changed: { 15: 'openedx-django-pyfs==3.4.0' },
  },
  {
    why: 'a local-version pin before a final -r without newline',
    file: 'bmaltais__kohya_ss__45088f04af__requirements_pytorch_windows.txt',
    target: { name: 'torch', version: '2.8.0+cu128' },
    status: 'changed',
    changed: { 4: 'torch==2.8.0+cu128' },
  },
  {
    why: 'a comments-only file without final newline',
    file: 'openedx__xqueue-watcher__1aa0e581f3__requirements_constraints.txt',
    target: { name: 'codejail', version: '4.0.0' },
    status: 'not-found',
  },
  {
    why: 'NILE: every requirement is commented out',
    file: 'NILE-K-MOOC__edx-platform__3b5e822970__requirements_edx_github.txt',
    target: { name: 'xblock', version: '1.0.0' },
    status: 'not-found',
  },
  {
    why: 'NILE: not even the header example (edx_lint) counts',
    file: 'NILE-K-MOOC__edx-platform__3b5e822970__requirements_edx_github.txt',
    target: { name: 'edx-lint', version: '1.0.0' },
    status: 'not-found',
  },
  {
    why: 'merge-conflict markers stay; the pin between them moves',
    file: 'openedx__edx-platform__9ca9aa44c6__requirements_edx_github.txt',
    target: { name: 'xblock-utils', version: '1.1.0' },
    status: 'changed',
    changed: { 101: 'xblock-utils==1.1.0' },
  },
  {
    why: 'the same package in git form and plain form: both move',
    file: 'openedx__edx-platform__0f4edfb9d1__requirements_edx_base.txt',
    target: { name: 'py2neo', version: '3.1.3' },
    status: 'changed',
    changed: {
      16: 'py2neo==3.1.3  # via -r requirements/edx/github.in',
      187: 'py2neo==3.1.3             # via -r requirements/edx/base.in',
    },
  },
  {
    why: 'django-ratelimit-backend twice (editable and not); django-ratelimit stays',
    file: 'openedx__edx-platform__0f4edfb9d1__requirements_edx_base.txt',
    target: { name: 'django-ratelimit-backend', version: '2.0.1' },
    status: 'changed',
    changed: {
      10: 'django-ratelimit-backend==2.0.1  # via -r requirements/edx/github.in',
      74: 'django-ratelimit-backend==2.0.1  # via -r requirements/edx/github.in',
    },
  },
  {
    why: 'XBlock among xblock-utils, xblock-google-drive, xblock-poll',
    file: 'openedx__edx-platform__00473d44ac__requirements_edx_github.txt',
    target: { name: 'xblock', version: '1.0.0' },
    status: 'changed',
    changed: { 38: 'XBlock==1.0.0' },
  },
  {
    why: 'the malformed lettuce egg is not read as a pin',
    file: 'openedx__edx-platform__00473d44ac__requirements_edx_github.txt',
    target: { name: 'lettuce', version: '1.8' },
    status: 'not-found',
  },
  {
    why: 'XBlock with a prefixed tag, style git, next to repositories named *XBlock',
    file: 'openedx__edx-platform__80c361f10b__requirements_edx_github.txt',
    target: { name: 'XBlock', version: '0.5.0', style: 'git' },
    status: 'changed',
    changed: { 73: 'git+https://github.com/edx/XBlock.git@xblock-0.5.0#egg=XBlock==0.5.0' },
  },
  {
    why: 'path, not path.py (pip-compile 5 inline via)',
    file: 'openedx__xqueue-watcher__0ba9b75e01__requirements_test.txt',
    target: { name: 'path', version: '16.0.0' },
    status: 'changed',
    changed: { 19: 'path==16.0.0              # via -r requirements/production.txt, path.py' },
  },
  {
    why: 'a wildcard pin in constraints is a range',
    file: 'openedx__edx-platform__002637dc73__requirements_constraints.txt',
    target: { name: 'wrapt', version: '1.12.0' },
    status: 'not-found',
  },
  {
    why: 'an unpinned range in a .in file',
    file: 'openedx__edx-platform__81a99e4d32__requirements_edx_base.in',
    target: { name: 'django', version: '1.11.29' },
    status: 'not-found',
  },
  {
    why: 'an already-current pin',
    file: 'certbot__certbot__f769e35e77__tools_oldest_constraints.txt',
    target: { name: 'colorama', version: '0.4.6' },
    status: 'already-current',
  },
];

describe('real requirement files', () => {
  test.each(fixtureCases)('$why ($file)', ({ file, target, status, changed = {} }) => {
    const input = read(file);
    const result = rewritePins(input, target, file);
    expect(result.status).toBe(status);
    expect(Object.fromEntries(result.changes.map((change) => [change.line, change.after]))).toEqual(
      changed,
    );
    expectOnlyReportedChanges(input, result);
    if (status !== 'changed') expect(result.text).toBe(input);
  });

  test('the CRLF file keeps CRLF on the rewritten line', () => {
    const file = 'Anjok07__ultimatevocalremovergui__5517e0cf0d__requirements.txt';
    const { text } = rewritePins(read(file), { name: 'PYYAML', version: '6.0.1' });
    expect(text).toContain('\r\nPyYAML==6.0.1\r\n');
    expect(text.match(/\r\n/g)?.length).toBe(42);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('a hashed warehouse entry without hashes is refused with file and line', () => {
    const file = 'pypi__warehouse__6b62157124__requirements_main.txt';
    expect(() => rewritePins(read(file), { name: 'alembic', version: '1.19.0' }, file)).toThrow(
      `${file}:7 pins alembic with --hash lines`,
    );
  });
});

/**
 * Packages with an exact or git pin in a file, by their spelling there; at most 40, evenly
 * spread, so warehouse's 230 hashed entries do not dominate the run time.
 */
function pinnedNames(text: string): string[] {
  const names = new Set<string>();
  for (const entry of parseRequirements(text).entries) {
    if (entry.kind !== 'requirement') continue;
    const { name, pin, git } = entry.requirement;
    if (name !== undefined && (pin || git)) names.add(name);
  }
  const step = Math.ceil(names.size / 40);
  return [...names].filter((_, i) => i % step === 0);
}

describe.each(FILES)('every pinned package of %s', (file) => {
  const input = read(file);

  test.each(['index', 'git'] as const)(
    'rewritten with style %s changes only its own entries, and a second run changes nothing',
    (style) => {
      for (const name of pinnedNames(input)) {
        const target: PinTarget = {
          name,
          version: '99.0.0',
          hashes: HASHES,
          style,
          gitRef: SHA_NEW,
        };
        const result = rewritePins(input, target, file);
        expect(result.status, name).toBe('changed');
        expectOnlyReportedChanges(input, result);
        for (const change of result.changes) {
          // Each change is about this package: its old text names it, its new text pins it.
          expect(normalizeName(change.before)).toContain(normalizeName(name));
          expect(change.after).toContain(change.kind === 'git-ref' ? `@${SHA_NEW}` : '99.0.0');
        }
        const again = rewritePins(result.text, target, file);
        expect(again.text).toBe(result.text);
        expect(again.status).toBe('already-current');
      }
    },
  );

  test('findVcsRequirements finds exactly the uncommented git lines', () => {
    const gitLines = physical(input)
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter(({ text }) => /^(?:-e\s+)?git(?:\+\w+)?:\/\/|^\S+\s*@\s*git\+/.test(text));
    expect(findVcsRequirements(input).map((found) => found.line)).toEqual(
      gitLines.map((g) => g.line),
    );
  });
});
