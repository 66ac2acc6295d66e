import { conflictOrExists, type IndexKind, withSlash } from './types.js';

/** devpi-server: `https://host/<user>/<index>/` takes uploads; `+simple/` below it is the simple API. */
export const devpi: IndexKind = {
  type: 'devpi',
  example: 'https://devpi.example.com/<user>/<index>/',
  urls(indexUrl) {
    // Accept the +simple URL too: it is what users copy from pip.conf.
    const uploadUrl = withSlash(indexUrl).replace(/\+simple\/$/, '');
    return { uploadUrl, simpleUrl: `${uploadUrl}+simple/` };
  },
  // devpi answers 409 "... already exists in non-volatile index" for other content, 200 for same.
  isExistingFileAnswer: conflictOrExists,
  blake2b: false,
  // A new devpi index is volatile (re-uploads overwrite) unless created otherwise, and an
  // identical re-upload gets 200: the listing must be read first.
  refusesReuploads: false,
};
