import { readFile, writeFile } from 'node:fs/promises';
import { execRunner, type Runner } from '../build/runner.js';
import { INPUTS } from '../inputs/table.js';
import { consoleLog } from '../log.js';
import { unifiedDiff } from '../pins/diff.js';
import {
  type Blocker,
  constraintBlockers,
  derivedRef,
  PinError,
  type PinTarget,
  parseRequirements,
  type RewriteResult,
  rewritePins,
  sameName,
} from '../pins/index.js';
import { collectEntries, type SyncEntry } from '../sync/entries.js';
import { gitEnvironment, remoteTags } from '../sync/git-fetch.js';
import { flagValue, isSet, parseCommand } from './args.js';

const PIN_USAGE = {
  head: `usage: wheelrelay pin NAME==VERSION FILE... [options]

Move every pin of NAME in the requirement files to VERSION, in place, and print a unified
diff. Only the pins change; comments, options, hashes of other packages and line endings stay.
`,
  tail: `A requirement of NAME that is no pin and excludes VERSION (a constraint such as NAME==1.11.*)
is reported with its file:line and left as written.

exit codes: 0 done (or nothing to change), 1 --check found changes or a blocking constraint,
or a pin cannot be rewritten, 2 usage.
`,
};

/** How long one `git ls-remote` may take. */
const LS_REMOTE_TIMEOUT_MS = 60_000;

/** `wheelrelay pin`; returns the exit code. */
export async function pinCommand(argv: string[], run: Runner = execRunner): Promise<number> {
  const line = parseCommand('pin', argv, PIN_USAGE);
  if (typeof line === 'number') return line;
  const [spec, ...files] = line.positionals;
  const m = /^([^=\s]+)==([^=\s]+)$/.exec(spec ?? '');
  if (!m || files.length === 0) {
    return line.end.usage('give NAME==VERSION and at least one FILE', PIN_USAGE.head);
  }
  let style: 'index' | 'git';
  try {
    style = INPUTS['pin-style'].parse(
      flagValue(line, 'style') ?? INPUTS['pin-style'].default,
      'pin-style',
    );
  } catch (err) {
    return line.end.failed(err, consoleLog(false));
  }
  const hashes = line.values.hash as string[] | undefined;
  const ref = flagValue(line, 'ref');
  // An index pin has no ref: silently writing one without it would drop what was asked.
  if (ref && style !== 'git') {
    return line.end.usage(
      '--ref applies to --style git (a git pin moved to that ref); an index pin has no ref',
      PIN_USAGE.head,
    );
  }
  const target: PinTarget = {
    name: m[1] as string,
    version: m[2] as string,
    ...(hashes ? { hashes } : {}),
    style,
    ...(ref ? { gitRef: ref } : {}),
  };

  let failed = false;
  let changed = false;
  let blocked = false;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      process.stderr.write(`wheelrelay pin: cannot read ${file}: ${(err as Error).message}\n`);
      failed = true;
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      process.stderr.write(
        `wheelrelay pin: ${file} is not UTF-8 text; pip reads requirement files as UTF-8\n`,
      );
      failed = true;
      continue;
    }
    try {
      const result = await rewriteFile(text, target, file, run);
      for (const b of result.blockers) {
        blocked = true;
        process.stderr.write(`wheelrelay pin: ${blockerMessage(file, b, target)}\n`);
      }
      if (result.status === 'not-found' && result.blockers.length === 0) {
        process.stderr.write(`wheelrelay pin: ${file} does not pin ${target.name}\n`);
      }
      if (result.status !== 'changed') continue;
      changed = true;
      process.stdout.write(unifiedDiff(file, text, result.text));
      if (!isSet(line, 'check')) await writeFile(file, result.text);
    } catch (err) {
      if (!(err instanceof PinError)) throw err;
      process.stderr.write(`wheelrelay pin: ${err.message}\n`);
      failed = true;
    }
  }
  return failed || (isSet(line, 'check') && (changed || blocked)) ? 1 : 0;
}

