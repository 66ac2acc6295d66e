import { access, mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { WheelrelayError } from '../errors.js';
import { exists } from '../files.js';
import type { Log } from '../log.js';
import { KeyedLock } from '../pool.js';
import { collectDistributions } from './collect.js';
import { assertUsableByBuildUser, type Isolation } from './isolation.js';
import { type Runner, type RunResult, tail } from './runner.js';
import { sourceDateEpoch } from './source-date.js';

interface BuildOptions {
  packageDir: string;
  /**
   * The tree the build gets (a copy of it, when builds run as their own user): the repository
   * that holds `packageDir`, so setuptools_scm and friends find its `.git`. `packageDir` itself
   * when not given.
   */
  tree?: string;
  /** The tree is a fresh checkout nobody needs afterwards: it may be moved instead of copied. */
  disposableTree?: boolean;
  dists: 'wheel' | 'sdist' | 'both';
  python: string;
  buildIsolation: boolean;
  /** Pass build's `--skip-dependency-check` (builds without isolation only). */
  skipDependencyCheck?: boolean;
  /** Extra environment for the build (SOURCE_DATE_EPOCH, pip settings, …). */
  env?: NodeJS.ProcessEnv;
  /** Where to put the built files; a fresh temporary folder when not given. */
  outDir?: string;
  /** pip's cache: seeded into the build's own cache before, written back after. */
  pipCacheDir?: string;
  /** How long the build may run before it is killed (`build-timeout`). */
  timeoutMs: number;
  /** How the build is kept away from this process and from other builds. */
  isolation: Isolation;
}

const PROJECT_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/**
 * Sync's builds at once share one pip cache folder: copying it into a sandbox and writing a
 * sandbox's cache back to it take turns, so no build reads a folder another is rewriting.
 */
const cacheTurns = new KeyedLock();

/**
 * Builds the project's distributions with `python -m build` in a fresh sandbox (never the
 * project's own `dist/`, which may hold files of older versions) and returns the paths of the
 * files, copied out of the sandbox into `outDir`. Falls back to `pip wheel` where the `build`
 * package is not installed. Whatever the build started is killed when it ends. Every build gets
 * SOURCE_DATE_EPOCH (see {@link sourceDateEpoch}), so a rebuild of one commit makes the same bytes.
 */
export async function buildDistributions(
  opts: BuildOptions,
  run: Runner,
  log: Log,
): Promise<string[]> {
  const packageDir = resolve(opts.packageDir);
  await assertPythonProject(packageDir);
  const tree = resolve(opts.tree ?? packageDir);
  if (packageDir !== tree && !packageDir.startsWith(`${tree}${sep}`)) {
    throw new WheelrelayError(`${packageDir} is not inside the tree to build, ${tree}`);
  }
  const outDir =
    opts.outDir ?? (await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'wheelrelay-dist-')));
  await mkdir(outDir, { recursive: true });
  // A relative interpreter path means what it meant before the sandbox: relative to the project.
  const python = opts.python.includes('/') ? resolve(packageDir, opts.python) : opts.python;
  const isolated =
    opts.isolation.kind === 'build-user' || opts.isolation.kind === 'sudo-build-user';

  const extraEnv = await stampedEnv(opts.env, packageDir, run, log);
  if (isolated) await assertUsableByBuildUser(python, { ...process.env, ...extraEnv }.PATH);
  const box = await opts.isolation.open();
  try {
    const root = await box.receive(tree, { move: opts.disposableTree });
    const projectDir = join(root, relative(tree, packageDir));
    const cacheDir = opts.pipCacheDir;
    if (cacheDir) await cacheTurns.run(cacheDir, () => box.seedCache(cacheDir));
    await box.handOver({ ...process.env, ...extraEnv });
    const env = { ...process.env, ...extraEnv, ...box.env };
    // The last command run, exactly (sandbox wrapper and all), for the error when it fails.
    let ran = '';
    const build = async (args: string[]): Promise<RunResult> => {
      log.info(`${python} ${args.join(' ')}`);
      const started = box.command(python, args, env, projectDir);
      ran = `${started.cwd ? `(in ${started.cwd}) ` : ''}${commandLine(started.command, started.args)}`;
      const out = log.output('info');
      try {
        return await run(started.command, started.args, {
          ...(started.cwd ? { cwd: started.cwd } : {}),
          env,
          onLine: out.line,
          timeoutMs: opts.timeoutMs,
        });
      } finally {
        out.end();
      }
    };

    let res = await build(buildArgs(opts, box.outDir, projectDir));

    if (res.exitCode !== 0 && /No module named build\b/.test(res.output)) {
      res = await build(pipWheelArgs(opts, box.outDir, projectDir, log));
    }
    await box.close();
    assertBuilt(res, { opts, packageDir, tree, isolated, ran });
    if (cacheDir) await cacheTurns.run(cacheDir, () => box.saveCache(cacheDir));
    await box.collect(outDir);
  } finally {
    await box.remove();
  }
  const files = await collectDistributions(outDir);
  if (files.length === 0) {
    throw new WheelrelayError(
      `the build of ${packageDir} succeeded but produced no wheel or sdist`,
      'Check the build log above: the build backend wrote no *.whl or *.tar.gz (a custom backend or setup.py that builds nothing).',
    );
  }
  return files;
}

