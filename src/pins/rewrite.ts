import { eq, satisfies, valid } from '@renovatebot/pep440';
import { WheelrelayError } from '../errors.js';
import {
  applyEdits,
  joinLines,
  type LogicalLine,
  locate,
  type PhysicalLine,
  type TextEdit,
} from './lines.js';
import { isValidName, sameName } from './names.js';
import { type HashOption, parseRequirements, type Requirement } from './requirements.js';

/** The pin to write: `name` at `version`, from the index (default) or from git at `gitRef`. */
export interface PinTarget {
  readonly name: string;
  readonly version: string;
  /** `sha256:<hex>` of the published files; required where an entry has `--hash` lines. */
  readonly hashes?: readonly string[];
  readonly style?: 'index' | 'git';
  /** Tag or sha for style `git`; without it the ref is derived from `version`. */
  readonly gitRef?: string;
  /**
   * Only the entries that start on these lines (counted from 1), e.g. the git pins one sync
   * entry came from; without it, every pin of `name` in the file.
   */
  readonly lines?: readonly number[];
  /**
   * Write `hashes` on git pins that become index pins too (sync's `rewrite: hash`); without it
   * only entries that already have `--hash` options get them, so no file is put into pip's
   * hash-checking mode unasked.
   */
  readonly hashGitPins?: boolean;
  /**
   * A comment written after each git pin that becomes an index pin (sync: `from git+…@commit`),
   * before any comment the line already has.
   */
  readonly comment?: string;
}

/** How one entry changed. */
export type PinChangeKind = 'index-pin' | 'git-to-index' | 'git-ref' | 'hashes';

/** One rewritten entry: its first physical line (counted from 1) and its lines before and after. */
export interface PinChange {
  readonly line: number;
  readonly before: string;
  readonly after: string;
  readonly kind: PinChangeKind;
}

/** The outcome for a whole file. */
export type RewriteStatus = 'changed' | 'already-current' | 'not-found';

/**
 * A requirement of the name that is no pin and does not admit the target version (a
 * constraint such as `wrapt==1.11.*`): left as a person wrote it, and reported.
 */
export interface Blocker {
  /** Its first physical line, counted from 1. */
  readonly line: number;
  /** The requirement as written, without comment. */
  readonly requirement: string;
  /** What it allows (`==1.11.*`). */
  readonly specifier: string;
}

/** The rewritten text, what changed, and the outcome. */
export interface RewriteResult {
  readonly text: string;
  readonly changes: readonly PinChange[];
  readonly status: RewriteStatus;
  /** Requirements of the name whose specifier excludes the version (never rewritten). */
  readonly blockers: readonly Blocker[];
}

/** A pin that cannot be rewritten as asked; the message says where and what to do. */
export class PinError extends WheelrelayError {
  override readonly name = 'PinError';
}

const HASH = /^sha(?:256|384|512):[0-9a-f]+$/i;

/**
 * Rewrites every pin of `target.name` in a requirement file and leaves every other byte as it
 * was. `file` only names the file in error messages.
 */
export function rewritePins(text: string, target: PinTarget, file?: string): RewriteResult {
  checkTarget(target);
  const { lines, entries } = parseRequirements(text);
  const replaced = new Map<number, { end: number; lines: PhysicalLine[] }>();
  const changes: PinChange[] = [];
  const blockers: Blocker[] = [];
  let found = 0;
  for (const entry of entries) {
    if (entry.kind !== 'requirement') continue;
    const { requirement, logical } = entry;
    const blocker = target.lines ? undefined : blockerOf(requirement, target, entry.line);
    if (blocker) blockers.push(blocker);
    if (!isPin(requirement) || !sameName(requirement.name, target.name)) continue;
    if (target.lines && !target.lines.includes(entry.line)) continue;
    found += 1;
    const where = file === undefined ? `line ${entry.line}` : `${file}:${entry.line}`;
    const needed = editsForEntry(requirement, target, where);
    if (!needed) continue;
    const rewritten = rewriteLines(lines, logical, requirement.hashes, needed, target.hashes);
    const after =
      needed.kind === 'git-to-index' && target.comment !== undefined
        ? withComment(rewritten, target.comment)
        : rewritten;
    replaced.set(logical.start, { end: logical.end, lines: after });
    const before = lines.slice(logical.start, logical.end);
    changes.push({
      line: entry.line,
      before: before.map((line) => line.text).join('\n'),
      after: after.map((line) => line.text).join('\n'),
      kind: needed.kind,
    });
  }
  const status = changes.length > 0 ? 'changed' : found > 0 ? 'already-current' : 'not-found';
  return {
    text: changes.length > 0 ? joinLines(assemble(lines, replaced)) : text,
    changes,
    status,
    blockers,
  };
}

