import { constants } from 'node:fs';
import { open, readFile, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { WheelrelayError } from '../errors.js';
import { type PipCompiled, pipCompiled, pipCompileOrder, viaInputs } from '../pins/pip-compile.js';
import { type PinChange, PinError, rewritePins } from '../pins/rewrite.js';
import type { RewriteMode } from './config.js';
import type { RequirementSource } from './entries.js';
import type { EntryResult } from './sync-entry.js';
import { bareRefusal, knownNameNote, type UpstreamVerdict } from './upstream.js';

/** One requirement file's new text, and the pins that changed in it. */
export interface FileRewrite {
  /** The file as the user named it (relative to the workspace). */
  readonly file: string;
  readonly before: string;
  readonly after: string;
  readonly changes: readonly PinChange[];
  /** Pins that could not be rewritten, with why. */
  readonly skipped: readonly string[];
  /** Pins rewritten with a caveat worth a warning. */
  readonly notes: readonly string[];
}

/**
 * Where rewritten requirement files go. The CLI (and the action, for now) writes them in
 * place; the action's pin-bump machinery can take them instead and open a pull request with
 * them, as it does for publish runs.
 */
type RewriteSink = (rewrites: readonly FileRewrite[]) => Promise<void>;

/** What a rewrite needs of an entry's result: where it is written, and what the index has. */
export interface Rewritable extends Pick<EntryResult, 'entry' | 'outcome' | 'name' | 'version'> {
  /** The commit synced, when it was fetched (the origin comment names it). */
  readonly commit?: string;
  /** sha256 of every file of the version on the index (`hash` writes them). */
  readonly sha256?: readonly string[];
  /** What the upstream index has of `name==version`; undefined when it was not asked. */
  readonly upstream?: UpstreamVerdict;
}

/** How to rewrite: the mode, and the upstream index asked (for the warnings). */
interface RewriteOptions {
  readonly mode: RewriteMode;
  /** The upstream's simple API; undefined for `upstream-index: none`. */
  readonly upstream?: string;
}

/**
 * Turns each synced git pin into an index pin (`name==version`, with `--hash` options in
 * `hash` mode) in the files it came from, each with its origin as a comment. Pure: the files'
 * text in, their new text out. Failed and unverified entries, and entries whose version is not
 * known, are left as git pins; so, in `pin` mode, is a pin the upstream index has with other
 * files, or could not be asked about. Each pin is rewritten once, from its own entry: a file
 * may pin one name at two refs (two entries, two versions), and index pins of that name
 * elsewhere in the file are not sync's to move.
 */
export function rewritesFor(
  sources: readonly RequirementSource[],
  results: readonly Rewritable[],
  options: RewriteOptions = { mode: 'pin' },
): FileRewrite[] {
  return sources.flatMap((source) => rewriteSource(source, results, options) ?? []);
}

/** One entry's pin on one line of a file, with the version the index has. */
interface Target {
  line: number;
  result: Rewritable;
  name: string;
  version: string;
}

/**
 * Each entry's own lines in this file, bottom up, so no rewrite can move a line still to
 * come (the pins core keeps an entry's line count, but nothing here should rely on it).
 */
function targetsIn(source: RequirementSource, results: readonly Rewritable[]): Target[] {
  const targets: Target[] = [];
  for (const r of results) {
    // Only what is on the index, listed: a failed or unverified entry stays a git pin.
    if (r.outcome !== 'uploaded' && r.outcome !== 'already-present') continue;
    if (!r.name || !r.version) continue;
    for (const l of r.entry.locations) {
      if (l.file === source.file)
        targets.push({ line: l.line, result: r, name: r.name, version: r.version });
    }
  }
  return targets.sort((a, b) => b.line - a.line);
}

/** One file's rewrite; undefined when none of its pins changed or was skipped. */
function rewriteSource(
  source: RequirementSource,
  results: readonly Rewritable[],
  options: RewriteOptions,
): FileRewrite | undefined {
  let text = source.text;
  const changes: PinChange[] = [];
  const skipped: string[] = [];
  const notes: string[] = [];
  for (const target of targetsIn(source, results)) {
    const one = rewriteTarget(text, source.file, target, options);
    text = one.text;
    changes.push(...one.changes);
    if (one.skipped) skipped.push(one.skipped);
    if (one.note) notes.push(one.note);
  }
  const compiled = changes.length > 0 ? pipCompiled(source.text) : undefined;
  if (compiled) {
    // pip-compile sorts editables first: a git pin that was `-e` joins the others by name.
    const editable = changes.filter((c) => /^\s*(?:-e|--editable)\b/.test(c.before));
    text = pipCompileOrder(
      text,
      editable.map((c) => c.line),
    );
    notes.push(pipCompileWarning(source, changes, compiled));
  }
  if (changes.length === 0 && skipped.length === 0) return undefined;
  changes.sort((a, b) => a.line - b.line);
  return {
    file: source.file,
    before: source.text,
    after: text,
    changes,
    skipped: skipped.reverse(),
    notes: notes.reverse(),
  };
}

/**
 * Rewrites one target's line in `text`, or says why it stays a git pin (`skipped`); `note` is
 * a caveat of a rewritten bare pin.
 */
function rewriteTarget(
  text: string,
  file: string,
  { line, result, name, version }: Target,
  options: RewriteOptions,
): { text: string; changes: readonly PinChange[]; skipped?: string; note?: string } {
  const where = `${file}:${line}`;
  const pin = `${name}==${version}`;
  const hashes = result.sha256?.filter((h) => h !== '').map((h) => `sha256:${h}`) ?? [];
  if (options.mode === 'hash' && hashes.length === 0) {
    return {
      text,
      changes: [],
      skipped: `${where}: not rewritten to ${pin}: the index gave no sha256 of its files to write as --hash; the git pin stays`,
    };
  }
  if (options.mode === 'pin' && result.upstream && options.upstream) {
    const refusal = bareRefusal(result.upstream, pin, where, options.upstream);
    if (refusal) return { text, changes: [], skipped: refusal };
  }
  try {
    const res = rewritePins(
      text,
      {
        name,
        version,
        lines: [line],
        comment: `from ${originOf(result)}`,
        ...(options.mode === 'hash' ? { hashes, hashGitPins: true } : {}),
      },
      file,
    );
    const noted =
      res.changes.length > 0 &&
      options.mode === 'pin' &&
      options.upstream &&
      result.upstream?.kind === 'absent' &&
      result.upstream.otherVersions;
    return {
      text: res.text,
      changes: res.changes,
      ...(noted && options.upstream ? { note: knownNameNote(pin, where, options.upstream) } : {}),
    };
  } catch (err) {
    if (!(err instanceof PinError)) throw err;
    return { text, changes: [], skipped: err.message };
  }
}

/**
 * The warning for a rewritten file pip-compile generated: its next run writes the git pins
 * back from the `.in` files they come from (their `# via -r` annotations, else the header's
 * command, else the `.in` beside the file), so the change belongs there too.
 */
function pipCompileWarning(
  source: RequirementSource,
  changes: readonly PinChange[],
  compiled: PipCompiled,
): string {
  const via = [...new Set(changes.flatMap((c) => viaInputs(source.text, c.line)))];
  const inputs =
    via.length > 0
      ? via
      : compiled.inputs.length > 0
        ? compiled.inputs
        : [source.file.replace(/\.txt$/, '.in')];
  return `${source.file} was generated by pip-compile: its next run writes these git pins back from ${inputs.join(', ')}. Rewrite them there too (wheelrelay sync ${inputs.join(' ')} --rewrite), then run pip-compile again, or this change is undone. The rewritten lines were kept in pip-compile's order.`;
}

/**
 * Where a rewritten pin came from, as pip would fetch it again: `git+URL@commit` (the ref as
 * written when the entry was not fetched), credentials never included.
 */
function originOf(result: Pick<Rewritable, 'entry' | 'commit'>): string {
  const { url, ref, subdirectory } = result.entry;
  const at = result.commit ?? ref;
  return `git+${url}${at ? `@${at}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}`;
}

/**
 * Writes rewritten files in place (each file relative to `root`), unless a file changed since
 * it was read, or leads outside `root`: a requirement file that is a link to a file elsewhere
 * (a runner's dotfile, another checkout) is never written through.
 */
export function writeInPlace(root: string): RewriteSink {
  return async (rewrites) => {
    for (const r of rewrites) {
      if (r.after === r.before) continue;
      const path = resolve(root, r.file);
      const real = await realPathInside(root, path);
      if (!real) {
        throw new WheelrelayError(
          `${r.file} leads outside ${root} (it is a link to ${await realpath(path)}): not rewritten`,
          'Rewrite only requirement files that are files of the repository itself, not links out of it.',
        );
      }
      const now = await readFile(real, 'utf8');
      if (now !== r.before) {
        throw new WheelrelayError(
          `${r.file} changed while wheelrelay was syncing it: not rewritten`,
          'Run again to rewrite it, once nothing else is writing to the file (another job or step).',
        );
      }
      // O_NOFOLLOW: a link put in its place since the check above is refused, not followed.
      const handle = await open(
        real,
        constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW,
      );
      try {
        await handle.writeFile(r.after);
      } finally {
        await handle.close();
      }
    }
  };
}

/** The real path of `path` (every link resolved) when it lies inside the real path of `root`. */
export async function realPathInside(root: string, path: string): Promise<string | undefined> {
  const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]);
  const rel = relative(realRoot, real);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? undefined : real;
}