/**
 * The build's extra environment with SOURCE_DATE_EPOCH set, read from the checkout itself
 * (before the build gets its copy), so a rebuild of one commit makes the same bytes.
 */
async function stampedEnv(
  env: NodeJS.ProcessEnv | undefined,
  packageDir: string,
  run: Runner,
  log: Log,
): Promise<NodeJS.ProcessEnv> {
  const extraEnv: NodeJS.ProcessEnv = { ...env };
  const date = await sourceDateEpoch(packageDir, { ...process.env, ...extraEnv }, run, log);
  if (date) {
    extraEnv.SOURCE_DATE_EPOCH = date.value;
    log.info(
      `SOURCE_DATE_EPOCH=${date.value} (${date.from === 'commit' ? `the commit time of HEAD in ${packageDir}` : 'set in the environment'})`,
    );
  }
  return extraEnv;
}

/** The arguments of `python -m build` for these options. */
function buildArgs(opts: BuildOptions, outDir: string, projectDir: string): string[] {
  const args = ['-m', 'build', '--outdir', outDir];
  if (opts.dists === 'wheel') args.push('--wheel');
  if (opts.dists === 'sdist') args.push('--sdist');
  if (!opts.buildIsolation) args.push('--no-isolation');
  // build checks that a non-isolated environment has every declared build requirement;
  // some real projects declare one they never use.
  if (!opts.buildIsolation && opts.skipDependencyCheck) args.push('--skip-dependency-check');
  args.push(projectDir);
  return args;
}

/**
 * The arguments of `python -m pip wheel`, the fallback where the interpreter has no `build`
 * module; refused when an sdist is wanted, which pip cannot make.
 */
function pipWheelArgs(opts: BuildOptions, outDir: string, projectDir: string, log: Log): string[] {
  if (opts.dists !== 'wheel') {
    throw new WheelrelayError(
      `${opts.python} has no 'build' module, and an sdist cannot be built without it`,
      `Install it (${opts.python} -m pip install build), or set \`dists: wheel\`.`,
    );
  }
  log.warning(`${opts.python} has no 'build' module: building the wheel with pip wheel instead`);
  const args = ['-m', 'pip', 'wheel', '--no-deps', '--wheel-dir', outDir];
  if (!opts.buildIsolation) args.push('--no-build-isolation');
  args.push(projectDir);
  return args;
}

/**
 * Throws what went wrong when the build did not succeed: killed at `build-timeout`, the
 * interpreter could not run, or the build failed (naming the command, and how to run it by hand).
 */
