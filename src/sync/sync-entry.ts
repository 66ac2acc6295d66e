import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve, sep } from 'node:path';
import { eq, valid as validVersion } from '@renovatebot/pep440';
import { parseDistFilename } from '../build/filenames.js';
import { type Distribution, inspectDistribution } from '../build/inspect.js';
import type { Isolation } from '../build/isolation.js';
import {
  BuildFailed,
  buildDistributions,
  collectDistributions,
  commandLine,
} from '../build/python-build.js';
import type { Runner } from '../build/runner.js';
import { describeError, WheelrelayError } from '../errors.js';
import type { IndexClient } from '../index/client.js';
import { type PublishedFile, publish, unverifiedError } from '../index/publish.js';
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

/** How one entry ended (`unverified`: uploaded, but not listed within `verify-timeout`). */
export type EntryOutcome = 'already-present' | 'uploaded' | 'unverified' | 'failed';

/** Why an entry failed. */
export type FailureReason =
  | FetchFailure
  /** The requirement names no package (no `#egg=`, no `name @`): nothing is fetched. */
  | 'unnamed'
  | 'index-check-failed'
  /** Builds cannot be isolated here and this process holds secrets: nothing is fetched. */
  | 'build-refused'
  | 'build-failed'
  /** `dist-dir` has no file of the entry (its build job did not make one). */
  | 'not-built'
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
  /** What went wrong and what to do, for a failed or unverified entry. */
  readonly error?: string;
  /** Things worth knowing about an entry that did not fail. */
  readonly notes: readonly string[];
  readonly cloned: boolean;
  readonly built: boolean;
  readonly durationMs: number;
}

type Stage = 'check' | 'fetch' | 'build' | 'collect' | 'upload';

/** How builds run in this run. */
export interface BuildPolicy {
  readonly isolation: Isolation;
  /** Set when no build may run here: every entry that needs one fails with it, unfetched. */
  readonly refusal?: WheelrelayError;
}

/** The lock key that serialises the entries whose builds share this process's user. */
const SHARED_USER = '\0builds share this user';

/** Everything the sync of one entry needs, shared by all entries of a run. */
export interface EntrySettings {
  readonly index: IndexClient;
  readonly python: string;
  readonly buildIsolation: boolean;
  /** Pass build's `--skip-dependency-check` (builds without isolation only). */
  readonly skipDependencyCheck?: boolean;
  readonly dists: 'wheel' | 'sdist' | 'both';
  readonly retry: RetryPolicy;
  readonly verifyTimeoutMs: number;
  readonly gitAuth?: GitAuth;
  /** Extra environment for builds (pip settings); merged over the process environment. */
  readonly buildEnv?: NodeJS.ProcessEnv;
  /** Where clones and builds go (a fresh folder per entry, removed afterwards). */
  readonly workDir?: string;
  /**
   * How builds run here, decided once per run when the first entry needs a build (so a run
   * that finds everything on the index starts no program at all).
   */
  readonly builds?: () => Promise<BuildPolicy>;
  /** How long one build may run before it is killed. */
  readonly buildTimeoutMs: number;
  /** How long one git command may run before it is killed. */
  readonly gitTimeoutMs: number;
  /**
   * Take each entry's files from this folder (built by an earlier job without secrets)
   * instead of fetching and building.
   */
  readonly prebuiltDir?: string;
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
 * Syncs one entry: refused unfetched when the requirement names no package; skipped without a
 * clone when the index already has the version the requirement names; otherwise fetched at
 * exactly its commit, built in a sandbox (or taken from `prebuiltDir`), checked against the
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
  let stage: Stage = 'check';
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

  const wanted = entry.name;
  if (!wanted) {
    return done('failed', {
      reason: 'unnamed',
      error: new WheelrelayError(
        `${describeEntry(entry)} names no package: nothing was fetched. Sync publishes only the package a requirement names, so that no repository can put a package of another name on the index.`,
        `Name it: add #egg=<name> to the URL (git+https://…@ref#egg=<name>), or write <name> @ git+https://…@ref.`,
      ).describe(),
    });
  }

