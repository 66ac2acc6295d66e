import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { valid as validVersion } from '@renovatebot/pep440';
import { filenameMatchesProject, parseDistFilename } from '../build/filenames.js';
import type { Log } from '../log.js';
import { isValidName } from '../pins/names.js';
import { redact } from '../secrets.js';

/**
 * The build record: what each (repository, commit, subdirectory) built, so that a later sync
 * skips the clone and the build when the index still lists those files. It is a cache, never
 * an authority: whatever it says is checked against the index's listing (filenames and sha256)
 * before anything is skipped, so a stale, corrupt or missing record only costs a rebuild.
 */

/** One file a commit built, as the index lists it. */
interface RecordedFile {
  readonly filename: string;
  /** Lower-case hex sha256 of the file the index serves. */
  readonly sha256: string;
}

/** What one commit built: one release of one project. */
export interface RecordedBuild {
  readonly name: string;
  /** PEP 440 normalised. */
  readonly version: string;
  readonly files: readonly RecordedFile[];
}

/** Where a build came from: the repository (no credentials), the full commit id, the subdirectory. */
interface BuildSource {
  readonly url: string;
  readonly commit: string;
  readonly subdirectory?: string;
}

/** The record file's format marker; a file without it (or with another value) is ignored. */
const FORMAT = 'wheelrelay-build-record/1';
/** Enough for every git pin of many monorepos; the oldest entries go first. */
const MAX_BUILDS = 5000;

interface Stored extends RecordedBuild {
  /** When it was recorded (ISO 8601), to drop the oldest when the record is full. */
  readonly at: string;
}

/** The build record of one run: read once at the start, written once at the end. */
export class BuildRecord {
  private readonly added = new Map<string, Stored>();

  private constructor(
    /** The record file; undefined for a record that is not kept (nothing read, nothing written). */
    readonly path: string | undefined,
    private readonly builds: Map<string, Stored>,
  ) {}

  /** A record that knows nothing and keeps nothing. */
  static none(): BuildRecord {
    return new BuildRecord(undefined, new Map());
  }

  /**
   * Reads the record at `path`. A missing file is an empty record; a file that cannot be read
   * or parsed is one too (with a warning: it costs rebuilds, and the next save replaces it).
   */
  static async open(path: string, log: Log): Promise<BuildRecord> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        log.warning(
          `the build record ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): every pin without a version on the index is fetched and built`,
        );
      }
      return new BuildRecord(path, new Map());
    }
    const builds = parseRecord(text);
    if (!builds) {
      log.warning(
        `the build record ${path} is not one wheelrelay wrote (or was cut short): it is ignored, and replaced when this run ends`,
      );
      return new BuildRecord(path, new Map());
    }
    log.debug(`build record ${path}: ${builds.size} commit(s) known`);
    return new BuildRecord(path, builds);
  }

  /** What the record says the source built; undefined when it does not know. */
  lookup(source: BuildSource): RecordedBuild | undefined {
    const key = recordKey(source);
    return key ? (this.added.get(key) ?? this.builds.get(key)) : undefined;
  }

  /** True when the record knows any commit of this repository (worth resolving a ref for). */
  knowsRepository(url: string): boolean {
    const repo = repositoryId(url);
    const has = (k: string) => k.startsWith(`${repo}@`);
    return [...this.builds.keys(), ...this.added.keys()].some(has);
  }

  /** The full commit id of the one recorded commit of `url` that `prefix` abbreviates. */
  commitFor(url: string, prefix: string): string | undefined {
    const repo = `${repositoryId(url)}@`;
    const found = new Set<string>();
    for (const key of [...this.builds.keys(), ...this.added.keys()]) {
      if (!key.startsWith(repo)) continue;
      const commit = key.slice(repo.length).split('#')[0] ?? '';
      if (commit.startsWith(prefix.toLowerCase())) found.add(commit);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** Remembers what a source built (kept by {@link save}). Sources whose URL holds a secret are not kept. */
  remember(source: BuildSource, build: RecordedBuild): void {
    const key = recordKey(source);
    if (!key || !validBuild(build)) return;
    this.added.set(key, {
      name: build.name,
      version: build.version,
      files: build.files.map((f) => ({ filename: f.filename, sha256: f.sha256.toLowerCase() })),
      at: new Date().toISOString(),
    });
  }

  /**
   * Writes the record when this run learned something: re-read first and merged, so a run that
   * wrote meanwhile loses nothing it knew, then written to a temporary file renamed over the
   * old one, so a reader never sees half a record. A failure is a warning: the record only
   * saves work.
   */
  async save(log: Log): Promise<void> {
    if (!this.path || this.added.size === 0) return;
    const path = this.path;
    try {
      const now = await readFile(path, 'utf8').then(parseRecord, () => undefined);
      const merged = new Map([...(now ?? this.builds), ...this.added]);
      const kept = [...merged].sort((a, b) => b[1].at.localeCompare(a[1].at)).slice(0, MAX_BUILDS);
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(
          tmp,
          `${JSON.stringify({ format: FORMAT, builds: Object.fromEntries(kept) }, null, 1)}\n`,
        );
        await rename(tmp, path);
      } finally {
        await rm(tmp, { force: true });
      }
      log.debug(`build record ${path}: ${this.added.size} commit(s) added`);
    } catch (err) {
      log.warning(
        `the build record ${path} was not written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): the next sync fetches and builds these pins again`,
      );
    }
  }
}

