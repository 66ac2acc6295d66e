import { afterEach, describe, expect, it } from 'vitest';
import { debugStack, describeError, WheelrelayError } from '../../src/errors.js';
import { addSecret, clearSecrets } from '../../src/secrets.js';
import { expectNoSecrets } from '../support/secrets.js';

afterEach(() => clearSecrets());

describe('debugStack', () => {
  it('sends the stack of an error that is not ours to debug, with secrets redacted', () => {
    addSecret('s3cret-token');
    const lines: string[] = [];
    debugStack(new TypeError('read s3cret-token of undefined'), (t) => lines.push(t));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^TypeError: read \*\*\* of undefined\n\s+at /);
    expectNoSecrets(lines, [{ secret: 's3cret-token' }]);
  });

  it('prints nothing for a WheelrelayError (its message and hint say it all) or a thrown non-Error', () => {
    const lines: string[] = [];
    debugStack(new WheelrelayError('upload refused', 'check `password`'), (t) => lines.push(t));
    debugStack('a string', (t) => lines.push(t));
    expect(lines).toEqual([]);
    expect(describeError(new WheelrelayError('upload refused', 'check `password`'))).toBe(
      'upload refused\ncheck `password`',
    );
  });
});
