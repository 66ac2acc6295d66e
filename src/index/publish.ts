import { type Distribution, digestsOf } from '../build/inspect.js';
import { compareArchives } from '../build/same-release.js';
import { WheelrelayError } from '../errors.js';
import type { Log } from '../log.js';
import type { IndexClient } from './client.js';
import { type Clock, type RetryPolicy, retryDelay, systemClock } from './retry.js';
import type { ListedFile } from './simple.js';

/**
 * How each file ended: stored by this run; found on the index as the same release (the same
 * bytes, or other bytes holding the same files); stored by this run but not listed within
 * `verify-timeout`; or, on a dry run, missing from the index (a real run would upload it).
 */
type FileOutcome = 'uploaded' | 'already-present' | 'unverified' | 'would-upload';

export interface PublishedFile {
  filename: string;
  /**
   * The sha256 of the file the index serves (which pins with hashes must name); for an
   * unverified file, of the file uploaded.
   */
  sha256: string;
  /** Where the index serves the file ('' when unverified, or not uploaded by a dry run). */
  url: string;
  outcome: FileOutcome;
  /** For an unverified file: the listing it was looked for on, and what the index answered. */
  listing?: string;
  answer?: string;
}

/** A file the index already holds under the same name with other content. */
interface Conflict {
  filename: string;
  ours: string;
  theirs: string;
  /** How the contents differ, when the archives were compared. */
  difference?: string;
}

export type PublishResult =
  /** Every file is on the index, listed with its sha256. */
  | { status: 'published'; files: PublishedFile[] }
  /** Every file was stored, but at least one was not listed in time (outcome `unverified`). */
  | { status: 'unverified'; files: PublishedFile[] }
  /** A dry run: the index was read, nothing stored (`would-upload` or `already-present`). */
  | { status: 'dry-run'; files: PublishedFile[] }
  /** Nothing was uploaded: a filename is taken by other content. */
  | { status: 'conflict'; conflicts: Conflict[] };

interface PublishOptions {
  retry: RetryPolicy;
  /** How long to wait for uploaded files to appear on the simple API. */
  verifyTimeoutMs: number;
  log: Log;
  /** Time for backoff and polling; tests pass one that does not wait. */
  clock?: Clock;
  /** How often a line says what verification is still waiting for; default 5 s. */
  progressEveryMs?: number;
  /** Read the index and judge each file as a real run would, but store nothing. */
  dryRun?: boolean;
}

/**
 * The largest file uploaded before the listing is read, on an index that refuses re-uploads:
 * sending it again to a refusing index costs less than a round trip; a larger one is worth the
 * listing first.
 */
export const UPLOAD_FIRST_MAX_BYTES = 1 << 20;

/**
 * Publishes one release idempotently: reads what the index has, keeps a file whose name is
 * taken by the same release (the same bytes, or the same files in other packaging), refuses to
 * touch one taken by other content, uploads what is missing, and reports as published only
 * files it has seen listed with their sha256.
 *
 * One small file on an index that refuses every re-upload is uploaded before anything is read:
 * the index's refusal is what says the name is taken, and only then is the listing read and
 * judged as above. Same outcomes, one round trip fewer. Several files are always checked first,
 * so that a conflict on one still means nothing was uploaded.
 */
