import { execFile } from 'node:child_process';
import {
  access,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDistFilename } from '../../src/build/filenames.js';
import { inspectDistribution } from '../../src/build/inspect.js';
import { WheelrelayError } from '../../src/errors.js';
import { parseConsumers } from '../../src/github/consumers.js';
import { silentLog } from '../../src/log.js';
import { rewritePins } from '../../src/pins/index.js';
import { readConfig } from '../../src/publish/config.js';
import { checkTag } from '../../src/publish/release.js';
import { collectEntries } from '../../src/sync/entries.js';
import { FetchError, fetchCommit, gitEnvironment } from '../../src/sync/git-fetch.js';
import { runAction } from '../support/action-run.js';
import { buildWheel, PYTHON } from '../support/python.js';
import { type RunCall, recordingRunner } from '../support/runner.js';

const exec = promisify(execFile);

/**
 * Hostile input: every string a tag, branch, requirement file, input or archive can carry that
 * would do harm if it reached a shell, a git option, a path or an unbounded read. Each case
 * asserts a clear error (or a harmless no-op), and that the canary file a shell injection would
 * create never appears.
 */
let scratch: string;
// Known before the tables are built (they are made when the file loads, before any hook).
const canary = join(tmpdir(), `wr-hostile-canary-${process.pid}`);
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wr-hostile-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** Shell-ish payloads, each of which would create the canary if any shell ever read it. */
const payloads = () => [
  `$(touch ${canary})`,
  `\`touch ${canary}\``,
  `x; touch ${canary}`,
  `x | touch ${canary}`,
  `x && touch ${canary}`,
  `x\ntouch ${canary}`,
];

describe('tags and branch names are data, never shell', () => {
  const tags = [
    ...payloads().map((p) => `v1.0${p}`),
    'v1.0\n::warning::injected',
    'v../../etc/passwd',
    'v1.0\0evil',
    `v${'9'.repeat(100_000)}`,
    'v1.0\u00ff\ufffd',
  ];
  it.each(tags.map((t) => [JSON.stringify(t).slice(0, 60), t]))(
    'checkTag refuses %s with a message naming the tag',
    (_, tag) => {
      expect(() => checkTag(tag, /^v?(?<version>\d.*)$/, '1.0', 'pkg')).toThrow(WheelrelayError);
      expect(() => checkTag(tag, /^v?(?<version>\d.*)$/, '1.0', 'pkg')).toThrow(/tag /);
    },
  );

  it('GITHUB_REF is taken as a name, whatever it holds', () => {
    for (const p of payloads()) {
      const cfg = readConfig(
        { get: (n) => (n === 'index-url' ? 'https://pypi.example/' : undefined) },
        { GITHUB_REF: `refs/heads/main${p}` },
        scratch,
      );
      expect(cfg.ref).toMatchObject({ kind: 'branch', name: `main${p}` });
    }
  });
});

describe('consumers globs cannot leave the repository', () => {
  it.each([
    ['../secrets.txt'],
    ['/etc/passwd'],
    ['**/../../x.txt'],
    ['requirements/../../x.txt'],
    ['a/..'],
  ])('%s is refused with "leaves the repository"', (glob) => {
    expect(() => parseConsumers(`acme/web: ${glob}`)).toThrow(/leaves the repository/);
  });

  it.each([
    [`acme/web@main$(touch x): r.txt`, /not a valid branch name|not a consumer/],
    ['acme/web@-x: r.txt', /not a valid branch name/],
    ['acme/web@--upload-pack=x: r.txt', /not a valid branch name/],
    ['acme/we;b: r.txt', /not a GitHub repository name/],
    ['acme/..: r.txt', /not a GitHub repository name/],
    ['acme/web@a..b: r.txt', /not a valid branch name/],
    ['acme/web@ma\0in: r.txt', /not a valid branch name|not a consumer/],
  ])('%s is refused', (line, message) => {
    expect(() => parseConsumers(line)).toThrow(message);
  });
});

