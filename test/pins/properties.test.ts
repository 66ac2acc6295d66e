import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type PinTarget, rewritePins } from '../../src/pins/index.js';

/**
 * Generated requirement files are lists of blocks: whole entries (an entry with its hash
 * continuation lines counts as one), some about the target package `foo-bar`, the others
 * decoys that must never change.
 */
interface Block {
  readonly about: boolean;
  readonly lines: readonly string[];
}

const spelling = fc.constantFrom('foo-bar', 'Foo_Bar', 'foo.bar', 'FOO-bar', 'foo__bar');
const version = fc.constantFrom('1.0', '1.0.0', '2.0', 'v2.0', '2.0.post1', '3.1.2+edx.1');
const ref = fc.constantFrom(
  '6b17c33a89bef0ac510926b1d7fea2748b73aadd',
  'v1.0',
  '1.0',
  'foo-bar-1.0',
  'main',
);
const hash = fc.constantFrom(...'0123456789abcdef'.split('')).map((d) => `sha256:${d.repeat(64)}`);
const tail = fc.constantFrom(
  '',
  '  # via -r base.in',
  ' ; python_version >= "3"',
  '; sys_platform != "win32"  # c',
);
const editable = fc.constantFrom('', '-e ');
const extras = fc.constantFrom('', '[redis]', '[a,b]');

const hashLines = (hashes: readonly string[]) =>
  hashes.map((h, i) => `    --hash=${h}${i < hashes.length - 1 ? ' \\' : ''}`);

const aboutBlock: fc.Arbitrary<Block> = fc
  .oneof(
    fc
      .tuple(spelling, extras, fc.constantFrom('==', '===', ' == '), version, tail)
      .map(([name, ex, op, v, t]) => [`${name}${ex}${op}${v}${t}`]),
    fc
      .tuple(editable, ref, spelling, fc.option(version, { nil: undefined }), tail)
      .map(([e, r, name, v, t]) => [
        `${e}git+https://github.com/org/foo-bar.git@${r}#egg=${name}${v ? `==${v}` : ''}${t}`,
      ]),
    fc
      .tuple(spelling, extras, ref, tail)
      .map(([name, ex, r, t]) => [`${name}${ex} @ git+https://github.com/org/foo-bar@${r}${t}`]),
    fc
      .tuple(spelling, version, fc.array(hash, { minLength: 1, maxLength: 3 }))
      .map(([name, v, hashes]) => [`${name}==${v} \\`, ...hashLines(hashes)]),
  )
  .map((lines) => ({ about: true, lines }));

const decoyBlock: fc.Arbitrary<Block> = fc
  .oneof(
    fc.constantFrom(
      ['foo-bar-baz==1.0'],
      ['foo==1.0'],
      ['foobar==1.0'],
      ['bar-foo-bar==1.0  # foo-bar==1.0'],
      ['foo-bar>=1.0'],
      ['foo-bar'],
      ['Foo_Bar[redis] ; python_version < "3"'],
      ['foo-bar==1.*'],
      ['foo-bar>=1.0,<2'],
      ['# foo-bar==1.0'],
      ['#git+https://github.com/org/foo-bar.git@v1.0#egg=foo-bar==1.0'],
      ['    # via foo-bar'],
      ['    #   foo-bar'],
      ['-r foo-bar.txt'],
      ['-c constraints.txt'],
      ['--index-url https://pypi.example/simple/foo-bar/'],
      ['-e ./foo-bar'],
      [''],
      ['   '],
      ['<<<<<<< HEAD'],
      ['======='],
      ['>>>>>>> foo-bar'],
      ['git+https://github.com/org/foo-bar.git@v1.0'],
      ['-e git+https://github.com/org/foo-bar.git@v1.0#egg=foo-bar-baz==1.0'],
      ['git+https://github.com/org/foo-bar.git@v1.0#egg=foo-bar=1.0'],
      ['foo-bar @ https://files.example/foo_bar-1.0-py3-none-any.whl'],
    ),
    fc
      .array(hash, { minLength: 1, maxLength: 3 })
      .map((hashes) => ['foo-bar-baz==1.0 \\', ...hashLines(hashes)]),
  )
  .map((lines) => ({ about: false, lines }));

const file = fc.record({
  blocks: fc.array(fc.oneof(aboutBlock, decoyBlock), { maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
});

const target: fc.Arbitrary<PinTarget> = fc.record(
  {
    name: spelling,
    version: fc.constantFrom('2.0', '2.1.0', '3.1.2+edx.1'),
    hashes: fc.array(hash, { minLength: 1, maxLength: 3 }),
    style: fc.constantFrom('index' as const, 'git' as const),
    gitRef: fc.constantFrom('v2.1.0', '0123456789abcdef0123456789abcdef01234567'),
  },
  { requiredKeys: ['name', 'version', 'hashes'] },
);

/** Each block's text with line endings; the file is their concatenation. */
function render(blocks: readonly Block[], eol: string, finalNewline: boolean): string[] {
  return blocks.map((block, b) => {
    const isLast = b === blocks.length - 1;
    return block.lines
      .map((line, i) => line + (isLast && i === block.lines.length - 1 && !finalNewline ? '' : eol))
      .join('');
  });
}

describe('rewritePins properties', () => {
  test('lines not about the package are byte-identical, and each entry is rewritten on its own', () => {
    fc.assert(
      fc.property(file, target, ({ blocks, eol, finalNewline }, pin) => {
        const texts = render(blocks, eol, finalNewline);
        const expected = texts
          .map((text, i) => (blocks[i]?.about ? rewritePins(text, pin).text : text))
          .join('');
        expect(rewritePins(texts.join(''), pin).text).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  test('a file with only decoys comes back unchanged and not-found', () => {
    fc.assert(
      fc.property(
        fc.array(decoyBlock, { maxLength: 15 }),
        file,
        target,
        (blocks, { eol, finalNewline }, pin) => {
          const text = render(blocks, eol, finalNewline).join('');
          const { blockers, ...result } = rewritePins(text, pin);
          expect(result).toEqual({ text, changes: [], status: 'not-found' });
          // Ranges of the name that exclude the version are reported, never rewritten.
          for (const b of blockers) {
            expect(['foo-bar>=1.0', 'foo-bar==1.*', 'foo-bar>=1.0,<2']).toContain(b.requirement);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('rewriting twice equals rewriting once', () => {
    fc.assert(
      fc.property(file, target, ({ blocks, eol, finalNewline }, pin) => {
        const once = rewritePins(render(blocks, eol, finalNewline).join(''), pin);
        const twice = rewritePins(once.text, pin);
        expect(twice.text).toBe(once.text);
        expect(twice.changes).toEqual([]);
        expect(twice.status).toBe(once.status === 'not-found' ? 'not-found' : 'already-current');
      }),
      { numRuns: 400 },
    );
  });

  test('every line ending of the file survives a rewrite', () => {
    fc.assert(
      fc.property(file, target, ({ blocks, eol, finalNewline }, pin) => {
        const input = render(blocks, eol, finalNewline).join('');
        const { text } = rewritePins(input, pin);
        const other = eol === '\n' ? /\r/ : /(?<!\r)\n/;
        expect(text).not.toMatch(other);
        expect(text.endsWith(eol)).toBe(input.endsWith(eol));
      }),
      { numRuns: 200 },
    );
  });
});