export async function publish(
  dists: Distribution[],
  index: IndexClient,
  opts: PublishOptions,
): Promise<PublishResult> {
  const project = dists[0]?.name;
  if (!project) throw new WheelrelayError('there is nothing to publish');
  const [only] = dists;
  // A dry run only reads: it takes the listing-first path, which stops before any upload.
  if (
    only &&
    !opts.dryRun &&
    dists.length === 1 &&
    index.refusesReuploads &&
    only.size <= UPLOAD_FIRST_MAX_BYTES
  ) {
    const stored = await uploadOne(only, index, opts, 'first');
    if ('conflict' in stored) return { status: 'conflict', conflicts: [stored.conflict] };
    const files = 'file' in stored ? [stored.file] : await verify(project, [only], index, opts);
    const unverified = files.some((f) => f.outcome === 'unverified');
    return { status: unverified ? 'unverified' : 'published', files };
  }

  const listed = (await index.listProject(project)) ?? [];
  const missing: Distribution[] = [];
  const present: PublishedFile[] = [];
  const conflicts: Conflict[] = [];
  for (const dist of dists) {
    const theirs = listed.find((f) => f.filename === dist.filename);
    if (!theirs) {
      missing.push(dist);
      continue;
    }
    const judged = await judge(dist, theirs, index, opts.log);
    if ('conflict' in judged) conflicts.push(judged.conflict);
    else present.push(judged.file);
  }
  if (conflicts.length > 0) return { status: 'conflict', conflicts };
  if (opts.dryRun) {
    const would: PublishedFile[] = [];
    for (const dist of missing) {
      opts.log.info(`${dist.filename} is not on ${index.label}: a real run would upload it`);
      would.push({
        filename: dist.filename,
        sha256: (await digestsOf(dist)).sha256,
        url: '',
        outcome: 'would-upload',
      });
    }
    return { status: 'dry-run', files: inOrder(dists, [...present, ...would]) };
  }

  const uploaded: Distribution[] = [];
  for (const dist of missing) {
    const stored = await uploadOne(dist, index, opts, 'after-listing');
    // Stored by someone else between the listing and the upload, with other content.
    if ('conflict' in stored) throw conflictError(index, [stored.conflict]);
    if ('file' in stored) present.push(stored.file);
    else uploaded.push(dist);
  }
  const files = inOrder(dists, [...present, ...(await verify(project, uploaded, index, opts))]);
  const unverified = files.some((f) => f.outcome === 'unverified');
  return { status: unverified ? 'unverified' : 'published', files };
}

/** The files in the order their distributions were given in. */
function inOrder(dists: Distribution[], files: PublishedFile[]): PublishedFile[] {
  const order = new Map(dists.map((d, i) => [d.filename, i]));
  return files.sort((a, b) => (order.get(a.filename) ?? 0) - (order.get(b.filename) ?? 0));
}

/**
 * What a listed file of the same name is to this build: the same bytes; the same release in
 * other packaging (compared archive contents: zip and tar stamp build times); or a conflict.
 */
async function judge(
  dist: Distribution,
  theirs: ListedFile,
  index: IndexClient,
  log: Log,
): Promise<{ file: PublishedFile } | { conflict: Conflict }> {
  const ours = (await digestsOf(dist)).sha256;
  const theirSha = theirs.sha256 ?? (await index.sha256Of(theirs));
  const present = (sha256: string): PublishedFile => ({
    filename: dist.filename,
    sha256,
    url: theirs.url,
    outcome: 'already-present',
  });
  if (theirSha === ours) {
    log.info(`${dist.filename} is already on ${index.label} with the same sha256: skipped`);
    return { file: present(ours) };
  }
  let difference: string;
  try {
    // The index's copy should be about this build's size; anything far larger is not it.
    const copy = await index.copyOf(theirs, Math.max(dist.size * 2, dist.size + (16 << 20)));
    try {
      const compared = await compareArchives(dist.path, copy.path, dist.kind);
      if (compared.same) {
        log.info(
          `${dist.filename} is already on ${index.label} with other bytes (sha256 ${theirSha.slice(0, 12)}…, this build ${ours.slice(0, 12)}…) but the same files and contents: the archives differ only in packaging (times, order), so it is the same release and is kept as it is`,
        );
        return { file: present(theirSha) };
      }
      difference = compared.difference;
    } finally {
      await copy.done();
    }
  } catch (err) {
    difference = `the index's copy could not be compared: ${(err as Error).message}`;
  }
  return { conflict: { filename: dist.filename, ours, theirs: theirSha, difference } };
}

/**
 * Uploads one file, retrying what is worth retrying, re-checking the index when in doubt.
 * Returns `stored` when this run's upload was taken (to be verified), the listed file when the
 * index turned out to hold the same release already, or the conflict when it holds other
 * content under the name. `first`: nothing was read before (see {@link publish}).
 */
