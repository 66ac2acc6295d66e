import { Parser } from 'htmlparser2';
import type { ListedFile } from './simple.js';

/** Parses a PEP 503 HTML project page: one anchor per file, hashes in the URL fragment. */
export function parseSimpleHtml(body: string, pageUrl: string): ListedFile[] {
  const files: ListedFile[] = [];
  // What the anchors' hrefs are relative to: the page, unless a `<base href>` says otherwise.
  let relativeTo = pageUrl;
  let anchor: { href: string; attrs: Record<string, string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'base' && attrs.href) relativeTo = new URL(attrs.href, pageUrl).toString();
        if (tag === 'a' && attrs.href !== undefined) anchor = { href: attrs.href, attrs, text: '' };
      },
      ontext(text) {
        if (anchor) anchor.text += text;
      },
      onclosetag(tag) {
        if (tag !== 'a' || !anchor) return;
        const url = new URL(anchor.href, relativeTo);
        const hash = /^#sha256=([0-9a-fA-F]{64})$/.exec(url.hash)?.[1];
        url.hash = '';
        // PEP 503: the anchor text must be the filename; fall back to the URL's last segment.
        const filename =
          anchor.text.trim() || decodeURIComponent(url.pathname.split('/').pop() ?? '');
        files.push({
          filename,
          url: url.toString(),
          sha256: hash?.toLowerCase(),
          requiresPython: anchor.attrs['data-requires-python'] || undefined,
          yanked: anchor.attrs['data-yanked'] !== undefined,
        });
        anchor = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(body);
  parser.end();
  return files;
}
