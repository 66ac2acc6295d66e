import { valid as validVersion } from '@renovatebot/pep440';
import { WheelrelayError } from '../errors.js';
import { isValidName } from '../pins/names.js';

/**
 * The release a publisher tells a consumer about, as `client_payload` of a
 * `repository_dispatch` (event type {@link RELEASE_EVENT}). One format, written by the publisher
 * ({@link releasePayload}) and read by the consumer's bump ({@link readReleasePayload}), which
 * trusts none of it: every field is checked before anything in the checkout changes.
 */
export interface ReleasePayload {
  /** The distribution name as built (PEP 508). */
  name: string;
  /** The version (PEP 440). */
  version: string;
  /** The index's simple API root, as pip's `--index-url` takes it; never with credentials. */
  'index-url'?: string;
  /** The project's page on the simple API. */
  'project-url'?: string;
  /** The published files; each sha256 becomes a `--hash` where an entry has hashes. */
  files: Array<{ filename: string; sha256: string }>;
  /** owner/repo the release was published from. */
  'source-repo'?: string;
  tag?: string;
  /** The commit the release was built from. */
  sha?: string;
}

/** The `event_type` of the dispatch, and what a consumer's workflow lists under `types`. */
export const RELEASE_EVENT = 'wheelrelay-release';

/** The parts of a published release the payload is made from. */
interface PayloadSource {
  name: string;
  version: string;
  indexUrl?: string;
  projectUrl?: string;
  files: ReadonlyArray<{ filename: string; sha256: string }>;
  sourceRepo?: string;
  tag?: string;
  sha?: string;
}

/** The `client_payload` for a release (GitHub allows 10 top-level keys; this uses 8). */
export function releasePayload(src: PayloadSource): ReleasePayload {
  const out: ReleasePayload = {
    name: src.name,
    version: src.version,
    files: src.files.map((f) => ({ filename: f.filename, sha256: f.sha256 })),
  };
  if (src.indexUrl) out['index-url'] = src.indexUrl;
  if (src.projectUrl) out['project-url'] = src.projectUrl;
  if (src.sourceRepo) out['source-repo'] = src.sourceRepo;
  if (src.tag) out.tag = src.tag;
  if (src.sha && !/^0+$/.test(src.sha)) out.sha = src.sha;
  return out;
}

const SHA256 = /^[0-9a-f]{64}$/;
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** A wheel or sdist file name: no path, no spaces, nothing a shell or URL would read. */
const FILENAME = /^[A-Za-z0-9][A-Za-z0-9._+!-]{0,250}$/;
/** A git tag as `git check-ref-format` allows it, kept to characters tags are made of. */
const TAG = /^[A-Za-z0-9][A-Za-z0-9._+/-]{0,250}$/;
/** PEP 440's characters: a version that passes the parser and only these is safe as text. */
const VERSION_CHARS = /^[0-9][0-9A-Za-z.!+_-]{0,100}$/;
/** Most files one release may list (a full cibuildwheel matrix is under 100). */
const MAX_FILES = 500;

const HINT =
  'The payload comes from the `repository_dispatch` a publisher sends (wheelrelay, `consumers: owner/repo: dispatch`); nothing was changed. Re-send it from the publisher, or bump by hand with `release: name==version`.';

/**
 * Checks a `client_payload` and returns the release it names: a PEP 508 name, a PEP 440
 * version, sha256 digests in lowercase hex, http(s)/file URLs without credentials. Anything
 * else throws, naming the field, before the caller changes anything.
 */
export function readReleasePayload(raw: unknown): ReleasePayload {
  const bad = (field: string, why: string) =>
    new WheelrelayError(`the release payload's \`${field}\` ${why}`, HINT);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new WheelrelayError('the release payload is not a JSON object', HINT);
  }
  const p = raw as Record<string, unknown>;
  const str = (field: string): string | undefined => {
    const v = p[field];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw bad(field, 'is not a string');
    return v;
  };
  const name = str('name');
  if (!name || !isValidName(name)) {
    throw bad('name', `is ${shown(p.name)}, which is not a package name (PEP 508)`);
  }
  const version = str('version');
  if (!version || !VERSION_CHARS.test(version) || validVersion(version) === null) {
    throw bad('version', `is ${shown(p.version)}, which is not a version (PEP 440)`);
  }
  const out: ReleasePayload = { name, version, files: readFiles(p.files, bad) };
  for (const field of ['index-url', 'project-url'] as const) {
    const v = str(field);
    if (v !== undefined) out[field] = checkUrl(v, field, bad);
  }
  const repo = str('source-repo');
  if (repo !== undefined) {
    if (!REPO.test(repo)) throw bad('source-repo', `is ${shown(repo)}, not owner/repo`);
    out['source-repo'] = repo;
  }
  const tag = str('tag');
  if (tag !== undefined) {
    if (!TAG.test(tag) || tag.includes('..')) throw bad('tag', `is ${shown(tag)}, not a tag name`);
    out.tag = tag;
  }
  const sha = str('sha');
  if (sha !== undefined) {
    if (!COMMIT.test(sha)) throw bad('sha', `is ${shown(sha)}, not a commit id (hex)`);
    out.sha = sha;
  }
  return out;
}

function readFiles(
  raw: unknown,
  bad: (field: string, why: string) => WheelrelayError,
): ReleasePayload['files'] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw bad('files', 'is not a list');
  if (raw.length > MAX_FILES)
    throw bad('files', `lists ${raw.length} files (at most ${MAX_FILES})`);
  return raw.map((f, i) => {
    const entry = (f ?? {}) as Record<string, unknown>;
    const { filename, sha256 } = entry;
    if (typeof filename !== 'string' || !FILENAME.test(filename)) {
      throw bad(`files[${i}].filename`, `is ${shown(filename)}, not a file name`);
    }
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      throw bad(`files[${i}].sha256`, `is ${shown(sha256)}, not 64 lowercase hex digits`);
    }
    return { filename, sha256 };
  });
}

function checkUrl(
  value: string,
  field: string,
  bad: (field: string, why: string) => WheelrelayError,
): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad(field, `is ${shown(value)}, not a URL`);
  }
  if (!['https:', 'http:', 'file:'].includes(url.protocol)) {
    throw bad(field, `has scheme ${url.protocol}; only https, http and file are accepted`);
  }
  if (url.username || url.password) {
    // Never echo it: it carries a credential someone meant to keep.
    throw bad(field, 'carries credentials; a payload must never hold them');
  }
  if (/[\s\p{Cc}]/u.test(value)) throw bad(field, 'has spaces or control characters');
  return value;
}

/** A value for an error message: quoted, cut short, control characters made visible. */
function shown(v: unknown): string {
  if (v === undefined || v === null || v === '') return 'missing';
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  const cut = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return `'${cut.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
}

/**
 * The `release` input of a manual run, `name==version`, as a payload without files or index
 * (a pin with `--hash` lines then cannot be moved, and says so).
 */
export function releaseFromSpec(spec: string): ReleasePayload {
  const m = /^\s*([^=\s]+)\s*==\s*([^=\s]+)\s*$/.exec(spec);
  if (!m) {
    throw new WheelrelayError(
      `the release '${spec.slice(0, 80)}' is not name==version`,
      'Give it as `name==version`, e.g. `acme-lib==1.4.0`.',
    );
  }
  return readReleasePayload({ name: m[1], version: m[2] });
}