describe('wheel filenames from a dist directory', () => {
  it.each([
    ['pkg-1.0-py3-none-any.whl; touch x'],
    ['$(touch x)-1.0-py3-none-any.whl'],
    ['`id`-1.0-py3-none-any.whl'],
    ['../pkg-1.0-py3-none-any.whl'],
    ['pkg/../../x-1.0-py3-none-any.whl'],
    ['pkg-1.0-py3-none-any.whl\n'],
    ['pkg\0-1.0-py3-none-any.whl'],
    ['pk\u00e9-1.0-py3-none-any.whl'],
    [`${'a'.repeat(1 << 20)}-1.0-py3-none-any`],
  ])('%s is not a distribution', (name) => {
    expect(parseDistFilename(name)).toBeUndefined();
  });
});

describe('requirement files: the rewriter leaves every byte it does not own alone', () => {
  const target = { name: 'foo-bar', version: '2.0', tag: 'v2.0' };
  const hostileLines = [
    ...payloads().map((p) => `other==1.0 ${p}`),
    `git+https://example.com/x.git@$(touch ${canary})#egg=x`,
    `x${'y'.repeat(1 << 20)}==1.0`,
    'nul\0byte==1.0',
    Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x3d, 0x3d, 0x31]).toString('latin1'),
    '-r ../../../etc/passwd',
    '\r\r\n\u2028\u2029',
  ];
  it.each(hostileLines.map((l) => [JSON.stringify(l).slice(0, 60), l]))(
    'a file with %s keeps those bytes, and the foo-bar pin still moves',
    (_, hostile) => {
      const text = `${hostile}\nfoo-bar==1.0\n${hostile}\n`;
      const out = rewritePins(text, target);
      const lines = out.text.split('\n');
      expect(lines[0]).toBe(hostile.split('\n')[0]);
      expect(out.text.endsWith(`${hostile}\n`)).toBe(true);
      expect(out.text).toContain('foo-bar==2.0');
    },
  );
  it('a foo-bar line with shell text after it: only the version changes', () => {
    const line = `foo-bar==1.0 ; python_version > "3" # $(touch ${canary}) \`id\``;
    expect(rewritePins(`${line}\n`, target).text).toBe(`${line.replace('1.0', '2.0')}\n`);
  });
  it('no hostile line ran anything', async () => {
    expect(await exists(canary)).toBe(false);
  });
});

describe('sync: a hostile git URL or ref never reaches git as an option', () => {
  const optionLike = (calls: RunCall[], hostile: string) =>
    calls.some((c) => c.args.some((a) => a.startsWith('-') && a.includes(hostile)));

  it.each([
    ['--upload-pack=touch CANARY'],
    ['-oProxyCommand=touch CANARY'],
    ['--exec=touch CANARY'],
    ['-c'],
  ])('ref %s is refused before git runs', async (raw) => {
    const ref = raw.replace('CANARY', canary);
    const { run, calls } = recordingRunner();
    const dir = join(scratch, `ref-${calls.length}-${Math.random().toString(36).slice(2)}`);
    const url = 'https://127.0.0.1:9/x.git';
    const err = await fetchCommit(
      { url, ref, dir, env: gitEnvironment(url, {}) },
      run,
      silentLog,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).message).toMatch(/is not a git ref/);
    expect(calls).toEqual([]);
    expect(await exists(canary)).toBe(false);
  });

  it.each([
    [`git+ssh://-oProxyCommand=touch%20CANARY/x.git@v1#egg=x`],
    [`git+ssh://git@-oProxyCommand=touch%20CANARY/x.git#egg=x`],
    [`git+ext://sh -c touch% CANARY#egg=x`],
    [`git+ext::sh -c touch% CANARY#egg=x`],
    [`git+fd::17#egg=x`],
    [`git+file:///--upload-pack=touch%20CANARY#egg=x`],
  ])('%s: no entry, or git refuses it without running anything', async (raw) => {
    const line = raw.replaceAll('CANARY', canary);
    const entries = collectEntries([{ file: 'requirements.txt', text: `${line}\n` }]);
    for (const entry of entries) {
      expect(entry.url.startsWith('-')).toBe(false);
      const { run, calls } = recordingRunner();
      const dir = join(scratch, `url-${Math.random().toString(36).slice(2)}`);
      const err = await fetchCommit(
        {
          url: entry.url,
          ...(entry.ref ? { ref: entry.ref } : {}),
          dir,
          env: gitEnvironment(entry.url, {}, { PATH: process.env.PATH, HOME: scratch }),
        },
        run,
        silentLog,
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect(optionLike(calls, 'touch')).toBe(false);
    }
    expect(await exists(canary)).toBe(false);
  });

  it('only git, http, https and ssh are allowed (file only for a local repository)', () => {
    expect(gitEnvironment('https://x/y.git', {}, {}).GIT_ALLOW_PROTOCOL).toBe('git:http:https:ssh');
    expect(gitEnvironment('file:///r', {}, {}).GIT_ALLOW_PROTOCOL).toBe('file:git:http:https:ssh');
  });
});

