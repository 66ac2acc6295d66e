import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { digestsOf, fileDigests, inspectDistribution } from '../../src/build/inspect.js';
import { parseCoreMetadata } from '../../src/build/metadata.js';
import { WheelrelayError } from '../../src/errors.js';
import { buildWheel, offlineBuildEnv, PYTHON, writePackage } from '../support/python.js';

const exec = promisify(execFile);

/** Writes a zip with the given entries using Python's zipfile (the reference implementation). */
async function zip(path: string, entries: Record<string, string>, opts: { bomb?: boolean } = {}) {
  const script = opts.bomb
    ? 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)\nz.writestr(sys.argv[2], b"\\0" * (64 << 20))\nz.close()'
    : 'import sys, json, zipfile\nz = zipfile.ZipFile(sys.argv[1], "w")\nfor k, v in json.loads(sys.argv[2]).items(): z.writestr(k, v)\nz.close()';
  const arg = opts.bomb ? (Object.keys(entries)[0] ?? '') : JSON.stringify(entries);
  await exec(PYTHON, ['-c', script, path, arg]);
}

describe('inspectDistribution', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wr-inspect-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a real wheel: name, normalised version, metadata; digests match Python’s', async () => {
    const wheel = await buildWheel({ name: 'Relay.Inspect', version: '1.0.0-RC1' }, dir);
    const d = await inspectDistribution(wheel);
    expect(d.kind).toBe('wheel');
    expect(d.name).toBe('Relay.Inspect');
    expect(d.version).toBe('1.0.0rc1');
    expect(d.pyversion).toBe('py3');
    expect(d.metadata.requiresPython).toBe('>=3.8');
    const bytes = await readFile(d.path);
    expect((await digestsOf(d)).sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(d.size).toBe(bytes.length);
    const { stdout } = await exec(PYTHON, [
      '-c',
      'import hashlib,sys; print(hashlib.blake2b(open(sys.argv[1],"rb").read(), digest_size=32).hexdigest())',
      d.path,
    ]);
    expect((await fileDigests(d.path, { blake2b: true })).blake2b256).toBe(stdout.trim());
    // BLAKE2b is worked out only when an index asks for it.
    expect((await digestsOf(d)).blake2b256).toBeUndefined();
  });

  it('reads a real sdist’s PKG-INFO', async () => {
    const src = join(dir, 'sdist-src');
    await writePackage(src, { name: 'relay-sdist', version: '2.0' });
    await exec(PYTHON, ['-m', 'build', '--sdist', '--no-isolation', '--outdir', dir, src], {
      env: offlineBuildEnv(),
    });
    const sdist = (await readdir(dir)).find((f) => f.endsWith('.tar.gz'));
    const d = await inspectDistribution(join(dir, sdist ?? 'missing'));
    expect(d).toMatchObject({
      kind: 'sdist',
      name: 'relay-sdist',
      version: '2.0',
      pyversion: 'source',
    });
  });

  it('refuses a wheel whose filename and METADATA disagree', async () => {
    const path = join(dir, 'liar-1.0-py3-none-any.whl');
    await zip(path, {
      'liar-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\nName: other\nVersion: 9.9\n',
    });
    await expect(inspectDistribution(path)).rejects.toThrow(
      /disagrees with its own metadata \(other 9\.9\)/,
    );
  });

  it('refuses a zip bomb posing as a wheel without inflating it', async () => {
    const path = join(dir, 'bomb-1.0-py3-none-any.whl');
    await zip(path, { 'bomb-1.0.dist-info/METADATA': '' }, { bomb: true });
    // yauzl inflates through zlib.createInflateRaw: the refusal must come before any is made.
    const inflate = vi.spyOn(zlib, 'createInflateRaw');
    try {
      await expect(inspectDistribution(path)).rejects.toThrow(/claims more than 4194304 bytes/);
      expect(inflate).not.toHaveBeenCalled();
    } finally {
      inflate.mockRestore();
    }
  });

  it('refuses a file that is not an archive', async () => {
    const path = join(dir, 'fake-1.0-py3-none-any.whl');
    await writeFile(path, 'not a zip');
    await expect(inspectDistribution(path)).rejects.toThrow(/could not be read as an archive/);
  });

  it('refuses a wheel without METADATA', async () => {
    const path = join(dir, 'empty-1.0-py3-none-any.whl');
    await zip(path, { 'empty/__init__.py': '' });
    await expect(inspectDistribution(path)).rejects.toThrow(/has no \*\.dist-info\/METADATA/);
  });
});

