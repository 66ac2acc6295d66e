import { debugStack, describeError } from '../errors.js';
import type { CommandName } from '../inputs/table.js';
import type { Log } from '../log.js';
import { redact } from '../secrets.js';
import { type Given, optionsHelp, parseFlags, usageMessage } from './flags.js';

/**
 * How a command ends when it cannot do its work: the message on stderr, exit 2 for a usage
 * error (an InputError names the flag) or 1 for a failed run; with --json also the outputs'
 * shape, with `error`, as one JSON object on stdout.
 */
class Ending {
  constructor(
    private readonly command: CommandName,
    private readonly json: boolean,
    private readonly shape: () => object,
  ) {}

  /** A usage error: the message (and the usage text, when given) on stderr; exit code 2. */
  usage(message: string, usage?: string): number {
    process.stderr.write(`wheelrelay ${this.command}: ${message}\n${usage ? `\n${usage}` : ''}`);
    this.printJson(message);
    return 2;
  }

  /** An error from reading the settings or from the run: 2 for a refused flag, 1 otherwise. */
  failed(err: unknown, log: Log): number {
    const usage = usageMessage(this.command, err);
    if (usage !== undefined) return this.usage(usage);
    log.error(describeError(err));
    debugStack(err, (text) => log.debug(text));
    this.printJson(describeError(err));
    return 1;
  }

  private printJson(error: string): void {
    if (this.json) {
      process.stdout.write(
        `${redact(JSON.stringify({ ...this.shape(), error: redact(error) }))}\n`,
      );
    }
  }
}

/** A command line, parsed: the flags and arguments, and how the command ends on an error. */
export interface CommandLine extends Given {
  end: Ending;
}

/**
 * Parses a command's arguments with its flags (src/cli/flags.ts). Returns them, or the exit
 * code when there is nothing more to do: 0 after printing --help, 2 after a usage error.
 * `failedShape` is what --json prints, with `error`, when the command cannot do its work.
 */
export function parseCommand(
  command: CommandName,
  argv: string[],
  usage: { head: string; tail?: string },
  failedShape: () => object = () => ({}),
): CommandLine | number {
  // Made only when printed: a run that parses has no use for it.
  const text = () =>
    `${usage.head}\noptions:\n${optionsHelp(command)}${usage.tail ? `\n${usage.tail}` : ''}`;
  const end = new Ending(command, jsonAsked(argv), failedShape);
  const parsed = parseFlags(command, argv);
  if ('usage' in parsed) return end.usage(parsed.usage, text());
  if (parsed.values.help) {
    process.stdout.write(text());
    return 0;
  }
  return { ...parsed, end };
}

/** Whether `--json` is among the flags (before any `--`), even where they do not parse. */
function jsonAsked(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * The usage error for `--skip-dependency-check` without `--no-build-isolation` (an isolated
 * build installs its requirements itself, so there is nothing to skip), or undefined.
 */
export function skipDependencyCheckMisuse(values: Given['values']): string | undefined {
  return values['skip-dependency-check'] && !values['no-build-isolation']
    ? '--skip-dependency-check applies to builds without isolation: add --no-build-isolation (an isolated build installs its build requirements itself)'
    : undefined;
}

/** All of standard input, without a final newline (for --password-stdin and its kind). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** A flag's value as given (a string), or undefined. */
export function flagValue(line: Given, flag: string): string | undefined {
  const value = line.values[flag];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a switch was given. */
export function isSet(line: Given, flag: string): boolean {
  return line.values[flag] === true;
}
