/**
 * Real git repositories for sync tests: bare repositories reached through file:// URLs, holding
 * real Python packages at several tags and commits, as a consumer's requirement files point at
 * them.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { git, writePackage } from '../support/python.js';

/** One commit of a repository's history. */
export interface Commit {
  /** The package at this commit; `broken` writes a project whose build fails. */
  name: string;
  version: string;
  message?: string;
  tag?: string;
  /** An annotated tag instead of a lightweight one. */
  annotated?: boolean;
  /** Put the package in this subfolder (a monorepo), not the root. */
  subdirectory?: string;
  broken?: boolean;
  /** Build requirements declared besides setuptools, that the build never imports (MongoDBProxy). */
  unusedBuildRequires?: string[];
  /** Commit on this branch (created from the previous commit); default main. */
  branch?: string;
  /** Python run by the build before setuptools.setup() (written as setup.py). */
  setupPy?: string;
}

export interface TestRepo {
  /** file:// URL of the bare repository. */
  url: string;
  /** Commit ids, in the order of the history given. */
  shas: string[];
  cleanup(): Promise<void>;
}

/** Makes a bare repository with the given history; returns its URL and commit ids. */
export async function makeRepo(history: Commit[]): Promise<TestRepo> {
  const root = await mkdtemp(join(tmpdir(), 'wr-gitrepo-'));
  const work = join(root, 'work');
  await mkdir(work);
  await git(work, 'init', '-q', '-b', 'main');
  const shas: string[] = [];
  for (const c of history) {
    if (c.branch) await git(work, 'checkout', '-q', '-B', c.branch);
    else await git(work, 'checkout', '-q', 'main').catch(() => undefined);
    await git(work, 'rm', '-rq', '--ignore-unmatch', '.');
    const dir = c.subdirectory ? join(work, c.subdirectory) : work;
    await mkdir(dir, { recursive: true });
    await writePackage(dir, { name: c.name, version: c.version, message: c.message });
    if (c.broken) {
      await writeFile(
        join(dir, 'setup.py'),
        'raise SystemExit("this commit does not build: setup.py fails on purpose")\n',
      );
      await writeFile(
        join(dir, 'pyproject.toml'),
        '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n',
      );
    }
    if (c.setupPy) {
      await writeFile(
        join(dir, 'setup.py'),
        `${c.setupPy}\nimport setuptools\nsetuptools.setup()\n`,
      );
    }
    if (c.unusedBuildRequires) {
      const toml = join(dir, 'pyproject.toml');
      const text = await readFile(toml, 'utf8');
      const extra = c.unusedBuildRequires.map((r) => `, "${r}"`).join('');
      await writeFile(
        toml,
        text.replace('requires = ["setuptools>=61"', `requires = ["setuptools>=61"${extra}`),
      );
    }
    await git(work, 'add', '-A');
    await git(work, 'commit', '-q', '-m', `${c.name} ${c.version}`);
    if (c.tag) {
      if (c.annotated) await git(work, 'tag', '-a', c.tag, '-m', `release ${c.version}`);
      else await git(work, 'tag', c.tag);
    }
    shas.push(await git(work, 'rev-parse', 'HEAD'));
  }
  await git(work, 'checkout', '-q', 'main');
  const bare = join(root, 'repo.git');
  await git(root, 'clone', '-q', '--bare', work, bare);
  return {
    url: pathToFileURL(bare).toString(),
    shas,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
