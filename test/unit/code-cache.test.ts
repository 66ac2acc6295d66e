/**
 * src/cli/code-cache.ts: the CLI's bundle files compiled with the code V8 kept at the end of an
 * earlier run. Each case runs in a Node process of its own (the cache hooks Node's module
 * loader for the whole process), on a stand-in bundle directory, with the cache in a
 * directory of the test's.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';

const exec = promisify(execFile);
const MODULE = resolve(ROOT, 'src', 'cli', 'code-cache.ts');

/** A module whose inner function is compiled only when called, as a command's code is. */
const source = (answer: number) =>
  [
    "'use strict';",
    'function inner(n) {',
    '  let total = 0;',
    '  for (let i = 0; i < n; i++) total += (i % 7) * 3;',
    `  return total + ${answer};`,
    '}',
    'exports.answer = () => inner(100);',
    '',
  ].join('\n');

describe('the code cache of the CLI bundle', () => {
  let work: string;
  let bundle: string;
  let root: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-code-cache-'));
    bundle = join(work, 'bundle');
    await mkdir(bundle);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** Runs a process that caches `bundle` into `root` and calls the module's answer(). */
  async function run(file = 'chunk.js', write = true): Promise<number> {
    const script = [
      `const { cacheBundleCode } = await import(${JSON.stringify(MODULE)});`,
      `cacheBundleCode(${JSON.stringify(bundle)}, ${JSON.stringify({ root, write })});`,
      "const { createRequire } = await import('node:module');",
      `const m = createRequire(import.meta.url)(${JSON.stringify(join(bundle, file))});`,
      'console.log(m.answer());',
    ].join('\n');
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script]);
    return Number(stdout.trim());
  }

  /** The cache files, and the one directory they are in. */
  async function cached(): Promise<{ dir: string; files: string[] }> {
    const [sub] = await readdir(root);
    const dir = join(root, sub as string);
    return { dir, files: (await readdir(dir)).sort() };
  }

  it('is written when a run ends, with the functions the run compiled, then used as it is', async () => {
    root = join(work, 'cache-1');
    await writeFile(join(bundle, 'chunk.js'), source(1));
    expect(await run()).toBe(886);
    const { dir, files } = await cached();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]+-chunk\.js\.[0-9a-f]+$/);
    // More than V8 keeps right after compiling the file, which is all Node's own cache holds:
    // the inner function, compiled when the run called it, is in it.
    const atCompile = new Script(`(function (exports) {${source(1)}})`).createCachedData();
    const file = join(dir, files[0] as string);
    const first = await stat(file);
    expect(first.size).toBeGreaterThan(atCompile.length);
    expect(first.mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    // The next run compiles with it, and V8 accepts it: nothing is written again.
    expect(await run()).toBe(886);
    expect((await stat(file)).mtimeMs).toBe(first.mtimeMs);
    expect((await cached()).files).toEqual(files);
  });

  it('never serves another build of a file: a new content is a new cache, the old one goes', async () => {
    root = join(work, 'cache-2');
    await writeFile(join(bundle, 'chunk.js'), source(1));
    expect(await run()).toBe(886);
    const before = (await cached()).files;
    // Same length, other content: V8's own check (the source's length) would take the old one.
    await writeFile(join(bundle, 'chunk.js'), source(2));
    expect(await run()).toBe(887);
    const after = (await cached()).files;
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it('caches only files of the bundle directory', async () => {
    root = join(work, 'cache-3');
    const elsewhere = join(work, 'elsewhere');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(join(elsewhere, 'other.js'), source(3));
    const script = [
      `const { cacheBundleCode } = await import(${JSON.stringify(MODULE)});`,
      `cacheBundleCode(${JSON.stringify(bundle)}, ${JSON.stringify({ root })});`,
      "const { createRequire } = await import('node:module');",
      `console.log(createRequire(import.meta.url)(${JSON.stringify(join(elsewhere, 'other.js'))}).answer());`,
    ].join('\n');
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout.trim()).toBe('888');
    expect((await cached()).files).toEqual([]);
  });

  it('is not written by a run that keeps nothing (help), and such a run leaves it as it is', async () => {
    root = join(work, 'cache-5');
    await writeFile(join(bundle, 'chunk.js'), source(5));
    expect(await run('chunk.js', false)).toBe(890);
    expect((await cached()).files).toEqual([]);
    // A run that keeps it writes it; one that does not then reads it and leaves it as it is.
    expect(await run()).toBe(890);
    const { dir, files } = await cached();
    const before = await stat(join(dir, files[0] as string));
    expect(await run('chunk.js', false)).toBe(890);
    expect((await stat(join(dir, files[0] as string))).mtimeMs).toBe(before.mtimeMs);
  });

  it('is not used in a directory others can write to, and the bundle runs all the same', async () => {
    root = join(work, 'cache-4');
    await mkdir(root, { mode: 0o700 });
    await chmod(root, 0o777);
    await writeFile(join(bundle, 'chunk.js'), source(4));
    expect(await run()).toBe(889);
    expect((await cached()).files).toEqual([]);
  });
});
