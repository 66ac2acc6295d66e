import { describe, expect, test } from 'vitest';
import { parseRequirements } from '../../src/pins/index.js';

describe('parseRequirements', () => {
  test('tells requirements from comments, options, conflict markers and unreadable lines', () => {
    const text = [
      '# header',
      '',
      '-r base.txt',
      '<<<<<<< HEAD',
      'foo==1.0 \\',
      '    --hash=sha256:00',
      '    # via bar',
      '=======',
      '-e git+https://github.com/o/foo.git@v1#egg=foo',
      '>>>>>>> branch',
      'lettuce=1.8',
      '-e .',
    ].join('\r\n');
    const { entries } = parseRequirements(text);
    expect(entries.map((entry) => [entry.line, entry.kind])).toEqual([
      [1, 'comment'],
      [2, 'blank'],
      [3, 'option'],
      [4, 'conflict-marker'],
      [5, 'requirement'],
      [7, 'comment'],
      [8, 'conflict-marker'],
      [9, 'requirement'],
      [10, 'conflict-marker'],
      [11, 'other'],
      [12, 'option'],
    ]);
  });

  test('reads name, extras, pin and hashes of a PEP 508 requirement', () => {
    const [entry] = parseRequirements(
      'Foo_Bar[a, b]==1.0 ; python_version < "3"  --hash=sha256:00 # c\n',
    ).entries;
    expect(entry?.kind === 'requirement' && entry.requirement).toMatchObject({
      name: 'Foo_Bar',
      extras: '[a,b]',
      editable: false,
      pin: { operator: '==', version: '1.0' },
      hashes: [{ value: 'sha256:00', separator: '=' }],
      raw: 'Foo_Bar[a, b]==1.0 ; python_version < "3"  --hash=sha256:00',
    });
  });
});
