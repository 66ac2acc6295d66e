/**
 * GitHub Flavored Markdown rendered by cmark-gfm, GitHub's own fork of cmark (Debian package
 * cmark-gfm, installed by .ci/run), with the extensions GitHub turns on. Tests render what
 * wheelrelay writes into job summaries and pull request bodies and look at the HTML.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CMARK = '/usr/bin/cmark-gfm';

/** Whether cmark-gfm is installed (tests that need it skip with one line when it is not). */
export const hasGfm = existsSync(CMARK);

/** The HTML GitHub's markdown parser makes of `markdown` (raw HTML kept, to be seen). */
export function renderGfm(markdown: string): string {
  return execFileSync(
    CMARK,
    [
      '--unsafe',
      ...['table', 'autolink', 'strikethrough', 'tagfilter', 'tasklist'].flatMap((e) => ['-e', e]),
    ],
    { input: markdown, encoding: 'utf8' },
  );
}

/** The tags of an HTML fragment, as `name` (closing tags left out). */
export function tagsOf(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] as string).toLowerCase());
}

/** The text a browser shows for an HTML fragment: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