function assertBuilt(
  res: RunResult,
  at: { opts: BuildOptions; packageDir: string; tree: string; isolated: boolean; ran: string },
): void {
  const { opts, packageDir, tree } = at;
  if (res.killedAfterSeconds !== undefined) {
    throw new WheelrelayError(
      `the build of ${packageDir} was killed after ${res.killedAfterSeconds} s, the \`build-timeout\`; its last lines:\n${tail(res.output)}`,
      'Raise `build-timeout` if the build needs longer, or find what it waits for (try the same command locally).',
    );
  }
  if (res.exitCode === 126 || res.exitCode === 127) {
    throw new WheelrelayError(
      `could not run ${opts.python}: ${tail(res.output, 3)}`,
      at.isolated
        ? "Builds run as a separate unprivileged user here: the interpreter, and every folder above it, must be readable and executable by every user (those of actions/setup-python and the system's are). Set `python` to such an interpreter."
        : 'Set `python` to a Python interpreter on PATH (actions/setup-python provides one).',
    );
  }
  if (res.exitCode !== 0) {
    const own = ownCommand(opts, relative(tree, packageDir));
    const unused =
      !opts.buildIsolation && !opts.skipDependencyCheck && /Missing dependencies/i.test(res.output)
        ? ' If the project declares a build requirement it does not use, pass `--skip-dependency-check`.'
        : '';
    throw new BuildFailed(
      `the build of ${packageDir} failed (exit code ${res.exitCode}); its last lines:\n${tail(res.output)}\nthe command was: ${at.ran}`,
      `Run it yourself in ${tree}: ${own}; fix the build, then re-run.${unused}`,
      own,
      unused,
    );
  }
}

/** A build that ran and failed; its message names the command, its hint how to run it by hand. */
export class BuildFailed extends WheelrelayError {
  override name = 'BuildFailed';
  constructor(
    message: string,
    hint: string,
    /** The command a person runs in the tree to build it the same way ({@link ownCommand}). */
    readonly own: string,
    /** Advice on a declared build requirement that is missing, or ''. */
    readonly advice: string,
  ) {
    super(message, hint);
  }
}

/**
 * The build command a person runs in the project (`tree`, at `subdir`) to do what this build
 * did, without the sandbox: `python3 -m build --wheel --no-isolation packages/x`.
 */
function ownCommand(
  opts: Pick<BuildOptions, 'python' | 'dists' | 'buildIsolation' | 'skipDependencyCheck'>,
  subdir: string,
): string {
  const args = ['-m', 'build'];
  if (opts.dists === 'wheel') args.push('--wheel');
  if (opts.dists === 'sdist') args.push('--sdist');
  if (!opts.buildIsolation) args.push('--no-isolation');
  if (!opts.buildIsolation && opts.skipDependencyCheck) args.push('--skip-dependency-check');
  args.push(subdir || '.');
  return commandLine(opts.python, args);
}

/** A command as a POSIX shell would read it back: each argument quoted when it needs to be. */
export function commandLine(command: string, args: readonly string[]): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`);
  return [command, ...args].map(quote).join(' ');
}

/**
 * The tree a build of `packageDir` gets: the nearest folder from `packageDir` up to `stopAt`
 * (the workspace) that holds a `.git`, so tools that read the version from git find it; just
 * `packageDir` when there is none, or when it is outside `stopAt`.
 */
export async function projectTree(packageDir: string, stopAt: string): Promise<string> {
  const start = resolve(packageDir);
  const top = resolve(stopAt);
  if (start !== top && !start.startsWith(`${top}${sep}`)) return start;
  for (let dir = start; ; dir = dirname(dir)) {
    if (await exists(join(dir, '.git'))) return dir;
    if (dir === top || dir === dirname(dir)) return start;
  }
}

async function assertPythonProject(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new WheelrelayError(
      `package-dir ${dir} ${found ? 'is not a directory' : 'does not exist'}`,
      "Set `package-dir` to the folder that holds the project's pyproject.toml, relative to the workspace.",
    );
  }
  for (const f of PROJECT_FILES) {
    try {
      await access(join(dir, f));
      return;
    } catch {}
  }
  throw new WheelrelayError(
    `package-dir ${dir} has no ${PROJECT_FILES.join(', ')}: it is not a Python project`,
    "Set `package-dir` to the folder that holds the project's pyproject.toml.",
  );
}
