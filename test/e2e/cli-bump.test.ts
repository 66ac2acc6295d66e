import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';
import { consumerCheckout, filesOf, git } from '../support/consumer-checkout.js';
import { useGitHubServer } from '../support/github-server.js';
import { expectNoSecrets } from '../support/secrets.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, stdin = '') {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...env } },
      (err, stdout, stderr) =>
        done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe('wheelrelay bump (the bundled CLI) in an edx-shaped checkout', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const checkout = async () => {
    const dir = await consumerCheckout();
    dirs.push(dir);
    return dir;
  };

  it('moves the pin in the .in file, regenerates the .txt files with the command and prints the diff', async () => {
    const dir = await checkout();
    const r = await cli(
      [
        'bump',
        'relay_alpha==0.4.0',
        'requirements/edx/github.in',
        '--run',
        'make compile-requirements',
        '--index-url',
        'https://cache.example/ci/cache/+simple/',
      ],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe(
      [
        ' M requirements/edx/base.txt',
        ' M requirements/edx/github.in',
        ' M requirements/edx/testing.txt',
        '',
      ].join('\n'),
    );
    const files = await filesOf(dir);
    expect(files['requirements/edx/github.in']).toContain('relay-alpha==0.4.0\n');
    // The new transitive dependency, which only the consumer's own compile finds.
    expect(files['requirements/edx/base.txt']).toContain(
      'relay-beta==1.0.2\n    # via relay-alpha\n',
    );
    expect(files['requirements/edx/base.txt']).toContain(
      '--extra-index-url https://cache.example/ci/cache/+simple/\n',
    );
    // The diff on stdout is the work tree's change, file by file.
    expect(r.stdout).toContain('+++ b/requirements/edx/testing.txt');
    expect(r.stdout).toContain('-relay-alpha==0.3.0\n+relay-alpha==0.4.0\n');
    expect(r.stdout).toContain('+relay-beta==1.0.2\n');
  });

  it('takes FILE relative to the current directory, inside the checkout', async () => {
    const dir = await checkout();
    const r = await cli(
      ['bump', 'relay-alpha==0.4.0', 'github.in'],
      join(dir, 'requirements', 'edx'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe(' M requirements/edx/github.in\n');
    expect(r.stdout).toContain('+relay-alpha==0.4.0');
  });

  it('a failing command exits 1 with its last lines; the pin edit stays for `git diff`', async () => {
    const dir = await checkout();
    const r = await cli(
      [
        'bump',
        'relay-alpha==0.4.0',
        'requirements/edx/github.in',
        '--run',
        'python3 -c "import sys; print(\'resolution impossible: relay-beta\'); sys.exit(3)"',
      ],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exited 3');
    expect(r.stderr).toContain('resolution impossible: relay-beta');
    expect(r.stdout).toBe('');
  });

  it('refuses shell syntax in --run, a name like an option and a missing FILE as usage errors (exit 2), changing nothing', async () => {
    const dir = await checkout();
    const cases: Array<[string[], RegExp]> = [
      [
        ['relay-alpha==0.4.0', 'requirements/edx/github.in', '--run', 'make compile && rm -rf /'],
        /`--run`.*operator '&&'/,
      ],
      [
        ['relay-alpha==0.4.0', 'requirements/edx/github.in', '--run', 'make $(id)'],
        /`--run`.*expansion/,
      ],
      [['--', '--index-url==0.4.0', 'requirements/edx/github.in'], /not a package name/],
      [['relay-alpha==0.4.0'], /give NAME==VERSION and at least one FILE/],
      [
        ['relay-alpha==0.4.0', 'requirements/edx/github.in', '--command-timeout', 'soon'],
        /`--command-timeout`/,
      ],
      [
        ['relay-alpha==0.4.0', 'requirements/edx/github.in', '--index-url', 'https://u:p@x/'],
        /--index-url/,
      ],
      [['relay-alpha==0.4.0', 'requirements/edx/github.in', '--jobs', '2'], /--jobs/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['bump', ...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('outside a git checkout it fails saying where to run it', async () => {
    const dir = await checkout();
    const plain = join(dir, '..', `${dir.split('/').pop()}-plain`);
    dirs.push(plain);
    await mkdir(plain);
    const r = await cli(['bump', 'relay-alpha==0.4.0', 'x.in'], plain, {
      GIT_CEILING_DIRECTORIES: join(plain, '..'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not in a git checkout');
    expect(await readFile(join(dir, 'requirements/edx/github.in'), 'utf8')).toContain(
      'relay-alpha==0.3.0',
    );
  });
});

describe('wheelrelay bump --repository: the same commit and pull request as the action', () => {
  const TOKEN = 'ghp_DeveloperToken0123456789abcdefXYZ';
  const github = useGitHubServer({ tokens: { [TOKEN]: { login: 'dev' } } });
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('commits the pin change and the recompiled files to wheelrelay/<name> and opens the PR, the token from stdin', async () => {
    const dir = await consumerCheckout();
    dirs.push(dir);
    github.createRepo('acme/platform', await filesOf(dir));
    const r = await cli(
      [
        'bump',
        'relay-alpha==0.4.0',
        'requirements/edx/github.in',
        '--run',
        'make compile-requirements',
        '--repository',
        'acme/platform',
        '--token-stdin',
        '--labels',
        'dependencies',
        '--pr-title',
        'chore: {name} {version}',
        '--draft',
      ],
      dir,
      { GITHUB_API_URL: github.apiUrl, WHEELRELAY_GITHUB_PACING: 'off' },
      `${TOKEN}\n`,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^created\tacme\/platform\t.*\/acme\/platform\/pull\/1$/m);
    const branch = 'wheelrelay/relay-alpha';
    expect(github.file('acme/platform', branch, 'requirements/edx/github.in')).toContain(
      'relay-alpha==0.4.0\n',
    );
    expect(github.file('acme/platform', branch, 'requirements/edx/testing.txt')).toContain(
      'relay-beta==1.0.2\n',
    );
    expect(github.branch('acme/platform', branch)?.verified).toBe(true);
    expect(github.pulls('acme/platform')[0]).toMatchObject({
      labels: ['dependencies'],
      title: 'chore: relay-alpha 0.4.0',
      draft: true,
    });
    expectNoSecrets([r.stdout, r.stderr], [{ secret: TOKEN }]);
  });

  it('refuses PR flags without --repository, and --repository without a token (exit 2)', async () => {
    const dir = await consumerCheckout();
    dirs.push(dir);
    const a = await cli(['bump', 'relay-alpha==0.4.0', 'x.in', '--base', 'main'], dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--base applies to the pull request: add --repository');
    const b = await cli(
      ['bump', 'relay-alpha==0.4.0', 'x.in', '--repository', 'acme/platform'],
      dir,
    );
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--repository needs a token');
    const c = await cli(['bump', 'relay-alpha==0.4.0', 'x.in', '--repository', 'acme'], dir);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("--repository is 'acme': give it as OWNER/REPO");
    // The pull request's flags are the bump action's inputs, refused as the action refuses them.
    const d = await cli(
      [
        'bump',
        'relay-alpha==0.4.0',
        'x.in',
        '--repository',
        'acme/platform',
        '--pr-title',
        '{nme}',
      ],
      dir,
      { WHEELRELAY_GITHUB_TOKEN: TOKEN },
    );
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('`--pr-title` uses the unknown placeholder {nme}');
    const e = await cli(['bump', 'relay-alpha==0.4.0', 'x.in', '--draft'], dir);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('--draft applies to the pull request: add --repository');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});
