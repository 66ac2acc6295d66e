import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../src/build/inspect.js';
import { oneRelease } from '../../src/build/one-release.js';
import { WheelrelayError } from '../../src/errors.js';

const dist = (filename: string, name: string, version: string): Distribution => ({
  path: `/dist/${filename}`,
  filename,
  kind: filename.endsWith('.whl') ? 'wheel' : 'sdist',
  name,
  version,
  pyversion: filename.endsWith('.whl') ? 'py3' : 'source',
  metadata: { metadataVersion: '2.1', name, version },
  size: 1,
});

describe('oneRelease', () => {
  it('returns the first file when every file is the same project (PEP 503) and version', () => {
    const wheel = dist('relay_probe-1.0-py3-none-any.whl', 'relay_probe', '1.0');
    const sdist = dist('relay-probe-1.0.tar.gz', 'Relay.Probe', '1.0');
    expect(oneRelease([wheel, sdist], 'the files to publish', 'hint')).toBe(wheel);
  });

  it('refuses two versions, or two projects, naming both files, with the hint given', () => {
    const a = dist('relay_probe-1.0-py3-none-any.whl', 'relay-probe', '1.0');
    const b = dist('relay_probe-1.1-py3-none-any.whl', 'relay-probe', '1.1');
    const c = dist('other-1.0.tar.gz', 'other', '1.0');
    for (const [x, y] of [
      [a, b],
      [a, c],
    ] as const) {
      let caught: unknown;
      try {
        oneRelease([x, y], 'the files to publish', 'Clear stale files out of `dist-dir`.');
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(WheelrelayError);
      const e = caught as WheelrelayError;
      expect(e.message).toBe(
        `the files to publish are not one release: ${x.filename} is ${x.name} ${x.version}, ${y.filename} is ${y.name} ${y.version}`,
      );
      expect(e.hint).toBe('Clear stale files out of `dist-dir`.');
    }
  });

  it('refuses no files at all, saying what was empty and what to check', () => {
    expect(() => oneRelease([], 'git+https://x/y@v1: the files built', 'hint')).toThrow(
      'git+https://x/y@v1: the files built: there is no wheel or sdist',
    );
  });
});
