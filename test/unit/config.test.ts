import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/publish/config.js';
import { clearSecrets, redact } from '../../src/secrets.js';

const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => {
  const masked: string[] = [];
  const warnings: string[] = [];
  const cfg = readConfig(
    { get: (n) => inputs[n] },
    env,
    '/work',
    (s) => masked.push(s),
    (w) => warnings.push(w),
  );
  return { cfg, masked, warnings };
};

describe('readConfig', () => {
  afterEach(() => clearSecrets());

  it('has sane defaults', () => {
    const { cfg } = read({
      'index-url': 'https://devpi.acme.com/ci/cache/',
      'index-type': 'devpi',
    });
    expect(cfg).toMatchObject({
      index: {
        type: 'devpi',
        uploadUrl: 'https://devpi.acme.com/ci/cache/',
        simpleUrl: 'https://devpi.acme.com/ci/cache/+simple/',
      },
      packageDir: '.',
      dists: 'wheel',
      python: 'python3',
      buildIsolation: true,
      verifyTimeoutMs: 60_000,
      timeoutMs: 300_000,
      pipCache: true,
    });
    expect(cfg.retry.retries).toBe(5);
    expect(cfg.ref).toBeUndefined();
  });

  it('reads the release tag or branch from GITHUB_REF', () => {
    expect(
      read({ 'index-url': 'x' }, { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: 'abc' }).cfg.ref,
    ).toEqual({ kind: 'tag', name: 'v1.2.3', sha: 'abc' });
    expect(read({ 'index-url': 'x' }, { GITHUB_REF: 'refs/heads/feature/x' }).cfg.ref?.kind).toBe(
      'branch',
    );
    expect(read({ 'index-url': 'x' }, { GITHUB_REF: 'refs/pull/3/merge' }).cfg.ref).toBeUndefined();
  });

  it('says how the index kind was chosen: index-type, the URL shape, or the first answer', () => {
    expect(
      read({ 'index-url': 'https://idx.acme.com/ci/cache/', 'index-type': 'devpi' }).cfg.index,
    ).toMatchObject({ type: 'devpi', kindFrom: 'input', simpleUrlGiven: false });
    expect(
      read({ 'index-url': 'https://acme.jfrog.io/artifactory/api/pypi/pypi-local' }).cfg.index,
    ).toMatchObject({ type: 'artifactory', kindFrom: 'url' });
    expect(read({ 'index-url': 'https://idx.acme.com/ci/cache/+simple/' }).cfg.index).toMatchObject(
      { type: 'devpi', kindFrom: 'url', uploadUrl: 'https://idx.acme.com/ci/cache/' },
    );
    // A devpi /<user>/<index>/ URL looks like anything: generic until the index answers.
    expect(read({ 'index-url': 'https://idx.acme.com/ci/cache/' }).cfg.index).toEqual({
      type: 'generic',
      uploadUrl: 'https://idx.acme.com/ci/cache/',
      simpleUrl: 'https://idx.acme.com/ci/cache/simple/',
      credentials: undefined,
      kindFrom: 'answer',
      indexUrl: 'https://idx.acme.com/ci/cache/',
      simpleUrlGiven: false,
    });
    expect(
      read({ 'index-url': 'https://idx.acme.com/x/', 'simple-url': 'https://idx.acme.com/s/' }).cfg
        .index,
    ).toMatchObject({
      kindFrom: 'answer',
      simpleUrl: 'https://idx.acme.com/s/',
      simpleUrlGiven: true,
    });
  });

  it('does not read a tag input: the action learns a tag from GITHUB_REF, the CLI from --tag', () => {
    expect(read({ 'index-url': 'x', tag: 'v9.9.9' }).cfg.ref).toBeUndefined();
  });

  it('treats paths and file:// URLs as the directory index', () => {
    expect(read({ 'index-url': './wheelhouse' }).cfg.index).toEqual({
      type: 'directory',
      path: '/work/wheelhouse',
    });
    expect(read({ 'index-url': 'file:///srv/cache' }).cfg.index).toEqual({
      type: 'directory',
      path: '/srv/cache',
    });
    expect(read({ 'index-url': '/srv/cache', 'index-type': 'directory' }).cfg.index).toEqual({
      type: 'directory',
      path: '/srv/cache',
    });
  });

  it('masks the password and its Basic-auth form', () => {
    const { cfg, masked } = read({
      'index-url': 'https://idx.acme.com/',
      username: 'ci',
      password: 's3cret-pw',
    });
    expect(cfg.index).toMatchObject({ credentials: { username: 'ci', password: 's3cret-pw' } });
    expect(masked).toContain('s3cret-pw');
    expect(masked).toContain(Buffer.from('ci:s3cret-pw').toString('base64'));
    expect(redact('oops s3cret-pw')).toBe('oops ***');
  });

  it('strips credentials from index-url, masks them and warns', () => {
    const { cfg, masked, warnings } = read({
      'index-url': 'https://ci:p%40ss-word@idx.acme.com/pypi/',
    });
    expect(cfg.index).toMatchObject({
      uploadUrl: 'https://idx.acme.com/pypi/',
      credentials: { username: 'ci', password: 'p@ss-word' },
    });
    expect(masked).toContain('p@ss-word');
    expect(warnings[0]).toMatch(/had credentials embedded; they were removed from it and masked/);
    expect(JSON.stringify(cfg.index).includes('p%40ss')).toBe(false);
  });

  it('strips credentials from simple-url, masks them, warns, and uses them when no others are given', () => {
    const { cfg, masked, warnings } = read({
      'index-url': 'https://idx.acme.com/pypi/',
      'index-type': 'generic',
      'simple-url': 'https://reader:r3ad@er-pw@idx.acme.com/simple',
    });
    expect(cfg.index).toMatchObject({
      simpleUrl: 'https://idx.acme.com/simple/',
      credentials: { username: 'reader', password: 'r3ad@er-pw' },
    });
    expect(masked).toContain('r3ad@er-pw');
    expect(masked).toContain(Buffer.from('reader:r3ad@er-pw').toString('base64'));
    expect(warnings[0]).toMatch(/`simple-url` had credentials embedded/);
    expect(JSON.stringify(cfg.index).includes('r3ad%40er')).toBe(false);
    expect(redact('https://idx.acme.com/simple/ r3ad@er-pw')).toBe(
      'https://idx.acme.com/simple/ ***',
    );
  });

  it('keeps username and password over credentials in simple-url', () => {
    const { cfg, masked } = read({
      'index-url': 'https://idx.acme.com/pypi/',
      'index-type': 'generic',
      'simple-url': 'https://reader:other-pw@idx.acme.com/simple/',
      username: 'ci',
      password: 's3cret-pw',
    });
    expect(cfg.index).toMatchObject({ credentials: { username: 'ci', password: 's3cret-pw' } });
    expect(masked).toContain('other-pw');
  });

  it('a simple-url that is not a URL is named without the password it may hold', () => {
    expect(() =>
      read({ 'index-url': 'https://idx.acme.com/', 'simple-url': 'https://u:hunter2@[bad/' }),
    ).toThrow(/`simple-url` is not a URL: https:\/\/\*\*\*@\[bad\/$/);
  });

  it.each([
    [{}, /input `index-url` is required/],
    [{ 'index-url': 'ftp://idx.acme.com/' }, /scheme ftp: which is not supported/],
    [
      { 'index-url': 'https://idx.acme.com/', 'index-type': 'bintray' },
      /input `index-type` is 'bintray'/,
    ],
    [
      { 'index-url': '/srv/cache', 'index-type': 'devpi' },
      /is a directory .* but `index-type` is devpi/,
    ],
    [
      { 'index-url': 'https://warehouse.acme.com/legacy/', 'index-type': 'pypi' },
      /cannot be derived for index-type pypi/,
    ],
    [
      { 'index-url': 'https://idx.acme.com/', password: 'x' },
      /`password` is set but `username` is not/,
    ],
    [{ 'index-url': 'x', dists: 'egg' }, /input `dists` is 'egg'/],
    [{ 'index-url': 'x', 'build-isolation': 'maybe' }, /input `build-isolation` is 'maybe'/],
    [{ 'index-url': 'x', retries: '-1' }, /input `retries` is '-1'/],
    [{ 'index-url': 'x', 'verify-timeout': '0' }, /input `verify-timeout` is '0'/],
    [{ 'index-url': 'x', 'tag-pattern': '^v(' }, /`tag-pattern` is not a valid regular expression/],
    [{ 'index-url': 'x', 'tag-pattern': '^v.+$' }, /`tag-pattern` has no capturing group/],
  ])('refuses %j', (inputs, message) => {
    expect(() => read(inputs as Record<string, string>)).toThrow(message);
  });

  it('every refusal says what to do next', () => {
    try {
      read({ 'index-url': 'https://idx.acme.com/', password: 'x' });
    } catch (err) {
      expect((err as { hint?: string }).hint).toMatch(/Set `username` too/);
      return;
    }
    throw new Error('expected a refusal');
  });
});

describe('the pip cache key', () => {
  it('changes with the build configuration and the Python version, not with other files', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pipCacheKey } = await import('../../src/build/pip-cache.js');
    const dir = await mkdtemp(join(tmpdir(), 'wr-key-'));
    try {
      await writeFile(join(dir, 'pyproject.toml'), '[project]\nname = "a"\n');
      const a = await pipCacheKey(dir, '3.12.4');
      await writeFile(join(dir, 'README.md'), 'unrelated');
      expect(await pipCacheKey(dir, '3.12.4')).toBe(a);
      expect(await pipCacheKey(dir, '3.11.0')).not.toBe(a);
      await writeFile(join(dir, 'pyproject.toml'), '[project]\nname = "a"\nversion = "2"\n');
      expect(await pipCacheKey(dir, '3.12.4')).not.toBe(a);
      expect(a).toMatch(
        new RegExp(
          `^wheelrelay-pip-${process.platform}-${process.arch}-py3\\.12\\.4-[0-9a-f]{16}$`,
        ),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
