import type { Log } from '../log.js';
import type { IndexClient } from './client.js';
import { DirectoryIndex } from './directory.js';
import type { Credentials } from './http.js';
import type { IndexType } from './kinds/types.js';
import type { RetryPolicy } from './retry.js';

/** How the kind of an HTTP index was chosen. */
type KindSource =
  /** `index-type` was given. */
  | 'input'
  /** The URL's shape said (Artifactory's `/api/pypi/`, Nexus's `/repository/`, PyPI, devpi's `+simple`). */
  | 'url'
  /** Nothing said: the index's first answer decides (see kinds/detect.ts); `generic` until then. */
  | 'answer';

/** Where to publish: the embedded directory index, or an HTTP index of some kind. */
export type IndexTarget =
  | { type: 'directory'; path: string }
  | {
      type: Exclude<IndexType, 'directory'>;
      uploadUrl: string;
      simpleUrl: string;
      credentials?: Credentials;
      kindFrom: KindSource;
      /** `index-url` as given, credentials removed: a detected kind derives its URLs from it. */
      indexUrl: string;
      /** `simple-url` was given, so a detected kind keeps it. */
      simpleUrlGiven: boolean;
    };

/** The client for an index; the HTTP stack is loaded only for HTTP indexes. */
export async function openIndex(
  target: IndexTarget,
  opts: { retry: RetryPolicy; timeoutMs: number; log: Log },
): Promise<IndexClient> {
  if (target.type === 'directory') return new DirectoryIndex(target.path);
  const [{ RemoteIndex }, { indexKind }] = await Promise.all([
    import('./remote.js'),
    import('./kinds/index.js'),
  ]);
  return new RemoteIndex({
    kind: indexKind(target.type),
    uploadUrl: target.uploadUrl,
    simpleUrl: target.simpleUrl,
    credentials: target.credentials,
    retry: opts.retry,
    timeoutMs: opts.timeoutMs,
    log: opts.log,
    ...(target.kindFrom === 'answer'
      ? { detect: { indexUrl: target.indexUrl, simpleUrlGiven: target.simpleUrlGiven } }
      : {}),
  });
}
