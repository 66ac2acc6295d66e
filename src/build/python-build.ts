import { access, mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WheelrelayError } from '../errors.js';
import type { Log } from '../log.js';
import { distFilenameProblem, parseDistFilename } from './filenames.js';
import { type Runner, tail } from './runner.js';

export interface BuildOptions {
  packageDir: string;
  dists: 'wheel' | 'sdist' | 'both';
  python: string;
  buildIsolation: boolean;
  /** Extra environment for the build (PIP_CACHE_DIR, …). */
  env?: NodeJS.ProcessEnv;
  /** Where to put the built files; a fresh temporary folder when not given. */
  outDir?: string;
}

const PROJECT_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/**
 * Builds the project's distributions with `python -m build` into a fresh folder (never the
 * project's own `dist/`, which may hold files of older versions) and returns their paths.
 * Falls back to `pip wheel` where the `build` package is not installed.
 */
export async function buildDistributions(
  opts: BuildOptions,
  run: Runner,
  log: Log,
): Promise<string[]> {
  const packageDir = resolve(opts.packageDir);
  await assertPythonProject(packageDir);
  const outDir =
    opts.outDir ?? (await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'wheelrelay-dist-')));
  const env = { ...process.env, ...opts.env };
  const onLine = (line: string) => log.info(line);

  const args = ['-m', 'build', '--outdir', outDir];
  if (opts.dists === 'wheel') args.push('--wheel');
  if (opts.dists === 'sdist') args.push('--sdist');
  if (!opts.buildIsolation) args.push('--no-isolation');
  args.push(packageDir);
  log.info(`${opts.python} ${args.join(' ')}`);
  let res = await run(opts.python, args, { cwd: packageDir, env, onLine });

  if (res.exitCode !== 0 && /No module named build\b/.test(res.output)) {
    if (opts.dists !== 'wheel') {
      throw new WheelrelayError(
        `${opts.python} has no 'build' module, and an sdist cannot be built without it`,
        `Install it (${opts.python} -m pip install build), or set \`dists: wheel\`.`,
      );
    }
    log.warning(`${opts.python} has no 'build' module: building the wheel with pip wheel instead`);
    const pipArgs = ['-m', 'pip', 'wheel', '--no-deps', '--wheel-dir', outDir];
    if (!opts.buildIsolation) pipArgs.push('--no-build-isolation');
    pipArgs.push(packageDir);
    log.info(`${opts.python} ${pipArgs.join(' ')}`);
    res = await run(opts.python, pipArgs, { cwd: packageDir, env, onLine });
  }
  if (res.exitCode === 127) {
    throw new WheelrelayError(
      `could not run ${opts.python}: ${tail(res.output, 3)}`,
      'Set `python` to a Python interpreter on PATH (actions/setup-python provides one).',
    );
  }
  if (res.exitCode !== 0) {
    throw new WheelrelayError(
      `the build of ${packageDir} failed (exit code ${res.exitCode}); its last lines:\n${tail(res.output)}`,
      'Fix the build (try the same command locally), then re-run.',
    );
  }
  const files = await collectDistributions(outDir);
  if (files.length === 0) {
    throw new WheelrelayError(
      `the build of ${packageDir} succeeded but produced no wheel or sdist in ${outDir}`,
    );
  }
  return files;
}

/**
 * The wheels and sdists in a folder (not its subfolders), sorted: sdists first, then wheels.
 * A file named like one whose name is not a valid distribution filename (`..-1.0-….whl`) is
 * refused, before anything is uploaded or written.
 */
export async function collectDistributions(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    throw new WheelrelayError(
      `dist-dir ${dir} does not exist or cannot be read`,
      'Point `dist-dir` at the folder your build step wrote its wheels to.',
    );
  }
  for (const f of entries) {
    const problem = distFilenameProblem(f);
    if (problem) {
      throw new WheelrelayError(
        `${join(dir, f)} is named like a distribution but is not one: ${problem}`,
        'Only files a Python build backend made can be published; remove this one or rebuild.',
      );
    }
  }
  const dists = entries.filter((f) => parseDistFilename(f) !== undefined);
  const rank = (f: string) => (parseDistFilename(f)?.kind === 'sdist' ? 0 : 1);
  return dists.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => join(dir, f));
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
