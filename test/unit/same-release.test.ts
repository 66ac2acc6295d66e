import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareArchives } from '../../src/build/same-release.js';
import { offlineBuildEnv, PYTHON, writePackage } from '../support/python.js';

const exec = promisify(execFile);

/**
 * Rewrites an archive with Python's zipfile/tarfile (the reference implementations): `edit`
 * is Python code run on `members`, a dict of name → bytes (wheels) or name → (bytes, mode)
 * (sdists), read from `src`; the result is written to `dest` in the order the dict has.
 */
async function rewrite(src: string, dest: string, edit: string): Promise<string> {
  const script = `
import sys, tarfile, zipfile, io, time
src, dest, edit = sys.argv[1], sys.argv[2], sys.argv[3]
if src.endswith('.whl'):
    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    exec(edit)
    with zipfile.ZipFile(dest, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2001, 2, 3, 4, 5, 6)), data)
else:
    with tarfile.open(src) as t:
        members = {m.name: (t.extractfile(m).read() if m.isfile() else None, m.mode) for m in t.getmembers()}
    exec(edit)
    with tarfile.open(dest, 'w:gz') as t:
        for name, (data, mode) in members.items():
            info = tarfile.TarInfo(name)
            info.mtime = 1000000000
            info.mode = mode
            if data is None:
                info.type = tarfile.DIRTYPE
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
`;
  await exec(PYTHON, ['-c', script, src, dest, edit]);
  return dest;
}

