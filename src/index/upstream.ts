import { InputError } from '../errors.js';
import { IndexHttp } from './http.js';
import type { RetryPolicy } from './retry.js';
import type { ListedFile } from './simple.js';

/** The public index pip also reads when told to (`--extra-index-url`): PyPI's simple API. */
export const PYPI_SIMPLE = 'https://pypi.org/simple/';

/**
 * An index read only to see what pip would find there besides the cache (PyPI by default):
 * the simple API (PEP 691 JSON, HTML fallback), without credentials.
 */
export interface UpstreamIndex {
  /** The simple API's URL, as messages name it. */
  readonly label: string;
  /** Files the upstream lists for a project; undefined when it does not know the project. */
  listProject(project: string): Promise<ListedFile[] | undefined>;
  close(): Promise<void>;
}

/**
 * Checks an `upstream-index` value: `none`, or the http(s) URL of a simple API (a trailing `/`
 * is added). Returns the URL, or undefined for `none`.
 */
export function parseUpstreamIndex(value: string | undefined): string | undefined {
  const given = value?.trim() || PYPI_SIMPLE;
  if (given.toLowerCase() === 'none') return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw upstreamError(`is '${given}', which is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw upstreamError(`is '${given}', which is not an http(s) URL`);
  }
  if (url.username || url.password) {
    // Only public pages are read, and a URL printed in every warning must not carry a password.
    throw upstreamError('carries credentials');
  }
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

function upstreamError(problem: string): InputError {
  return new InputError(
    'upstream-index',
    problem,
    `Give the simple API of the index pip may also read (default ${PYPI_SIMPLE}, without credentials), or \`none\` to skip the check.`,
  );
}

/** A client for the upstream's simple API, with the run's retries and per-request deadline. */
export function openUpstream(
  simpleUrl: string,
  opts: { retry: RetryPolicy; timeoutMs: number },
): UpstreamIndex {
  const http = new IndexHttp(simpleUrl, simpleUrl, undefined, opts.retry, opts.timeoutMs);
  return {
    label: simpleUrl,
    listProject: (project) => http.listProject(project),
    close: () => http.close(),
  };
}
