import { glob, readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { secretsInEnvironment } from '../build/environment.js';
import { chooseIsolation, type Isolation, unisolatedRefusal } from '../build/isolation.js';
import type { PipCache } from '../build/pip-cache.js';
import type { Runner } from '../build/runner.js';
import { WheelrelayError } from '../errors.js';
import type { IndexClient } from '../index/client.js';
import { DirectoryIndex } from '../index/directory.js';
import type { PublishedFile } from '../index/publish.js';
import { openIndex } from '../index/target.js';
import { openUpstream } from '../index/upstream.js';
import type { Log, OutputWriter } from '../log.js';
import { KeyedLock, mapLimit } from '../pool.js';
import type { SyncConfig } from './config.js';
import {
  collectEntries,
  describeEntry,
  type RequirementSource,
  type SyncEntry,
} from './entries.js';
import { type InstallAdvice, installAdvice } from './install.js';
import { labelOf, type Matrix, matrixOf } from './matrix.js';
import { PROGRESS_EVERY_MS, type Progress } from './progress.js';
import { BuildRecord, directoryRecordPath } from './record.js';
import {
  type FileRewrite,
  type Rewritable,
  realPathInside,
  rewritesFor,
  writeInPlace,
} from './rewrite.js';
import {
  type BuildPolicy,
  type EntryResult,
  type EntrySettings,
  filesOfVersion,
  recordedOnIndex,
  syncEntry,
} from './sync-entry.js';
import { checkUpstream } from './upstream.js';

/** What a sync run did and what it cost: the numbers a benchmark and a summary need. */
interface SyncCounts {
  entries: number;
  'already-present': number;
  uploaded: number;
  /** Uploaded, but not listed on the simple API within `verify-timeout`. */
  unverified: number;
  failed: number;
  /** Repositories fetched (each a shallow fetch of one commit, into a fresh folder). */
  clones: number;
  /** Builds run (each `python -m build` of one commit). */
  builds: number;
}

/** The named outcome of `mode: sync`. */
export interface SyncResult {
  mode: 'sync';
  index: string;
  entries: EntryResult[];
  counts: SyncCounts;
  /** Requirement files with git pins turned into index pins (`rewrite: true`). */
  rewrites: FileRewrite[];
  /** How to install from a directory index what the run put there. */
  install?: InstallAdvice;
  durationMs: number;
}

/** How the plan sees one entry. */
type PlanStatus =
  /** The index has the version the requirement names, or what the build record says its commit built. */
  | 'present'
  /** The index lacks it. */
  | 'missing'
  /** No version named (a branch, or a commit the record does not know, without #egg=…==): only a build can tell. */
  | 'unknown'
  /** The requirement names no package: sync refuses it, so it is not in the matrix. */
  | 'unnamed'
  /** The index could not be asked; the sync job will try again. */
  | 'check-failed';

export interface PlannedEntry {
  entry: SyncEntry;
  status: PlanStatus;
  error?: string;
  /** For a pin by commit the build record knows: what it built (and the index lists). */
  built?: { name: string; version: string; files: PublishedFile[] };
}

/** The named outcome of `mode: plan`: the entries a sync must build, as a matrix. */
export interface PlanResult {
  mode: 'plan';
  index: string;
  entries: PlannedEntry[];
  /** Entries a sync job must fetch and build (`missing`, `unknown`, `check-failed`). */
  missing: number;
  matrix: Matrix;
  /** Requirement files with the present entries' git pins turned into index pins (`rewrite: true`). */
  rewrites: FileRewrite[];
  durationMs: number;
}

export interface SyncDeps {
  log: Log;
  run: Runner;
  /** Extra environment for builds (the tests' offline pip settings, a pip cache). */
  buildEnv?: NodeJS.ProcessEnv;
  /** Hands each secret found in a requirement file to the runner's masking (core.setSecret). */
  onSecret?: (secret: string) => void;
  /** How builds are isolated; chosen (by trying what this machine allows) when not given. */
  isolation?: Isolation;
  /** The environment this process started with (which secrets it holds); process.env by default. */
  env?: NodeJS.ProcessEnv;
  /**
   * Write each entry's fetch and build lines as debug (the CLI without --verbose); its outcome,
   * errors and notes still show. The action keeps them, folded in one group per entry.
   */
  quiet?: boolean;
  /**
   * Where the build record lives when the index is not a directory (a directory index keeps
   * its own, in its `.wheelrelay/`): the CLI's user cache, or the file the action's cache
   * restores. No record when not given.
   */
  recordPath?: string;
  /** How often long steps say they are still running (tests fire the timer themselves). */
  progress?: Pick<Progress, 'everyMs' | 'every'>;
  /**
   * Restores pip's cache for the builds, to be saved after them (the action's @actions/cache,
   * when `cache` is on). Asked only when the first entry needs a build; `keyFiles` are the
   * requirement files read, relative to the workspace, which its key hashes.
   */
  pipCache?: (keyFiles: readonly string[]) => Promise<PipCache>;
}

/**
 * The sync story: read the requirement files, find every git pin, then either plan (which are
 * missing from the index) or sync (fetch, build, upload what is missing), then rewrite the
 * synced pins when asked.
 */
export async function syncRequirements(
  cfg: SyncConfig,
  deps: SyncDeps,
): Promise<SyncResult | PlanResult> {
  const { log } = deps;
  const started = Date.now();
  const sources = await log.group('Reading requirement files', () => readSources(cfg, log));
  const entries = collectEntries(sources, deps.onSecret);
  log.info(
    `${entries.length} git-pinned requirement(s) in ${sources.length} source(s): ${entries.map(labelOf).join(', ') || 'none'}`,
  );
  const index = await openIndex(cfg.index, { ...cfg, log });
  try {
    const run: Run = { cfg, deps, sources, entries, index, started };
    return cfg.mode === 'plan' ? await planRun(run) : await syncRun(run);
  } finally {
    await index.close();
  }
}

/** What a plan or sync run works from: its settings, the requirement files, the index. */
interface Run {
  cfg: SyncConfig;
  deps: SyncDeps;
  sources: RequirementSource[];
  entries: SyncEntry[];
  index: IndexClient;
  /** When the run started (Date.now()), for `durationMs`. */
  started: number;
}

/** Plan: which entries the index lacks, as a matrix; rewrites only what the index has. */
async function planRun({ cfg, deps, sources, entries, index, started }: Run): Promise<PlanResult> {
  const { log } = deps;
  const record = await openRecord(cfg, deps, log);
  const planned = await log.group(`Checking ${index.label} for ${entries.length} entries`, () =>
    planEntries(entries, index, cfg.jobs, record),
  );
  const todo = planned.filter((p) => p.status !== 'present' && p.status !== 'unnamed');
  for (const p of planned) {
    log.info(`${p.status}\t${describeEntry(p.entry)}${p.error ? ` (${p.error})` : ''}`);
    if (p.status === 'unnamed') log.warning(unnamedWarning(p.entry));
  }
  // Plan never fetches or builds, so a rewrite here only pins what the index has.
  const rewrites = cfg.rewrite
    ? await rewriteFiles(
        cfg,
        sources,
        planned
          .filter((p) => p.status === 'present')
          .map((p) => ({
            entry: p.entry,
            outcome: 'already-present' as const,
            name: p.built?.name ?? p.entry.name,
            version: p.built?.version ?? p.entry.version,
            files: p.built?.files ?? [],
          })),
        index,
        deps,
      )
    : [];
  return {
    mode: 'plan',
    index: index.label,
    entries: planned,
    missing: todo.length,
    matrix: matrixOf(
      todo.map((p) => p.entry),
      cfg.matrixLimit,
    ),
    rewrites,
    durationMs: Date.now() - started,
  };
}

/** Sync: fetch, build and upload every entry the index lacks, then rewrite the synced pins. */
async function syncRun({ cfg, deps, sources, entries, index, started }: Run): Promise<SyncResult> {
  const { log } = deps;
  const builds = buildPolicyOnce(cfg, sources, entries, deps);
  const settings = entrySettings(cfg, index, deps, builds.get);
  const record = await openRecord(cfg, deps, log);
  const results = await syncEntries(entries, settings, cfg.jobs, { ...deps, record });
  await record?.save(log);
  await builds.savePipCache();
  const rewrites = cfg.rewrite ? await rewriteFiles(cfg, sources, results, index, deps) : [];
  const install =
    index instanceof DirectoryIndex
      ? adviceFor(index.simpleUrl, sources, rewrites, results, cfg.upstreamIndex)
      : undefined;
  return {
    mode: 'sync',
    index: index.label,
    entries: results,
    counts: countsOf(results),
    rewrites,
    ...(install ? { install } : {}),
    durationMs: Date.now() - started,
  };
}

/**
 * How builds run (isolation, or a refusal when secrets would be exposed), decided when the
 * first entry needs a build: a run that finds everything on the index starts no program at all.
 */
function buildPolicyOnce(
  cfg: SyncConfig,
  sources: readonly RequirementSource[],
  entries: readonly SyncEntry[],
  deps: SyncDeps,
): { get: () => Promise<BuildPolicy>; savePipCache: () => Promise<void> } {
  const { log } = deps;
  const held = [
    ...(cfg.index.type !== 'directory' && cfg.index.credentials ? ['`password`'] : []),
    ...(cfg.gitAuth ? ['`git-token`'] : []),
    ...(entries.some((e) => e.credentials) ? ['credentials from requirement URLs'] : []),
    ...secretsInEnvironment(deps.env ?? process.env),
  ];
  let policy: Promise<BuildPolicy> | undefined;
  let pipCache: PipCache | undefined;
  const get = () =>
    (policy ??= (async () => {
      const isolation = deps.isolation ?? (await chooseIsolation(deps.run));
      log.info(isolation.description);
      const refusal = unisolatedRefusal(isolation, held, cfg.buildsCanReadSecrets);
      if (refusal) log.error(refusal.describe());
      else if (isolation.sharesUser && cfg.jobs > 1) {
        log.info('builds run as this user here: entries that need one are synced one at a time');
      }
      if (!refusal && deps.pipCache) {
        pipCache = await deps.pipCache(
          sources.map((s) => relative(cfg.cwd, resolve(cfg.cwd, s.file))),
        );
      }
      return {
        isolation,
        ...(refusal ? { refusal } : {}),
        ...(pipCache ? { pipCacheDir: pipCache.dir } : {}),
      };
    })());
  return { get, savePipCache: async () => pipCache?.save() };
}

/** What every entry of a sync run is fetched, built and published with. */
function entrySettings(
  cfg: SyncConfig,
  index: IndexClient,
  deps: SyncDeps,
  builds: () => Promise<BuildPolicy>,
): EntrySettings {
  const prebuiltDir = cfg.distDir ? resolve(cfg.cwd, cfg.distDir) : undefined;
  return {
    index,
    python: cfg.python,
    buildIsolation: cfg.buildIsolation,
    skipDependencyCheck: cfg.skipDependencyCheck,
    dists: cfg.dists,
    retry: cfg.retry,
    verifyTimeoutMs: cfg.verifyTimeoutMs,
    ...(cfg.gitAuth ? { gitAuth: cfg.gitAuth } : {}),
    ...(deps.buildEnv ? { buildEnv: deps.buildEnv } : {}),
    builds,
    ...(prebuiltDir ? { prebuiltDir } : {}),
    buildTimeoutMs: cfg.buildTimeoutMs,
    gitTimeoutMs: cfg.timeoutMs,
  };
}

/**
 * Syncs every entry, `jobs` at a time. Each entry's log is held back and written as one group
 * when it is done, so parallel builds do not interleave their lines.
 */
async function syncEntries(
  entries: readonly SyncEntry[],
  settings: EntrySettings,
  jobs: number,
  deps: Pick<SyncDeps, 'log' | 'run' | 'quiet' | 'progress'> & { record?: BuildRecord },
): Promise<EntryResult[]> {
  const lock = new KeyedLock();
  // Progress lines go straight to the run's log: an entry's own lines wait until it is done.
  const progress = { everyMs: PROGRESS_EVERY_MS, ...deps.progress, log: deps.log };
  return mapLimit(entries, jobs, async (entry) => {
    const buffered = bufferedLog();
    const result = await syncEntry(entry, settings, {
      log: buffered.log,
      run: deps.run,
      lock,
      progress,
      ...(deps.record ? { record: deps.record } : {}),
    });
    const title = `${labelOf(entry)}: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}`;
    await deps.log.group(title, async () => {
      buffered.replay(
        deps.quiet
          ? { ...deps.log, info: (m) => deps.log.debug(m), output: () => deps.log.output('debug') }
          : deps.log,
      );
      if (result.error) deps.log.error(`${labelOf(entry)}: ${result.error}`);
      for (const n of result.notes) deps.log.warning(`${labelOf(entry)}: ${n}`);
    });
    return result;
  });
}

/** An entry to rewrite, with the files the index has of its version (none known: looked up). */
type Synced = Rewritable & { readonly files: readonly PublishedFile[] };

/**
 * Rewrites the git pins of the given (synced or present) entries as index pins, in place:
 * after asking the upstream index, for bare pins, whether it has the same version too.
 */
async function rewriteFiles(
  cfg: SyncConfig,
  sources: readonly RequirementSource[],
  results: readonly Synced[],
  index: IndexClient,
  deps: Pick<SyncDeps, 'log'>,
): Promise<FileRewrite[]> {
  const { log } = deps;
  const mode = cfg.rewrite || 'pin';
  const files = sources.filter((s) => s.file !== INPUT);
  const wanted = results.filter(
    (r) =>
      (r.outcome === 'uploaded' || r.outcome === 'already-present') &&
      r.entry.locations.some((l) => l.file !== INPUT),
  );
  return log.group('Rewriting git pins as index pins', async () => {
    const upstream = mode === 'pin' ? cfg.upstreamIndex : undefined;
    if (mode === 'pin' && !upstream && wanted.length > 0) {
      log.warning(
        'upstream-index is none: bare pins are written without asking whether another index pip reads has the same name and version',
      );
    }
    const rewritables = await withUpstream(wanted, index, cfg, upstream, log);
    const rewrites = rewritesFor(files, rewritables, {
      mode,
      ...(upstream ? { upstream } : {}),
    });
    for (const r of rewrites) {
      for (const c of r.changes)
        log.info(`${r.file}:${c.line}: ${c.before.trim()} -> ${c.after.trim()}`);
      for (const s of [...r.skipped, ...r.notes]) log.warning(s);
    }
    await writeInPlace(cfg.cwd)(rewrites.filter((r) => r.changes.length > 0));
    return rewrites;
  });
}

/**
 * The entries with the sha256 of their files on the index, and (for bare pins) what the
 * upstream has of the same version. Failures are kept as answers: a pin nobody could check is
 * not rewritten.
 */
async function withUpstream(
  results: readonly Synced[],
  index: IndexClient,
  cfg: SyncConfig,
  upstreamUrl: string | undefined,
  log: Log,
): Promise<Rewritable[]> {
  const upstream = upstreamUrl
    ? openUpstream(upstreamUrl, { retry: cfg.retry, timeoutMs: cfg.timeoutMs })
    : undefined;
  if (upstream) log.info(`asking ${upstream.label} which of these versions it has too`);
  try {
    return await mapLimit(results, Math.max(cfg.jobs, 4), async (r) => {
      if (!r.name || !r.version) return r;
      const sha256 = await hashesOf(r, index).catch(() => []);
      const verdict = upstream
        ? await checkUpstream(upstream, r.name, r.version, sha256)
        : undefined;
      return { ...r, sha256, ...(verdict ? { upstream: verdict } : {}) };
    });
  } finally {
    await upstream?.close();
  }
}

/** sha256 of each file the index has of the entry's version, read from the index when not known. */
async function hashesOf(r: Synced, index: IndexClient): Promise<string[]> {
  const name = r.name as string;
  const version = r.version as string;
  const files = r.files.length > 0 ? r.files : ((await filesOfVersion(index, name, version)) ?? []);
  return Promise.all(
    files.map(
      (f) => f.sha256 || index.sha256Of({ filename: f.filename, url: f.url, yanked: false }),
    ),
  );
}

/** The install command for what the run synced, from the requirement files as they now read. */
function adviceFor(
  simpleUrl: string,
  sources: readonly RequirementSource[],
  rewrites: readonly FileRewrite[],
  results: readonly EntryResult[],
  upstream: string | undefined,
): InstallAdvice | undefined {
  const files = sources
    .filter((s) => s.file !== INPUT)
    .map((s) => ({
      file: s.file,
      text: rewrites.find((r) => r.file === s.file && r.changes.length > 0)?.after ?? s.text,
    }));
  const synced = new Map<string, { name: string; version: string }>();
  for (const r of results) {
    if ((r.outcome === 'uploaded' || r.outcome === 'already-present') && r.name && r.version)
      synced.set(`${r.name}==${r.version}`, { name: r.name, version: r.version });
  }
  return installAdvice(simpleUrl, files, [...synced.values()], upstream);
}

/** What a plan says about an entry that names no package. */
function unnamedWarning(entry: SyncEntry): string {
  return `${describeEntry(entry)} names no package, so sync will refuse it: add #egg=<name> to the URL, or write <name> @ git+…`;
}

/** The run's build record: beside a directory index, else where the caller keeps it (if anywhere). */
async function openRecord(
  cfg: SyncConfig,
  deps: Pick<SyncDeps, 'recordPath'>,
  log: Log,
): Promise<BuildRecord | undefined> {
  const path =
    cfg.index.type === 'directory' ? directoryRecordPath(cfg.index.path) : deps.recordPath;
  return path ? BuildRecord.open(path, log) : undefined;
}

/**
 * Asks the index, for each entry whose version is known, whether it has it; for a pin by
 * commit, whether it lists what the build record says that commit built. No git at all.
 */
async function planEntries(
  entries: readonly SyncEntry[],
  index: IndexClient,
  jobs: number,
  record: BuildRecord | undefined,
): Promise<PlannedEntry[]> {
  return mapLimit(entries, Math.max(jobs, 4), async (entry): Promise<PlannedEntry> => {
    const name = entry.name;
    if (!name) return { entry, status: 'unnamed' };
    try {
      if (entry.version && (await filesOfVersion(index, name, entry.version)))
        return { entry, status: 'present' };
      const built = record ? await recordedOnIndex(entry, name, record, index) : undefined;
      if (built) return { entry, status: 'present', built };
      return { entry, status: entry.version ? 'missing' : 'unknown' };
    } catch (err) {
      return { entry, status: 'check-failed', error: (err as Error).message };
    }
  });
}

function countsOf(results: readonly EntryResult[]): SyncCounts {
  const n = (f: (r: EntryResult) => boolean) => results.filter(f).length;
  return {
    entries: results.length,
    'already-present': n((r) => r.outcome === 'already-present'),
    uploaded: n((r) => r.outcome === 'uploaded'),
    unverified: n((r) => r.outcome === 'unverified'),
    failed: n((r) => r.outcome === 'failed'),
    clones: n((r) => r.cloned),
    builds: n((r) => r.built),
  };
}

/** The name locations of requirements given directly (not from a file) carry. */
const INPUT = '<requirement>';

/** The requirement files the globs match (sorted, each once), and the direct requirements. */
async function readSources(cfg: SyncConfig, log: Log): Promise<RequirementSource[]> {
  const sources: RequirementSource[] = [];
  const seen = new Set<string>();
  for (const pattern of cfg.requirementFiles) {
    const matched: string[] = [];
    for await (const path of glob(pattern, { cwd: cfg.cwd })) matched.push(path);
    if (matched.length === 0) {
      throw new WheelrelayError(
        `requirement-files: ${pattern} matches no file in ${cfg.cwd}`,
        'Check the path (it is relative to the workspace), or remove the pattern.',
      );
    }
    for (const path of matched.sort()) {
      const abs = isAbsolute(path) ? path : resolve(cfg.cwd, path);
      const file = isAbsolute(pattern) ? abs : relative(cfg.cwd, abs);
      if (seen.has(abs)) continue;
      seen.add(abs);
      let real = abs;
      if (cfg.confined) {
        const inside = await realPathInside(cfg.cwd, abs).catch(() => abs);
        if (!inside) {
          throw new WheelrelayError(
            `requirement-files: ${file} leads outside the workspace (it is a link to a file elsewhere)`,
            'Requirement files must be files of the repository; wheelrelay neither reads nor rewrites files outside the workspace.',
          );
        }
        real = inside;
      }
      let text: string;
      try {
        text = await readFile(real, 'utf8');
      } catch (err) {
        throw new WheelrelayError(
          `requirement-files: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        );
      }
      log.info(`${file}`);
      sources.push({ file, text });
    }
  }
  if (cfg.requirements.length > 0) {
    sources.push({ file: INPUT, text: `${cfg.requirements.join('\n')}\n` });
  }
  return sources;
}

type Level = 'info' | 'warning' | 'error' | 'debug';

/**
 * A Log that keeps lines until `replay`. Program output stays program output: it is replayed
 * through the target's `output`, one writer per stretch, so the runner never runs a command
 * in it.
 */
function bufferedLog(): { log: Log; replay(to: Log): void } {
  const lines: Array<{ level: Level; text: string; program?: number }> = [];
  let programs = 0;
  const log: Log = {
    info: (m) => lines.push({ level: 'info', text: m }),
    warning: (m) => lines.push({ level: 'warning', text: m }),
    error: (m) => lines.push({ level: 'error', text: m }),
    debug: (m) => lines.push({ level: 'debug', text: m }),
    group: async (title, fn) => {
      lines.push({ level: 'info', text: title });
      return fn();
    },
    output: (level) => {
      const program = ++programs;
      return { line: (text) => lines.push({ level, text, program }), end() {} };
    },
  };
  return {
    log,
    replay(to) {
      let open: { program: number; writer: OutputWriter } | undefined;
      const close = () => {
        open?.writer.end();
        open = undefined;
      };
      for (const { level, text, program } of lines) {
        if (program === undefined) {
          close();
          to[level](text);
          continue;
        }
        if (open?.program !== program) {
          close();
          open = { program, writer: to.output(level === 'debug' ? 'debug' : 'info') };
        }
        open.writer.line(text);
      }
      close();
    },
  };
}
