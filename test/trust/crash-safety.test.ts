import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Distribution, inspectDistribution } from '../../src/build/inspect.js';
import { DirectoryIndex } from '../../src/index/directory.js';
import { type ActionRun, type StartedAction, startAction } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { moduleName, pipInstallInto, wheelsApart } from '../support/python.js';
import type { StopPoint } from '../support/stop-at.js';

/** The preload that stops a victim where a test names (`node --import`). */
const STOP_AT = new URL('../support/stop-at.ts', import.meta.url).href;
const USER = 'ci';
const PASSWORD = 'crash-pw-51c8';
const A = 'relay-crash-a';
const B = 'relay-crash-b';

interface Wheel {
  /** A folder holding only this wheel, for `dist-dir`. */
  dir: string;
  filename: string;
  sha256: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Wheels of `specs`, each alone in a folder (for `dist-dir`), built in one Python process. */
async function wheels(work: string, specs: Array<{ name: string; version: string }>) {
  const apart = await wheelsApart(specs, work);
  return Promise.all(
    apart.map(async ({ dir, path }): Promise<Wheel> => {
      const filename = path.slice(dir.length + 1);
      return { dir, filename, sha256: sha256(await readFile(path)) };
    }),
  );
}

/**
 * Polls until `ready()` holds or the child has ended; says whether it held. Bounded: at most
 * 12,000 looks, 5 ms apart (a minute at least), far longer than any run here takes.
 */
async function until(ready: () => boolean, started: StartedAction): Promise<boolean> {
  for (let i = 0; i < 12_000; i++) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) return false;
    if (ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

const filesOf = (run: ActionRun) =>
  JSON.parse(run.outputs.files ?? '[]') as Array<{
    filename: string;
    sha256: string;
    outcome: string;
  }>;

/** The links of an HTML page: href and text of every anchor, read by an HTML parser. */
function anchors(html: string): Array<{ href: string; text: string }> {
  const out: Array<{ href: string; text: string }> = [];
  let open: { href: string; text: string } | undefined;
  const parser = new Parser({
    onopentag: (tag, attrs) => {
      if (tag === 'a') open = { href: attrs.href ?? '', text: '' };
    },
    ontext: (text) => {
      if (open) open.text += text;
    },
    onclosetag: (tag) => {
      if (tag === 'a' && open) out.push(open);
      open = undefined;
    },
  });
  parser.write(html);
  parser.end();
  return out;
}

/**
 * Asserts the directory index is whole, as pip or a web server would find it at any moment:
 * under `simple/` only complete pages (HTML that ends, JSON that parses) and project folders;
 * under `packages/` only distributions, no temporary files; every file a page lists exists
 * with the listed sha256; every project the root page lists has its page. Returns the files
 * each kind of page lists, as `filename → sha256`.
 */
async function expectWholeIndex(
  dir: string,
): Promise<{ html: Map<string, string>; json: Map<string, string>; projects: string[] }> {
  const html = new Map<string, string>();
  const json = new Map<string, string>();
  const packages = join(dir, 'packages');
  const onDisk = new Map<string, string>();
  for (const name of existsSync(packages) ? await readdir(packages) : []) {
    expect(name, 'a temporary file in packages/').toMatch(/^[A-Za-z0-9][^/]*\.(whl|tar\.gz)$/);
    onDisk.set(name, sha256(await readFile(join(packages, name))));
  }
  const listedFile = (map: Map<string, string>, url: string, hash: string | undefined) => {
    const filename = decodeURIComponent(url.replace(/^\.\.\/\.\.\/packages\//, ''));
    expect(url).toBe(`../../packages/${encodeURIComponent(filename)}`);
    expect(onDisk.get(filename), `${filename} is listed but missing or other content`).toBe(hash);
    map.set(filename, hash as string);
  };

  const simple = join(dir, 'simple');
  if (!existsSync(simple)) return { html, json, projects: [] };
  const projects: string[] = [];
  for (const e of await readdir(simple, { withFileTypes: true })) {
    if (!e.isDirectory()) {
      expect(['index.html', 'index.json'], 'a stray file in simple/').toContain(e.name);
      continue;
    }
    const pages = await readdir(join(simple, e.name));
    for (const page of pages) expect(['index.html', 'index.json']).toContain(page);
    if (pages.includes('index.html')) {
      const text = await readFile(join(simple, e.name, 'index.html'), 'utf8');
      expect(text.endsWith('</html>\n'), `simple/${e.name}/index.html is cut short`).toBe(true);
      for (const a of anchors(text)) {
        const [url, fragment] = a.href.split('#');
        listedFile(html, url ?? '', /^sha256=([0-9a-f]{64})$/.exec(fragment ?? '')?.[1]);
        expect(a.text).toBe(decodeURIComponent((url ?? '').split('/').pop() ?? ''));
      }
    }
    if (pages.includes('index.json')) {
      const page = JSON.parse(await readFile(join(simple, e.name, 'index.json'), 'utf8'));
      expect(page).toMatchObject({ meta: { 'api-version': '1.1' }, name: e.name });
      for (const f of page.files as Array<{ url: string; filename: string; hashes: object }>) {
        listedFile(json, f.url, (f.hashes as { sha256?: string }).sha256);
        expect(f.filename).toBe(decodeURIComponent(f.url.split('/').pop() ?? ''));
      }
    }
  }
  if (existsSync(join(simple, 'index.html'))) {
    const text = await readFile(join(simple, 'index.html'), 'utf8');
    expect(text.endsWith('</html>\n'), 'simple/index.html is cut short').toBe(true);
    for (const a of anchors(text)) {
      expect(a.href).toBe(`${a.text}/`);
      expect(existsSync(join(simple, a.text, 'index.html')), `no page for ${a.text}`).toBe(true);
      projects.push(a.text);
    }
  }
  if (existsSync(join(simple, 'index.json'))) {
    const root = JSON.parse(await readFile(join(simple, 'index.json'), 'utf8'));
    for (const { name } of root.projects as Array<{ name: string }>) {
      expect(existsSync(join(simple, name, 'index.json')), `no page for ${name}`).toBe(true);
    }
  }
  return { html, json, projects: projects.sort() };
}

/** The temporary files a process of that pid has in the index's `.wheelrelay/tmp/`. */
function tmpOf(dir: string, pid: number | undefined): string[] {
  try {
    return readdirSync(join(dir, '.wheelrelay', 'tmp')).filter((n) => n.startsWith(`${pid}-`));
  } catch {
    return [];
  }
}

describe('crash safety', () => {
  let work: string;
  let big: Wheel;
  let second: Wheel;
  let other: Wheel;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-crash-'));
    [big, second, other] = (await wheels(work, [
      { name: A, version: '1.0.0' },
      { name: A, version: '2.0.0' },
      { name: B, version: '1.0.0' },
    ])) as [Wheel, Wheel, Wheel];
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('a run stopped by SIGTERM mid-upload, then run again, ends as an uninterrupted run does', async () => {
    const inputs = (server: IndexServer) => ({
      'index-url': server.url,
      'index-type': 'pypiserver',
      username: USER,
      password: PASSWORD,
      'dist-dir': big.dir,
      'verify-timeout': '5',
      retries: '2',
    });
    const reference = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
    const server = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
    await Promise.all([reference.start(), server.start()]);
    try {
      const clean = await (await startAction({ workspace: work, inputs: inputs(reference) }))
        .result;
      expect(clean.exitCode, clean.stdout).toBe(0);

      // The index holds the upload unanswered (and its body unread) while the runner stops the
      // job: for a minute, far past the kill, so the kill lands while it is held.
      server.inject({ on: 'upload', delayMs: 60_000 });
      const stopped = await startAction({ workspace: work, inputs: inputs(server) });
      expect(await until(() => server.count('upload') === 1, stopped)).toBe(true);
      stopped.child.kill('SIGTERM');
      const killed = await stopped.result;
      expect(killed.signal).toBe('SIGTERM');
      expect(killed.outputs.published).toBeUndefined();
      expect(server.files(A)).toEqual([]);

      server.reset();
      const rerun = await (await startAction({ workspace: work, inputs: inputs(server) })).result;
      expect(rerun.exitCode, rerun.stdout).toBe(0);
      expect(rerun.outputs.published).toBe(clean.outputs.published);
      expect(rerun.outputs.published).toBe('true');
      const [file] = filesOf(rerun);
      expect(file).toMatchObject({ filename: big.filename, sha256: big.sha256 });
      expect(['uploaded', 'already-present']).toContain(file?.outcome);
      // The same end state: the file once, with its sha256, listed.
      const state = (s: IndexServer) =>
        s.files(A).map(({ filename, sha256, listed }) => ({ filename, sha256, listed }));
      expect(state(server)).toEqual(state(reference));
      expect(state(server)).toEqual([{ filename: big.filename, sha256: big.sha256, listed: true }]);
    } finally {
      await Promise.all([reference.stop(), server.stop()]);
    }
  });

  /**
   * Where the killed run is stopped (test/support/stop-at.ts stops it there, and says so). With a
   * twin (a second run publishing the same file, started once the victim is stopped there, and
   * running as it is killed) "the file is listed" may be the twin's doing; without one, only the
   * re-run can finish what the victim started. Wherever the kill lands the index must be whole.
   */
  const KILL_POINTS: Array<{
    name: string;
    stopAt: StopPoint;
    twin: boolean;
    /** What the victim's own temporary files in `.wheelrelay/tmp/` are after the kill. */
    leftInTmp: RegExp[];
  }> = [
    { name: 'as it starts', stopAt: 'start', twin: true, leftInTmp: [] },
    { name: 'while it copies its file in', stopAt: 'copying', twin: true, leftInTmp: [/\.whl$/] },
    {
      name: 'while it writes a record or page',
      stopAt: 'writing-page',
      twin: false,
      // Its own record, or a page: a writer that finds a project's pages behind its stored
      // files (another writer's, stored a moment before) rewrites them before its record
      // (DirectoryIndex.listProject).
      leftInTmp: [/(\.whl\.json|-index\.(html|json))$/],
    },
    { name: 'once the file is listed', stopAt: 'listed', twin: true, leftInTmp: [] },
  ];

  it.each(KILL_POINTS)(
    'a directory index stays whole when one of several concurrent writers is killed $name (twin: $twin)',
    async ({ stopAt, twin, leftInTmp }) => {
      const { left } = await killOneWriter(stopAt, twin);
      expect(left).toHaveLength(leftInTmp.length);
      for (const [i, pattern] of leftInTmp.entries()) expect(left[i]).toMatch(pattern);
    },
  );

  /**
   * Writers at once, the victim stopped and killed at `stopAt`; checks the index, and that a
   * re-run of the victim converges. Returns the index's folder and what the victim left in its
   * `.wheelrelay/tmp/` (the files a kill mid-write leaves, swept an hour later).
   */
  async function killOneWriter(
    stopAt: StopPoint,
    twin: boolean,
  ): Promise<{ dir: string; left: string[] }> {
    const dir = await mkdtemp(join(work, 'index-'));
    const reported = join(await mkdtemp(join(work, 'stops-')), 'reached');
    const run = (w: Wheel, env: NodeJS.ProcessEnv = {}) =>
      startAction({
        workspace: work,
        inputs: { 'index-url': dir, 'dist-dir': w.dir, 'verify-timeout': '5' },
        env,
      });
    // The victim publishes one file, the others a second version of A, and B, all at once; a
    // twin of the victim starts once the victim is stopped (were it started with the victim, it
    // could list the file before the victim looks, and the victim would never write it).
    const [victim, ...rest] = await Promise.all([
      run(big, {
        NODE_OPTIONS: `--import=${STOP_AT}`,
        WHEELRELAY_TEST_STOP_AT: stopAt,
        WHEELRELAY_TEST_STOP_REPORT: reported,
      }),
      ...[second, other].map((w) => run(w)),
    ]);
    if (!victim) throw new Error('no victim');
    const reached = () => readFileSync(reported, 'utf8').split('\n');
    const landed = await until(() => existsSync(reported) && reached().length > 1, victim);
    const others = twin ? [second, other, big] : [second, other];
    if (twin) rest.push(await run(big));
    victim.child.kill('SIGKILL');
    const [killed, ...survivors] = await Promise.all([victim, ...rest].map((s) => s.result));
    // The kill landed where it names: the victim stopped there, said so, and died of the kill.
    expect(landed, `the victim never reached ${stopAt}: ${killed?.stdout}`).toBe(true);
    expect(reached()).toEqual([`${victim.child.pid} ${stopAt}`, '']);
    expect(killed?.signal).toBe('SIGKILL');
    const left = tmpOf(dir, victim.child.pid);
    if (stopAt === 'copying') {
      // Cut short: half the wheel's bytes.
      const [partial] = left;
      expect(statSync(join(dir, '.wheelrelay', 'tmp', partial ?? '')).size).toBeLessThan(
        statSync(join(big.dir, big.filename)).size,
      );
    }

    await expectWholeIndex(dir);
    for (const [i, s] of survivors.entries()) {
      expect(s.exitCode, s.stdout).toBe(0);
      expect(s.outputs.published).toBe('true');
      const want = others[i] as Wheel;
      expect(filesOf(s)).toMatchObject([{ filename: want.filename, sha256: want.sha256 }]);
      // Stored with that content. (Listed too, but a writer killed between renaming a page and
      // re-reading the directory can leave its older page until the next writer of the project
      // rewrites it, so "listed" is checked once the re-run has converged.)
      expect(
        sha256(await readFile(join(dir, 'packages', want.filename))),
        `${want.filename} was reported published`,
      ).toBe(want.sha256);
    }

    // A re-run of the killed job converges: published, everything listed in both formats.
    const rerun = await (await run(big)).result;
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(rerun.outputs.published).toBe('true');
    expect(['uploaded', 'already-present']).toContain(filesOf(rerun)[0]?.outcome);
    const after = await expectWholeIndex(dir);
    const everything = new Map([big, second, other].map((w) => [w.filename, w.sha256]));
    expect(after.html).toEqual(everything);
    expect(after.json).toEqual(everything);
    expect(after.projects).toEqual([A, B]);
    return { dir, left };
  }

  it('a page a killed writer left short of a stored file is put right by the next run', async () => {
    const dir = await mkdtemp(join(work, 'behind-'));
    const index = new DirectoryIndex(dir);
    const page = (...p: string[]) => join(dir, 'simple', ...p);
    const [second1, other1, big1] = await Promise.all(
      [second, other, big].map(async (w) => inspectDistribution(join(w.dir, w.filename))),
    );
    expect((await index.store(second1 as Distribution)).outcome).toBe('stored');
    const older = await Promise.all(['index.html', 'index.json'].map((f) => readFile(page(A, f))));
    const olderRoot = await Promise.all(['index.html', 'index.json'].map((f) => readFile(page(f))));
    expect((await index.store(big1 as Distribution)).outcome).toBe('stored');
    expect((await index.store(other1 as Distribution)).outcome).toBe('stored');
    // What a writer killed after renaming its (older) pages and before re-reading leaves.
    await writeFile(page(A, 'index.html'), older[0] as Buffer);
    await writeFile(page(A, 'index.json'), older[1] as Buffer);
    await writeFile(page('index.html'), olderRoot[0] as Buffer);
    await writeFile(page('index.json'), olderRoot[1] as Buffer);
    expect((await expectWholeIndex(dir)).json.has(big.filename)).toBe(false);

    // A re-run that finds its own file listed, or any run that looks at the project, repairs it.
    const listed = await new DirectoryIndex(dir).listProject(A);
    expect(listed?.map((f) => f.filename).sort()).toEqual([big.filename, second.filename]);
    await new DirectoryIndex(dir).listProject(B);
    const after = await expectWholeIndex(dir);
    const everything = new Map([big, second, other].map((w) => [w.filename, w.sha256]));
    expect(after.html).toEqual(everything);
    expect(after.json).toEqual(everything);
    expect(after.projects).toEqual([A, B]);
  });

  it('what killed writers left in .wheelrelay/tmp/ is swept by a later writer once an hour old', async () => {
    const dir = await mkdtemp(join(work, 'sweep-'));
    const tmp = join(dir, '.wheelrelay', 'tmp');
    await mkdir(tmp, { recursive: true });
    await writeFile(join(tmp, '4242-0123456789ab-left-by-a-killed-run.whl'), 'partial');
    await writeFile(join(tmp, '4243-0123456789ab-being-written.whl'), 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(tmp, '4242-0123456789ab-left-by-a-killed-run.whl'), twoHoursAgo, twoHoursAgo);
    const dist = await inspectDistribution(join(other.dir, other.filename));
    expect((await new DirectoryIndex(dir).store(dist)).outcome).toBe('stored');
    expect(await readdir(tmp)).toEqual(['4243-0123456789ab-being-written.whl']);
  });

  // The kill point of the list above that leaves the most behind, once: pip installs from the
  // index it leaves, A and B into one venv.
  it('a directory index stays whole when one of several concurrent writers is killed once its file is stored, before it is listed (twin: false), and pip installs from it after the re-run', async () => {
    const { dir, left } = await killOneWriter('stored', false);
    // The copy it linked in, not yet unlinked (the same file as the one in packages/).
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/\.whl$/);
    const url = `${pathToFileURL(join(dir, 'simple')).toString()}/`;
    const venv = await mkdtemp(join(work, 'venv-'));
    const python = await pipInstallInto(venv, url, [`${A}==1.0.0`, `${B}==1.0.0`]);
    const { stdout } = await promisify(execFile)(python, [
      '-c',
      `import ${moduleName(A)}, ${moduleName(B)}; print(${moduleName(A)}.MESSAGE); print(${moduleName(B)}.MESSAGE)`,
    ]);
    expect(stdout.split('\n')).toEqual([`hello from ${A}`, `hello from ${B}`, '']);
  });
});