  /** Checks built files against the requirement and publishes them (idempotently). */
  const publishBuilt = async (paths: readonly string[]): Promise<EntryResult> => {
    const dists: Distribution[] = [];
    for (const path of paths) dists.push(await inspectDistribution(path));
    const first = oneRelease(dists, entry);
    name = first.name;
    version = first.version;
    if (!sameName(wanted, first.name)) {
      return done('failed', {
        reason: 'name-mismatch',
        error: `${describeEntry(entry)} builds ${first.name} ${first.version}, not ${wanted}: nothing was uploaded.\nThe requirement names the wrong package, or points at the wrong repository or subdirectory; fix the requirement (its #egg= or \`name @\`).`,
      });
    }
    if (entry.version && !eq(entry.version, first.version)) {
      notes.push(
        `the requirement says ${entry.version} (${entry.versionFrom === 'egg' ? '#egg=' : 'its tag'}) but ${entry.ref ?? 'HEAD'} builds ${first.version}; every sync fetches it again until they agree`,
      );
    }
    if (!entry.version && built) {
      notes.push(
        `the requirement names no version, so it was fetched and built to find one: add #egg=${first.name}==${first.version} to skip that next time`,
      );
    }

    stage = 'upload';
    return deps.lock.run(normalizeName(first.name), async () => {
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
        if (result.status === 'unverified') {
          return done('unverified', {
            files: result.files,
            error: unverifiedError(result.files).describe(),
          });
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
  };

  let dir: string | undefined;
  /** Fetches exactly the commit, builds it in a sandbox, and publishes what it made. */
  const fetchBuildPublish = async (isolation: Isolation): Promise<EntryResult> => {
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
        timeoutMs: s.gitTimeoutMs,
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
        tree: src,
        disposableTree: true,
        dists: s.dists,
        python: s.python,
        buildIsolation: s.buildIsolation,
        skipDependencyCheck: s.skipDependencyCheck,
        // SOURCE_DATE_EPOCH comes from the checkout's HEAD, as for every build.
        env: s.buildEnv,
        outDir: join(dir, 'dist'),
        timeoutMs: s.buildTimeoutMs,
        isolation,
      },
      deps.run,
      log,
    );
    return publishBuilt(paths);
  };

  try {
    if (entry.version) {
      const present = await filesOfVersion(s.index, wanted, entry.version);
      if (present) {
        log.info(`${wanted}==${entry.version} is already on ${s.index.label}: nothing to fetch`);
        return done('already-present', { files: present });
      }
    }
    if (s.prebuiltDir) {
      stage = 'collect';
      const found = await prebuiltFiles(s.prebuiltDir, wanted, entry.version);
      if (typeof found === 'string') return done('failed', { reason: 'not-built', error: found });
      log.info(`taking ${found.map((p) => basename(p)).join(', ')} from ${s.prebuiltDir}`);
      return await publishBuilt(found);
    }
    if (!s.builds) throw new WheelrelayError('syncEntry needs a build policy to build with');
    const { isolation, refusal } = await s.builds();
    if (refusal) return done('failed', { reason: 'build-refused', error: refusal.describe() });
    // Builds that run as this user could touch another entry's checkout or files while they
    // run: then one entry at a time, from its fetch to its upload.
    return isolation.sharesUser
      ? await deps.lock.run(SHARED_USER, () => fetchBuildPublish(isolation))
      : await fetchBuildPublish(isolation);
  } catch (err) {
    // Closures move the stage on too; TypeScript cannot see that.
    const at = stage as Stage;
    const reason: FailureReason =
      err instanceof FetchError
        ? err.reason
        : at === 'check'
          ? 'index-check-failed'
          : at === 'build'
            ? 'build-failed'
            : at === 'collect'
              ? 'not-built'
              : at === 'upload'
                ? 'upload-failed'
                : 'fetch-failed';
    // The checkout is gone by the time anyone reads this: say how to make it again.
    const error =
      err instanceof BuildFailed && commit
        ? `${err.message}\nRun it yourself: ${commandLine('git', ['clone', entry.url, 'src'])} && ${commandLine('git', ['-C', 'src', 'checkout', commit])} && cd src && ${err.own}; fix the build at its source, or pin a commit that builds.${err.advice}`
        : describeError(err);
    return done('failed', { reason, error });
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

/**
 * The files of `name` (at `version`, when the requirement names one) in a folder an earlier
 * job built into; a message saying what is missing when there are none, or when the version
 * is not named and the folder holds several.
 */
async function prebuiltFiles(
  dir: string,
  name: string,
  version: string | undefined,
): Promise<string[] | string> {
  const byVersion = new Map<string, string[]>();
  for (const path of await collectDistributions(dir)) {
    const parsed = parseDistFilename(basename(path));
    if (!parsed || !sameName(parsed.name, name)) continue;
    const v = validVersion(parsed.version) ?? parsed.version;
    if (version && !(validVersion(v) ? eq(v, version) : v === version)) continue;
    byVersion.set(v, [...(byVersion.get(v) ?? []), path]);
  }
  const what = `${name}${version ? ` ${version}` : ''}`;
  if (byVersion.size === 0) {
    return `dist-dir ${dir} has no file of ${what}: the job that built it did not make it (see that job's log for this entry).`;
  }
  if (byVersion.size > 1) {
    return `dist-dir ${dir} has ${name} in ${byVersion.size} versions (${[...byVersion.keys()].join(', ')}) and the requirement names none: add #egg=${name}==<version> to it.`;
  }
  return [...byVersion.values()][0] ?? [];
}
