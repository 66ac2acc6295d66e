import { conflictOrExists, type IndexKind, withSlash } from './types.js';

/** Any index speaking the legacy upload API at `index-url`, with the simple API at `simple/`. */
export const generic: IndexKind = {
  type: 'generic',
  example:
    'https://index.example.com/ (uploads), with the simple API at https://index.example.com/simple/',
  urls(indexUrl) {
    const uploadUrl = withSlash(indexUrl);
    return { uploadUrl, simpleUrl: `${uploadUrl}simple/` };
  },
  isExistingFileAnswer: conflictOrExists,
  blake2b: false,
  // Unknown servers may overwrite: the listing is read first.
  refusesReuploads: false,
};
