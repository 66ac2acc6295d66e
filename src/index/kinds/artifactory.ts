import { conflictOrExists, type IndexKind } from './types.js';

/**
 * JFrog Artifactory: `https://host/artifactory/api/pypi/<repo>` is both the upload URL twine is
 * given and the parent of the simple API (`.../simple/`).
 */
export const artifactory: IndexKind = {
  type: 'artifactory',
  example: 'https://example.jfrog.io/artifactory/api/pypi/<repo>',
  urls(indexUrl) {
    const uploadUrl = String(indexUrl)
      .replace(/\/+$/, '')
      .replace(/\/simple$/, '');
    return { uploadUrl, simpleUrl: `${uploadUrl}/simple/` };
  },
  // A user without the Delete/Overwrite permission gets 403 "Not enough permissions to
  // delete/overwrite artifact" when the file exists.
  isExistingFileAnswer: (status, body) =>
    conflictOrExists(status, body) || (status === 403 && /overwrite/i.test(body)),
  blake2b: false,
  // A user with the Overwrite permission replaces the file: the listing must be read first.
  refusesReuploads: false,
};
