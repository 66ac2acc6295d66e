import { WheelrelayError } from '../errors.js';
import { normalizeName } from '../pins/names.js';
import type { ReleaseOutcome } from '../release-outcome.js';
import { accessDenied, isRefusal } from './access.js';
import { type GitHub, messageOf, statusOf } from './client.js';
import { type Consumer, consumerName } from './consumers.js';
import { RELEASE_EVENT, type ReleasePayload, releasePayload } from './release-payload.js';

/** GitHub refuses a `client_payload` of 64 KB or more. */
const MAX_PAYLOAD = 64 * 1024;

/**
 * The payload for a verified release: what the consumer's bump needs to move its pins and
 * recompile, and what its pull request shows. The index is the simple API root pip uses,
 * taken from the project's page (`<simple-root>/<name>/`), never with credentials.
 */
export function payloadOf(release: ReleaseOutcome, sourceRepo: string | undefined): ReleasePayload {
  const page = release.projectUrl;
  const tail = `${normalizeName(release.name)}/`;
  const indexUrl = page.endsWith(tail) ? page.slice(0, -tail.length) : undefined;
  return releasePayload({
    name: release.name,
    version: release.version,
    indexUrl,
    projectUrl: page,
    files: release.files,
    sourceRepo,
    tag: release.ref?.kind === 'tag' ? release.ref.name : undefined,
    sha: release.ref?.sha,
  });
}

/**
 * Sends one `repository_dispatch` (event type `wheelrelay-release`) to a consumer. GitHub
 * answers 204 and starts every workflow of the consumer's default branch that listens for it.
 */
export async function dispatchRelease(
  gh: GitHub,
  consumer: Consumer,
  payload: ReleasePayload,
): Promise<void> {
  const repo = consumerName(consumer);
  const size = JSON.stringify(payload).length;
  if (size >= MAX_PAYLOAD) {
    throw new WheelrelayError(
      `${repo}: the release payload is ${size} bytes; GitHub takes less than ${MAX_PAYLOAD}`,
      'The release has too many files to list in one dispatch: bump this consumer with a commit (`owner/repo: globs`) instead.',
    );
  }
  try {
    await gh.request('POST /repos/{owner}/{repo}/dispatches', {
      owner: consumer.owner,
      repo: consumer.repo,
      event_type: RELEASE_EVENT,
      client_payload: payload as unknown as Record<string, unknown>,
    });
  } catch (err) {
    if (isRefusal(err)) {
      throw accessDenied(err, 'send the repository_dispatch', 'contents: write');
    }
    throw new WheelrelayError(
      `${repo}: GitHub refused the repository_dispatch (${statusOf(err) ?? 'error'} ${messageOf(err)})`,
      statusOf(err) === 422
        ? 'GitHub did not accept the payload; re-run, and report it to wheelrelay if it persists.'
        : 'Re-run the job.',
    );
  }
}
