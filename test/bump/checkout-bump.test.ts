import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execRunner } from '../../src/build/runner.js';
import { bumpInCheckout, type CheckoutBumpSettings } from '../../src/bump/bump.js';
import { parseRunCommand } from '../../src/bump/command.js';
import { WheelrelayError } from '../../src/errors.js';
import { NO_WAITS } from '../../src/github/pacing.js';
import { readReleasePayload } from '../../src/github/release-payload.js';
import { bumpConfig } from '../support/bump-fixtures.js';
import { useGitHubServer } from '../support/github-server.js';
import { recordingLog } from '../support/log.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/consumer-bump', import.meta.url));
const TOKEN = 'ghp_ConsumerBump0123456789abcdefXY';
const SHA = 'd'.repeat(64);

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The consumer's files as committed: its .in files and the .txt files compiled from them. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[relative(dir, p)] = await readFile(p, 'utf8');
    }
  };
  await walk(dir);
  return out;
}

/** A git checkout of an edx-shaped consumer, compiled and committed, like actions/checkout leaves it. */
async function consumerCheckout(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wheelrelay-consumer-'));
  await cp(FIXTURE, dir, { recursive: true });
  execFileSync('make', ['compile-requirements'], { cwd: dir, stdio: 'ignore' });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'consumer');
  return dir;
}

const payload = (version: string) =>
  readReleasePayload({
    name: 'relay_alpha',
    version,
    'index-url': 'https://cache.example/ci/cache/+simple/',
    'project-url': 'https://cache.example/ci/cache/+simple/relay-alpha/',
    files: [{ filename: `relay_alpha-${version}-py3-none-any.whl`, sha256: SHA }],
    'source-repo': 'acme/relay-alpha',
    tag: `v${version}`,
    sha: 'c0ffee'.padEnd(40, '0'),
  });

