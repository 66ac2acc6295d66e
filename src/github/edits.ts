import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import {
  type Blocker,
  type PinChange,
  PinError,
  type PinTarget,
  rewritePins,
} from '../pins/index.js';

/** A requirement file as read from a consumer's base branch. */
export interface RequirementFile {
  path: string;
  text: string;
}

/** One file the bump rewrites. */
export interface FileEdit {
  path: string;
  before: string;
  after: string;
  changes: readonly PinChange[];
}

/** What a bump would do to one consumer's files. */
export interface ConsumerEdits {
  edits: FileEdit[];
  /** Files that pin the package at the target version already. */
  current: string[];
  /** Files whose pin cannot be rewritten, with why. */
  errors: Array<{ path: string; message: string }>;
  /** The versions (or git refs) the rewritten pins held, for PR text. */
  previous: string[];
  /** Requirements of the package whose specifier excludes the version (left as written). */
  blockers: Array<{ path: string } & Blocker>;
}

/** Rewrites every file's pins of `target`; pure, so dry runs and real runs out alike. */
export function editsFor(files: readonly RequirementFile[], target: PinTarget): ConsumerEdits {
  const out: ConsumerEdits = { edits: [], current: [], errors: [], previous: [], blockers: [] };
  for (const file of files) {
    try {
      const result = rewritePins(file.text, target, file.path);
      for (const b of result.blockers) out.blockers.push({ path: file.path, ...b });
      if (result.status === 'already-current') out.current.push(file.path);
      if (result.status !== 'changed') continue;
      out.edits.push({
        path: file.path,
        before: file.text,
        after: result.text,
        changes: result.changes,
      });
      for (const change of result.changes) {
        const prev = previousVersion(change.before);
        if (prev && !out.previous.includes(prev)) out.previous.push(prev);
      }
    } catch (err) {
      if (!(err instanceof PinError)) throw err;
      out.errors.push({ path: file.path, message: err.message });
    }
  }
  return out;
}

/** The version an entry pinned (`==1.2`), or the ref of a git URL (`@v1.2`). */
export function previousVersion(entry: string): string | undefined {
  const pin = /={2,3}\s*([^\s;,#\\]+)/.exec(entry);
  if (pin) return pin[1];
  const egg = /#egg=[^\s&]*?-(\d[^\s&]*)/.exec(entry);
  if (egg) return egg[1];
  const ref = /\.git@([^\s#@]+)|@([^\s#@/]+)(?=[#\s\\]|$)/.exec(entry);
  return ref?.[1] ?? ref?.[2];
}

/** Which of `paths` the globs select, and the globs that selected nothing. */
export function matchFiles(
  paths: readonly string[],
  globs: readonly string[],
): { matched: string[]; unmatched: string[] } {
  const matched = new Set<string>();
  const unmatched: string[] = [];
  for (const glob of globs) {
    const isMatch = picomatch(glob, { dot: true });
    let any = false;
    for (const path of paths) {
      if (isMatch(path)) {
        matched.add(path);
        any = true;
      }
    }
    if (!any) unmatched.push(glob);
  }
  return { matched: [...matched].sort(), unmatched };
}

/** Whether every glob is a plain path, so files can be read without listing the tree. */
export function literalPaths(globs: readonly string[]): boolean {
  return globs.every((g) => !picomatch.scan(g).isGlob);
}

/** The git blob oid of a file's text, as GitHub reports it (sha1 of git's object encoding). */
export function blobOid(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}
