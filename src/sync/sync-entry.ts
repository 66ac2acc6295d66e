import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { eq, valid as validVersion } from '@renovatebot/pep440';
import { parseDistFilename } from '../build/filenames.js';
import { type Distribution, inspectDistribution } from '../build/inspect.js';
import { buildDistributions } from '../build/python-build.js';
import type { Runner } from '../build/runner.js';
import { describeError, WheelrelayError } from '../errors.js';
import type { IndexClient } from '../index/client.js';
import { type PublishedFile, publish } from '../index/publish.js';
import type { RetryPolicy } from '../index/retry.js';
import type { Log } from '../log.js';
import { normalizeName, sameName } from '../pins/names.js';
import { redact } from '../secrets.js';
import { describeEntry, type SyncEntry } from './entries.js';
import {
  FetchError,
  type FetchFailure,
  fetchCommit,
  type GitAuth,
  gitEnvironment,
} from './git-fetch.js';
import type { KeyedLock } from './pool.js';

/** How one entry ended. */
export type EntryOutcome = 'already-present' | 'uploaded' | 'failed';

/** Why an entry failed. */
export type FailureReason =
  | FetchFailure
  | 'index-check-failed'
  | 'build-failed'
  | 'name-mismatch'
  | 'upload-failed';

/** The named outcome of one entry, with what it cost (clone, build). */
export interface EntryResult {
  readonly entry: SyncEntry;
  readonly outcome: EntryOutcome;
  /** The package name: as built, else as the requirement names it. */
  readonly name?: string;
  /** The version: as built, else as the requirement names it. */
  readonly version?: string;
  /** The commit built, when the entry was fetched. */
  readonly commit?: string;
  /** Files on the index for this version (empty when failed). */
  readonly files: readonly PublishedFile[];
  readonly reason?: FailureReason;
  /** What went wrong and what to do, for a failed entry. */
  readonly error?: string;
  /** Things worth knowing about an entry that did not fail. */
  readonly notes: readonly string[];
  readonly cloned: boolean;
  readonly built: boolean;
  readonly durationMs: number;
}

/** Everything the sync of one entry needs, shared by all entries of a run. */
export interface EntrySettings {
  readonly index: IndexClient;
  readonly python: string;
  readonly buildIsolation: boolean;
  readonly dists: 'wheel' | 'sdist' | 'both';
  readonly retry: RetryPolicy;
  readonly verifyTimeoutMs: number;
  readonly gitAuth?: GitAuth;
  /** Extra environment for builds (pip settings); merged over the process environment. */
  readonly buildEnv?: NodeJS.ProcessEnv;
  /** Where clones and builds go (a fresh folder per entry, removed afterwards). */
  readonly workDir?: string;
}

export interface EntryDeps {
  readonly log: Log;
  readonly run: Runner;
  /** Serialises the last check and the upload of one project, so two entries never race. */
  readonly lock: KeyedLock;
}

/** The index's files of `name` at `version`, or undefined when it has none. */
export async function filesOfVersion(
  index: IndexClient,
  name: string,
  version: string,
): Promise<PublishedFile[] | undefined> {
  const listed = (await index.listProject(name)) ?? [];
  const want = validVersion(version) ?? version;
  const files = listed.filter((f) => {
    const parsed = parseDistFilename(f.filename);
    if (!parsed || !sameName(parsed.name, name)) return false;
    const have = validVersion(parsed.version);
    return have && validVersion(want) ? eq(have, want) : parsed.version === want;
  });
  if (files.length === 0) return undefined;
  return files.map((f) => ({
    filename: f.filename,
    sha256: f.sha256 ?? '',
    url: f.url,
    outcome: 'already-present' as const,
  }));
}

/**
 * Syncs one entry: skipped without a clone when the index already has the version the
 * requirement names; otherwise fetched at exactly its commit, built, checked against the
 * requirement's name, and published (idempotently). Never throws: a failure is the entry's
 * outcome, with the reason and what to do.
 */
