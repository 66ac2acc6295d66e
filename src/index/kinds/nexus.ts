import { type IndexKind, withSlash } from './types.js';

/** Sonatype Nexus: a hosted PyPI repository `https://host/repository/<repo>/`, simple API below it. */
export const nexus: IndexKind = {
  type: 'nexus',
  example: 'https://nexus.example.com/repository/<repo>/',
  urls(indexUrl) {
    const uploadUrl = withSlash(indexUrl).replace(/simple\/$/, '');
    return { uploadUrl, simpleUrl: `${uploadUrl}simple/` };
  },
  // Nexus refuses a redeploy with 400 "Repository does not allow updating assets".
  isExistingFileAnswer: (status, body) =>
    status === 409 || (status === 400 && /(already exists|does not allow updating)/i.test(body)),
  blake2b: false,
  // A repository whose deployment policy allows redeploy replaces the file.
  refusesReuploads: false,
};
