import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * The interpreter tests build with: Debian's, which has the `build` package (python3-build).
 * Override with WHEELRELAY_TEST_PYTHON.
 */
export const PYTHON = process.env.WHEELRELAY_TEST_PYTHON ?? '/usr/bin/python3';

/**
 * pip settings that cut pip off from every index but the one a test names: the machine's
 * pip.conf and PIP_FIND_LINKS would otherwise let an install succeed from somewhere else.
 * Isolated builds find setuptools and wheel in Debian's bundled wheels, offline.
 */
export function isolatedPipEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PIP_CONFIG_FILE: '/dev/null' };
  delete env.PIP_FIND_LINKS;
  delete env.PIP_EXTRA_INDEX_URL;
  delete env.PIP_INDEX_URL;
  return env;
}

/** Environment for builds: no network index, Debian's setuptools/wheel wheels for isolation. */
export function offlineBuildEnv(): NodeJS.ProcessEnv {
  return { ...isolatedPipEnv(), PIP_NO_INDEX: '1', PIP_FIND_LINKS: '/usr/share/python-wheels' };
}

export interface PackageSpec {
  name: string;
  version: string;
  /** Text the module's `MESSAGE` holds, so two builds of one version can differ in content. */
  message?: string;
}

/** The import name of a distribution name (`relay-probe` → `relay_probe`). */
export const moduleName = (name: string) => name.toLowerCase().replace(/[-.]/g, '_');

/** Writes a tiny setuptools project into `dir`. */
export async function writePackage(dir: string, spec: PackageSpec): Promise<void> {
  const mod = moduleName(spec.name);
  await mkdir(join(dir, 'src', mod), { recursive: true });
  await writeFile(
    join(dir, 'pyproject.toml'),
    [
      '[build-system]',
      'requires = ["setuptools>=61"]',
      'build-backend = "setuptools.build_meta"',
      '',
      '[project]',
      `name = "${spec.name}"`,
      `version = "${spec.version}"`,
      'description = "wheelrelay test package"',
      'requires-python = ">=3.8"',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'src', mod, '__init__.py'),
    `__version__ = "${spec.version}"\nMESSAGE = ${JSON.stringify(spec.message ?? `hello from ${spec.name}`)}\n`,
  );
  await writeFile(join(dir, '.gitignore'), 'build/\n*.egg-info/\ndist/\n');
}

/** Runs git with an argument array in `cwd`. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
  return stdout.trim();
}

/** A package in a fresh git repository, committed and optionally tagged. Returns dir and sha. */
export async function packageRepo(
  spec: PackageSpec & { tag?: string },
): Promise<{ dir: string; sha: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'wr-pkg-'));
  await writePackage(dir, spec);
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', `release ${spec.version}`);
  if (spec.tag) await git(dir, 'tag', spec.tag);
  const sha = await git(dir, 'rev-parse', 'HEAD');
  return { dir, sha, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Builds each project in turn with setuptools' PEP 517 backend, in this one process, as
 * `python -m build --wheel --no-isolation` calls it (in a subprocess of its own, for about a
 * CPU-second more a wheel); prints `WHEEL <filename>` for each, in order.
 */
const BUILD_WHEELS = `
import os, sys
from setuptools import build_meta
out = sys.argv[1]
for src in sys.argv[2:]:
    os.chdir(src)
    name = build_meta.build_wheel(out)
    print("WHEEL " + name, flush=True)
`;

/**
 * Builds a wheel of each spec into `outDir` with setuptools' real PEP 517 build (the backend
 * `python -m build --no-isolation` runs), all in one Python process; returns their paths, in
 * order. For wheels a test needs as artifacts; tests of the build itself run `python -m build`
 * through wheelrelay.
 */
export async function buildWheels(specs: PackageSpec[], outDir: string): Promise<string[]> {
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const root = await mkdtemp(join(tmpdir(), 'wr-src-'));
  try {
    const srcs = specs.map((_, i) => join(root, String(i)));
    for (const [i, spec] of specs.entries()) await writePackage(srcs[i] as string, spec);
    const { stdout } = await exec(PYTHON, ['-c', BUILD_WHEELS, out, ...srcs], {
      env: offlineBuildEnv(),
    });
    // The filename's spelling of the name depends on the setuptools version: take what it made.
    const made = stdout
      .split('\n')
      .filter((line) => line.startsWith('WHEEL '))
      .map((line) => join(out, line.slice('WHEEL '.length)));
    if (made.length !== specs.length)
      throw new Error(`expected ${specs.length} wheels in ${outDir}, built ${made.join(', ')}`);
    return made;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Builds a wheel of each spec (see {@link buildWheels}), each alone in a fresh folder under
 * `root`, as `dist-dir` wants a matrix job's artifacts; returns the folders and paths, in order.
 */
export async function wheelsApart(
  specs: PackageSpec[],
  root: string,
): Promise<Array<{ dir: string; path: string }>> {
  const built = await mkdtemp(join(root, 'built-'));
  const paths = await buildWheels(specs, built);
  const apart = [];
  for (const path of paths) {
    const dir = await mkdtemp(join(root, 'dist-'));
    const moved = join(dir, basename(path));
    await rename(path, moved);
    apart.push({ dir, path: moved });
  }
  await rm(built, { recursive: true, force: true });
  return apart;
}

/** Builds a wheel of `spec` into `outDir` (see {@link buildWheels}); returns its path. */
export async function buildWheel(spec: PackageSpec, outDir: string): Promise<string> {
  const [path] = await buildWheels([spec], outDir);
  return path as string;
}

/**
 * Makes a fresh venv at `venv` and installs into it, from `indexUrl` alone, with Debian's pip
 * (23.0, which has --python: no pip bootstrap in the venv). `args` are what follows the index
 * (a requirement, or `-r FILE`); `env` adds to the isolated pip environment. Returns the
 * venv's python.
 */
export async function pipInstallInto(
  venv: string,
  indexUrl: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const python = join(venv, 'bin', 'python');
  await exec(PYTHON, ['-m', 'venv', '--without-pip', venv]);
  await exec(
    PYTHON,
    ['-m', 'pip', '--python', python, 'install', '--no-deps', '--no-cache-dir'].concat(
      ['--index-url', indexUrl],
      args,
    ),
    { env: { ...isolatedPipEnv(), ...env } },
  );
  return python;
}

/**
 * Installs `requirement` from `indexUrl` alone into a fresh venv with real pip, then imports
 * the module and returns its MESSAGE, proving the published wheel is the one that runs.
 */
export async function pipInstallAndImport(
  indexUrl: string,
  requirement: string,
  module: string,
): Promise<string> {
  const venv = await mkdtemp(join(tmpdir(), 'wr-venv-'));
  try {
    const python = await pipInstallInto(venv, indexUrl, [requirement]);
    const { stdout } = await exec(python, ['-c', `import ${module}; print(${module}.MESSAGE)`]);
    return stdout.trim();
  } finally {
    await rm(venv, { recursive: true, force: true });
  }
}