export async function syncEntry(
  entry: SyncEntry,
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult> {
  const started = Date.now();
  const { log } = deps;
  let stage: 'check' | 'fetch' | 'build' | 'upload' = 'check';
  let cloned = false;
  let built = false;
  let commit: string | undefined;
  let name = entry.name;
  let version = entry.version;
  const notes: string[] = [];
  const done = (
    outcome: EntryOutcome,
    rest: Partial<Pick<EntryResult, 'files' | 'reason' | 'error'>> = {},
  ): EntryResult => ({
    entry,
    outcome,
    ...(name ? { name } : {}),
    ...(version ? { version } : {}),
    ...(commit ? { commit } : {}),
    files: rest.files ?? [],
    ...(rest.reason ? { reason: rest.reason } : {}),
    ...(rest.error ? { error: redact(rest.error) } : {}),
    notes,
    cloned,
    built,
    durationMs: Date.now() - started,
  });

  let dir: string | undefined;
  try {
    if (entry.name && entry.version) {
      const present = await filesOfVersion(s.index, entry.name, entry.version);
      if (present) {
        log.info(
          `${entry.name}==${entry.version} is already on ${s.index.label}: nothing to fetch`,
        );
        return done('already-present', { files: present });
      }
    }

    stage = 'fetch';
    dir = await mkdtemp(join(s.workDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'wheelrelay-sync-'));
    const src = join(dir, 'src');
    cloned = true;
    const fetched = await fetchCommit(
      {
        url: entry.url,
        ref: entry.ref,
        dir: src,
        env: gitEnvironment(entry.url, { auth: s.gitAuth, credentials: entry.credentials }),
      },
      deps.run,
      log,
    );
    commit = fetched.commit;
    log.info(`checked out ${commit}`);

    stage = 'build';
    built = true;
    const paths = await buildDistributions(
      {
        packageDir: packageDirOf(src, entry),
        dists: s.dists,
        python: s.python,
        buildIsolation: s.buildIsolation,
        // The commit's time, so two builds of one commit make the same bytes where the
        // backend honours it (setuptools/wheel, hatchling, flit, poetry-core do).
        env: { ...s.buildEnv, SOURCE_DATE_EPOCH: String(fetched.commitTime) },
        outDir: join(dir, 'dist'),
      },
      deps.run,
      log,
    );
    const dists: Distribution[] = [];
    for (const path of paths) dists.push(await inspectDistribution(path));
    const first = oneRelease(dists, entry);
    name = first.name;
    version = first.version;
    if (entry.name && !sameName(entry.name, first.name)) {
      return done('failed', {
        reason: 'name-mismatch',
        error: `${describeEntry(entry)} builds ${first.name} ${first.version}, not ${entry.name}: nothing was uploaded.\nThe requirement names the wrong package, or points at the wrong repository or subdirectory; fix the requirement (its #egg= or \`name @\`).`,
      });
    }
    if (entry.version && !eq(entry.version, first.version)) {
      notes.push(
        `the requirement says ${entry.version} (${entry.versionFrom === 'egg' ? '#egg=' : 'its tag'}) but ${entry.ref ?? 'HEAD'} builds ${first.version}; every sync fetches it again until they agree`,
      );
    }
    if (!entry.version) {
      notes.push(
        `the requirement names no version, so it was fetched and built to find one: add #egg=${first.name}==${first.version} to skip that next time`,
      );
    }

    stage = 'upload';
    return await deps.lock.run(normalizeName(first.name), async () => {
      const present = await filesOfVersion(s.index, first.name, first.version);
      if (present) {
        log.info(`${first.name} ${first.version} is already on ${s.index.label}: not uploaded`);
        return done('already-present', { files: present });
      }
      try {
        const result = await publish(dists, s.index, {
          retry: s.retry,
          verifyTimeoutMs: s.verifyTimeoutMs,
          log,
        });
        if (result.status === 'published') {
          const uploaded = result.files.some((f) => f.outcome === 'uploaded');
          return done(uploaded ? 'uploaded' : 'already-present', { files: result.files });
        }
      } catch (err) {
        // Another run (a parallel job on the same index) may have won the race: its files count.
        const theirs = await filesOfVersion(s.index, first.name, first.version).catch(
          () => undefined,
        );
        if (!theirs) throw err;
        notes.push(
          `another run published ${first.name} ${first.version} first; its files were kept`,
        );
        return done('already-present', { files: theirs });
      }
      const theirs = await filesOfVersion(s.index, first.name, first.version);
      notes.push(`${first.name} ${first.version} appeared on the index while this run built it`);
      return done('already-present', { files: theirs ?? [] });
    });
  } catch (err) {
    const reason: FailureReason =
      err instanceof FetchError
        ? err.reason
        : stage === 'check'
          ? 'index-check-failed'
          : stage === 'build'
            ? 'build-failed'
            : stage === 'upload'
              ? 'upload-failed'
              : 'fetch-failed';
    return done('failed', { reason, error: describeError(err) });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The folder to build: the subdirectory of the checkout, which must stay inside it. */
function packageDirOf(src: string, entry: SyncEntry): string {
  if (!entry.subdirectory) return src;
  const dir = resolve(src, entry.subdirectory);
  if (dir !== src && !dir.startsWith(`${src}${sep}`)) {
    throw new WheelrelayError(
      `${describeEntry(entry)}: subdirectory=${entry.subdirectory} points outside the repository`,
      'Give the path of the package inside the repository, e.g. subdirectory=packages/name.',
    );
  }
  return dir;
}

/** The one project version the build made (a wheel and an sdist of it, at most). */
function oneRelease(dists: Distribution[], entry: SyncEntry): Distribution {
  const first = dists[0];
  if (!first) throw new WheelrelayError(`${describeEntry(entry)}: the build produced no files`);
  for (const d of dists) {
    if (!sameName(d.name, first.name) || d.version !== first.version) {
      throw new WheelrelayError(
        `${describeEntry(entry)}: the build made more than one release (${first.filename}, ${d.filename})`,
      );
    }
  }
  return first;
}
