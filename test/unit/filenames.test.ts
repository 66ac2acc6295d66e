import { describe, expect, it } from 'vitest';
import {
  distFilenameProblem,
  filenameMatchesProject,
  parseDistFilename,
} from '../../src/build/filenames.js';
import { parseCoreMetadata } from '../../src/build/metadata.js';

describe('parseDistFilename', () => {
  it.each([
    [
      'relay_probe-0.1.0-py3-none-any.whl',
      { kind: 'wheel', name: 'relay_probe', version: '0.1.0', tags: 'py3-none-any' },
    ],
    [
      'numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      {
        kind: 'wheel',
        name: 'numpy',
        version: '2.1.0',
        tags: 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64',
      },
    ],
    [
      'pkg-1.0-1build-py3-none-any.whl',
      { kind: 'wheel', name: 'pkg', version: '1.0', tags: 'py3-none-any' },
    ],
    [
      'Relay_Probe.X-0.3.1-py3-none-any.whl',
      { kind: 'wheel', name: 'Relay_Probe.X', version: '0.3.1', tags: 'py3-none-any' },
    ],
    [
      'codejail-3.1.3+edx.1-py3-none-any.whl',
      { kind: 'wheel', name: 'codejail', version: '3.1.3+edx.1', tags: 'py3-none-any' },
    ],
    ['relay_probe-0.1.0.tar.gz', { kind: 'sdist', name: 'relay_probe', version: '0.1.0' }],
    ['django-foo-1.0rc1.tar.gz', { kind: 'sdist', name: 'django-foo', version: '1.0rc1' }],
  ])('reads %s', (filename, expected) => {
    expect(parseDistFilename(filename)).toEqual(expected);
  });

  it.each([
    'README.md',
    'relay_probe-0.1.0.whl',
    'relay_probe-notaversion-py3-none-any.whl',
    '../evil-1.0-py3-none-any.whl',
    'evil-1.0-py3-none-any.whl"; rm -rf /',
    'evil-1.0-py3-none-any.whl\n',
    'relay_probe-0.1.0.tar.bz2',
  ])('rejects %j', (filename) => {
    expect(parseDistFilename(filename)).toBeUndefined();
  });

  it.each([
    ['..-1.0-py3-none-any.whl', '..'],
    ['!-1.0-py3-none-any.whl', '!'],
    ['a+b-1.0-py3-none-any.whl', 'a+b'],
    ['_a-1.0-py3-none-any.whl', '_a'],
    ['..-1.0.tar.gz', '..'],
    ['a+b-1.0.tar.gz', 'a+b'],
    ['x.-1.0.zip', 'x.'],
  ])('refuses %j: its name is not a valid package name', (filename, name) => {
    expect(parseDistFilename(filename)).toBeUndefined();
    expect(distFilenameProblem(filename)).toBe(`'${name}' is not a valid package name (PEP 508)`);
  });

  it('has no complaint about a good distribution or a stray file', () => {
    for (const f of ['relay_probe-0.1.0.tar.gz', 'notes.zip', 'my-docs.zip', 'README.md']) {
      expect(distFilenameProblem(f)).toBeUndefined();
    }
  });

  it('matches a file to its project after PEP 503 normalisation only', () => {
    expect(filenameMatchesProject('Relay_Probe.X-0.3.1-py3-none-any.whl', 'relay-probe-x')).toBe(
      true,
    );
    expect(filenameMatchesProject('xblock_utils-1.0-py3-none-any.whl', 'xblock')).toBe(false);
  });
});

describe('parseCoreMetadata', () => {
  it('reads the single-valued headers and stops at the body', () => {
    const text = [
      'Metadata-Version: 2.1',
      'Name: relay-probe',
      'Version: 0.1.0',
      'Summary: A tiny package',
      'Requires-Python: >=3.8',
      'Classifier: A',
      'Classifier: B',
      '',
      'Name: not-a-header',
    ].join('\r\n');
    expect(parseCoreMetadata(text, 'x')).toEqual({
      metadataVersion: '2.1',
      name: 'relay-probe',
      version: '0.1.0',
      summary: 'A tiny package',
      requiresPython: '>=3.8',
    });
  });

  it('fails without a Version, naming the source', () => {
    expect(() => parseCoreMetadata('Metadata-Version: 2.1\nName: x\n', 'x.whl METADATA')).toThrow(
      /x\.whl METADATA has no Version header/,
    );
  });
});
