import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Distribution, digestsOf, inspectDistribution } from '../../src/build/inspect.js';
import { DirectoryIndex, directorySimpleUrl } from '../../src/index/directory.js';
import { parseSimpleHtml } from '../../src/index/simple-html.js';
import { renderProjectPage } from '../../src/index/static-pages.js';
import { buildWheel } from '../support/python.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('renderProjectPage', () => {
  it('lists each version once, normalised, in PEP 440 order (PEP 700)', () => {
    const file = (filename: string) => ({ filename, sha256: '0'.repeat(64), size: 1 });
    const { json } = renderProjectPage('relay-v', [
      file('relay_v-10.0-py3-none-any.whl'),
      file('relay_v-9.0-py3-none-any.whl'),
      file('relay-v-9.0.tar.gz'),
      file('relay_v-10.0rc1-py3-none-any.whl'),
      file('relay_v-1.0.0RC1-py3-none-any.whl'),
    ]);
    expect(JSON.parse(json).versions).toEqual(['1.0.0rc1', '9.0', '10.0rc1', '10.0']);
  });
});

describe('directorySimpleUrl', () => {
  it('percent-encodes #, %, ? and spaces, so the URL names the folder that was written', () => {
    for (const root of ['/srv/wheel#house', '/srv/100% cache', '/srv/a?b', '/srv/plain']) {
      const url = directorySimpleUrl(root);
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('file:');
      expect(parsed.hash).toBe('');
      expect(parsed.search).toBe('');
      expect(url.endsWith('/simple/')).toBe(true);
      expect(fileURLToPath(url)).toBe(`${root}/simple/`);
    }
    expect(directorySimpleUrl('/srv/wheel#house')).toBe('file:///srv/wheel%23house/simple/');
    expect(directorySimpleUrl('/srv/100% cache')).toBe('file:///srv/100%25%20cache/simple/');
  });

  it('is the URL the index itself reports', () => {
    expect(new DirectoryIndex('/srv/wheel#house').simpleUrl).toBe(
      directorySimpleUrl('/srv/wheel#house'),
    );
  });
});

describe('the directory index', () => {
  let work: string;
  const wheels: Distribution[] = [];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-dirindex-'));
    const out = join(work, 'built');
    for (const v of ['1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.0.4', '1.0.5']) {
      wheels.push(
        await inspectDistribution(await buildWheel({ name: 'relay-many', version: v }, out)),
      );
    }
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('stores a file once and refuses to replace it', async () => {
    const index = new DirectoryIndex(join(work, 'once'));
    const first = wheels[0] as Distribution;
    expect(await index.store(first)).toEqual({ outcome: 'stored' });
    expect((await index.store(first)).outcome).toBe('exists');
    const listed = await index.listProject('Relay_Many');
    expect(listed?.map((f) => f.sha256)).toEqual([(await digestsOf(first)).sha256]);
    expect(await index.listProject('nothing-here')).toBeUndefined();
  });

  it('writes HTML and JSON pages that agree', async () => {
    const root = join(work, 'pages');
    const index = new DirectoryIndex(root);
    for (const w of wheels.slice(0, 2)) await index.store(w);
    const html = await readFile(join(root, 'simple', 'relay-many', 'index.html'), 'utf8');
    const json = JSON.parse(
      await readFile(join(root, 'simple', 'relay-many', 'index.json'), 'utf8'),
    );
    const fromHtml = parseSimpleHtml(html, index.projectUrl('relay-many'));
    expect(fromHtml.map((f) => [f.filename, f.sha256])).toEqual(
      json.files.map((f: { filename: string; hashes: { sha256: string } }) => [
        f.filename,
        f.hashes.sha256,
      ]),
    );
    expect(fromHtml[0]?.requiresPython).toBe('>=3.8');
    // API version 1.1 (PEP 700): the project's versions are listed, with each file's size.
    expect(json.meta).toEqual({ 'api-version': '1.1' });
    expect(json.versions).toEqual(['1.0.0', '1.0.1']);
    expect(json.files.map((f: { size: number }) => f.size)).toEqual(
      wheels.slice(0, 2).map((w) => w.size),
    );
    expect(await readFile(join(root, 'simple', 'index.html'), 'utf8')).toContain(
      '<a href="relay-many/">relay-many</a>',
    );
  });

  it('lists every file when separate processes write at once', async () => {
    const root = join(work, 'concurrent');
    // Six CLI processes each publish one wheel at the same moment.
    await Promise.all(
      wheels.map(async (w, i) => {
        const dir = join(work, `one-${i}`);
        await mkdir(dir);
        await copyFile(w.path, join(dir, w.filename));
        await new Promise<void>((resolve, reject) =>
          execFile(
            process.execPath,
            [join(ROOT, 'dist/cli/index.js'), 'publish', '--dist-dir', dir, '--index-url', root],
            (err, _out, stderr) => (err ? reject(new Error(stderr)) : resolve()),
          ),
        );
      }),
    );
    const listed = await new DirectoryIndex(root).listProject('relay-many');
    expect(listed?.map((f) => f.filename).sort()).toEqual(wheels.map((w) => w.filename).sort());
    for (const w of wheels) {
      expect(listed?.find((f) => f.filename === w.filename)?.sha256).toBe(
        (await digestsOf(w)).sha256,
      );
    }
  });
});
