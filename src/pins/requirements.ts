import { type GitUrl, parseGitUrl, type Span } from './git-url.js';
import { type LogicalLine, logicalLines, type PhysicalLine, splitLines } from './lines.js';
import { NAME_PATTERN } from './names.js';

/** An exact pin (`==1.0`, `===1.0`); the span covers the version only. */
interface ExactPin {
  readonly operator: '==' | '===';
  readonly version: string;
  readonly span: Span;
}

/** One `--hash` option of a requirement; the span covers the whole `--hash=…` token. */
export interface HashOption {
  readonly value: string;
  readonly span: Span;
  /** `=` or the whitespace between `--hash` and its value, reused when writing new ones. */
  readonly separator: string;
}

/** A requirement pip would install, with the spans a rewrite needs (logical-line coordinates). */
export interface Requirement {
  /** The name as spelled (PEP 508 name or egg name); undefined for a git URL without egg. */
  readonly name?: string;
  /** Extras as written, brackets included, or `''`. */
  readonly extras: string;
  readonly editable: boolean;
  /** From the first character (`-e`, the name or the URL) to the end of the name, pin or URL. */
  readonly span: Span;
  readonly pin?: ExactPin;
  /** The version clauses as written, without spaces (`==1.11.*`, `>=1.8,<2`); none for URLs. */
  readonly specifier?: string;
  readonly git?: GitUrl;
  readonly hashes: readonly HashOption[];
  /** The requirement without comment and surrounding whitespace, as written. */
  readonly raw: string;
}

/** What a logical line is. Everything but `requirement` is left exactly as it is. */
type EntryKind = 'blank' | 'comment' | 'conflict-marker' | 'option' | 'other';

/** One logical line of a requirement file; `line` is its first physical line, counted from 1. */
export type Entry =
  | {
      readonly kind: 'requirement';
      readonly line: number;
      readonly logical: LogicalLine;
      readonly requirement: Requirement;
    }
  | { readonly kind: EntryKind; readonly line: number; readonly logical: LogicalLine };

/** A requirement file as physical lines (for byte-exact output) and parsed logical entries. */
interface RequirementsFile {
  readonly lines: readonly PhysicalLine[];
  readonly entries: readonly Entry[];
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;
const EDITABLE = /^(?:-e|--editable)(?:\s+|=)/;
const NAME_HEAD = new RegExp(`(${NAME_PATTERN})\\s*(\\[[^\\]]*\\])?\\s*`, 'y');
const CLAUSE = /\s*(===|==|~=|!=|<=|>=|<|>)\s*([^\s,;)]+)\s*/y;

/** Parses requirement-file text into physical lines and logical entries. */
export function parseRequirements(text: string): RequirementsFile {
  const lines = splitLines(text);
  const entries = logicalLines(lines).map((logical) => parseEntry(logical));
  return { lines, entries };
}