describe('the action, run as the runner runs it', () => {
  let wheel: string;
  beforeAll(async () => {
    wheel = await buildWheel({ name: 'hostile-probe', version: '1.0.0' }, join(scratch, 'built'));
  }, 120_000);

  /** A workspace with a dist directory holding `files`, and an empty directory index beside it. */
  async function workspace(files: Record<string, string | Buffer> = {}) {
    const ws = await mkdtemp(join(scratch, 'ws-'));
    await mkdir(join(ws, 'dist'));
    for (const [name, content] of Object.entries(files)) {
      if (content === 'WHEEL') await copyFile(wheel, join(ws, 'dist', name));
      else await writeFile(join(ws, 'dist', name), content);
    }
    const index = join(ws, 'index');
    return { ws, index, inputs: { 'dist-dir': 'dist', 'index-url': index } };
  }
  const listed = async (d: string) => (await readdir(d).catch(() => [] as string[])).sort();

  it.each(payloads().map((p) => [JSON.stringify(p), p]))(
    'tag v1.0.0%s: refused, nothing uploaded, no shell ran',
    async (_, p) => {
      const { ws, index, inputs } = await workspace({
        'hostile_probe-1.0.0-py3-none-any.whl': 'WHEEL',
      });
      const run = await runAction({ workspace: ws, inputs, ref: `refs/tags/v1.0.0${p}` });
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(/tag v1\.0\.0/);
      // A newline in the tag must not start a workflow command of its own.
      expect(run.stdout).not.toMatch(/^touch /m);
      expect(await listed(index)).toEqual([]);
      expect(await exists(canary)).toBe(false);
    },
  );

  it('a tag carrying a workflow command does not run it', async () => {
    const { ws, inputs } = await workspace({ 'hostile_probe-1.0.0-py3-none-any.whl': 'WHEEL' });
    const run = await runAction({
      workspace: ws,
      inputs,
      ref: 'refs/tags/v1.0.0\n::set-output name=version::pwned\n::add-mask::x',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).not.toMatch(/^::set-output/m);
    expect(run.stdout).not.toMatch(/^::add-mask::x$/m);
    expect(run.outputs.version).not.toBe('pwned');
  });

  it('a wheel renamed to another version: clear error, nothing uploaded', async () => {
    const { ws, index, inputs } = await workspace({
      'hostile_probe-9.9.9-py3-none-any.whl': 'WHEEL',
    });
    const run = await runAction({ workspace: ws, inputs, ref: 'refs/tags/v9.9.9' });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/disagrees with its own metadata \(hostile.probe 1\.0\.0\)/);
    expect(await listed(index)).toEqual([]);
  });

  it('a wheel renamed to another project: clear error, nothing uploaded', async () => {
    const { ws, index, inputs } = await workspace({ 'other_pkg-1.0.0-py3-none-any.whl': 'WHEEL' });
    const run = await runAction({ workspace: ws, inputs, ref: 'refs/tags/v1.0.0' });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/disagrees with its own metadata/);
    expect(await listed(index)).toEqual([]);
  });

  it('a zip bomb posing as a wheel: refused from its declared size, nothing uploaded', async () => {
    const bomb = join(scratch, 'bomb.whl');
    await pyZip(bomb, 'bomb-1.0.dist-info/METADATA', 256 << 20);
    const { ws, index, inputs } = await workspace({ 'bomb-1.0-py3-none-any.whl': '' });
    await copyFile(bomb, join(ws, 'dist', 'bomb-1.0-py3-none-any.whl'));
    const run = await runAction({ workspace: ws, inputs, ref: 'refs/tags/v1.0' });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/METADATA claims more than \d+ bytes/);
    expect(await listed(index)).toEqual([]);
  });

  it('index-url with credentials: stripped, masked, warned about, never printed', async () => {
    const { ws, inputs } = await workspace({ 'hostile_probe-1.0.0-py3-none-any.whl': 'WHEEL' });
    const secret = 'hostile-s3cret-Pa55';
    const run = await runAction({
      workspace: ws,
      // Port 9 (discard) on 127.0.0.1: nothing listens, so the upload fails fast after config.
      inputs: { ...inputs, 'index-url': `http://ci:${secret}@127.0.0.1:9/`, retries: '0' },
      ref: 'refs/tags/v1.0.0',
      secrets: [{ secret, user: 'ci' }],
    });
    expect(run.stdout).toContain(`::add-mask::${secret}`);
    expect(run.stdout).toMatch(/::warning::.*index-url.*credentials/i);
    // The mask command is the one place the runner is told the secret; nothing else prints it.
    const withoutMask = run.everything().replaceAll(`::add-mask::${secret}`, '');
    expect(withoutMask).not.toContain(secret);
  });

  it('consumers with a glob escaping the repository: refused before anything runs', async () => {
    const { ws, index, inputs } = await workspace({
      'hostile_probe-1.0.0-py3-none-any.whl': 'WHEEL',
    });
    const run = await runAction({
      workspace: ws,
      inputs: {
        ...inputs,
        consumers: 'acme/web: **/../../etc/passwd',
        'consumer-token': 'tok-123456',
      },
      ref: 'refs/tags/v1.0.0',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/glob '\*\*\/\.\.\/\.\.\/etc\/passwd' leaves the repository/);
    expect(await listed(index)).toEqual([]);
  });

  it.each([
    ['package-dir', '../../../no-such-dir', /package-dir \/no-such-dir does not exist/],
    [
      'package-dir',
      'dist/hostile_probe-1.0.0-py3-none-any.whl',
      /package-dir .*\.whl is not a directory/,
    ],
    ['package-dir', '../..', /package-dir .* has no pyproject\.toml.*not a Python project/],
    ['dist-dir', '../../../no-such-dir', /dist-dir \.\.\/\.\.\/\.\.\/no-such-dir does not exist/],
  ])('%s %s: clear error, nothing written outside the workspace', async (input, value, message) => {
    const { ws, index, inputs } = await workspace({
      'hostile_probe-1.0.0-py3-none-any.whl': 'WHEEL',
    });
    const before = await listed(scratch);
    const run = await runAction({
      workspace: ws,
      inputs: { ...inputs, python: PYTHON, 'dist-dir': '', [input]: value },
      ref: 'refs/tags/v1.0.0',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(message);
    expect(await listed(index)).toEqual([]);
    expect(await listed(scratch)).toEqual(before);
  });
});

describe('sync mode of the action, with a hostile requirement file', () => {
  it('hostile refs and URLs fail their entries; no shell, no git option, exit non-zero', async () => {
    const ws = await mkdtemp(join(scratch, 'sync-'));
    await mkdir(join(ws, 'requirements'));
    const lines = [
      `git+https://127.0.0.1:9/x.git@--upload-pack=touch%20${canary}#egg=x==1.0`,
      `git+https://127.0.0.1:9/y.git@-oProxyCommand=touch%20${canary}#egg=y==1.0`,
      `git+ssh://-oProxyCommand=touch%20${canary}/z.git@v1.0#egg=z==1.0`,
      `git+ext::sh -c touch%20${canary}#egg=w==1.0`,
      `$(touch ${canary})`,
    ];
    await writeFile(join(ws, 'requirements', 'evil.txt'), `${lines.join('\n')}\n`);
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
    // (`%` is escaped as `%25` in a workflow command.)
    expect(run.stdout).toMatch(/'--upload-pack=touch%(25)?20[^']*' is not a git ref/);
    expect(run.stdout).toMatch(/'-oProxyCommand=touch%(25)?20[^']*' is not a git ref/);
    // git's own guard against option-like ssh hosts (CVE-2017-1000117) refuses the third.
    expect(run.stdout).toMatch(/strange hostname '-oProxyCommand=touch ' blocked/);
    // `ext::` is no URL to wheelrelay and no entry; the shell line is no requirement.
    expect(run.stdout).toMatch(/3 of 3 git-pinned requirement\(s\) could not be synced/);
    expect(await exists(canary)).toBe(false);
  });

  // As consumers globs: a requirement-files glob that leaves the workspace is refused, before
  // anything is read (test/trust/workspace-bounds.test.ts has links out of it).
  it('requirement-files outside the workspace: refused, nothing read or written', async () => {
    const ws = await mkdtemp(join(scratch, 'sync-'));
    const before = await readFile('/etc/passwd', 'utf8');
    const run = await runAction({
      workspace: ws,
      action: 'sync',
      inputs: {
        'requirement-files': '../../../../etc/passwd',
        'index-url': join(ws, 'index'),
        python: PYTHON,
      },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(
      "input `requirement-files`: '../../../../etc/passwd' leaves the workspace",
    );
    expect(run.stdout).not.toMatch(/^(\.\.\/)+etc\/passwd$/m);
    expect(await readFile('/etc/passwd', 'utf8')).toBe(before);
  });
});

describe('zip bombs and oversized archives, read directly', () => {
  it('a METADATA entry whose header lies about its size is cut off at the limit', async () => {
    const path = join(scratch, 'liar-1.0-py3-none-any.whl');
    await pyZip(path, 'liar-1.0.dist-info/METADATA', 64 << 20);
    // Rewrite the declared uncompressed size (local and central headers) to 100 bytes.
    const bytes = await readFile(path);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const sig = bytes.readUInt32LE(i);
      if (sig === 0x04034b50) bytes.writeUInt32LE(100, i + 22);
      if (sig === 0x02014b50) bytes.writeUInt32LE(100, i + 24);
    }
    await writeFile(path, bytes);
    const err = await inspectDistribution(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WheelrelayError);
    expect((err as Error).message).toMatch(/liar-1\.0-py3-none-any\.whl/);
  });

  it('a wheel with a huge number of entries is refused without reading them all', async () => {
    const path = join(scratch, 'many-1.0-py3-none-any.whl');
    await writeFile(path, storedZip(200_001));
    const err = await inspectDistribution(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WheelrelayError);
    expect((err as Error).message).toMatch(
      /many-1\.0-py3-none-any\.whl has more than 200000 entries/,
    );
  });
});

/** A zip with one deflated entry of `size` zero bytes (a few hundred kilobytes on disk). */
async function pyZip(path: string, entry: string, size: number): Promise<void> {
  await exec(PYTHON, [
    '-c',
    'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)\nwith z.open(sys.argv[2], "w", force_zip64=True) as f:\n  for _ in range(int(sys.argv[3]) >> 20): f.write(b"\\0" * (1 << 20))\nz.close()',
    path,
    entry,
    String(size),
  ]);
}

/** A zip of `count` empty stored entries (f0, f1, …), built in memory: bytes only, no tool. */
function storedZip(count: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`f${i}`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name);
    centrals.push(central, name);
    offset += 30 + name.length;
  }
  const cd = Buffer.concat(centrals);
  // More than 65,535 entries needs the zip64 end records.
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0);
  z64.writeBigUInt64LE(44n, 4);
  z64.writeUInt16LE(45, 12);
  z64.writeUInt16LE(45, 14);
  z64.writeBigUInt64LE(BigInt(count), 24);
  z64.writeBigUInt64LE(BigInt(count), 32);
  z64.writeBigUInt64LE(BigInt(cd.length), 40);
  z64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, cd, z64, locator, end]);
}
