import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from '@renovatebot/pep440';
import { parseDistFilename } from '../build/filenames.js';
import { WheelrelayError } from '../errors.js';
import { type ReleasePayload, readReleasePayload } from '../github/release-payload.js';
import type { IndexClient } from '../index/client.js';
import { DirectoryIndex } from '../index/directory.js';
import { indexKind } from '../index/kinds/index.js';
import { RemoteIndex } from '../index/remote.js';
import { DEFAULT_RETRY } from '../index/retry.js';
import type { Log } from '../log.js';
import { normalizeName } from '../pins/names.js';
import { safeUrl } from '../secrets.js';

/**
 * The release of a manual run (`release: name==version`), completed from the index's simple
 * API at `simpleUrl`: the files of that version it lists, each with its sha256 (from the page,
 * or read from the file where the page gives none), so that pins with `--hash` lines can move
 * too. The result passes the same checks as a dispatch's payload.
 */
export async function lookUpRelease(
  release: ReleasePayload,
  simpleUrl: string,
  opts: { log: Log; timeoutMs: number },
): Promise<ReleasePayload> {
  const client = openSimple(simpleUrl, opts);
  try {
    const listed = await client.listProject(release.name);
    const page = client.projectUrl(release.name);
    if (!listed) {
      throw new WheelrelayError(
        `${safeUrl(page)} does not know ${release.name}`,
        'Check `release` and `index-url` (the simple API pip installs from), or wait until the publisher has verified the release.',
      );
    }
    const mine = listed.filter((f) => {
      const parsed = parseDistFilename(f.filename);
      return (
        !f.yanked &&
        parsed !== undefined &&
        normalizeName(parsed.name) === normalizeName(release.name) &&
        eq(parsed.version, release.version)
      );
    });
    if (mine.length === 0) {
      throw new WheelrelayError(
        `${safeUrl(page)} lists no file of ${release.name} ${release.version} (it lists ${listed.length} file(s) of other versions, or yanked)`,
        'Check the version in `release`, or wait until the publisher has verified the release.',
      );
    }
    const files = [];
    for (const f of mine) {
      files.push({ filename: f.filename, sha256: f.sha256 ?? (await client.sha256Of(f)) });
    }
    opts.log.info(
      `${safeUrl(page)} lists ${files.map((f) => f.filename).join(', ')} for ${release.version}`,
    );
    return readReleasePayload({ ...release, files, 'project-url': page });
  } finally {
    await client.close();
  }
}

function openSimple(simpleUrl: string, opts: { log: Log; timeoutMs: number }): IndexClient {
  const simpleRoot = simpleUrl.endsWith('/') ? simpleUrl : `${simpleUrl}/`;
  if (simpleRoot.startsWith('file:')) {
    // The directory index's simple API is <root>/simple/: the client wants the root.
    return new DirectoryIndex(dirname(fileURLToPath(simpleRoot).replace(/\/$/, '')));
  }
  return new RemoteIndex({
    kind: indexKind('generic'),
    uploadUrl: simpleRoot,
    simpleUrl: simpleRoot,
    retry: DEFAULT_RETRY,
    timeoutMs: opts.timeoutMs,
    log: opts.log,
  });
}
