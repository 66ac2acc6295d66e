/**
 * The README's offline image, without docker: its shell commands run as written (the bundled
 * CLI as `wheelrelay`, the test Python as `python3.12`, PyPI played by a directory index that
 * pip is pointed at through its environment), then the Dockerfile's COPY lines and its
 * `pip install` run against a fresh virtual environment with no index at all.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { buildWheel, isolatedPipEnv, offlineBuildEnv, PYTHON } from '../support/python.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

const exec = promisify(execFile);
const CLI = process.env.WHEELRELAY_TEST_CLI ?? join(ROOT, 'dist', 'cli', 'index.js');

/** The README's section on offline images. */
function section(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### Prepopulate for offline images');
  return readme.slice(start, readme.indexOf('\n## ', start));
}

/** The commands of a fenced block: comments dropped, continuation lines joined, words split. */
function commands(block: string): string[][] {
  return block
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(/\s+/));
}

function fenced(text: string, lang: string): string {
  const m = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'm').exec(text);
  if (!m) throw new Error(`no ${lang} block in the README's offline-image section`);
  return m[1] as string;
}

describe("the README's offline image, run without docker", () => {
  let repo: TestRepo;
  let work: string;

  beforeAll(async () => {
    repo = await makeRepo([
      { name: 'relay-gitdep', version: '1.2.0', tag: 'v1.2.0', message: 'from git' },
    ]);
    work = await mkdtemp(join(tmpdir(), 'wr-offline-'));
  });
  afterAll(async () => {
    await repo?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  it('syncs the git pin, downloads the rest, and installs both with no index', async () => {
    const text = section();
    const shell = commands(fenced(text, 'sh'));
    const docker = commands(fenced(text, 'dockerfile'));
    expect(shell.map((c) => c.slice(0, 3))).toEqual([
      ['wheelrelay', 'sync', 'requirements.txt'],
      ['python3.12', '-m', 'pip'],
    ]);

    // "PyPI": a directory index holding the package the file names from an index.
    const pypi = join(work, 'pypi');
    const pypiDist = join(work, 'pypi-dist');
    await mkdir(pypiDist);
    await buildWheel({ name: 'relay-frompypi', version: '2.0.0' }, pypiDist);
    await exec(process.execPath, [CLI, 'publish', '--dist-dir', pypiDist, '--index-url', pypi], {
      env: offlineBuildEnv(),
    });

    const project = join(work, 'project');
    await mkdir(project);
    await writeFile(
      join(project, 'requirements.txt'),
      `relay-frompypi==2.0.0\n-e git+${repo.url}@v1.2.0#egg=relay-gitdep==1.2.0\n`,
    );

    // The shell block, word for word (python3.12 is the test Python); only the environment
    // says where "PyPI" is: a directory for pip, and for sync's upstream check (which reads
    // simple APIs over HTTP) an index on 127.0.0.1 that, like PyPI, has no relay-gitdep.
    const pipToPypi = { ...isolatedPipEnv(), PIP_INDEX_URL: `${pathToFileURL(pypi)}/simple/` };
    const upstream = new IndexServer({ pep691: true });
    await upstream.start();
    const syncEnv = { ...offlineBuildEnv(), WHEELRELAY_UPSTREAM_INDEX: upstream.simpleUrl };
    for (const words of shell) {
      const [program = '', ...rest] = words;
      const args = rest.map((w) => (w === 'python3.12' ? PYTHON : w));
      const [file, argv, env] =
        program === 'wheelrelay'
          ? [process.execPath, [CLI, ...args], syncEnv]
          : [PYTHON, args, pipToPypi];
      expect(program === 'wheelrelay' || program === 'python3.12', program).toBe(true);
      await exec(file, argv, { cwd: project, env, maxBuffer: 64 << 20 });
    }
    await upstream.stop();
    // The git pin became an index pin that says where it came from.
    expect(await readFile(join(project, 'requirements.txt'), 'utf8')).toMatch(
      /^relay-frompypi==2\.0\.0\nrelay-gitdep==1\.2\.0 +# from git\+file:\S+@[0-9a-f]{40}\n$/,
    );

    // The image: each COPY puts a folder of the project where the image reads it.
    const image = join(work, 'image');
    const copies = docker.filter((c) => c[0] === 'COPY');
    expect(copies.length).toBeGreaterThan(0);
    const moved = new Map<string, string>();
    for (const [, from = '', to = ''] of copies) {
      moved.set(to, join(image, to));
      await cp(join(project, from), join(image, to), { recursive: true });
    }
    const run = docker.find((c) => c[0] === 'RUN');
    expect(run?.slice(1, 3)).toEqual(['pip', 'install']);
    const venv = join(work, 'venv');
    await exec(PYTHON, ['-m', 'venv', '--without-pip', venv]);
    const python = join(venv, 'bin', 'python');
    // Debian's pip installs into the image's stand-in (a venv) with --python.
    const install = (run ?? []).slice(2).map((w) => moved.get(w) ?? w);
    await exec(PYTHON, ['-m', 'pip', '--python', python, ...install], {
      env: { ...isolatedPipEnv(), PIP_INDEX_URL: 'http://127.0.0.1:9/nothing-here/' },
    });
    const { stdout } = await exec(python, [
      '-c',
      'import relay_gitdep, relay_frompypi; print(relay_gitdep.MESSAGE, relay_frompypi.__version__)',
    ]);
    expect(stdout.trim()).toBe('from git 2.0.0');
  });
});