/**
 * The requirements of `name` in a requirement file whose specifier excludes `version` (a
 * constraint such as `wrapt==1.11.*` against 1.14.1): what blocks a release there.
 */
export function constraintBlockers(text: string, name: string, version: string): Blocker[] {
  const target = { name, version };
  const blockers: Blocker[] = [];
  for (const entry of parseRequirements(text).entries) {
    if (entry.kind !== 'requirement') continue;
    const blocker = blockerOf(entry.requirement, target, entry.line);
    if (blocker) blockers.push(blocker);
  }
  return blockers;
}

/** The requirement as a blocker when it names the package and its specifier excludes the version. */
function blockerOf(requirement: Requirement, target: PinTarget, line: number): Blocker | undefined {
  const { name, pin, specifier, raw } = requirement;
  if (pin || !specifier || name === undefined || !sameName(name, target.name)) return undefined;
  // A version PEP 440 cannot read cannot be checked against a range: say nothing rather than guess.
  if (!valid(target.version)) return undefined;
  let admits: boolean;
  try {
    admits = satisfies(target.version, specifier);
  } catch {
    return undefined;
  }
  return admits ? undefined : { line, requirement: raw, specifier };
}

/** The file's physical lines with each rewritten entry's lines put in place of the old ones. */
function assemble(
  lines: readonly PhysicalLine[],
  replaced: ReadonlyMap<number, { end: number; lines: PhysicalLine[] }>,
): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  for (let at = 0; at < lines.length; ) {
    const replacement = replaced.get(at);
    const line = lines[at];
    if (replacement) out.push(...replacement.lines);
    else if (line) out.push(line);
    at = replacement ? replacement.end : at + 1;
  }
  return out;
}

