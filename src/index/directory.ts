import { randomBytes } from 'node:crypto';
import {
  copyFile,
  link,
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { filenameMatchesProject } from '../build/filenames.js';
import { type Distribution, digestsOf, fileDigests } from '../build/inspect.js';
import { exists } from '../files.js';
import { normalizeName } from '../pins/names.js';
import type { IndexClient, LocalCopy, StoreAnswer } from './client.js';
import { type ListedFile, parseSimpleJson } from './simple.js';
import { renderProjectPage, renderRootPage, type StaticFile } from './static-pages.js';

/**
 * The `file://` URL of the simple API of the directory index at `root`, for `pip install
 * --index-url`. Every character a path may hold and a URL may not (`#`, `%`, `?`, spaces) is
 * percent-encoded, so pip reads the folder that was written.
 */
export function directorySimpleUrl(root: string): string {
  return `${pathToFileURL(join(root, 'simple')).toString()}/`;
}

/**
 * The embedded index: a plain directory that pip reads through `file://` and any static web
 * server can serve. Layout: `packages/<file>`, `simple/index.html|json`,
 * `simple/<project>/index.html|json`, `.wheelrelay/files/<file>.json` (recorded digests) and
 * `.wheelrelay/tmp/` (files being written).
 *
 * Several runs may write at once (parallel jobs on one cache volume). Files are stored with
 * link(2), which never replaces an existing name, and pages are written to a temporary file
 * and renamed over the old one; after writing, a writer re-reads the directory and writes
 * again until the page matches what is on disk, so the last writer always leaves every file
 * listed, and readers never see half a page. Temporary files live outside `packages/` and
 * `simple/`, so a writer killed mid-way leaves nothing there that pip, or a web server's
 * directory listing, would show.
 */
export class DirectoryIndex implements IndexClient {
  readonly label: string;
  // Its listing is a local read, as cheap as a refused write: it is always read first.
  readonly refusesReuploads = false;

  constructor(readonly root: string) {
    this.label = root;
  }

  /** The `file://` URL of the simple API root, for `pip install --index-url`. */
  get simpleUrl(): string {
    return directorySimpleUrl(this.root);
  }

  projectUrl(project: string): string {
    return `${this.simpleUrl}${normalizeName(project)}/`;
  }

  async listProject(project: string): Promise<ListedFile[] | undefined> {
    const listed = await this.readPage(project);
    // A writer killed between storing a file and listing it, or between writing a page and
    // checking it against the directory, can leave pages short of a stored file: any later
    // run that looks at the project puts them right (best effort: the index may be read-only).
    if (!(await this.pagesAreBehind(project, listed))) return listed;
    try {
      await this.refresh(project);
    } catch {
      return listed;
    }
    return this.readPage(project);
  }

  private async readPage(project: string): Promise<ListedFile[] | undefined> {
    const page = join(this.root, 'simple', normalizeName(project), 'index.json');
    let body: string;
    try {
      body = await readFile(page, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return parseSimpleJson(body, this.projectUrl(project));
  }

  /** Whether the project has stored files its page, or the root page, does not list. */
  private async pagesAreBehind(
    project: string,
    listed: ListedFile[] | undefined,
  ): Promise<boolean> {
    const name = normalizeName(project);
    const stored = await this.storedFiles(name).catch(() => []);
    if (stored.length === 0) return false;
    const onPage = new Set((listed ?? []).map((f) => f.filename));
    if (stored.some((f) => !onPage.has(f))) return true;
    try {
      const root = JSON.parse(await readFile(join(this.root, 'simple', 'index.json'), 'utf8'));
      return !(root.projects as Array<{ name: string }>).some((p) => p.name === name);
    } catch {
      return true;
    }
  }

  async sha256Of(file: ListedFile): Promise<string> {
    return (await fileDigests(fileURLToPath(file.url))).sha256;
  }

  async copyOf(file: ListedFile, maxBytes: number): Promise<LocalCopy> {
    // The index's own file, read in place: only files under packages/ are ever listed.
    const path = join(this.root, 'packages', basename(fileURLToPath(file.url)));
    const { size } = await stat(path);
    if (size > maxBytes) {
      throw new Error(`${path} is larger than ${maxBytes} bytes: not compared`);
    }
    return { path, done: async () => {} };
  }

  async store(dist: Distribution): Promise<StoreAnswer> {
    const packages = join(this.root, 'packages');
    await mkdir(packages, { recursive: true });
    await mkdir(join(this.root, '.wheelrelay', 'files'), { recursive: true });
    await mkdir(join(this.root, '.wheelrelay', 'tmp'), { recursive: true });
    await this.sweepTmp();
    const target = join(packages, dist.filename);
    const record: StaticFile = {
      filename: dist.filename,
      sha256: (await digestsOf(dist)).sha256,
      size: dist.size,
      requiresPython: dist.metadata.requiresPython,
    };
    const tmp = this.tmpPath(dist.filename);
    await copyFile(dist.path, tmp);
    try {
      await link(tmp, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      await this.refresh(dist.name); // a crashed writer may have left the page behind
      return { outcome: 'exists', detail: `${target} exists` };
    } finally {
      await unlink(tmp).catch(() => {});
    }
    // Once the file is linked its record must be right: it is only ever written for a file
    // this run stored, so its digest is the file's own.
    await this.atomicWrite(this.recordPath(dist.filename), JSON.stringify(record));
    await this.refresh(dist.name);
    return { outcome: 'stored' };
  }

  async close(): Promise<void> {}

  private recordPath(filename: string): string {
    return join(this.root, '.wheelrelay', 'files', `${filename}.json`);
  }

  /** A fresh temporary name on the index's own filesystem, so rename(2) and link(2) work. */
  private tmpPath(name: string): string {
    // The pid says whose it is; the name's end says what it was (a whole name may be too long).
    const unique = `${process.pid}-${randomBytes(6).toString('hex')}-${name.slice(-96)}`;
    return join(this.root, '.wheelrelay', 'tmp', unique);
  }

  /**
   * Removes what killed writers left in `.wheelrelay/tmp/`: anything untouched for an hour,
   * far longer than any copy or page write takes (a copy in progress keeps its file fresh).
   */
  private async sweepTmp(): Promise<void> {
    const dir = join(this.root, '.wheelrelay', 'tmp');
    const cutoff = Date.now() - 60 * 60 * 1000;
    for (const name of await readdir(dir).catch(() => [])) {
      const path = join(dir, name);
      const st = await stat(path).catch(() => undefined);
      if (st && st.mtimeMs < cutoff) await unlink(path).catch(() => {});
    }
  }

  /** Writes a file so that readers see the old or the new content, never a part. */
  private async atomicWrite(path: string, content: string): Promise<void> {
    const tmp = this.tmpPath(basename(path));
    await mkdir(dirname(tmp), { recursive: true });
    await writeFile(tmp, content);
    await rename(tmp, path);
  }

  /** Rewrites the project's page and the root page until they match the directory. */
  async refresh(project: string): Promise<void> {
    const name = normalizeName(project);
    const dir = join(this.root, 'simple', name);
    await mkdir(dir, { recursive: true });
    for (let round = 0; round < 20; round++) {
      const files = await this.scan(name);
      const { html, json } = renderProjectPage(name, files);
      await this.atomicWrite(join(dir, 'index.html'), html);
      await this.atomicWrite(join(dir, 'index.json'), json);
      const again = await this.scan(name);
      if (again.map((f) => f.filename).join('\n') === files.map((f) => f.filename).join('\n'))
        break;
    }
    for (let round = 0; round < 20; round++) {
      const projects = await this.projects();
      const { html, json } = renderRootPage(projects);
      await this.atomicWrite(join(this.root, 'simple', 'index.html'), html);
      await this.atomicWrite(join(this.root, 'simple', 'index.json'), json);
      if ((await this.projects()).join('\n') === projects.join('\n')) break;
    }
  }

  /** Projects with both pages: a directory another writer has only just made has none yet. */
  private async projects(): Promise<string[]> {
    const entries = await readdir(join(this.root, 'simple'), { withFileTypes: true });
    const page = (name: string, file: string) => exists(join(this.root, 'simple', name, file));
    const written = await Promise.all(
      entries
        .filter((e) => e.isDirectory())
        .map(async (e) =>
          (await page(e.name, 'index.html')) && (await page(e.name, 'index.json'))
            ? e.name
            : undefined,
        ),
    );
    return written.filter((name) => name !== undefined).sort();
  }

  /** The project's stored files, with digests from their records (computed if a record is missing). */
  private async scan(name: string): Promise<StaticFile[]> {
    return Promise.all((await this.storedFiles(name)).map((f) => this.record(f)));
  }

  /** Filenames of the project's files in `packages/`, sorted. */
  private async storedFiles(name: string): Promise<string[]> {
    const entries = await readdir(join(this.root, 'packages'));
    return entries
      .filter((f) => !f.startsWith('.'))
      .filter((f) => filenameMatchesProject(f, name))
      .sort();
  }

  private async record(filename: string): Promise<StaticFile> {
    try {
      return JSON.parse(await readFile(this.recordPath(filename), 'utf8')) as StaticFile;
    } catch {
      // Dropped in by hand, or the writer died before recording it: hash it now.
      const path = join(this.root, 'packages', filename);
      const { sha256 } = await fileDigests(path);
      const { size } = await stat(path);
      return { filename, sha256, size };
    }
  }
}