describe('parseCoreMetadata', () => {
  it('refuses metadata without Name or Version, saying which and what to do', () => {
    for (const [text, missing] of [
      ['Metadata-Version: 2.1\nVersion: 1.0\n', 'Name'],
      ['Metadata-Version: 2.1\nName: relay\n\nVersion: 1.0 (in the body)\n', 'Version'],
    ] as const) {
      let caught: unknown;
      try {
        parseCoreMetadata(text, "relay-1.0.tar.gz's metadata");
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(WheelrelayError);
      expect((caught as WheelrelayError).message).toBe(
        `relay-1.0.tar.gz's metadata has no ${missing} header: it is not valid core metadata`,
      );
      expect((caught as WheelrelayError).hint).toContain('rebuild it');
    }
  });
});

describe('the upload stream computes the digests as it sends the file', () => {
  let dir: string;
  let built: string;
  // The build is not what these tests are about: one real wheel for them all, each test
  // reading its own copy (one of them grows its copy).
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wr-mp-'));
    built = await buildWheel({ name: 'relay-mp', version: '1.0' }, join(dir, 'built'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A copy of the built wheel of its own, under the same filename. */
  async function wheelCopy(): Promise<string> {
    const own = await mkdtemp(join(dir, 'copy-'));
    const path = join(own, basename(built));
    await copyFile(built, path);
    return path;
  }

  it('fails with a hint when the file changes size between inspection and upload', async () => {
    const { multipartUpload } = await import('../../src/index/legacy-upload.js');
    const d = await inspectDistribution(await wheelCopy());
    await appendFile(d.path, 'more bytes written after inspection');
    const body = multipartUpload(d, { blake2b: false });
    let caught: unknown;
    try {
      for await (const _ of body.open());
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(WheelrelayError);
    expect((caught as WheelrelayError).message).toMatch(
      /^relay_mp-1\.0-py3-none-any\.whl changed size while it was uploaded \(\d+ bytes when inspected, \d+ sent\)$/,
    );
    expect((caught as WheelrelayError).hint).toContain('finish before publishing');
  });

  it('puts digest fields after the file, with the length announced up front', async () => {
    const { multipartUpload } = await import('../../src/index/legacy-upload.js');
    const d = await inspectDistribution(await wheelCopy());
    const body = multipartUpload(d, { blake2b: false });
    const chunks: Buffer[] = [];
    for await (const c of body.open()) chunks.push(c);
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBe(body.length);
    const sha = createHash('sha256')
      .update(await readFile(d.path))
      .digest('hex');
    const text = bytes.toString('latin1');
    expect(text.indexOf(`name="sha256_digest"\r\n\r\n${sha}\r\n`)).toBeGreaterThan(
      text.indexOf('name="content"'),
    );
    // An index other than PyPI gets no BLAKE2b: it does not check one.
    expect(text).not.toContain('blake2_256_digest');
    // The stream remembered what it computed: no second read of the file.
    expect((await digestsOf(d)).sha256).toBe(sha);
  });

  it('adds BLAKE2b-256 for an index that checks it (PyPI), as Python computes it', async () => {
    const { multipartUpload } = await import('../../src/index/legacy-upload.js');
    const d = await inspectDistribution(await wheelCopy());
    // sha256 is known already (a listing was compared, say); BLAKE2b is not.
    const { sha256 } = await digestsOf(d);
    const body = multipartUpload(d, { blake2b: true });
    const chunks: Buffer[] = [];
    for await (const c of body.open()) chunks.push(c);
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBe(body.length);
    const { stdout } = await exec(PYTHON, [
      '-c',
      'import hashlib,sys; print(hashlib.blake2b(open(sys.argv[1],"rb").read(), digest_size=32).hexdigest())',
      d.path,
    ]);
    const text = bytes.toString('latin1');
    expect(text).toContain(`name="sha256_digest"\r\n\r\n${sha256}\r\n`);
    expect(text).toContain(`name="blake2_256_digest"\r\n\r\n${stdout.trim()}\r\n`);
    expect((await digestsOf(d)).blake2b256).toBe(stdout.trim());
  });
});
