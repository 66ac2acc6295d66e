/** The index kinds wheelrelay knows; `directory` is the embedded static index. */
export const INDEX_TYPES = [
  'devpi',
  'artifactory',
  'nexus',
  'pypiserver',
  'pypi',
  'generic',
  'directory',
] as const;
export type IndexType = (typeof INDEX_TYPES)[number];

/** Where a kind of HTTP index takes uploads and serves its simple API, derived from `index-url`. */
interface IndexUrls {
  uploadUrl: string;
  /** Root of the simple API, ending in `/`; undefined when it cannot be derived (pass `simple-url`). */
  simpleUrl: string | undefined;
}

/** One kind of HTTP package index: how to find its endpoints and read its refusals. */
export interface IndexKind {
  type: Exclude<IndexType, 'directory'>;
  /** Derives the upload and simple API URLs from the user's `index-url`. */
  urls(indexUrl: URL): IndexUrls;
  /** True when an upload answer means "a file of that name is already there". */
  isExistingFileAnswer(status: number, body: string): boolean;
  /** A sentence on how `index-url` should look for this kind, for error messages. */
  example: string;
  /** Uploads carry BLAKE2b-256 too: PyPI checks `blake2_256_digest`; the others need sha256 only. */
  blake2b: boolean;
  /**
   * A second upload of a stored filename is always refused with an answer
   * {@link isExistingFileAnswer} reads: never taken over the old file, never a silent 200 for
   * the same bytes. Only then may a small file be uploaded before the listing is read, the
   * refusal saying when to read it (see index/publish.ts).
   */
  refusesReuploads: boolean;
  /**
   * Its simple API answers PEP 503 HTML only, even when PEP 691 JSON is asked for: the HTML
   * parser is loaded while an upload is answered, for the verifying read (index/http.ts).
   */
  htmlPagesOnly?: true;
}

/** `url` with exactly one trailing slash. */
export function withSlash(url: URL | string): string {
  const s = String(url);
  return s.endsWith('/') ? s : `${s}/`;
}

/** The common reading: 409 Conflict, or a 400 that says the file exists (PyPI's wording). */
export function conflictOrExists(status: number, body: string): boolean {
  return status === 409 || (status === 400 && /already exists/i.test(body));
}
