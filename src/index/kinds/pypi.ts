import { conflictOrExists, type IndexKind, withSlash } from './types.js';

const KNOWN: Record<string, { upload: string; simple: string }> = {
  'pypi.org': { upload: 'https://upload.pypi.org/legacy/', simple: 'https://pypi.org/simple/' },
  'upload.pypi.org': {
    upload: 'https://upload.pypi.org/legacy/',
    simple: 'https://pypi.org/simple/',
  },
  'test.pypi.org': {
    upload: 'https://test.pypi.org/legacy/',
    simple: 'https://test.pypi.org/simple/',
  },
};

/**
 * PyPI and TestPyPI (warehouse). For a self-hosted warehouse the simple API lives on another
 * path than the upload endpoint, so `simple-url` must be given.
 */
export const pypi: IndexKind = {
  type: 'pypi',
  example: 'https://upload.pypi.org/legacy/',
  urls(indexUrl) {
    const known = KNOWN[indexUrl.hostname];
    if (known) return { uploadUrl: known.upload, simpleUrl: known.simple };
    return { uploadUrl: withSlash(indexUrl), simpleUrl: undefined };
  },
  isExistingFileAnswer: conflictOrExists,
  blake2b: true,
  // Warehouse answers an identical re-upload with 200, so a re-run would look like an upload.
  refusesReuploads: false,
};
