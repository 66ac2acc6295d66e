/**
 * A value the command line refuses is a usage error: exit code 2, naming the flag (not the
 * action's input) with the hint, and with --json the outputs' shape with `error` on stdout.
 * Run through the bundled CLI, as a user runs it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');

function cli(args: string[], cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      // The user's cache is this test's folder: a default directory index lands there.
      { cwd, env: { PATH: process.env.PATH, HOME: cwd, XDG_CACHE_HOME: join(cwd, 'cache') } },
      (err, stdout, stderr) =>
        done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end('');
  });
}

/** Each refused value, the flag the message must name, and what its hint says. */
const REFUSED: Array<[string[], string, RegExp]> = [
  [['--index-type', 'foo'], '--index-type', /It must be one of: devpi, artifactory/],
  [['--dists', 'foo'], '--dists', /It must be one of: wheel, sdist, both/],
  [['--retries', '99'], '--retries', /whole number from 0 to 20/],
  [['--index-url', 'ftp://cache.example/simple/'], '--index-url', /Use https:\/\//],
  [['--verify-timeout', 'x'], '--verify-timeout', /number of seconds/],
];

describe('flags the command line refuses (the bundled CLI)', () => {
  let work: string;
  let server: IndexServer;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-cli-usage-'));
    await writeFile(join(work, 'requirements.txt'), 'relay-x @ git+https://127.0.0.1:9/x@v1\n');
    server = new IndexServer();
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  });

  for (const command of ['publish', 'sync'] as const) {
    const args = command === 'sync' ? ['sync', 'requirements.txt'] : ['publish'];
    for (const [flag, name, hint] of REFUSED) {
      it(`${command} ${flag.join(' ')}: exit 2, naming ${name} with its hint, and nothing sent`, async () => {
        const before = server.count('simple') + server.count('upload');
        const index = flag[0] === '--index-url' ? [] : ['--index-url', server.url];
        const r = await cli([...args, ...index, ...flag], work);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain(`wheelrelay ${command}: \`${name}\` `);
        expect(r.stderr).toMatch(hint);
        expect(r.stderr).not.toContain('input `');
        expect(server.count('simple') + server.count('upload')).toBe(before);
      });
    }
  }

  it('publish --json: a refused flag still prints the outputs, not published, with the error', async () => {
    const r = await cli(['publish', '--retries', '99', '--json'], work);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      name: '',
      version: '',
      files: [],
      published: false,
      'project-url': '',
      error: "`--retries` is '99'\nIt must be a whole number from 0 to 20.",
    });
  });

  it('sync --json: a refused flag still prints the outputs with no entries, with the error', async () => {
    const r = await cli(['sync', 'requirements.txt', '--dists', 'foo', '--json'], work);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    // The keys of a sync's --json (src/sync/report.ts syncJson), and the error.
    expect(Object.keys(out).sort()).toEqual(
      ['counts', 'durationMs', 'entries', 'error', 'index', 'mode', 'rewritten'].sort(),
    );
    expect(out).toMatchObject({ mode: 'sync', entries: [], rewritten: [] });
    expect(out.counts).toMatchObject({ entries: 0, uploaded: 0, failed: 0 });
    expect(out.error).toContain('`--dists` is');
    const plan = await cli(['sync', 'requirements.txt', '--plan', '--jobs', '0', '--json'], work);
    expect(plan.code).toBe(2);
    expect(JSON.parse(plan.stdout)).toMatchObject({
      mode: 'plan',
      missing: 0,
      matrix: { include: [] },
      error: expect.stringContaining('`--jobs` is'),
    });
  });

  it('--json on a run that fails (exit 1) prints the same keys with the error', async () => {
    const r = await cli(['publish', join(work, 'no-such-project'), '--json'], work);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ published: false, files: [], error: expect.any(String) });
    const s = await cli(['sync', 'nope-*.txt', '--index-url', join(work, 'idx'), '--json'], work);
    expect(s.code).toBe(1);
    expect(JSON.parse(s.stdout)).toMatchObject({
      mode: 'sync',
      entries: [],
      error: expect.stringContaining('matches no file'),
    });
  });

  it('an unknown flag with --json is a usage error that prints the outputs with the error too', async () => {
    const r = await cli(['publish', '--no-such-flag', '--json'], work);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({
      published: false,
      error: expect.stringContaining('--no-such-flag'),
    });
  });
});