async function uploadOne(
  dist: Distribution,
  index: IndexClient,
  { retry, log, clock = systemClock }: PublishOptions,
  when: 'first' | 'after-listing',
): Promise<{ stored: true } | { file: PublishedFile } | { conflict: Conflict }> {
  const attempts = retry.retries + 1;
  for (let attempt = 1; ; attempt++) {
    log.info(`uploading ${dist.filename} (${dist.size} bytes) to ${index.label}`);
    const answer = await index.store(dist);
    if (answer.outcome === 'stored') return { stored: true };

    if (answer.outcome === 'refused') {
      throw new WheelrelayError(
        `upload of ${dist.filename} to ${index.label} refused (${answer.detail})`,
        answer.hint,
      );
    }
    if (answer.outcome === 'exists' || answer.maybeStored) {
      // The answer does not say whose content is there: the listing does.
      const listed = (await index.listProject(dist.name).catch(() => undefined)) ?? [];
      const theirs = listed.find((f) => f.filename === dist.filename);
      if (theirs) {
        const judged = await judge(dist, theirs, index, log);
        if ('conflict' in judged) return judged;
        if (judged.file.sha256 === (await digestsOf(dist)).sha256 && answer.outcome !== 'exists') {
          // Stored by an attempt whose answer was lost: ours, and listed, so verified.
          log.info(
            `${dist.filename} is on the index with the same sha256 (after: ${answer.detail})`,
          );
          return { file: { ...judged.file, outcome: 'uploaded' } };
        }
        if (when === 'after-listing' || attempt > 1) {
          log.info(`${dist.filename} was stored by someone else first (after: ${answer.detail})`);
        }
        return judged;
      }
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
    const wait = retryDelay(retry, attempt, answer.retryAfterMs, () => clock.jitter());
    log.warning(
      `upload of ${dist.filename} failed (${answer.detail}); retry ${attempt} of ${retry.retries} in ${(wait / 1000).toFixed(1)} s`,
    );
    await clock.sleep(wait);
  }
}

/**
 * Polls the simple API until every uploaded file is listed with its sha256, or `verifyTimeoutMs`
 * has passed; a file still not listed then is `unverified`, with what the index last answered.
 * A line every `progressEveryMs` says what it is waiting for, so a run never looks hung.
 */
async function verify(
  project: string,
  uploaded: Distribution[],
  index: IndexClient,
  { verifyTimeoutMs, log, clock = systemClock, progressEveryMs = 5000 }: PublishOptions,
): Promise<PublishedFile[]> {
  if (uploaded.length === 0) return [];
  const listing = index.projectUrl(project);
  const started = clock.now();
  const deadline = started + verifyTimeoutMs;
  let lastProgress = started;
  let waitMs = 250;
  const done = new Map<string, PublishedFile>();
  let answer = '';
  for (;;) {
    let listed: ListedFile[] | undefined;
    try {
      listed = await index.listProject(project);
      answer = describeListing(listed);
    } catch (err) {
      // The upload was taken: an index that fails to answer now leaves it unverified, not lost.
      answer = (err as Error).message;
    }
    if (listed) await settleListed(uploaded, listed, done, index, log);
    const pending = uploaded.filter((d) => !done.has(d.filename));
    if (pending.length === 0) {
      log.info(`verified ${uploaded.length} file(s) on ${listing}`);
      return uploaded.map((d) => done.get(d.filename) as PublishedFile);
    }
    const now = clock.now();
    if (now >= deadline) {
      for (const d of pending) {
        log.warning(
          `${d.filename} was uploaded to ${index.label} but is not listed on ${listing} after ${seconds(verifyTimeoutMs)} s; the index answered: ${answer}`,
        );
      }
      return withUnverified(uploaded, done, { listing, answer });
    }
    if (now - lastProgress >= progressEveryMs) {
      lastProgress = now;
      log.info(
        `still waiting for ${pending.map((d) => d.filename).join(', ')} to be listed on ${listing} (${seconds(now - started)} s of ${seconds(verifyTimeoutMs)} s; the index answered: ${answer})`,
      );
    }
    log.debug(`waiting ${waitMs} ms for ${pending.length} file(s) to be listed`);
    await clock.sleep(Math.min(waitMs, deadline - now));
    waitMs = Math.min(waitMs * 2, 5000);
  }
}

/**
 * Records in `done` each uploaded file the listing shows: ours when the sha256 matches, else
 * judged as a file another run stored between our upload and this read (a conflict throws).
 */
async function settleListed(
  uploaded: Distribution[],
  listed: ListedFile[],
  done: Map<string, PublishedFile>,
  index: IndexClient,
  log: Log,
): Promise<void> {
  for (const dist of uploaded) {
    const theirs = listed.find((f) => f.filename === dist.filename);
    if (!theirs || done.has(dist.filename)) continue;
    const ours = (await digestsOf(dist)).sha256;
    if ((theirs.sha256 ?? (await index.sha256Of(theirs))) === ours) {
      done.set(dist.filename, {
        filename: dist.filename,
        sha256: ours,
        url: theirs.url,
        outcome: 'uploaded',
      });
      continue;
    }
    // Another run stored the name between our upload and this read.
    const judged = await judge(dist, theirs, index, log);
    if ('conflict' in judged) throw conflictError(index, [judged.conflict]);
    done.set(dist.filename, judged.file);
  }
}

/** Every uploaded file, in order: as verified when `done` has it, else `unverified`. */
async function withUnverified(
  uploaded: Distribution[],
  done: Map<string, PublishedFile>,
  seen: { listing: string; answer: string },
): Promise<PublishedFile[]> {
  const files: PublishedFile[] = [];
  for (const d of uploaded) {
    files.push(
      done.get(d.filename) ?? {
        filename: d.filename,
        // What was uploaded; whether the index serves it is what could not be seen.
        sha256: (await digestsOf(d)).sha256,
        url: '',
        outcome: 'unverified',
        ...seen,
      },
    );
  }
  return files;
}

/** What a project page read said, in a few words, for progress lines and unverified files. */
function describeListing(listed: ListedFile[] | undefined): string {
  if (listed === undefined) return 'HTTP 404, the project is not on this simple API';
  if (listed.length === 0) return 'the project page lists no files';
  const names = listed.slice(-3).map((f) => f.filename);
  return `the project page lists ${listed.length} file(s) (${names.join(', ')}${listed.length > 3 ? ', …' : ''}), not this one`;
}

function seconds(ms: number): number {
  return Math.round(ms / 1000);
}

/** The error for files whose name is taken by other content on the index. */
export function conflictError(index: IndexClient, conflicts: Conflict[]): WheelrelayError {
  const list = conflicts
    .map(
      (c) =>
        `${c.filename} (index has sha256 ${c.theirs.slice(0, 12)}…, this build ${c.ours.slice(0, 12)}…${c.difference ? `; ${c.difference}` : ''})`,
    )
    .join(', ');
  return new WheelrelayError(
    `${list}: already on ${index.label} with other content; nothing was overwritten`,
    'A published file never changes. Bump the version (or tag a new release) to publish this build.',
  );
}

/** The error for a run whose uploads were accepted but not all listed within `verify-timeout`. */
export function unverifiedError(files: readonly PublishedFile[]): WheelrelayError {
  const pending = files.filter((f) => f.outcome === 'unverified');
  const list = pending
    .map((f) => `${f.filename} (looked for on ${f.listing}; the index answered: ${f.answer})`)
    .join(', ');
  return new WheelrelayError(
    `uploaded but not verified: ${list}`,
    'The index accepted the upload but did not list the file in time. Check that `simple-url` (or `index-type`) names the simple API of the index you upload to (a 404 there usually means it does not), or raise `verify-timeout` for an index that is slow to list new files. A re-run uploads nothing it finds listed.',
  );
}