describe('compareArchives: same release, other packaging', () => {
  let dir: string;
  const built: Record<string, { wheel: string; sdist: string }> = {};

  /** A real setuptools build of the package with SOURCE_DATE_EPOCH = `epoch`. */
  async function build(label: string, epoch: string, message = 'the release') {
    const src = join(dir, `src-${label}`);
    const out = join(dir, `out-${label}`);
    await writePackage(src, { name: 'same-probe', version: '1.0.0', message });
    await exec(PYTHON, ['-m', 'build', '--no-isolation', '--outdir', out, src], {
      env: { ...offlineBuildEnv(), SOURCE_DATE_EPOCH: epoch },
    });
    const files = await readdir(out);
    const pick = (ext: string) => join(out, files.find((f) => f.endsWith(ext)) ?? ext);
    built[label] = { wheel: pick('.whl'), sdist: pick('.tar.gz') };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wr-same-'));
    await build('a', '1600000000');
    await build('b', '1700000000');
    await build('other', '1600000000', 'another release');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const a = () => built.a as { wheel: string; sdist: string };
  const b = () => built.b as { wheel: string; sdist: string };

  it('two builds of one source at other times differ in bytes but are the same release', async () => {
    expect(await readFile(a().wheel)).not.toEqual(await readFile(b().wheel));
    expect(await readFile(a().sdist)).not.toEqual(await readFile(b().sdist));
    expect(await compareArchives(a().wheel, b().wheel, 'wheel')).toEqual({ same: true });
    expect(await compareArchives(a().sdist, b().sdist, 'sdist')).toEqual({ same: true });
  });

  it('a build of other source is another release, naming the file that differs', async () => {
    const other = built.other as { wheel: string; sdist: string };
    expect(await compareArchives(a().wheel, other.wheel, 'wheel')).toEqual({
      same: false,
      difference: 'other content in same_probe/__init__.py',
    });
    const sdist = await compareArchives(a().sdist, other.sdist, 'sdist');
    expect(sdist).toEqual({
      same: false,
      difference: 'other content in same-probe-1.0.0/src/same_probe/__init__.py',
    });
  });

  it('wheels: RECORD itself is packaging; member order and times too', async () => {
    const reordered = await rewrite(
      a().wheel,
      join(dir, 'reordered.whl'),
      [
        'members = dict(reversed(list(members.items())))',
        "rec = [k for k in members if k.endswith('.dist-info/RECORD')][0]",
        "members[rec] = b'\\n'.join(reversed(members[rec].splitlines())) + b'\\n'",
      ].join('\n'),
    );
    expect(await compareArchives(a().wheel, reordered, 'wheel')).toEqual({ same: true });
  });

  it('wheels: a RECORD that lies about a changed file does not make it the same', async () => {
    // The RECORD still lists the old hash; the file says otherwise. The files decide.
    const lying = await rewrite(
      a().wheel,
      join(dir, 'lying.whl'),
      "members['same_probe/__init__.py'] = b'import os\\n'",
    );
    expect(await compareArchives(a().wheel, lying, 'wheel')).toEqual({
      same: false,
      difference: 'other content in same_probe/__init__.py',
    });
  });

  it('names files only in one of the two', async () => {
    const extra = await rewrite(
      a().wheel,
      join(dir, 'extra.whl'),
      "members['same_probe/extra.py'] = b''\ndel members['same_probe/__init__.py']",
    );
    expect(await compareArchives(a().wheel, extra, 'wheel')).toEqual({
      same: false,
      difference:
        'only in this build: same_probe/__init__.py; only on the index: same_probe/extra.py',
    });
    const sdist = await rewrite(
      a().sdist,
      join(dir, 'extra.tar.gz'),
      "members['same-probe-1.0.0/EXTRA'] = (b'x', 0o644)",
    );
    expect(await compareArchives(a().sdist, sdist, 'sdist')).toEqual({
      same: false,
      difference: 'only on the index: same-probe-1.0.0/EXTRA',
    });
  });

  it('sdists: modes, times and order are packaging', async () => {
    const modes = await rewrite(
      a().sdist,
      join(dir, 'modes.tar.gz'),
      'members = {k: (d, 0o600 if d is not None else m) for k, (d, m) in reversed(list(members.items()))}',
    );
    expect(await compareArchives(a().sdist, modes, 'sdist')).toEqual({ same: true });
  });

  it('an archive holding one name twice is never the same as anything', async () => {
    const twice = join(dir, 'twice.whl');
    await exec(PYTHON, [
      '-c',
      `import sys, zipfile, warnings
warnings.simplefilter('ignore')
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], 'w') as z:
    for i in src.infolist(): z.writestr(i.filename, src.read(i))
    z.writestr('same_probe/__init__.py', b'evil')`,
      a().wheel,
      twice,
    ]);
    const result = await compareArchives(a().wheel, twice, 'wheel');
    expect(result).toEqual({
      same: false,
      difference: expect.stringMatching(
        /^the index's copy could not be read: .*holds same_probe\/__init__\.py twice$/,
      ),
    });
  });

  it('stops inflating a bomb at its budget, as a difference', async () => {
    const bomb = join(dir, 'bomb.whl');
    await exec(PYTHON, [
      '-c',
      'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)\nz.writestr("same_probe/zeros", b"\\0" * (80 << 20))\nz.close()',
      bomb,
    ]);
    const result = await compareArchives(a().wheel, bomb, 'wheel');
    expect(result).toEqual({
      same: false,
      difference: expect.stringMatching(
        /^the index's copy could not be read: bomb\.whl inflates to more than 67108864 bytes$/,
      ),
    });
    const tarBomb = join(dir, 'bomb.tar.gz');
    await exec(PYTHON, [
      '-c',
      'import io, sys, tarfile\nt = tarfile.open(sys.argv[1], "w:gz")\ni = tarfile.TarInfo("p-1/zeros"); i.size = 80 << 20\nt.addfile(i, io.BytesIO(b"\\0" * i.size)); t.close()',
      tarBomb,
    ]);
    expect(await compareArchives(a().sdist, tarBomb, 'sdist')).toEqual({
      same: false,
      difference: expect.stringMatching(
        /^the index's copy could not be read: .*(inflates to more than 67108864 bytes|decompression ratio)/,
      ),
    });
  });

  it('an unreadable copy is a difference, not an error', async () => {
    const junk = join(dir, 'junk');
    await mkdir(junk, { recursive: true });
    await writeFile(join(junk, 'x.whl'), 'not a zip');
    await writeFile(join(junk, 'x.tar.gz'), 'not a tarball at all');
    expect(await compareArchives(a().wheel, join(junk, 'x.whl'), 'wheel')).toMatchObject({
      same: false,
      difference: expect.stringMatching(/^the index's copy could not be read: /),
    });
    expect(await compareArchives(a().sdist, join(junk, 'x.tar.gz'), 'sdist')).toMatchObject({
      same: false,
      difference: expect.stringMatching(/^the index's copy could not be read: /),
    });
  });
});
