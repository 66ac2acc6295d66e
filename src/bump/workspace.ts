import { lstat, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Runner } from '../build/runner.js';
import { tail } from '../build/runner.js';
import { WheelrelayError } from '../errors.js';
import { type ConsumerEdits, editsFor, type FileEdit, matchFiles } from '../github/edits.js';
import type { PinTarget } from '../pins/index.js';

/**
 * The consumer's checkout, seen through git: which files the globs name, what is already
 * changed, and what the pin edit and the `run` command changed. Git runs with an argument
 * array and a configuration that runs nothing of the repository's (no fsmonitor, no pager).
 */
export class Checkout {
  private gitDir: string | undefined;

  constructor(
    readonly root: string,
    private readonly run: Runner,
  ) {}

  private async git(args: string[], what: string): Promise<string> {
    const res = await this.run(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', '--no-pager', ...args],
      { cwd: this.root, timeoutMs: 120_000 },
    );
    if (res.exitCode !== 0) {
      throw new WheelrelayError(
        `git could not ${what} in ${this.root} (exit ${res.exitCode}): ${tail(res.output, 5)}`,
        'Run the bump in a git checkout of the consumer (actions/checkout first).',
      );
    }
    return res.output;
  }

  /** The commit the checkout is at. */
  async head(): Promise<string> {
    return (await this.git(['rev-parse', '--verify', 'HEAD^{commit}'], 'read HEAD')).trim();
  }

  /** The tracked files the globs select (paths relative to the root, `/`-separated). */
  async match(globs: readonly string[]): Promise<{ matched: string[]; unmatched: string[] }> {
    const listed = await this.git(['ls-files', '--cached', '--full-name'], 'list files');
    return matchFiles(listed.split('\n').filter(Boolean), globs);
  }

  /** A file's exact text at HEAD, or undefined when HEAD has no such file. */
  async atHead(path: string): Promise<string | undefined> {
    const found = await this.run(
      'git',
      ['-c', 'core.fsmonitor=false', 'rev-parse', '--verify', '--quiet', `HEAD:${path}`],
      { cwd: this.root, timeoutMs: 60_000 },
    );
    if (found.exitCode !== 0) return undefined;
    // The runner hands output over line by line, which loses `\r\n`: git writes the blob to a
    // file of a scratch folder instead, and its bytes are read from there.
    this.gitDir ??= (await this.git(['rev-parse', '--absolute-git-dir'], 'find .git')).trim();
    const scratch = await mkdtemp(join(tmpdir(), 'wheelrelay-head-'));
    try {
      const res = await this.run(
        'git',
        [`--git-dir=${this.gitDir}`, 'unpack-file', found.output.trim()],
        { cwd: scratch, timeoutMs: 60_000 },
      );
      if (res.exitCode !== 0) return undefined;
      return await readFile(join(scratch, res.output.trim()), 'utf8');
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Paths git reports as changed, added or deleted in the work tree (untracked files
   * included, ignored ones not), each with whether it still exists.
   */
  async changes(): Promise<Map<string, 'changed' | 'deleted'>> {
    const out = await this.git(
      ['status', '--porcelain=v1', '--untracked-files=all', '--no-renames'],
      'list changed files',
    );
    const found = new Map<string, 'changed' | 'deleted'>();
    for (const line of out.split('\n')) {
      if (line.length < 4) continue;
      const code = line.slice(0, 2);
      let path = line.slice(3);
      if (path.startsWith('"')) path = unquote(path);
      found.set(path, code.includes('D') ? 'deleted' : 'changed');
    }
    return found;
  }

  /** Reads a file of the checkout as UTF-8 text, refusing links that lead out of it. */
  async read(path: string): Promise<string> {
    const full = await this.inside(path);
    const bytes = await readFile(full);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new WheelrelayError(
        `${path} is not UTF-8 text`,
        'wheelrelay commits text files only; leave it out of `requirement-files`, or make the command not change it.',
      );
    }
  }

  async write(path: string, text: string): Promise<void> {
    await writeFile(await this.inside(path), text);
  }

  /** The absolute path of `path`, after checking that it is a file inside the checkout. */
  private async inside(path: string): Promise<string> {
    const full = join(this.root, path);
    const st = await lstat(full);
    const real = await realpath(full);
    const root = await realpath(this.root);
    const rel = relative(root, real);
    if (!st.isFile() || rel.startsWith(`..${sep}`) || rel === '..' || rel.startsWith(sep)) {
      throw new WheelrelayError(
        `${path} is not a plain file inside the checkout`,
        'wheelrelay edits and commits files of the checkout only, never through a link.',
      );
    }
    return full;
  }
}

/** Undoes git's C-style quoting of a path (`"a\\"b"`, octal escapes of UTF-8 bytes). */
function unquote(quoted: string): string {
  const inner = quoted.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = {
    n: 10,
    t: 9,
    r: 13,
    '"': 34,
    '\\': 92,
    a: 7,
    b: 8,
    f: 12,
    v: 11,
  };
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = inner[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(inner.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Moves the pins of `target` in the requirement files the globs select, in the checkout.
 * Nothing is written unless every file can be rewritten.
 */
export async function rewriteCheckout(
  checkout: Checkout,
  globs: readonly string[],
  target: PinTarget,
): Promise<ConsumerEdits & { unmatched: string[] }> {
  const { matched, unmatched } = await checkout.match(globs);
  const files = [];
  for (const path of matched) files.push({ path, text: await checkout.read(path) });
  const found = editsFor(files, target);
  if (found.errors.length > 0) {
    throw new WheelrelayError(
      found.errors.map((e) => e.message).join('; '),
      'Nothing was changed. Fix the entry by hand, or leave the file out of `requirement-files`.',
    );
  }
  for (const edit of found.edits) await checkout.write(edit.path, edit.after);
  return { ...found, unmatched };
}

/**
 * Every file the pin edit and the command changed, as edits from HEAD's text to the work
 * tree's: what `dirty` (the paths changed before wheelrelay started) lists is left out,
 * unless its text changed since. A deleted file fails: the commit APIs here write files only.
 */
export async function collectChanges(
  checkout: Checkout,
  dirty: ReadonlyMap<string, string | undefined>,
): Promise<FileEdit[]> {
  const edits: FileEdit[] = [];
  for (const [path, kind] of [...(await checkout.changes())].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const now = kind === 'deleted' ? undefined : await checkout.read(path);
    if (dirty.has(path) && dirty.get(path) === now) continue;
    if (now === undefined) {
      throw new WheelrelayError(
        `the command deleted ${path}; nothing was committed`,
        'wheelrelay commits changed and new files; make the command regenerate files in place.',
      );
    }
    const before = (await checkout.atHead(path)) ?? '';
    if (before === now) continue;
    edits.push({ path, before, after: now, changes: [] });
  }
  return edits;
}

/** The work tree's changed paths before wheelrelay touches anything, with their text. */
export async function dirtyPaths(checkout: Checkout): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (const [path, kind] of await checkout.changes()) {
    out.set(
      path,
      kind === 'deleted' ? undefined : await checkout.read(path).catch(() => undefined),
    );
  }
  return out;
}
