import { afterEach, describe, expect, it } from 'vitest';
import { templateValues } from '../../src/github/bump.js';
import { DEFAULT_BODY, markdownValues, renderTemplate } from '../../src/github/templates.js';
import { markdownBlock, markdownText, markdownUrl } from '../../src/markdown.js';
import { addSecret, clearSecrets } from '../../src/secrets.js';
import { hasGfm, renderGfm, tagsOf, textOf } from '../support/gfm.js';

/** Text a hostile git server, index or package could hand wheelrelay. */
const HOSTILE = [
  ['a link', '[click me](https://evil.example/steal)'],
  ['an image', '![pixel](https://evil.example/track.png)'],
  ['a reference link', '[x][1]\n\n[1]: https://evil.example'],
  ['raw HTML', '<img src=x onerror=alert(1)><script>alert(1)</script><b>bold</b>'],
  ['an HTML comment', 'before <!-- hidden --> after'],
  ['an autolink', '<https://evil.example>'],
  ['a bare URL', 'see https://evil.example/x and www.evil.example'],
  ['an e-mail address', 'mail owner@evil.example now'],
  ['a mention and a reference', '@octocat fixes #12 and acme/web#3'],
  ['table pipes', 'a | b || c |'],
  ['a lone pipe', '|'],
  ['backticks', 'x `code` and ``` fence ``` and a ` lone'],
  ['backticks at the ends', '`start and end`'],
  ['newlines', 'line one\n# heading\n- item\r\n> quote\n\n| t | t |\n| - | - |'],
  ['emphasis', '*em* _em_ **strong** ~~del~~'],
  ['entities and backslashes', '&amp; &lt;b&gt; \\*not\\* C:\\path\\'],
  ['spaces at both ends', '  padded  '],
  ['control bytes', 'nul\u0000bell\u0007line\u2028sep'],
] as const;

/** The text a reader sees for `text` once it is markdownText'd: one line, control bytes as spaces. */
const shown = (text: string) => text.replace(/[\r\n\u2028\u2029\u0085]+|[\p{Cc}]/gu, ' ');

describe.skipIf(!hasGfm)('markdownText, rendered by GitHub’s cmark-gfm', () => {
  it.each(HOSTILE)('%s shows as the text itself in a paragraph', (_, text) => {
    const html = renderGfm(`Detail: ${markdownText(text)} (end)\n`);
    expect(tagsOf(html).filter((t) => t !== 'p' && t !== 'code')).toEqual([]);
    expect(textOf(html).trim()).toBe(`Detail: ${shown(text)} (end)`);
  });

  it.each(HOSTILE)('%s stays in its own table cell', (_, text) => {
    const md = ['| package | detail |', '| --- | --- |', `| ${markdownText(text)} | next |`, ''];
    const html = renderGfm(md.join('\n'));
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] as string);
    expect(cells).toHaveLength(2);
    expect(textOf(cells[0] as string).trim()).toBe(shown(text).trim());
    expect(cells[1]).toBe('next');
    expect(tagsOf(cells[0] as string).filter((t) => t !== 'code')).toEqual([]);
  });

  it('a diff block holds every line, even one that is a fence', () => {
    const diff = '-a==1\n+a==2\n```\n<b>[x](http://evil)</b>\n````\n';
    const html = renderGfm(`before\n\n${markdownBlock(diff, 'diff')}\n\nafter\n`);
    expect(tagsOf(html)).toEqual(['p', 'pre', 'code', 'p']);
    expect(textOf(html)).toContain(diff.trimEnd());
  });

  it('a link to a URL with parentheses, spaces and pipes stays one link to that URL', () => {
    const url = markdownUrl('https://idx.example/simple/a (b)|c/');
    const html = renderGfm(`| x |\n| - |\n| [project page](${url}) |\n`);
    expect(html).toContain(
      '<a href="https://idx.example/simple/a%20%28b%29%7Cc/">project page</a>',
    );
  });
});

describe.skipIf(!hasGfm)('a pull request body, rendered by cmark-gfm', () => {
  it('shows a consumer’s hostile pins and paths as text; the only links are wheelrelay’s own', () => {
    const files = [
      'requirements/<img src=x onerror=alert(1)>.txt',
      'reqs/[x](https://evil.example).txt',
    ];
    const values = templateValues(
      { serverUrl: 'https://github.com', sourceRepo: 'acme/relay-alpha' },
      {
        name: 'relay_alpha',
        version: '0.3.1',
        files: [],
        published: true,
        index: 'https://cache.example/ci/cache/',
        projectUrl: 'https://cache.example/ci/cache/+simple/relay-alpha/',
        ref: { kind: 'tag', name: 'v0.3.1', sha: 'c0ffee'.padEnd(40, '0') },
      },
      'acme/web',
      { previous: ['![t](https://evil.example/p.png)', '@octocat'] },
      files,
    );
    const html = renderGfm(renderTemplate(DEFAULT_BODY, markdownValues(values, files)));
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      'https://cache.example/ci/cache/+simple/relay-alpha/',
      'https://github.com/acme/relay-alpha/commit/c0ffee0000000000000000000000000000000000',
    ]);
    expect(
      tagsOf(html).filter((t) => !['p', 'ul', 'li', 'strong', 'code', 'a'].includes(t)),
    ).toEqual([]);
    const text = textOf(html);
    for (const f of files) expect(text).toContain(f);
    expect(text).toContain('![t](https://evil.example/p.png), @octocat');
  });
});

describe('markdownText and markdownUrl, as text', () => {
  afterEach(() => clearSecrets());

  it('redacts before escaping, so a secret with a pipe or backtick in it is still caught', () => {
    addSecret('pa|ss`word');
    expect(markdownText('token pa|ss`word here')).toBe('`token *** here`');
  });

  it('gives nothing for nothing', () => {
    expect(markdownText('')).toBe('');
  });

  it('makes no link of anything but http(s), and drops user-info', () => {
    expect(markdownUrl('javascript:alert(1)')).toBeUndefined();
    expect(markdownUrl('file:///srv/index/simple/x/')).toBeUndefined();
    expect(markdownUrl('not a url')).toBeUndefined();
    expect(markdownUrl('https://u:pw@idx.example/x/')).toBe('https://idx.example/x/');
  });
});
