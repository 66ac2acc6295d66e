import { Parser } from 'htmlparser2';

/** One file as a simple API project page lists it. */
export interface ListedFile {
  filename: string;
  /** Absolute URL, resolved against the page. */
  url: string;
  /** Lower-case hex sha256 when the page gives one (PEP 503 fragment or PEP 691 `hashes`). */
  sha256?: string;
  requiresPython?: string;
  yanked: boolean;
}

/** PEP 691 JSON media type, and the Accept header that prefers it and falls back to HTML. */
export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
export const SIMPLE_ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

interface Pep691Page {
  files?: Array<{
    filename?: unknown;
    url?: unknown;
    hashes?: Record<string, unknown>;
    'requires-python'?: unknown;
    yanked?: unknown;
  }>;
}

/** Parses a PEP 691 JSON project page. */
export function parseSimpleJson(body: string, pageUrl: string): ListedFile[] {
  let page: Pep691Page;
  try {
    page = JSON.parse(body) as Pep691Page;
  } catch {
    throw new Error(`the project page at ${pageUrl} is not valid JSON`);
  }
  const files: ListedFile[] = [];
  for (const f of page.files ?? []) {
    if (typeof f.filename !== 'string' || typeof f.url !== 'string') continue;
    const sha = f.hashes?.sha256;
    files.push({
      filename: f.filename,
      url: new URL(f.url, pageUrl).toString(),
      sha256: typeof sha === 'string' ? sha.toLowerCase() : undefined,
      requiresPython: typeof f['requires-python'] === 'string' ? f['requires-python'] : undefined,
      yanked: f.yanked !== undefined && f.yanked !== false,
    });
  }
  return files;
}

/** Parses a PEP 503 HTML project page: one anchor per file, hashes in the URL fragment. */
export function parseSimpleHtml(body: string, pageUrl: string): ListedFile[] {
  const files: ListedFile[] = [];
  let base = pageUrl;
  let anchor: { href: string; attrs: Record<string, string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'base' && attrs.href) base = new URL(attrs.href, pageUrl).toString();
        if (tag === 'a' && attrs.href !== undefined) anchor = { href: attrs.href, attrs, text: '' };
      },
      ontext(text) {
        if (anchor) anchor.text += text;
      },
      onclosetag(tag) {
        if (tag !== 'a' || !anchor) return;
        const url = new URL(anchor.href, base);
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

/** Parses a project page of either format, chosen by its Content-Type. */
export function parseProjectPage(body: string, contentType: string, pageUrl: string): ListedFile[] {
  return contentType.toLowerCase().startsWith(SIMPLE_JSON)
    ? parseSimpleJson(body, pageUrl)
    : parseSimpleHtml(body, pageUrl);
}
