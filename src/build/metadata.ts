import { WheelrelayError } from '../errors.js';

/**
 * Core metadata (METADATA in a wheel, PKG-INFO in an sdist) is RFC 822 style headers followed
 * by an optional body. We need a handful of single-valued headers, so this reads headers only:
 * no email library understands the core-metadata quirks (multi-use fields, the body as
 * Description) any better, and the format is fixed by the packaging spec.
 */
export interface CoreMetadata {
  metadataVersion: string;
  name: string;
  version: string;
  summary?: string;
  requiresPython?: string;
}

/** Parses the header block of a core metadata file. Throws when Name or Version is missing. */
export function parseCoreMetadata(text: string, source: string): CoreMetadata {
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break; // end of headers; the rest is the long description
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    // Multi-use fields (Classifier, Requires-Dist) are not needed; keep the first of each.
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
  const name = headers.get('name');
  const version = headers.get('version');
  if (!name || !version) {
    throw new WheelrelayError(
      `${source} has no ${name ? 'Version' : 'Name'} header: it is not valid core metadata`,
      'The file was not made by a Python build backend, or was damaged since: rebuild it (python -m build) instead of publishing it.',
    );
  }
  return {
    metadataVersion: headers.get('metadata-version') ?? '1.0',
    name,
    version,
    summary: headers.get('summary') || undefined,
    requiresPython: headers.get('requires-python') || undefined,
  };
}