/**
 * Where the CLI keeps its record when the index is not a directory: the user's cache
 * ($XDG_CACHE_HOME/wheelrelay, else ~/.cache/wheelrelay).
 */
export function userRecordPath(env: NodeJS.ProcessEnv): string {
  const cacheHome = env.XDG_CACHE_HOME?.startsWith('/')
    ? env.XDG_CACHE_HOME
    : join(homedir(), '.cache');
  return join(cacheHome, 'wheelrelay', 'builds.json');
}

/** Where a directory index keeps its record: beside its files, in its own `.wheelrelay/`. */
export function directoryRecordPath(root: string): string {
  return join(root, '.wheelrelay', 'builds.json');
}

/**
 * A repository as the record names it: no credentials, host in lower case, no trailing `/` or
 * `.git`, so the spellings of one repository share their builds.
 */
export function repositoryId(url: string): string {
  let id = url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  try {
    const u = new URL(id);
    if (/^(git\+)?https?:$/.test(u.protocol)) {
      id = `${u.protocol}//${u.host.toLowerCase()}${u.pathname}`;
    } else if (u.password) {
      id = `${u.protocol}//${u.username}@${u.host.toLowerCase()}${u.pathname}`;
    }
  } catch {}
  return id.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** The record's key of a source; undefined when it could carry a secret (it is then not kept). */
function recordKey(source: BuildSource): string | undefined {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(source.commit)) return undefined;
  const sub = source.subdirectory?.replace(/^\/+|\/+$/g, '');
  const key = `${repositoryId(source.url)}@${source.commit.toLowerCase()}${sub ? `#${sub}` : ''}`;
  // A registered secret in it (a token in a query string, say) keeps it out of the file.
  return redact(key) === key ? key : undefined;
}

/** True when a build is one release of one project, each file named for it, with a sha256. */
function validBuild(b: RecordedBuild): boolean {
  if (typeof b?.name !== 'string' || !isValidName(b.name)) return false;
  if (typeof b.version !== 'string' || !validVersion(b.version)) return false;
  if (!Array.isArray(b.files) || b.files.length === 0) return false;
  return b.files.every((f) => {
    if (typeof f?.filename !== 'string' || typeof f.sha256 !== 'string') return false;
    const parsed = parseDistFilename(f.filename);
    return (
      parsed !== undefined &&
      filenameMatchesProject(f.filename, b.name) &&
      validVersion(parsed.version) === validVersion(b.version) &&
      /^[0-9a-f]{64}$/i.test(f.sha256)
    );
  });
}

/** The builds of a record file; undefined when the text is not one. Invalid builds are dropped. */
function parseRecord(text: string): Map<string, Stored> | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { format, builds } = (doc ?? {}) as { format?: unknown; builds?: unknown };
  if (format !== FORMAT || typeof builds !== 'object' || builds === null) return undefined;
  const out = new Map<string, Stored>();
  for (const [key, value] of Object.entries(builds as Record<string, Stored>)) {
    if (!validBuild(value) || typeof value.at !== 'string') continue;
    out.set(key, {
      name: value.name,
      version: value.version,
      files: value.files.map((f) => ({ filename: f.filename, sha256: f.sha256.toLowerCase() })),
      at: value.at,
    });
  }
  return out;
}
