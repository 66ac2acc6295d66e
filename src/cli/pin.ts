import { readFile, writeFile } from 'node:fs/promises';
import { unifiedDiff } from '../pins/diff.js';
import { PinError, rewritePins } from '../pins/index.js';
import { parseCommand } from './args.js';

const PIN_USAGE = `usage: wheelrelay pin NAME==VERSION FILE... [options]

Move every pin of NAME in the requirement files to VERSION, in place, and print a unified
diff. Only the pins change; comments, options, hashes of other packages and line endings stay.

options:
  --hash sha256:HEX   hash of a published file (repeat for each wheel/sdist); required
                      where an entry has --hash lines, which are replaced by these
  --style index|git   index (default): git URLs of NAME become NAME==VERSION;
                      git: git URLs keep pointing at git, at --ref (default: derived from VERSION)
  --ref REF           the tag or sha for --style git
  --check             write nothing; exit 1 when a file needs a change (for CI)
  -h, --help          this help

exit codes: 0 done (or nothing to change), 1 --check found changes or a pin cannot be
rewritten, 2 usage.
`;

const FLAGS = {
  hash: { type: 'string', multiple: true },
  style: { type: 'string' },
  ref: { type: 'string' },
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `wheelrelay pin`; returns the exit code. */
export async function pinCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand('pin', argv, FLAGS, PIN_USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [spec, ...files] = positionals;
  const m = /^([^=\s]+)==([^=\s]+)$/.exec(spec ?? '');
  if (!m || files.length === 0) {
    process.stderr.write(
      `wheelrelay pin: give NAME==VERSION and at least one FILE\n\n${PIN_USAGE}`,
    );
    return 2;
  }
  const style = values.style ?? 'index';
  if (style !== 'index' && style !== 'git') {
    process.stderr.write(`wheelrelay pin: --style is '${style}'; it must be index or git\n`);
    return 2;
  }
  const target = {
    name: m[1] as string,
    version: m[2] as string,
    hashes: values.hash,
    style: style as 'index' | 'git',
    gitRef: values.ref,
  };

  let failed = false;
  let changed = false;
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
      const result = rewritePins(text, target, file);
      if (result.status === 'not-found') {
        process.stderr.write(`wheelrelay pin: ${file} does not pin ${target.name}\n`);
      }
      if (result.status !== 'changed') continue;
      changed = true;
      process.stdout.write(unifiedDiff(file, text, result.text));
      if (!values.check) await writeFile(file, result.text);
    } catch (err) {
      if (!(err instanceof PinError)) throw err;
      process.stderr.write(`wheelrelay pin: ${err.message}\n`);
      failed = true;
    }
  }
  return failed || (values.check && changed) ? 1 : 0;
}
