import { describe, expect, test } from 'vitest';
import { applyEdits, joinLines, logicalLines, splitLines } from '../../src/pins/lines.js';
import { normalizeName } from '../../src/pins/names.js';

describe('normalizeName', () => {
  test.each([
    ['PyYAML', 'pyyaml'],
    ['django_debug_toolbar', 'django-debug-toolbar'],
    ['ruamel.yaml.clib', 'ruamel-yaml-clib'],
    ['Foo.-_Bar', 'foo-bar'],
    ['lti_consumer-xblock', 'lti-consumer-xblock'],
  ])('%s → %s', (name, normal) => {
    expect(normalizeName(name)).toBe(normal);
  });
});

describe('splitLines', () => {
  test.each(['', 'a', 'a\n', 'a\r\nb\r\n', 'a\nb', '\n\n', 'a\rb\r', 'a\r\n\nb'])(
    'gives %j back when joined',
    (text) => {
      expect(joinLines(splitLines(text))).toBe(text);
    },
  );

  test('keeps each line ending, and none after a last line without one', () => {
    expect(splitLines('a\r\nb\nc')).toEqual([
      { text: 'a', eol: '\r\n' },
      { text: 'b', eol: '\n' },
      { text: 'c', eol: '' },
    ]);
  });
});

describe('logicalLines', () => {
  test('joins backslash continuations and stops at a comment-only line', () => {
    const lines = splitLines(
      'foo==1 \\\n  --hash=sha256:aa \\\n  --hash=sha256:bb\n  # via x\nbar \\\n# c\n',
    );
    expect(logicalLines(lines).map(({ start, end, text }) => ({ start, end, text }))).toEqual([
      { start: 0, end: 3, text: 'foo==1   --hash=sha256:aa   --hash=sha256:bb' },
      { start: 3, end: 4, text: '  # via x' },
      { start: 4, end: 5, text: 'bar ' },
      { start: 5, end: 6, text: '# c' },
    ]);
  });

  test('applies an edit to the physical line it falls on and keeps the backslashes', () => {
    const lines = splitLines('foo==1 \\\n  --hash=sha256:aa\n');
    const [logical] = logicalLines(lines);
    if (!logical) throw new Error('no logical line');
    const at = logical.text.indexOf('aa');
    expect(
      applyEdits(lines, logical, [
        { start: 5, end: 6, insert: '2' },
        { start: at, end: at + 2, insert: 'bb' },
      ]),
    ).toEqual(['foo==2 \\', '  --hash=sha256:bb']);
  });
});
