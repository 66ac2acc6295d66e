import { execFile } from 'node:child_process';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewritePins } from '../../src/pins/index.js';
import { readSyncConfig } from '../../src/sync/config.js';
import { writeInPlace } from '../../src/sync/rewrite.js';
import { ROOT, runAction } from '../support/action-run.js';
import { buildWheel, offlineBuildEnv, PYTHON } from '../support/python.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

/**
 * Names and paths a repository or a build can choose: a requirement file that is a link out of
 * the workspace, a glob that climbs out of it, a file swapped for a link while a sync runs, and
 * a wheel named after no valid project. Each is refused before anything is read, written or
 * uploaded; the files outside the workspace keep every byte.
 */
let scratch: string;
let outside: string;
let repo: TestRepo;
const CLI = join(ROOT, 'dist', 'cli', 'index.js');

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wr-bounds-'));
  outside = join(scratch, 'outside');
  await mkdir(outside);
  repo = await makeRepo([{ name: 'bounds-probe', version: '1.0.0', tag: 'v1.0.0' }]);
});
afterAll(async () => {
  await repo?.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

/** A workspace, and a file outside it holding a git pin and a marker no output may show. */
async function arrange() {
  const ws = await mkdtemp(join(scratch, 'ws-'));
  const target = join(await mkdtemp(join(outside, 'x-')), 'dotfile');
  const text = `# OUTSIDE-MARKER-7c1e\ngit+${repo.url}@v1.0.0#egg=bounds-probe==1.0.0\n`;
  await writeFile(target, text);
  return { ws, target, text };
}

describe('requirement-files globs stay in the workspace', () => {
  it.each([
    ['../x.txt'],
    ['/etc/passwd'],
    ['requirements/../../x.txt'],
    ['**/../../x.txt'],
    ['a/..'],
    ['..\\x.txt'],
  ])('the action refuses %s with "leaves the workspace"', (glob) => {
    const inputs: Record<string, string> = { 'requirement-files': glob, 'index-url': '/tmp/i' };
    expect(() => readSyncConfig({ get: (n) => inputs[n] }, {}, '/ws')).toThrow(
      /`requirement-files`: '.*' leaves the workspace/,
    );
  });

  it('the CLI reads any path its user names', () => {
    const inputs: Record<string, string> = {
      'requirement-files': '/srv/reqs/requirements.txt',
      'index-url': '/tmp/i',
    };
    const cfg = readSyncConfig({ get: (n) => inputs[n] }, {}, '/ws', undefined, undefined, {
      anyPath: true,
    });
    expect(cfg.requirementFiles).toEqual(['/srv/reqs/requirements.txt']);
    expect(cfg.confined).toBe(false);
  });
});

describe('links out of the workspace, through the bundled action and CLI', () => {
  it('a requirement file that links to a file outside: refused, not read, nothing fetched', async () => {
    const { ws, target, text } = await arrange();
    await mkdir(join(ws, 'requirements'));
    await symlink(target, join(ws, 'requirements', 'base.txt'));
    const run = await runAction({
      workspace: ws,
      action: 'sync',
      inputs: {
        'requirement-files': 'requirements/*.txt',
        'index-url': join(ws, 'index'),
        python: PYTHON,
        rewrite: 'true',
        'upstream-index': 'none',
      },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(
      'requirement-files: requirements/base.txt leads outside the workspace',
    );
    expect(run.everything()).not.toContain('OUTSIDE-MARKER');
    expect(await readFile(target, 'utf8')).toBe(text);
    expect(await readdir(join(ws, 'index')).catch(() => [])).toEqual([]);
  });

  it('a folder of requirement files that links outside: refused the same way', async () => {
    const { ws, target, text } = await arrange();
    await symlink(join(target, '..'), join(ws, 'requirements'));
    await copyFile(target, join(target, '..', 'extra.txt'));
    const run = await runAction({
      workspace: ws,
      action: 'sync',
      inputs: {
        'requirement-files': 'requirements/*.txt',
        'index-url': join(ws, 'index'),
        python: PYTHON,
      },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/requirement-files: requirements\/\S+ leads outside the workspace/);
    expect(await readFile(target, 'utf8')).toBe(text);
  });

  it('the CLI syncs a linked file it was named, but never rewrites through the link', async () => {
    const { ws, target, text } = await arrange();
    await symlink(target, join(ws, 'requirements.txt'));
    const res = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(
        process.execPath,
        [
          CLI,
          'sync',
          'requirements.txt',
          '--index-url',
          './wheelhouse',
          '--python',
          PYTHON,
          '--no-build-isolation',
          '--rewrite',
          '--upstream-index',
          'none',
        ],
        { cwd: ws, env: offlineBuildEnv() },
        (err, stdout, stderr) =>
          done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(res.code).toBe(1);
    // Read and synced (the CLI's user named the file), but not written through the link.
    expect(await readdir(join(ws, 'wheelhouse', 'packages'))).toContain(
      'bounds_probe-1.0.0-py3-none-any.whl',
    );
    expect(res.stderr).toMatch(/requirements\.txt leads outside .* not rewritten/);
    expect(await readFile(target, 'utf8')).toBe(text);
  });
});

describe('a requirement file swapped for a link while the sync ran', () => {
  it('is not written through; a link that stays inside the workspace is', async () => {
    const { ws, target, text } = await arrange();
    const before = 'foo @ git+https://example.invalid/foo.git@v1#egg=foo\n';
    const pinned = rewritePins(before, { name: 'foo', version: '1' });
    const rewrite = (file: string) => ({
      file,
      before,
      after: pinned.text,
      changes: pinned.changes,
      skipped: [],
      notes: [],
    });
    // Read as a plain file; by the time of the write it is a link to the runner's dotfile.
    await writeFile(target, before);
    await symlink(target, join(ws, 'requirements.txt'));
    await expect(writeInPlace(ws)([rewrite('requirements.txt')])).rejects.toThrow(
      /requirements\.txt leads outside .* not rewritten/,
    );
    expect(await readFile(target, 'utf8')).toBe(before);
    await writeFile(target, text);

    await mkdir(join(ws, 'reqs'));
    await writeFile(join(ws, 'reqs', 'real.txt'), before);
    await symlink(join(ws, 'reqs', 'real.txt'), join(ws, 'inside.txt'));
    await writeInPlace(ws)([rewrite('inside.txt')]);
    expect(await readFile(join(ws, 'reqs', 'real.txt'), 'utf8')).toBe(pinned.text);
    expect(pinned.text).toBe('foo==1\n');
  });
});

describe('distribution names that are not package names', () => {
  let wheel: string;
  beforeAll(async () => {
    wheel = await buildWheel({ name: 'bounds-name', version: '1.0.0' }, join(scratch, 'built'));
  }, 120_000);

  it.each([
    ['..-1.0.0-py3-none-any.whl', '..'],
    ['!-1.0.0-py3-none-any.whl', '!'],
    ['a+b-1.0.0-py3-none-any.whl', 'a+b'],
    ['..-1.0.0.tar.gz', '..'],
  ])('a dist-dir holding %s: refused by name, nothing written to the index', async (file, name) => {
    const ws = await mkdtemp(join(scratch, 'dist-'));
    await mkdir(join(ws, 'dist'));
    await copyFile(wheel, join(ws, 'dist', 'bounds_name-1.0.0-py3-none-any.whl'));
    await copyFile(wheel, join(ws, 'dist', file));
    const run = await runAction({
      workspace: ws,
      inputs: { 'dist-dir': 'dist', 'index-url': join(ws, 'index') },
      ref: 'refs/tags/v1.0.0',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(
      `is named like a distribution but is not one: '${name}' is not a valid package name (PEP 508)`,
    );
    expect(await readdir(join(ws, 'index')).catch(() => [])).toEqual([]);
  });
});
