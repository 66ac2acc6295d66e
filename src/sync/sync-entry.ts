import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve, sep } from 'node:path';
import { eq, valid as validVersion } from '@renovatebot/pep440';
import { collectDistributions } from '../build/collect.js';
import { filenameMatchesProject, parseDistFilename } from '../build/filenames.js';
import { type Distribution, inspectDistribution } from '../build/inspect.js';
import type { Isolation } from '../build/isolation.js';
import { oneRelease } from '../build/one-release.js';
import { BuildFailed, buildDistributions, commandLine } from '../build/python-build.js';
import type { Runner } from '../build/runner.js';
import { describeError, WheelrelayError } from '../errors.js';
import type { IndexClient } from '../index/client.js';
import { type PublishedFile, publish, unverifiedError } from '../index/publish.js';
import type { RetryPolicy } from '../index/retry.js';
import type { Log } from '../log.js';
import { normalizeName, sameName } from '../pins/names.js';
import type { KeyedLock } from '../pool.js';
import { redact } from '../secrets.js';
import { describeEntry, isCommitId, type SyncEntry } from './entries.js';
import {
  FetchError,
  type FetchFailure,
  fetchCommit,
  type GitAuth,
  gitEnvironment,
  resolveRef,
} from './git-fetch.js';
import { labelOf } from './matrix.js';
import { type Progress, withProgress } from './progress.js';
import type { BuildRecord, RecordedBuild } from './record.js';

/** How one entry ended (`unverified`: uploaded, but not listed within `verify-timeout`). */
type EntryOutcome = 'already-present' | 'uploaded' | 'unverified' | 'failed';

/** Why an entry failed. */
type FailureReason =
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
  /** pip's cache, restored for this run's builds (the action's `cache`). */
  readonly pipCacheDir?: string;
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

interface EntryDeps {
  readonly log: Log;
  readonly run: Runner;
  /** Serialises the last check and the upload of one project, so two entries never race. */
  readonly lock: KeyedLock;
  /** What commits built before: lets an entry skip its fetch and build (read and added to). */
  readonly record?: BuildRecord;
  /** Where and how often long steps say they are still running. */
  readonly progress?: Progress;
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
    if (!parsed || !filenameMatchesProject(f.filename, name)) return false;
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

/** One entry's sync as it goes: what it has cost and learned so far, and how it ended. */
class EntryRun {
  stage: Stage = 'check';
  /** True once a fetch succeeded (a failed fetch is no clone in the counts). */
  cloned = false;
  /** True once a build succeeded. */
  built = false;
  commit: string | undefined;
  name: string | undefined;
  version: string | undefined;
  readonly notes: string[] = [];
  private readonly started = Date.now();

  constructor(readonly entry: SyncEntry) {
    this.name = entry.name;
    this.version = entry.version;
  }