describe('the bump in a consumer checkout, committed to the GitHub API test server', () => {
  const server = useGitHubServer({ tokens: { [TOKEN]: { login: 'relay-bot' } } });
  const dirs: string[] = [];
  let base: Record<string, string>;

  beforeAll(async () => {
    const dir = await consumerCheckout();
    dirs.push(dir);
    base = await filesOf(dir);
  });
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  const settings = (
    workspace: string,
    version: string,
    extra: Partial<CheckoutBumpSettings> = {},
    repo = 'web',
  ): CheckoutBumpSettings => ({
    release: payload(version),
    requirementFiles: ['requirements/edx/github.in'],
    run: parseRunCommand('make compile-requirements'),
    workspace,
    dryRun: false,
    commandTimeoutMs: 120_000,
    buildsCanReadSecrets: false,
    held: [],
    github: {
      cfg: bumpConfig(server, TOKEN, 'acme/web: requirements/edx/github.in', { pacing: NO_WAITS }),
      consumer: { owner: 'acme', repo, base: 'main' },
    },
    ...extra,
  });

  it('commits the bumped .in and the regenerated .txt files to wheelrelay/<name> and opens the PR', async () => {
    server.createRepo('acme/web', base);
    const dir = await consumerCheckout();
    dirs.push(dir);
    const log = recordingLog();
    const result = await bumpInCheckout(settings(dir, '0.4.0'), { log, run: execRunner });

    expect(result.outcome).toBe('created');
    expect(result.edits.map((e) => e.path)).toEqual([
      'requirements/edx/base.txt',
      'requirements/edx/github.in',
      'requirements/edx/testing.txt',
    ]);
    const branch = 'wheelrelay/relay-alpha';
    expect(server.file('acme/web', branch, 'requirements/edx/github.in')).toContain(
      'relay-alpha==0.4.0\n',
    );
    for (const txt of ['requirements/edx/base.txt', 'requirements/edx/testing.txt']) {
      const compiled = server.file('acme/web', branch, txt);
      expect(compiled).toContain('relay-alpha==0.4.0\n');
      // The new transitive dependency: what a text edit of the .txt would have missed.
      expect(compiled).toContain('relay-beta==1.0.2\n    # via relay-alpha\n');
      // The index reached the command through WHEELRELAY_INDEX_URL.
      expect(compiled).toContain('--extra-index-url https://cache.example/ci/cache/+simple/\n');
    }
    expect(server.file('acme/web', 'main', 'requirements/edx/github.in')).toBe(
      base['requirements/edx/github.in'],
    );
    const [pull] = server.pulls('acme/web');
    expect(pull?.title).toBe('Bump relay_alpha to 0.4.0');
    expect(pull?.body).toContain('#### Pin change');
    expect(pull?.body).toContain('- relay-alpha==0.3.0\n+ relay-alpha==0.4.0');
    expect(pull?.body).toContain('#### Regenerated by `make compile-requirements`');
    expect(pull?.body).toContain('| `requirements/edx/base.txt` | 5 | 1 |');
    expect(pull?.body).toContain('<!-- wheelrelay: relay-alpha==0.4.0 -->');
  });

  it('a re-run of the same release finds the PR already carries it and writes nothing', async () => {
    const before = server.branch('acme/web', 'wheelrelay/relay-alpha')?.sha;
    const dir = await consumerCheckout();
    dirs.push(dir);
    server.resetCounts();
    const result = await bumpInCheckout(settings(dir, '0.4.0'), {
      log: recordingLog(),
      run: execRunner,
    });
    expect(result.outcome).toBe('unchanged');
    expect(server.branch('acme/web', 'wheelrelay/relay-alpha')?.sha).toBe(before);
    expect(server.count({ operation: /^(POST|PATCH) \/repos/ })).toBe(0);
  });

  it('a command that fails leaves no commit and reports the last lines it printed', async () => {
    server.createRepo('acme/failing', base);
    const dir = await consumerCheckout();
    dirs.push(dir);
    const s = settings(
      dir,
      '0.4.0',
      {
        run: [
          'python3',
          '-c',
          'import sys; print("resolution impossible: relay-beta"); sys.exit(3)',
        ],
      },
      'failing',
    );
    const err = await bumpInCheckout(s, { log: recordingLog(), run: execRunner }).catch((e) => e);
    expect(err).toBeInstanceOf(WheelrelayError);
    expect(err.message).toContain('exited 3; nothing was committed');
    expect(err.message).toContain('resolution impossible: relay-beta');
    expect(server.branch('acme/failing', 'wheelrelay/relay-alpha')).toBeUndefined();
    expect(server.pulls('acme/failing')).toHaveLength(0);
  });

  it('a dry run changes the checkout, prints the diff and sends nothing to GitHub', async () => {
    const dir = await consumerCheckout();
    dirs.push(dir);
    server.resetCounts();
    const log = recordingLog();
    const result = await bumpInCheckout(settings(dir, '0.5.0', { dryRun: true }), {
      log,
      run: execRunner,
    });
    expect(result.outcome).toBe('changed');
    expect(server.count({})).toBe(0);
    expect(result.diff).toContain('+relay-alpha==0.5.0');
    expect(log.lines.join('\n')).toContain('+++ b/requirements/edx/testing.txt');
    expect(await readFile(join(dir, 'requirements/edx/base.txt'), 'utf8')).toContain(
      'relay-alpha==0.5.0',
    );
  });

  it('refuses to commit over a file the base changed since the checkout', async () => {
    server.createRepo('acme/moving', base);
    server.push('acme/moving', 'main', {
      'requirements/edx/base.in': `${base['requirements/edx/base.in']}celery==5.4.0\n`,
      'requirements/edx/base.txt': 'changed upstream\n',
    });
    const dir = await consumerCheckout();
    dirs.push(dir);
    const s = settings(dir, '0.4.0', {}, 'moving');
    const results = await bumpInCheckout(s, { log: recordingLog(), run: execRunner }).catch(
      (e) => e,
    );
    expect(results).toBeInstanceOf(WheelrelayError);
    expect(results.message).toMatch(
      /main moved since the checkout .* changed requirements\/edx\/base\.txt/,
    );
    expect(server.branch('acme/moving', 'wheelrelay/relay-alpha')).toBeUndefined();
  });

  it('a pin that cannot be rewritten (hashes without the release files) fails before anything changes', async () => {
    const dir = await consumerCheckout();
    dirs.push(dir);
    await cp(join(dir, 'requirements/edx/github.in'), join(dir, 'requirements/edx/github.in.orig'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      join(dir, 'requirements/edx/github.in'),
      `relay-alpha==0.3.0 --hash=sha256:${'e'.repeat(64)}\n`,
    );
    const s = settings(dir, '0.4.0', {
      release: readReleasePayload({ name: 'relay-alpha', version: '0.4.0' }),
    });
    const err = await bumpInCheckout(s, { log: recordingLog(), run: execRunner }).catch((e) => e);
    expect(err).toBeInstanceOf(WheelrelayError);
    expect(err.message).toMatch(/hash/);
    // The compiled files were not regenerated: the command never ran.
    expect((await stat(join(dir, 'requirements/edx/base.txt'))).isFile()).toBe(true);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=no')).toBe(
      ' M requirements/edx/github.in\n',
    );
  });
});
