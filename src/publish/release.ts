import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { valid as validVersion } from '@renovatebot/pep440';
import { collectDistributions } from '../build/collect.js';
import { secretsInEnvironment } from '../build/environment.js';
import { type Distribution, inspectDistribution } from '../build/inspect.js';
import type { Isolation } from '../build/isolation.js';
import { oneRelease } from '../build/one-release.js';
import type { PipCache } from '../build/pip-cache.js';
import type { Runner } from '../build/runner.js';
import { WheelrelayError } from '../errors.js';
import { conflictError, publish } from '../index/publish.js';
import { openIndex } from '../index/target.js';
import type { Log } from '../log.js';
import type { ReleaseOutcome } from '../release-outcome.js';
import type { Config } from './config.js';

interface ReleaseDeps {
  log: Log;
  run: Runner;
  /** Restores pip's cache for the build, to be saved after it (the action's @actions/cache). */
  pipCache?: (packageDir: string) => Promise<PipCache>;
  /** How builds are isolated; chosen (by trying what this machine allows) when not given. */
  isolation?: Isolation;
  /** Extra environment for the build (tests: offline pip settings). */
  buildEnv?: NodeJS.ProcessEnv;
  /** The workflow's workspace: the copy a build gets reaches up to the repository in it. */
  workspace?: string;
  /**
   * Keep the folder the build wrote its files to (the CLI's --keep-dist); it is removed when
   * the run ends otherwise, so a developer's temporary folder does not fill with wheels.
   */
  keepBuild?: boolean;
}

/** The whole publish story: build (or collect), inspect, check the tag, upload, verify. */
export async function publishRelease(cfg: Config, deps: ReleaseDeps): Promise<ReleaseOutcome> {
  const { log } = deps;
  if (cfg.distDir) {
    const existing = cfg.distDir;
    const paths = await log.group('Collecting distributions', () => collectExisting(existing));
    return publishFiles(cfg, deps, paths);
  }
  const outDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'wheelrelay-dist-'));
  try {
    const paths = await log.group('Building distributions', () => build(cfg, deps, outDir));
    return await publishFiles(cfg, deps, paths);
  } finally {
    if (deps.keepBuild) log.info(`the built files are kept in ${outDir}`);
    else await rm(outDir, { recursive: true, force: true });
  }
}

/** Inspect, check the tag, upload, verify: the files at `paths`, built or collected. */
async function publishFiles(
  cfg: Config,
  deps: ReleaseDeps,
  paths: string[],
): Promise<ReleaseOutcome> {
  const { log } = deps;

  const dists = await log.group('Inspecting distributions', async () => {
    const out: Distribution[] = [];
    for (const path of paths) {
      const d = await inspectDistribution(path);
      log.info(`${d.filename}: ${d.name} ${d.version}, ${d.size} bytes`);
      out.push(d);
    }
    return out;
  });
  const { name, version } = oneRelease(
    dists,
    'the files to publish',
    'Publish one project version per run; clear stale files out of `dist-dir`.',
  );
  if (cfg.ref?.kind === 'tag') checkTag(cfg.ref.name, cfg.tagPattern, version, name);

  const index = await openIndex(cfg.index, { ...cfg, log });
  try {
    const title = cfg.dryRun
      ? `Checking ${name} ${version} on ${index.label} (dry run: nothing is uploaded)`
      : `Publishing ${name} ${version} to ${index.label}`;
    const result = await log.group(title, () =>
      publish(dists, index, {
        retry: cfg.retry,
        verifyTimeoutMs: cfg.verifyTimeoutMs,
        log,
        dryRun: cfg.dryRun,
      }),
    );
    const common = {
      name,
      version,
      index: index.label,
      projectUrl: index.projectUrl(name),
      ref: cfg.ref,
    };
    if (result.status === 'published') return { ...common, files: result.files, published: true };
    if (result.status === 'dry-run') {
      return { ...common, files: result.files, published: false, reason: 'dry-run' };
    }
    if (result.status === 'unverified') {
      // Uploaded, not seen listed: not published (no pin moves), and not "not uploaded" either.
      return { ...common, files: result.files, published: false, reason: 'unverified' };
    }

    const err = conflictError(index, result.conflicts);
    if (cfg.ref?.kind === 'branch') {
      // A branch push of a static version that was released from another commit: not this
      // run's release to make. A tag (a release) in the same state is a real failure.
      log.warning(
        `${version} is already published from another commit: bump the version or tag a release to publish this one (${err.message})`,
      );
      return { ...common, files: [], published: false, reason: 'conflict' };
    }
    throw err;
  } finally {
    await index.close();
  }
}

async function build(cfg: Config, deps: ReleaseDeps, outDir: string): Promise<string[]> {
  const { log } = deps;
  // Loaded for a build only: publishing files built elsewhere (dist-dir) starts no process, and
  // loading node:child_process is some 4 ms of a small publish (2.5%).
  const { chooseIsolation, unisolatedWarning } = await import('../build/isolation.js');
  const { buildDistributions, projectTree } = await import('../build/python-build.js');
  const isolation = deps.isolation ?? (await chooseIsolation(deps.run));
  log.info(isolation.description);
  if (isolation.kind === 'none' && !cfg.buildsCanReadSecrets) {
    const held = [
      ...(cfg.index.type !== 'directory' && cfg.index.credentials ? ['`password`'] : []),
      ...(cfg.bump ? ['`consumer-token`'] : []),
      ...secretsInEnvironment(process.env),
    ];
    const warning = unisolatedWarning(held);
    if (warning) log.warning(warning);
  }
  const cache = deps.pipCache ? await deps.pipCache(cfg.packageDir) : undefined;
  const workspace = deps.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
  const files = await buildDistributions(
    {
      packageDir: cfg.packageDir,
      tree: await projectTree(cfg.packageDir, workspace),
      dists: cfg.dists,
      python: cfg.python,
      buildIsolation: cfg.buildIsolation,
      skipDependencyCheck: cfg.skipDependencyCheck,
      ...(deps.buildEnv ? { env: deps.buildEnv } : {}),
      ...(cache ? { pipCacheDir: cache.dir } : {}),
      timeoutMs: cfg.buildTimeoutMs,
      isolation,
      outDir,
    },
    deps.run,
    log,
  );
  // A dry run writes nothing anywhere, the Actions cache included.
  if (!cfg.dryRun) await cache?.save();
  return files;
}

async function collectExisting(dir: string): Promise<string[]> {
  const files = await collectDistributions(dir);
  if (files.length === 0) {
    throw new WheelrelayError(
      `dist-dir ${dir} holds no wheel (.whl) or sdist (.tar.gz)`,
      "Download the build job's artifact into it first (actions/download-artifact), or drop `dist-dir` to build here.",
    );
  }
  return files;
}

/** Fails when the tag does not name the version that was built. */
export function checkTag(tag: string, pattern: RegExp, version: string, name: string): void {
  const m = pattern.exec(tag);
  const raw = m?.groups?.version ?? m?.[1];
  if (!raw) {
    throw new WheelrelayError(
      `tag ${tag} does not match tag-pattern ${pattern.source}`,
      'Tag releases as v1.2.3 (or 1.2.3), or set `tag-pattern` to match your tags, with a group named `version`.',
    );
  }
  if (validVersion(raw) !== version) {
    throw new WheelrelayError(
      `tag ${tag} says version ${raw}, but the build produced ${name} ${version}; nothing was uploaded`,
      'Bump the version in the project (or use setuptools_scm/hatch-vcs with `fetch-depth: 0` on checkout) so the build matches the tag, then tag again.',
    );
  }
}