function parseEntry(logical: LogicalLine): Entry {
  const line = logical.start + 1;
  const { text } = logical;
  if (/^\s*$/.test(text)) return { kind: 'blank', line, logical };
  if (/^\s*#/.test(text)) return { kind: 'comment', line, logical };
  if (CONFLICT_MARKER.test(text)) return { kind: 'conflict-marker', line, logical };
  // pip strips a comment that starts a line or follows whitespace; `#egg=` stays in the URL.
  const comment = /(?:^|\s)#/.exec(text);
  const code = comment ? text.slice(0, comment.index) : text;
  const start = code.length - code.trimStart().length;
  const requirement = code.startsWith('-', start)
    ? parseEditable(code, start)
    : (parseUrlRequirement(code, start) ?? parseNamed(code, start));
  if (requirement) return { kind: 'requirement', line, logical, requirement };
  return { kind: code.startsWith('-', start) ? 'option' : 'other', line, logical };
}

function tokenAt(code: string, at: number): string {
  return /^\S*/.exec(code.slice(at))?.[0] ?? '';
}

/** pip reads options after the first whitespace-separated token that starts with `-`. */
function hashesAfter(code: string, from: number): HashOption[] {
  const optionsAt = code.slice(from).search(/(?:^|\s)-/);
  if (optionsAt < 0) return [];
  const hashes: HashOption[] = [];
  const pattern = /--hash(=|\s+)(\S+)/g;
  pattern.lastIndex = from + optionsAt;
  for (let m = pattern.exec(code); m !== null; m = pattern.exec(code)) {
    const [token, separator = '=', value = ''] = m;
    hashes.push({ value, separator, span: { start: m.index, end: m.index + token.length } });
  }
  return hashes;
}

function gitRequirement(
  code: string,
  start: number,
  urlAt: number,
  editable: boolean,
): Requirement | undefined {
  // pip ends a URL requirement at `; ` (its marker separator), so a trailing `;` is not the URL's.
  const token = tokenAt(code, urlAt).replace(/;$/, '');
  const git = parseGitUrl(token, urlAt);
  if (!git) return undefined;
  const { egg } = git;
  return {
    ...(egg ? { name: egg.name } : {}),
    extras: egg?.extras ?? '',
    editable,
    span: { start, end: git.span.end },
    git,
    hashes: hashesAfter(code, git.span.end),
    raw: code.trim(),
  };
}

function parseEditable(code: string, start: number): Requirement | undefined {
  const flag = EDITABLE.exec(code.slice(start));
  return flag ? gitRequirement(code, start, start + flag[0].length, true) : undefined;
}

function parseUrlRequirement(code: string, start: number): Requirement | undefined {
  return gitRequirement(code, start, start, false);
}

interface Clause {
  readonly operator: string;
  readonly version: string;
  readonly span: Span;
}

/** The pin of a lone `==`/`===` clause; a wildcard (`==1.11.*`) is a range, not a pin. */
function exactPin(clauses: readonly Clause[]): ExactPin | undefined {
  const [only, ...more] = clauses;
  if (!only || more.length > 0) return undefined;
  const { operator, version, span } = only;
  if (operator === '===' || (operator === '==' && !version.includes('*'))) {
    return { operator, version, span };
  }
  return undefined;
}

/** PEP 508 `name[extras] specifiers ; marker` or `name[extras] @ url ; marker`. */
function parseNamed(code: string, start: number): Requirement | undefined {
  NAME_HEAD.lastIndex = start;
  const head = NAME_HEAD.exec(code);
  if (!head) return undefined;
  const [, name = '', extras = ''] = head;
  let at = NAME_HEAD.lastIndex;
  if (code[at] === '@') {
    const urlAt = at + 1 + (/^\s*/.exec(code.slice(at + 1))?.[0].length ?? 0);
    const direct = gitRequirement(code, start, urlAt, false);
    // A direct reference that is not git (a wheel URL, a path) is not a pin we can move.
    if (!direct) return undefined;
    return { ...direct, name, extras: extras.replace(/\s+/g, '') };
  }
  const clauses: Clause[] = [];
  const parenthesised = code[at] === '(';
  if (parenthesised) at += 1;
  for (;;) {
    CLAUSE.lastIndex = at;
    const clause = CLAUSE.exec(code);
    if (!clause) break;
    const [whole, operator = '', version = ''] = clause;
    const versionAt = at + whole.indexOf(version, whole.indexOf(operator) + operator.length);
    clauses.push({
      operator,
      version,
      span: { start: versionAt, end: versionAt + version.length },
    });
    at = CLAUSE.lastIndex;
    if (code[at] !== ',') break;
    at += 1;
  }
  if (parenthesised && code[at] === ')') at += 1;
  // Anything else after the name (`lettuce=1.8`) is not a requirement pip would accept.
  if (!/^\s*(?:;|-|$)/.test(code.slice(at))) return undefined;
  const end = clauses.at(-1)?.span.end ?? start + head[0].trimEnd().length;
  const pin = exactPin(clauses);
  return {
    name,
    extras: extras.replace(/\s+/g, ''),
    editable: false,
    span: { start, end },
    ...(pin ? { pin } : {}),
    ...(clauses.length > 0
      ? { specifier: clauses.map((c) => `${c.operator}${c.version}`).join(',') }
      : {}),
    hashes: hashesAfter(code, end),
    raw: code.trim(),
  };
}
