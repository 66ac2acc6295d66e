import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

describe('wheelrelay pin', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  async function files(contents: Record<string, string | Buffer>) {
    const dir = await mkdtemp(join(tmpdir(), 'wr-pin-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(contents)) await writeFile(join(dir, name), text);
    return dir;
  }
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((c) => out.push(String(c)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((c) => err.push(String(c)) > 0);
    return { out: () => out.join(''), err: () => err.join('') };
  }

  it('rewrites in place and prints a unified diff', async () => {
    const dir = await files({ 'r.txt': 'flask\nrelay==1.0 --hash=sha256:aa\n' });
    const io = capture();
    const code = await main([
      'pin',
      'relay==2.0',
      join(dir, 'r.txt'),
      '--hash',
      `sha256:${'b'.repeat(64)}`,
    ]);
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'r.txt'), 'utf8')).toBe(
      `flask\nrelay==2.0 --hash=sha256:${'b'.repeat(64)}\n`,
    );
    expect(io.out()).toContain(
      `-relay==1.0 --hash=sha256:aa\n+relay==2.0 --hash=sha256:${'b'.repeat(64)}\n`,
    );
  });

  it('--check writes nothing and exits 1 when a change is needed, 0 when current', async () => {
    const dir = await files({ 'a.txt': 'relay==1.0\n', 'b.txt': 'relay==2.0\n' });
    capture();
    expect(await main(['pin', 'relay==2.0', join(dir, 'a.txt'), '--check'])).toBe(1);
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('relay==1.0\n');
    expect(await main(['pin', 'relay==2.0', join(dir, 'b.txt'), '--check'])).toBe(0);
  });

  it('--style git moves the ref of a git pin', async () => {
    const dir = await files({ 'r.txt': 'relay @ git+https://github.com/acme/relay.git@v1.0\n' });
    capture();
    expect(await main(['pin', 'relay==2.0', join(dir, 'r.txt'), '--style', 'git'])).toBe(0);
    expect(await readFile(join(dir, 'r.txt'), 'utf8')).toBe(
      'relay @ git+https://github.com/acme/relay.git@v2.0\n',
    );
  });

  it('fails clearly on a file that is not UTF-8, and on usage errors', async () => {
    const dir = await files({ 'l.txt': Buffer.from('# caf\xe9\nrelay==1\n', 'latin1') });
    const io = capture();
    expect(await main(['pin', 'relay==2', join(dir, 'l.txt')])).toBe(1);
    expect(io.err()).toContain('is not UTF-8 text');
    expect(await main(['pin', 'relay', 'x.txt'])).toBe(2);
    expect(await main(['pin', 'relay==2', 'x.txt', '--style', 'svn'])).toBe(2);
  });
});
