import { afterEach, describe, expect, it } from 'vitest';
import { addBasicAuth, clearSecrets, redact } from '../../src/secrets.js';

afterEach(() => clearSecrets());

describe('addBasicAuth', () => {
  it('returns the Basic header value and registers the password and the encoded pair', () => {
    const seen: string[] = [];
    const header = addBasicAuth('ci', 'pa:ss word', (s) => seen.push(s));
    const encoded = Buffer.from('ci:pa:ss word').toString('base64');
    expect(header).toBe(`Basic ${encoded}`);
    expect(Buffer.from(header.slice('Basic '.length), 'base64').toString()).toBe('ci:pa:ss word');
    expect(seen).toEqual(
      expect.arrayContaining(['pa:ss word', encodeURIComponent('pa:ss word'), encoded]),
    );
    expect(redact(`Authorization: ${header} and pa:ss word`)).toBe(
      'Authorization: Basic *** and ***',
    );
  });
});