/** What a constraint that excludes the version says: where, what it allows, what to do. */
function blockerMessage(file: string, b: Blocker, target: PinTarget): string {
  return `${file}:${b.line}: ${b.requirement} excludes ${target.version} (it allows ${b.specifier} only): a constraint that blocks the release, left as written; change it by hand to allow ${target.version}`;
}

/**
 * Rewrites one file. For `--style git` without `--ref`, each git pin of the name moves to the
 * tag its own repository was checked to have; when one has none, nothing is written.
 */
async function rewriteFile(
  text: string,
  target: PinTarget,
  file: string,
  run: Runner,
): Promise<RewriteResult> {
  const gitPins = collectEntries([{ file, text }]).filter(
    (e) => e.name !== undefined && sameName(e.name, target.name),
  );
  if (target.style !== 'git' || target.gitRef || gitPins.length === 0) {
    return rewritePins(text, target, file);
  }
  // Every tag first: a file is written only when each of its git pins has one.
  const byRef = new Map<string, number[]>();
  for (const entry of gitPins) {
    const ref = await checkedTag(entry, target.version, file, run);
    byRef.set(ref, [...(byRef.get(ref) ?? []), ...entry.locations.map((l) => l.line)]);
  }
  const gitLines = new Set([...byRef.values()].flat());
  const others = parseRequirements(text)
    .entries.filter(
      (e) =>
        e.kind === 'requirement' &&
        !gitLines.has(e.line) &&
        e.requirement.name !== undefined &&
        sameName(e.requirement.name, target.name),
    )
    .map((e) => e.line);
  const parts: Array<{ gitRef?: string; lines: number[] }> = [
    ...[...byRef].map(([gitRef, lines]) => ({ gitRef, lines })),
    ...(others.length > 0 ? [{ lines: others }] : []),
  ];
  let current = text;
  const changes: RewriteResult['changes'][number][] = [];
  let found = false;
  for (const part of parts) {
    const res = rewritePins(current, { ...target, ...part }, file);
    current = res.text;
    changes.push(...res.changes);
    found ||= res.status !== 'not-found';
  }
  return {
    text: current,
    changes: changes.sort((a, b) => a.line - b.line),
    status: changes.length > 0 ? 'changed' : found ? 'already-current' : 'not-found',
    blockers: constraintBlockers(text, target.name, target.version),
  };
}

/**
 * The tag of `version` the entry's repository has: the form of the entry's old ref
 * (`xblock-0.4.12` → `xblock-0.4.13`), then VERSION, then vVERSION, as `git ls-remote` lists
 * them. A PinError when it has none, or cannot be asked.
 */
async function checkedTag(
  entry: SyncEntry,
  version: string,
  file: string,
  run: Runner,
): Promise<string> {
  const line = entry.locations[0]?.line;
  const where = `${file}:${line}`;
  const candidates = [
    ...new Set([derivedRef(entry.ref, entry.version, version), version, `v${version}`]),
  ];
  let found: Set<string>;
  try {
    found = await remoteTags(entry.url, candidates, run, {
      env: gitEnvironment(entry.url, entry.credentials ? { credentials: entry.credentials } : {}),
      timeoutMs: LS_REMOTE_TIMEOUT_MS,
    });
  } catch (err) {
    throw new PinError(
      `${where}: cannot list the tags of ${entry.url}, so no checked ref can be written (${(err as Error).message.replace(/\s+/g, ' ').slice(0, 400)}); pass --ref with the tag or commit of ${version}`,
    );
  }
  const tag = candidates.find((c) => found.has(c));
  if (!tag) {
    throw new PinError(
      `${where}: ${entry.url} has no tag ${candidates.join(', ')}: nothing was written. Tag the release there, or pass --ref with the tag or commit of ${version}`,
    );
  }
  return tag;
}