  /** The entry's result, as it stands. */
  done(
    outcome: EntryOutcome,
    rest: Partial<Pick<EntryResult, 'files' | 'reason' | 'error'>> = {},
  ): EntryResult {
    return {
      entry: this.entry,
      outcome,
      ...(this.name ? { name: this.name } : {}),
      ...(this.version ? { version: this.version } : {}),
      ...(this.commit ? { commit: this.commit } : {}),
      files: rest.files ?? [],
      ...(rest.reason ? { reason: rest.reason } : {}),
      ...(rest.error ? { error: redact(rest.error) } : {}),
      notes: this.notes,
      cloned: this.cloned,
      built: this.built,
      durationMs: Date.now() - this.started,
    };
  }
}

/**
 * Syncs one entry: refused unfetched when the requirement names no package; skipped without a
 * clone when the index already has the version the requirement names, or the files the build
 * record says its commit built; otherwise fetched at exactly its commit, built in a sandbox (or
 * taken from `prebuiltDir`), checked against the requirement's name, and published
 * (idempotently). Never throws: a failure is the entry's outcome, with the reason and what to do.
 */
export async function syncEntry(
  entry: SyncEntry,
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult> {
  const run = new EntryRun(entry);
  const wanted = entry.name;
  if (!wanted) return unnamed(run);
  let dir: string | undefined;
  try {
    const present =
      (await presentByVersion(run, wanted, s, deps)) ??
      (await presentByRecord(run, wanted, s, deps));
    if (present) return present;
    if (s.prebuiltDir) return await fromPrebuilt(run, wanted, s.prebuiltDir, s, deps);
    if (!s.builds) throw new WheelrelayError('syncEntry needs a build policy to build with');
    const policy = await s.builds();
    if (policy.refusal) {
      return run.done('failed', { reason: 'build-refused', error: policy.refusal.describe() });
    }
    const go = async () => {
      dir = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'wheelrelay-sync-'));
      return fetchBuildPublish(run, wanted, dir, policy, s, deps);
    };
    // Builds that run as this user could touch another entry's checkout or files while they
    // run: then one entry at a time, from its fetch to its upload.
    return policy.isolation.sharesUser ? await deps.lock.run(SHARED_USER, go) : await go();
  } catch (err) {
    return failed(run, err);
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** A requirement that names no package: refused before anything is fetched. */
function unnamed(run: EntryRun): EntryResult {
  return run.done('failed', {
    reason: 'unnamed',
    error: new WheelrelayError(
      `${describeEntry(run.entry)} names no package: nothing was fetched. Sync publishes only the package a requirement names, so that no repository can put a package of another name on the index.`,
      `Name it: add #egg=<name> to the URL (git+https://…@ref#egg=<name>), or write <name> @ git+https://…@ref.`,
    ).describe(),
  });
}

/** Already present when the index has the version the requirement names. */
async function presentByVersion(
  run: EntryRun,
  wanted: string,
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult | undefined> {
  const version = run.entry.version;
  if (!version) return undefined;
  const present = await filesOfVersion(s.index, wanted, version);
  if (!present) return undefined;
  deps.log.info(`${wanted}==${version} is already on ${s.index.label}: nothing to fetch`);
  return run.done('already-present', { files: present });
}

/**
 * Already present when the build record knows what the entry's commit built and the index
 * still lists those files (same sha256 where it gives one). Anything less (no record, another
 * name, a file gone or changed) only means the entry is fetched and built.
 */
async function presentByRecord(
  run: EntryRun,
  wanted: string,
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult | undefined> {
  const { entry } = run;
  if (!deps.record) return undefined;
  const commit = await recordedCommit(entry, deps.record, s, deps);
  if (!commit) return undefined;
  const built = deps.record.lookup({ url: entry.url, commit, subdirectory: entry.subdirectory });
  if (!built || !sameName(built.name, wanted)) return undefined;
  const files = await stillListed(s.index, built);
  if (!files) {
    deps.log.info(
      `the build record says ${commit} built ${built.files.map((f) => f.filename).join(', ')}, which ${s.index.label} no longer lists as built: fetching and building again`,
    );
    return undefined;
  }
  run.commit = commit;
  run.name = built.name;
  run.version = built.version;
  versionNotes(run, built.name, built.version);
  deps.log.info(
    `${built.name} ${built.version} (built from ${commit}, says the build record) is on ${s.index.label}: nothing to fetch`,
  );
  return run.done('already-present', { files });
}

/**
 * The full commit id the entry points at, when the record may know it: the ref itself (a full
 * id), the one recorded commit an abbreviated id names, or one `git ls-remote` of a branch or
 * tag (no clone), asked only when the record knows the repository at all.
 */
async function recordedCommit(
  entry: SyncEntry,
  record: BuildRecord,
  s: EntrySettings,
  deps: EntryDeps,
): Promise<string | undefined> {
  const ref = entry.ref;
  if (ref && /^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  if (!record.knowsRepository(entry.url)) return undefined;
  if (ref && isCommitId(ref)) return record.commitFor(entry.url, ref);
  return resolveRef(
    {
      url: entry.url,
      ...(ref ? { ref } : {}),
      env: gitEnvironment(entry.url, { auth: s.gitAuth, credentials: entry.credentials }),
      timeoutMs: s.gitTimeoutMs,
    },
    deps.run,
    deps.log,
  );
}

/**
 * For a pin by commit (full, or abbreviated to one recorded commit): what the build record
 * says it built, when the index still lists those files. No git: for the plan.
 */
export async function recordedOnIndex(
  entry: SyncEntry,
  wanted: string,
  record: BuildRecord,
  index: IndexClient,
): Promise<{ name: string; version: string; files: PublishedFile[] } | undefined> {
  const ref = entry.ref;
  if (!ref || !isCommitId(ref)) return undefined;
  const commit = ref.length === 40 ? ref.toLowerCase() : record.commitFor(entry.url, ref);
  const built =
    commit && record.lookup({ url: entry.url, commit, subdirectory: entry.subdirectory });
  if (!built || !sameName(built.name, wanted)) return undefined;
  const files = await stillListed(index, built);
  return files && { name: built.name, version: built.version, files };
}

/** The index's files of a recorded build, when it lists every one (same sha256 where it gives one). */
async function stillListed(
  index: IndexClient,
  built: RecordedBuild,
): Promise<PublishedFile[] | undefined> {
  const listed = await filesOfVersion(index, built.name, built.version);
  if (!listed) return undefined;
  const ok = built.files.every((f) => {
    const have = listed.find((l) => l.filename === f.filename);
    return have !== undefined && (have.sha256 === '' || have.sha256.toLowerCase() === f.sha256);
  });
  return ok ? listed : undefined;
}

/** Notes on a version the requirement does not name, or names wrongly. */
function versionNotes(run: EntryRun, name: string, version: string): void {
  const { entry } = run;
  if (entry.version && !eq(entry.version, version)) {
    run.notes.push(
      `the requirement says ${entry.version} (${entry.versionFrom === 'egg' ? '#egg=' : 'its tag'}) but ${entry.ref ?? 'HEAD'} builds ${version}: correct the requirement (only the build record spares a fetch until they agree)`,
    );
  } else if (!entry.version) {
    run.notes.push(
      `the requirement names no version, so only a build (or the build record of one) tells it: add #egg=${name}==${version} to skip the fetch without a record`,
    );
  }
}

/** Takes the entry's files from a folder an earlier job built into, and publishes them. */
async function fromPrebuilt(
  run: EntryRun,
  wanted: string,
  prebuiltDir: string,
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult> {
  run.stage = 'collect';
  const found = await prebuiltFiles(prebuiltDir, wanted, run.entry.version);
  if (typeof found === 'string') return run.done('failed', { reason: 'not-built', error: found });
  deps.log.info(`taking ${found.map((p) => basename(p)).join(', ')} from ${prebuiltDir}`);
  return publishBuilt(run, wanted, found, s, deps);
}

/** Fetches exactly the commit into `dir`, builds it in a sandbox, and publishes what it made. */
async function fetchBuildPublish(
  run: EntryRun,
  wanted: string,
  dir: string,
  { isolation, pipCacheDir }: BuildPolicy,
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult> {
  const { entry } = run;
  const what = labelOf(entry);
  const src = join(dir, 'src');
  run.stage = 'fetch';
  const fetched = await withProgress(deps.progress, what, 'fetching', () =>
    fetchCommit(
      {
        url: entry.url,
        ref: entry.ref,
        dir: src,
        env: gitEnvironment(entry.url, { auth: s.gitAuth, credentials: entry.credentials }),
        timeoutMs: s.gitTimeoutMs,
      },
      deps.run,
      deps.log,
    ),
  );
  run.cloned = true;
  run.commit = fetched.commit;
  deps.log.info(`checked out ${run.commit}`);

  run.stage = 'build';
  const paths = await withProgress(deps.progress, what, 'building', () =>
    buildDistributions(
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
        ...(pipCacheDir ? { pipCacheDir } : {}),
      },
      deps.run,
      deps.log,
    ),
  );
  run.built = true;
  return publishBuilt(run, wanted, paths, s, deps);
}

/** Checks built files against the requirement, publishes them, and records what the commit built. */
async function publishBuilt(
  run: EntryRun,
  wanted: string,
  paths: readonly string[],
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult> {
  const dists: Distribution[] = [];
  for (const path of paths) dists.push(await inspectDistribution(path));
  const first = oneRelease(
    dists,
    `${describeEntry(run.entry)}: the files built`,
    'Sync publishes one project version per requirement: point it at the one package to build (#subdirectory= for a package inside a larger repository).',
  );
  run.name = first.name;
  run.version = first.version;
  if (!sameName(wanted, first.name)) {
    return run.done('failed', {
      reason: 'name-mismatch',
      error: `${describeEntry(run.entry)} builds ${first.name} ${first.version}, not ${wanted}: nothing was uploaded.\nThe requirement names the wrong package, or points at the wrong repository or subdirectory; fix the requirement (its #egg= or \`name @\`).`,
    });
  }
  if (run.built) versionNotes(run, first.name, first.version);
  run.stage = 'upload';
  const result = await withProgress(
    deps.progress,
    labelOf(run.entry),
    'uploading and waiting for the index to list it',
    () => deps.lock.run(normalizeName(first.name), () => upload(run, first, dists, s, deps)),
  );
  if (run.commit && (result.outcome === 'uploaded' || result.outcome === 'already-present')) {
    const files = result.files
      .map((f) => ({ filename: f.filename, sha256: f.sha256 }))
      .filter((f) => f.sha256 !== '');
    if (files.length > 0) {
      deps.record?.remember(
        { url: run.entry.url, commit: run.commit, subdirectory: run.entry.subdirectory },
        { name: first.name, version: first.version, files },
      );
    }
  }
  return result;
}

/**
 * Publishes one release unless the index has it (checked again under the project's lock);
 * another run's files count when it won the race.
 */
async function upload(
  run: EntryRun,
  first: Distribution,
  dists: Distribution[],
  s: EntrySettings,
  deps: EntryDeps,
): Promise<EntryResult> {
  const present = await filesOfVersion(s.index, first.name, first.version);
  if (present) {
    deps.log.info(`${first.name} ${first.version} is already on ${s.index.label}: not uploaded`);
    return run.done('already-present', { files: present });
  }
  try {
    const result = await publish(dists, s.index, {
      retry: s.retry,
      verifyTimeoutMs: s.verifyTimeoutMs,
      log: deps.log,
    });
    if (result.status === 'published') {
      const uploaded = result.files.some((f) => f.outcome === 'uploaded');
      return run.done(uploaded ? 'uploaded' : 'already-present', { files: result.files });
    }
    if (result.status === 'unverified') {
      return run.done('unverified', {
        files: result.files,
        error: unverifiedError(result.files).describe(),
      });
    }
  } catch (err) {
    // Another run (a parallel job on the same index) may have won the race: its files count.
    const theirs = await filesOfVersion(s.index, first.name, first.version).catch(() => undefined);
    if (!theirs) throw err;
    run.notes.push(
      `another run published ${first.name} ${first.version} first; its files were kept`,
    );
    return run.done('already-present', { files: theirs });
  }
  const theirs = await filesOfVersion(s.index, first.name, first.version);
  run.notes.push(`${first.name} ${first.version} appeared on the index while this run built it`);
  return run.done('already-present', { files: theirs ?? [] });
}

/** A failed entry: the reason from the stage it reached, and what to do. */
function failed(run: EntryRun, err: unknown): EntryResult {
  const at = run.stage;
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
    err instanceof BuildFailed && run.commit
      ? `${err.message}\nRun it yourself: ${commandLine('git', ['clone', run.entry.url, 'src'])} && ${commandLine('git', ['-C', 'src', 'checkout', run.commit])} && cd src && ${err.own}; fix the build at its source, or pin a commit that builds.${err.advice}`
      : describeError(err);
  return run.done('failed', { reason, error });
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
    if (!parsed || !filenameMatchesProject(basename(path), name)) continue;
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
