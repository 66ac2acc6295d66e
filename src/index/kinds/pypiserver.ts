import type { IndexKind } from './types.js';
import { withSlash } from './types.js';

/** pypiserver: uploads go to the server root; the simple API is `/simple/`. */
export const pypiserver: IndexKind = {
  type: 'pypiserver',
  example: 'http://pypi.example.com:8080/',
  urls(indexUrl) {
    const uploadUrl = withSlash(indexUrl).replace(/simple\/$/, '');
    return { uploadUrl, simpleUrl: `${uploadUrl}simple/` };
  },
  // pypiserver refuses any existing filename with a bare 400 unless started with --overwrite.
  isExistingFileAnswer: (status) => status === 400 || status === 409,
  blake2b: false,
  // Refused with 400/409 unless the server runs with --overwrite (then use index-type generic).
  refusesReuploads: true,
  // pypiserver 2 answers PEP 503 HTML to any Accept header.
  htmlPagesOnly: true,
};
