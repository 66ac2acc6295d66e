import { type Distribution, digestsOf } from '../build/inspect.js';
import { WheelrelayError } from '../errors.js';
import type { Log } from '../log.js';
import { normalizeName } from '../pins/names.js';
import type { IndexClient } from './client.js';
import { type RetryPolicy, retryDelay, sleep } from './retry.js';
import type { ListedFile } from './simple.js';

/** How each file ended: stored by this run, or found on the index with the same content. */
export type FileOutcome = 'uploaded' | 'already-present';

export interface PublishedFile {
  filename: string;
  sha256: string;
  /** Where the index serves the file. */
  url: string;
  outcome: FileOutcome;
}

/** A file the index already holds under the same name with other content. */
export interface Conflict {
  filename: string;
  ours: string;
  theirs: string;
}

export type PublishResult =
  | { status: 'published'; files: PublishedFile[] }
  /** Nothing was uploaded: a filename is taken by other content. */
  | { status: 'conflict'; conflicts: Conflict[] };

export interface PublishOptions {
  retry: RetryPolicy;
  /** How long to wait for uploaded files to appear on the simple API. */
  verifyTimeoutMs: number;
  log: Log;
}

/**
 * Publishes one release idempotently: reads what the index has, refuses to touch a file
 * whose name is taken by other content, uploads what is missing, and reports only files it
 * has seen listed with the right sha256 as published.
 */
export async function publish(
  dists: Distribution[],
  index: IndexClient,
  opts: PublishOptions,
): Promise<PublishResult> {
  const project = dists[0]?.name;
  if (!project) throw new WheelrelayError('there is nothing to publish');
  const { log } = opts;

  const listed = (await index.listProject(project)) ?? [];
  const missing: Distribution[] = [];
  const present: PublishedFile[] = [];
  const conflicts: Conflict[] = [];
  for (const dist of dists) {
    const theirs = await listedSha(index, listed, dist.filename);
    // Our digest is needed now only when the name is taken; otherwise the upload computes it.
    const ours = theirs && (await digestsOf(dist)).sha256;
    if (theirs === undefined) missing.push(dist);
    else if (theirs.sha256 === ours) {
      log.info(`${dist.filename} is already on ${index.label} with the same sha256: skipped`);
      present.push({
        filename: dist.filename,
        sha256: ours,
        url: theirs.url,
        outcome: 'already-present',
      });
    } else conflicts.push({ filename: dist.filename, ours: ours ?? '', theirs: theirs.sha256 });
  }
  if (conflicts.length > 0) return { status: 'conflict', conflicts };

  const uploaded: Distribution[] = [];
  for (const dist of missing) {
    const { outcome, url } = await uploadOne(dist, index, opts);
    if (outcome === 'uploaded') uploaded.push(dist);
    else
      present.push({
        filename: dist.filename,
        sha256: (await digestsOf(dist)).sha256,
        url,
        outcome,
      });
  }
  const urls = await verify(project, uploaded, index, opts);
  const files: PublishedFile[] = [
    ...present.map((f) => ({ ...f, url: f.url || (urls.get(f.filename) ?? '') })),
  ];
  for (const d of uploaded) {
    const { sha256 } = await digestsOf(d);
    files.push({
      filename: d.filename,
      sha256,
      url: urls.get(d.filename) ?? '',
      outcome: 'uploaded',
    });
  }
  // Keep the order the files were given in.
  const order = new Map(dists.map((d, i) => [d.filename, i]));
  files.sort((a, b) => (order.get(a.filename) ?? 0) - (order.get(b.filename) ?? 0));
  return { status: 'published', files };
}

/** The listed file of that name with its sha256 (downloaded and hashed if the page gives none). */
async function listedSha(
  index: IndexClient,
  listed: ListedFile[],
  filename: string,
): Promise<{ sha256: string; url: string } | undefined> {
  const file = listed.find((f) => f.filename === filename);
  if (!file) return undefined;
  return { sha256: file.sha256 ?? (await index.sha256Of(file)), url: file.url };
}

