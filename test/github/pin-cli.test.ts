import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { pinCommand } from '../../src/cli/pin.js';
import { recordingRunner } from '../support/runner.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

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

  it('--style git --ref moves the ref of a git pin to the ref given, asking no repository', async () => {
    const dir = await files({ 'r.txt': 'relay @ git+https://github.com/acme/relay.git@v1.0\n' });
    capture();
    const rec = recordingRunner();
    expect(
      await pinCommand(
        ['relay==2.0', join(dir, 'r.txt'), '--style', 'git', '--ref', 'v2.0'],
        rec.run,
      ),
    ).toBe(0);
    expect(rec.calls).toEqual([]);
    expect(await readFile(join(dir, 'r.txt'), 'utf8')).toBe(
      'relay @ git+https://github.com/acme/relay.git@v2.0\n',
    );
  });

  it('refuses --ref without --style git as a usage error, writing nothing', async () => {
    const dir = await files({ 'r.txt': 'relay @ git+https://github.com/acme/relay.git@v1.0\n' });
    const io = capture();
    expect(await main(['pin', 'relay==2.0', join(dir, 'r.txt'), '--ref', 'v2.0'])).toBe(2);
    expect(io.err()).toContain('--ref applies to --style git');
    expect(await readFile(join(dir, 'r.txt'), 'utf8')).toBe(
      'relay @ git+https://github.com/acme/relay.git@v1.0\n',
    );
  });

  it('fails clearly on a file that is not UTF-8, and on usage errors', async () => {
    const dir = await files({ 'l.txt': Buffer.from('# caf\xe9\nrelay==1\n', 'latin1') });
    const io = capture();
    expect(await main(['pin', 'relay==2', join(dir, 'l.txt')])).toBe(1);
    expect(io.err()).toContain('is not UTF-8 text');
    expect(await main(['pin', 'relay', 'x.txt'])).toBe(2);
    expect(await main(['pin', 'relay==2', 'x.txt', '--style', 'svn'])).toBe(2);
    expect(io.err()).toContain(
      "wheelrelay pin: `--style` is 'svn'\nIt must be one of: index, git.",
    );
  });

  it('reports a constraint that excludes the version (edx-platform wrapt==1.11.*) with file:line, leaves it, and fails only under --check', async () => {
    const fixture = join(
      import.meta.dirname,
      '..',
      'fixtures',
      'requirements',
      'openedx__edx-platform__002637dc73__requirements_constraints.txt',
    );
    const text = await readFile(fixture, 'utf8');
    const dir = await files({ 'constraints.txt': text });
    const file = join(dir, 'constraints.txt');
    const io = capture();
    expect(await main(['pin', 'wrapt==1.14.1', file])).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(io.err()).toBe(
      `wheelrelay pin: ${file}:92: wrapt==1.11.* excludes 1.14.1 (it allows ==1.11.* only): a constraint that blocks the release, left as written; change it by hand to allow 1.14.1\n`,
    );
    expect(io.err()).not.toContain('does not pin');
    expect(io.out()).toBe('');
    expect(await main(['pin', 'wrapt==1.14.1', file, '--check'])).toBe(1);
    // A version the wildcard admits is no blocker: nothing to move, nothing blocks.
    expect(await main(['pin', 'wrapt==1.11.2', file, '--check'])).toBe(0);
    expect(io.err()).toContain(`${file} does not pin wrapt`);
  });
});

describe('wheelrelay pin --style git: only a ref the repository was checked to have', () => {
  let tagged: TestRepo;
  let bare: TestRepo;
  let decorated: TestRepo;
  const dirs: string[] = [];
  beforeAll(async () => {
    // Tags all start with v (the issue's @1.13.0 for a v-tagged repository).
    tagged = await makeRepo([
      { name: 'relay-v', version: '1.1.2', tag: 'v1.1.2' },
      { name: 'relay-v', version: '1.13.0', tag: 'v1.13.0', annotated: true },
    ]);
    bare = await makeRepo([
      { name: 'relay-bare', version: '1.0', tag: '1.0' },
      { name: 'relay-bare', version: '2.0', tag: '2.0' },
    ]);
    decorated = await makeRepo([
      { name: 'xblock', version: '0.4.12', tag: 'xblock-0.4.12' },
      { name: 'xblock', version: '0.4.13', tag: 'xblock-0.4.13' },
    ]);
  });
  afterAll(async () => {
    for (const r of [tagged, bare, decorated]) await r?.cleanup();
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  async function file(text: string) {
    const dir = await mkdtemp(join(tmpdir(), 'wr-pin-git-'));
    dirs.push(dir);
    await writeFile(join(dir, 'r.txt'), text);
    return join(dir, 'r.txt');
  }
  function capture() {
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((c) => err.push(String(c)) > 0);
    return () => err.join('');
  }

  it('writes the tag each repository has: v1.13.0 where tags start with v, 2.0 where they do not, xblock-0.4.13 where the old ref had that form', async () => {
    const path = await file(
      [
        `-e git+${tagged.url}@1.1.2#egg=relay-v==1.1.2`,
        `git+${bare.url}@1.0#egg=relay-bare==1.0`,
        `git+${decorated.url}@xblock-0.4.12#egg=XBlock==0.4.12`,
        '',
      ].join('\n'),
    );
    capture();
    const rec = recordingRunner();
    expect(await pinCommand(['relay-v==1.13.0', path, '--style', 'git'], rec.run)).toBe(0);
    expect(await pinCommand(['relay-bare==2.0', path, '--style', 'git'], rec.run)).toBe(0);
    expect(await pinCommand(['xblock==0.4.13', path, '--style', 'git'], rec.run)).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(
      [
        `-e git+${tagged.url}@v1.13.0#egg=relay-v==1.13.0`,
        `git+${bare.url}@2.0#egg=relay-bare==2.0`,
        `git+${decorated.url}@xblock-0.4.13#egg=XBlock==0.4.13`,
        '',
      ].join('\n'),
    );
    // Asked with git ls-remote (an argument array), nothing cloned.
    expect(rec.calls.map((c) => [c.command, c.args[0]])).toEqual([
      ['git', 'ls-remote'],
      ['git', 'ls-remote'],
      ['git', 'ls-remote'],
    ]);
  });

  it('writes nothing and fails, naming the tags it looked for, when the repository has none of them', async () => {
    const text = `git+${tagged.url}@v1.1.2#egg=relay-v==1.1.2\nrelay-v==1.1.2\n`;
    const path = await file(text);
    const err = capture();
    expect(await pinCommand(['relay-v==1.14.0', path, '--style', 'git'])).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(err()).toContain(
      `${path}:1: ${tagged.url} has no tag v1.14.0, 1.14.0: nothing was written. Tag the release there, or pass --ref with the tag or commit of 1.14.0`,
    );
  });

  it('fails when the repository cannot be listed, and says to pass --ref', async () => {
    const text = `git+${tagged.url}-gone@v1.1.2#egg=relay-v==1.1.2\n`;
    const path = await file(text);
    const err = capture();
    expect(await pinCommand(['relay-v==1.13.0', path, '--style', 'git'])).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(err()).toMatch(/:1: cannot list the tags of .*-gone.*pass --ref/);
  });
});
