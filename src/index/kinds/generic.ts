import { conflictOrExists, type IndexKind, withSlash } from './types.js';

/** Any index speaking the legacy upload API at `index-url`, with the simple API at `simple/`. */
export const generic: IndexKind = {
  type: 'generic',
  example:
    'https://index.example.com/ (uploads), with the simple API at https://index.example.com/simple/',
  urls(indexUrl) {
    const base = withSlash(indexUrl);
    return { uploadUrl: base, simpleUrl: `${base}simple/` };
  },
  isExistingFileAnswer: conflictOrExists,
  blake2b: false,
  // Unknown servers may overwrite: the listing is read first.
  refusesReuploads: false,
};
