import { WheelrelayError } from '../errors.js';
import { safeUrl } from '../secrets.js';

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
const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
export const SIMPLE_ACCEPT = `${SIMPLE_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;

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
    throw new WheelrelayError(
      `the project page at ${safeUrl(pageUrl)} is not valid JSON, though it is served as PEP 691 JSON`,
      "Check that `simple-url` (or `index-type`) points at the index's simple API. For a directory index, delete its simple/<project>/ folder: the next run writes the page again from packages/.",
    );
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

/**
 * Parses a project page of either format, chosen by its Content-Type. The HTML parser is
 * loaded only for indexes that answer HTML (pypiserver), keeping start-up light for the rest.
 */
export async function parseProjectPage(
  body: string,
  contentType: string,
  pageUrl: string,
): Promise<ListedFile[]> {
  if (isSimpleJson(contentType)) return parseSimpleJson(body, pageUrl);
  const { parseSimpleHtml } = await loadHtmlParser();
  return parseSimpleHtml(body, pageUrl);
}

/** True when a page is served as PEP 691 JSON. */
export function isSimpleJson(contentType: string): boolean {
  return contentType.toLowerCase().startsWith(SIMPLE_JSON);
}

/**
 * The HTML page parser (htmlparser2 and its entity tables), loaded on first use: only indexes
 * that answer HTML need it. Loading it takes some 5 ms, so an upload to such an index loads it
 * while the index works on the file (index/http.ts).
 */
export function loadHtmlParser(): Promise<typeof import('./simple-html.js')> {
  return import('./simple-html.js');
}
