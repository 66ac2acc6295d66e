import { describe, expect, it } from 'vitest';
import { WheelrelayError } from '../../src/errors.js';
import { parseProjectPage, parseSimpleJson } from '../../src/index/simple.js';
import { parseSimpleHtml } from '../../src/index/simple-html.js';

const SHA = 'f2ebe751ac097bd3a2b8e4c3b5c1ad63fb2f8e2f0ce8b1e0a54a1b2c3d4eeca1';

describe('simple API project pages', () => {
  it('reads pypiserver HTML (absolute paths, sha256 fragment)', () => {
    const html = `<html><head><title>Links for relay-probe</title></head><body><h1>Links for relay-probe</h1>
      <a href="/packages/relay_probe-0.1.0-py3-none-any.whl#sha256=${SHA}">relay_probe-0.1.0-py3-none-any.whl</a><br>
    </body></html>`;
    expect(parseSimpleHtml(html, 'http://127.0.0.1:8080/simple/relay-probe/')).toEqual([
      {
        filename: 'relay_probe-0.1.0-py3-none-any.whl',
        url: 'http://127.0.0.1:8080/packages/relay_probe-0.1.0-py3-none-any.whl',
        sha256: SHA,
        requiresPython: undefined,
        yanked: false,
      },
    ]);
  });

  it('reads devpi HTML: relative URLs, prefixed link text, escaped requires-python', () => {
    const html = `<a href="../../+f/f2e/be751ac097bd3/relay_probe-0.1.0-py3-none-any.whl#sha256=${SHA}" data-requires-python="&gt;=3.8">relay_probe-0.1.0-py3-none-any.whl</a>`;
    const [f] = parseSimpleHtml(html, 'http://127.0.0.1:3141/ci/cache/+simple/relay-probe/');
    expect(f?.url).toBe(
      'http://127.0.0.1:3141/ci/cache/+f/f2e/be751ac097bd3/relay_probe-0.1.0-py3-none-any.whl',
    );
    expect(f?.requiresPython).toBe('>=3.8');
    expect(f?.sha256).toBe(SHA);
  });

  it('honours <base href> and marks yanked files', () => {
    const html = `<base href="https://files.example.com/x/"><a href="p-1.0.tar.gz" data-yanked="">p-1.0.tar.gz</a>`;
    expect(parseSimpleHtml(html, 'https://idx.example.com/simple/p/')[0]).toMatchObject({
      url: 'https://files.example.com/x/p-1.0.tar.gz',
      yanked: true,
      sha256: undefined,
    });
  });

  it('reads PEP 691 JSON and resolves relative URLs against the page', () => {
    const json = JSON.stringify({
      meta: { 'api-version': '1.0' },
      name: 'relay-probe',
      files: [
        {
          filename: 'relay_probe-0.1.0-py3-none-any.whl',
          url: '../../+f/f2e/be751ac097bd3/relay_probe-0.1.0-py3-none-any.whl',
          hashes: { sha256: SHA.toUpperCase() },
          'requires-python': '',
        },
        { filename: 'bad-entry' },
      ],
    });
    expect(parseSimpleJson(json, 'http://127.0.0.1:3141/ci/cache/+simple/relay-probe/')).toEqual([
      {
        filename: 'relay_probe-0.1.0-py3-none-any.whl',
        url: 'http://127.0.0.1:3141/ci/cache/+f/f2e/be751ac097bd3/relay_probe-0.1.0-py3-none-any.whl',
        sha256: SHA,
        requiresPython: '',
        yanked: false,
      },
    ]);
  });

  it('picks the parser by Content-Type', async () => {
    const json = JSON.stringify({
      files: [{ filename: 'a-1.0.tar.gz', url: 'a-1.0.tar.gz', hashes: {} }],
    });
    expect(
      await parseProjectPage(json, 'application/vnd.pypi.simple.v1+json', 'http://x/simple/a/'),
    ).toHaveLength(1);
    expect(
      await parseProjectPage(
        '<a href="a-1.0.tar.gz">a-1.0.tar.gz</a>',
        'text/html; charset=UTF-8',
        'http://x/simple/a/',
      ),
    ).toHaveLength(1);
  });

  it('says which page is not JSON, without its credentials, and what to check', () => {
    expect(() => parseSimpleJson('<html>', 'http://x/simple/a/')).toThrow(
      /http:\/\/x\/simple\/a\/ is not valid JSON/,
    );
    let caught: unknown;
    try {
      parseSimpleJson('<html>', 'http://ci:pw@x/simple/a/');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(WheelrelayError);
    expect((caught as WheelrelayError).message).not.toContain('pw');
    expect((caught as WheelrelayError).hint).toContain('`simple-url`');
  });
});