/** Uploads one file, retrying what is worth retrying, re-checking the index when in doubt. */
async function uploadOne(
  dist: Distribution,
  index: IndexClient,
  { retry, log }: PublishOptions,
): Promise<{ outcome: FileOutcome; url: string }> {
  const attempts = retry.retries + 1;
  for (let attempt = 1; ; attempt++) {
    log.info(`uploading ${dist.filename} (${dist.size} bytes) to ${index.label}`);
    const answer = await index.store(dist);
    if (answer.outcome === 'stored') return { outcome: 'uploaded', url: '' };

    if (answer.outcome === 'refused') {
      throw new WheelrelayError(
        `upload of ${dist.filename} to ${index.label} refused (${answer.detail})`,
        answer.hint,
      );
    }
    if (answer.outcome === 'exists' || answer.maybeStored) {
      // The answer does not say whose content is there: the listing does.
      const listed = (await index.listProject(dist.name).catch(() => undefined)) ?? [];
      const theirs = await listedSha(index, listed, dist.filename);
      const ours = (await digestsOf(dist)).sha256;
      if (theirs?.sha256 === ours) {
        log.info(`${dist.filename} is on the index with the same sha256 (after: ${answer.detail})`);
        // Stored by someone else (or by an attempt whose answer was lost): listed, so verified.
        return answer.outcome === 'exists'
          ? { outcome: 'already-present', url: theirs.url }
          : { outcome: 'uploaded', url: '' };
      }
      if (theirs)
        throw conflictError(index, [{ filename: dist.filename, ours, theirs: theirs.sha256 }]);
      if (answer.outcome === 'exists') {
        throw new WheelrelayError(
          `upload of ${dist.filename} to ${index.label} refused: the index says the file exists (${answer.detail}) but does not list it`,
          'Check `simple-url` (or `index-type`) points at the simple API of the index you upload to.',
        );
      }
    }
    if (attempt >= attempts) {
      throw new WheelrelayError(
        `upload of ${dist.filename} to ${index.label} failed after ${attempts} attempts (last: ${answer.detail})`,
        'The index is down or overloaded; re-run the job later (a re-run skips files already published).',
      );
    }
    const wait = retryDelay(retry, attempt, answer.retryAfterMs);
    log.warning(
      `upload of ${dist.filename} failed (${answer.detail}); retry ${attempt} of ${retry.retries} in ${(wait / 1000).toFixed(1)} s`,
    );
    await sleep(wait);
  }
}

/** Polls the simple API until every uploaded file is listed with its sha256; returns their URLs. */
async function verify(
  project: string,
  uploaded: Distribution[],
  index: IndexClient,
  { verifyTimeoutMs, log }: PublishOptions,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  if (uploaded.length === 0) return urls;
  const deadline = Date.now() + verifyTimeoutMs;
  let waitMs = 250;
  for (;;) {
    const listed = (await index.listProject(project)) ?? [];
    const pending: Distribution[] = [];
    for (const dist of uploaded) {
      if (urls.has(dist.filename)) continue;
      const theirs = await listedSha(index, listed, dist.filename);
      const ours = (await digestsOf(dist)).sha256;
      if (!theirs) pending.push(dist);
      else if (theirs.sha256 !== ours) {
        throw conflictError(index, [{ filename: dist.filename, ours, theirs: theirs.sha256 }]);
      } else urls.set(dist.filename, theirs.url);
    }
    if (pending.length === 0) {
      log.info(`verified ${uploaded.length} file(s) on ${index.projectUrl(project)}`);
      return urls;
    }
    if (Date.now() + waitMs > deadline) {
      throw new WheelrelayError(
        `${pending.map((d) => d.filename).join(', ')} uploaded to ${index.label} but not listed on ${index.projectUrl(normalizeName(project))} after ${Math.round(verifyTimeoutMs / 1000)} s`,
        'The upload was accepted but the file never appeared: check `simple-url` points at the same index, or raise `verify-timeout` for an index that is slow to list new files.',
      );
    }
    log.debug(`waiting ${waitMs} ms for ${pending.length} file(s) to be listed`);
    await sleep(waitMs);
    waitMs = Math.min(waitMs * 2, 5000);
  }
}

/** The error for files whose name is taken by other content on the index. */
export function conflictError(index: IndexClient, conflicts: Conflict[]): WheelrelayError {
  const list = conflicts
    .map(
      (c) =>
        `${c.filename} (index has sha256 ${c.theirs.slice(0, 12)}…, this build ${c.ours.slice(0, 12)}…)`,
    )
    .join(', ');
  return new WheelrelayError(
    `${list}: already on ${index.label} with other content; nothing was overwritten`,
    'A published file never changes. Bump the version (or tag a new release) to publish this build.',
  );
}