function checkTarget(target: PinTarget): void {
  if (!isValidName(target.name)) {
    throw new PinError(`'${target.name}' is not a valid package name`);
  }
  if (!/^[^\s,;#@]+$/.test(target.version)) {
    throw new PinError(`'${target.version}' is not a version that can be pinned`);
  }
  if (target.comment !== undefined && /[\r\n]/.test(target.comment)) {
    throw new PinError('a comment for a rewritten pin must be one line');
  }
  if (target.hashGitPins && !target.hashes?.length) {
    throw new PinError(`no hashes to write on the pins of ${target.name}`);
  }
  if (target.gitRef !== undefined && !/^[^\s#@]+$/.test(target.gitRef)) {
    throw new PinError(`'${target.gitRef}' is not a git ref that can go in a URL`);
  }
  for (const hash of target.hashes ?? []) {
    if (!HASH.test(hash)) {
      throw new PinError(`'${hash}' is not a hash pip accepts; pass it as sha256:<hex>`);
    }
  }
}

/** Exact pins and git URLs whose package is known; ranges and bare names are not pins. */
function isPin(requirement: Requirement): requirement is Requirement & { name: string } {
  return (
    requirement.name !== undefined &&
    (requirement.pin !== undefined || requirement.git !== undefined)
  );
}

/** PEP 440 equality where both parse (`v1.0` = `1.0.0`), text equality otherwise. */
function sameVersion(a: string, b: string): boolean {
  return valid(a) && valid(b) ? eq(a, b) : a === b;
}

/** What one entry's rewrite takes: its kind, the text edits, and whether its hashes go too. */
interface EntryEdits {
  readonly kind: PinChangeKind;
  readonly edits: readonly TextEdit[];
  readonly replaceHashes: boolean;
}

/** The edits an entry needs, or undefined when it already pins the target. */
function editsForEntry(
  requirement: Requirement & { name: string },
  target: PinTarget,
  where: string,
): EntryEdits | undefined {
  const { pin, git } = requirement;
  if (pin) return editsForPin(requirement, pin, target, where);
  if (!git) return undefined;
  if (target.style !== 'git') {
    const { name, extras, span } = requirement;
    const hashes = target.hashGitPins
      ? [...new Set(target.hashes ?? [])].sort().map((hash) => ` --hash=${hash}`)
      : [];
    // `-e` goes too: pip accepts only URLs and paths as editables.
    const edits = [{ ...span, insert: `${name}${extras}==${target.version}${hashes.join('')}` }];
    return { kind: 'git-to-index', edits, replaceHashes: false };
  }
  const edits: TextEdit[] = [];
  const version = git.egg?.version;
  const ref = target.gitRef ?? derivedRef(git.ref?.value, version?.value, target.version);
  if (!git.ref) edits.push({ start: git.refInsertAt, end: git.refInsertAt, insert: `@${ref}` });
  else if (git.ref.value !== ref) edits.push({ ...git.ref.span, insert: ref });
  if (version && !sameVersion(version.value, target.version)) {
    edits.push({ ...version.span, insert: target.version });
  }
  return edits.length > 0 ? { kind: 'git-ref', edits, replaceHashes: false } : undefined;
}

function editsForPin(
  requirement: Requirement & { name: string },
  pin: NonNullable<Requirement['pin']>,
  target: PinTarget,
  where: string,
): EntryEdits | undefined {
  // `===` compares text, not versions.
  const current =
    pin.operator === '==='
      ? pin.version === target.version
      : sameVersion(pin.version, target.version);
  const hashed = requirement.hashes.length > 0;
  // An empty list would strip hash checking from the entry, so it counts as no hashes.
  const given = target.hashes?.length ? target.hashes : undefined;
  if (hashed && !current && given === undefined) {
    throw new PinError(
      `${where} pins ${requirement.name} with --hash lines; pass the published files' hashes ` +
        '(--hash sha256:…) so they can be replaced',
    );
  }
  const replaceHashes =
    hashed && given !== undefined && (!current || !sameHashes(requirement.hashes, given));
  if (current && !replaceHashes) return undefined;
  const edits = current ? [] : [{ ...pin.span, insert: target.version }];
  return { kind: current ? 'hashes' : 'index-pin', edits, replaceHashes };
}

function sameHashes(old: readonly HashOption[], given: readonly string[]): boolean {
  const before = new Set(old.map((hash) => hash.value.toLowerCase()));
  const after = new Set(given.map((hash) => hash.toLowerCase()));
  return before.size === after.size && [...after].every((hash) => before.has(hash));
}

/**
 * The ref for style `git` without `gitRef`: keeps the decoration of a tag that named the old
 * version (`v1.2.3`, `xblock-0.4.12`, `py2neo-3.1.2`), else the bare version.
 */
export function derivedRef(
  oldRef: string | undefined,
  oldVersion: string | undefined,
  version: string,
): string {
  const bare = oldVersion?.replace(/^v/i, '');
  if (oldRef !== undefined && bare && oldRef.endsWith(bare)) {
    const prefix = oldRef.slice(0, -bare.length);
    if (/^(?:.*[-_/])?v?$/i.test(prefix)) return `${prefix}${version}`;
  }
  return oldRef !== undefined && /^v\d/.test(oldRef) ? `v${version}` : version;
}

/**
 * The entry's lines with `# comment` at the end of its last line (a comment before a
 * continuation backslash would swallow the lines after it), before any comment already there.
 */
function withComment(lines: PhysicalLine[], comment: string): PhysicalLine[] {
  const last = lines.at(-1);
  if (!last) return lines;
  const own = /\s#/.exec(last.text);
  const code = (own ? last.text.slice(0, own.index) : last.text).trimEnd();
  const rest = own ? `  ${last.text.slice(own.index).trimStart()}` : '';
  const text = `${code}  # ${comment}${rest}`;
  return [...lines.slice(0, -1), { text, eol: last.eol }];
}

/** The entry's new physical lines: text edits first, then the `--hash` block replaced. */
function rewriteLines(
  lines: readonly PhysicalLine[],
  logical: LogicalLine,
  hashes: readonly HashOption[],
  needed: EntryEdits,
  given: readonly string[] | undefined,
): PhysicalLine[] {
  const newHashes = [...new Set(given ?? [])].sort();
  const block = needed.replaceHashes ? hashBlock(lines, logical, hashes) : undefined;
  const inline: TextEdit[] =
    needed.replaceHashes && !block ? inlineHashEdits(logical, hashes, newHashes) : [];
  const texts = applyEdits(lines, logical, [...needed.edits, ...inline]);
  const result = texts.map((text, i) => ({ text, eol: lines[logical.start + i]?.eol ?? '' }));
  if (!block) return result;
  const first = lines[logical.start]?.eol ?? '\n';
  const written = newHashes.map((hash, i) => {
    const last = i === newHashes.length - 1;
    return {
      text: `${block.indent}--hash${block.separator}${hash}${last ? block.lastSuffix : block.suffix}`,
      eol: last ? block.lastEol : first,
    };
  });
  result.splice(block.from - logical.start, block.to - block.from, ...written);
  return result;
}

interface HashBlock {
  readonly from: number;
  readonly to: number;
  readonly indent: string;
  readonly separator: string;
  /** What follows the hash on a line that continues (` \`), and on the block's last line. */
  readonly suffix: string;
  readonly lastSuffix: string;
  readonly lastEol: string;
}

/**
 * The pip-compile layout: one `--hash` per physical line after the requirement line. Returns
 * undefined for any other layout (hashes inline), which is edited token by token instead.
 */
function hashBlock(
  lines: readonly PhysicalLine[],
  logical: LogicalLine,
  hashes: readonly HashOption[],
): HashBlock | undefined {
  const rows = hashes.map((hash) => ({ hash, at: locate(logical, hash.span.start) }));
  const firstRow = rows[0];
  const lastRow = rows.at(-1);
  if (!firstRow || !lastRow || firstRow.at.line === logical.start) return undefined;
  const parts = rows.map(({ hash, at }, i) => {
    const text = lines[at.line]?.text ?? '';
    const token = text.slice(at.column, at.column + hash.span.end - hash.span.start);
    const ownLine =
      at.line === firstRow.at.line + i &&
      /^\s*$/.test(text.slice(0, at.column)) &&
      /^\s*\\?$/.test(text.slice(at.column + token.length));
    return {
      ownLine,
      indent: text.slice(0, at.column),
      rest: text.slice(at.column + token.length),
    };
  });
  if (!parts.every((part) => part.ownLine)) return undefined;
  const head = parts[0];
  const tail = parts.at(-1);
  if (!head || !tail) return undefined;
  return {
    from: firstRow.at.line,
    to: lastRow.at.line + 1,
    indent: head.indent,
    separator: firstRow.hash.separator,
    suffix: parts.length > 1 ? head.rest : ' \\',
    lastSuffix: tail.rest,
    lastEol: lines[lastRow.at.line]?.eol ?? '',
  };
}

/** Hashes written inline: the first is replaced by all the new ones, the others removed. */
function inlineHashEdits(
  logical: LogicalLine,
  hashes: readonly HashOption[],
  newHashes: readonly string[],
): TextEdit[] {
  return hashes.map((hash, i) => {
    if (i === 0) {
      const insert = newHashes.map((value) => `--hash${hash.separator}${value}`).join(' ');
      return { ...hash.span, insert };
    }
    const space = /\s*$/.exec(logical.text.slice(0, hash.span.start))?.[0].length ?? 0;
    return { start: hash.span.start - space, end: hash.span.end, insert: '' };
  });
}
