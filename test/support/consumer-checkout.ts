import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/**
 * An edx-platform-shaped consumer: git pins in requirements/edx/github.in, .txt files compiled
 * from the .in files by `make compile-requirements` (compile.py stands in for pip-compile).
 */
export const CONSUMER_FIXTURE = fileURLToPath(
  new URL('../fixtures/consumer-bump', import.meta.url),
);

/** Runs git in `cwd` with an argument array; its stdout. */
export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The consumer's files (not .git), path → text. */
export async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[relative(dir, p)] = await readFile(p, 'utf8');
    }
  };
  await walk(dir);
  return out;
}

/** The consumer compiled and committed once per test file; see {@link consumerCheckout}. */
let template: Promise<string> | undefined;

// Registered while the test file that imports this module is collected: the template goes when
// that file ends (vitest ends its workers without an 'exit' event, which left one per file).
afterAll(async () => {
  const made = template;
  template = undefined;
  if (made) await rm(await made, { recursive: true, force: true });
});

/** Compiles the consumer (its `make compile-requirements`) and commits it on main, in a new folder. */
async function compileAndCommit(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wheelrelay-consumer-template-'));
  await cp(CONSUMER_FIXTURE, dir, { recursive: true });
  execFileSync('make', ['compile-requirements'], { cwd: dir, stdio: 'ignore' });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'consumer');
  return dir;
}

/**
 * A git checkout of the consumer, compiled and committed on main, as actions/checkout leaves it:
 * a copy (.git and all) of one made once per test file, since compiling and committing the
 * same files again would make the same checkout at a cost (make, python, git) in every test.
 */
export async function consumerCheckout(): Promise<string> {
  template ??= compileAndCommit();
  const dir = await mkdtemp(join(tmpdir(), 'wheelrelay-consumer-'));
  await cp(await template, dir, { recursive: true });
  return dir;
}
