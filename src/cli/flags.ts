import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import {
  type ActionName,
  type CliWay,
  type CommandName,
  INPUTS,
  type InputName,
  type InputRow,
} from '../inputs/table.js';

// Every command's flags come from the table of inputs (src/inputs/table.ts, each row's `cli`)
// and from OWN_FLAGS below, the flags that stand for no input: the parseArgs options, the
// --help text and the inputs a command reads are all made here from those two.

/** One flag of one command: an input's (with `input`), or the command line's own. */
interface Flag {
  /** Without the leading `--`. */
  name: string;
  short?: string;
  /** The value's placeholder; a flag without one is a switch. */
  arg?: string;
  repeatable?: boolean;
  optionalArg?: boolean;
  help: readonly string[];
  /** The default --help shows (none when empty). */
  shows?: string;
  input?: InputName;
}

/** A flag that stands for no input, the commands that take it, and the input it follows in --help. */
interface OwnFlag extends Omit<Flag, 'input'> {
  commands: readonly CommandName[];
  after?: InputName;
  /** A command's own help for it. */
  per?: Partial<Record<CommandName, readonly string[]>>;
}

/** The command line's own flags: what the action learns elsewhere, or has no use for. */
const OWN_FLAGS: readonly OwnFlag[] = [
  {
    name: 'skip-dependency-check',
    commands: ['publish', 'sync'],
    after: 'build-isolation',
    help: [
      'with --no-build-isolation: build even when the environment lacks a',
      "build requirement the project declares (build's own flag; for",
      'projects that declare one they never use)',
    ],
  },
  {
    name: 'tag',
    arg: 'TAG',
    commands: ['publish'],
    after: 'tag-pattern',
    help: [
      "the release tag; the build's version must match it (the CLI's",
      'own: the action reads the tag from the tag push)',
    ],
  },
  {
    name: 'keep-dist',
    commands: ['publish'],
    after: 'dry-run',
    help: [
      'keep the folder the build wrote its files to (its path is logged);',
      'it is removed when the run ends otherwise',
    ],
  },
  {
    name: 'repository',
    arg: 'OWNER/REPO',
    commands: ['bump'],
    after: 'command-timeout',
    help: [
      'commit the changes to wheelrelay/<name> there and open or update',
      'the pull request, as the action does (the checkout must be a clone',
      'of it); the token comes from $WHEELRELAY_GITHUB_TOKEN or',
      '--token-stdin, never from an argument',
    ],
  },
  {
    name: 'base',
    arg: 'BRANCH',
    commands: ['bump'],
    after: 'command-timeout',
    help: ["the pull request's base"],
    shows: 'the branch checked out',
  },
  {
    name: 'hash',
    arg: 'sha256:HEX',
    repeatable: true,
    commands: ['pin'],
    help: [
      'hash of a published file (repeat for each wheel/sdist); required',
      'where an entry has --hash lines, which are replaced by these',
    ],
  },
  { name: 'ref', arg: 'REF', commands: ['pin'], help: ['the tag or sha for --style git'] },
  {
    name: 'check',
    commands: ['pin'],
    help: [
      'write nothing; exit 1 when a file needs a change, or a constraint',
      'blocks VERSION (for CI)',
    ],
  },
  {
    name: 'json',
    commands: ['publish', 'sync'],
    help: ['print the outputs as one JSON object on stdout (also on failure,', 'with error)'],
    per: {
      sync: [
        'print the result (every entry and its outcome) as JSON on stdout',
        '(also on failure, with error)',
      ],
    },
  },
  { name: 'verbose', short: 'v', commands: ['publish', 'sync', 'bump'], help: ['debug logging'] },
  { name: 'help', short: 'h', commands: ['publish', 'sync', 'bump', 'pin'], help: ['this help'] },
];

/** The commands an input's row reaches: its `cli.commands`, or those of its actions. */
function commandsOf(row: InputRow): readonly CommandName[] {
  return row.cli.commands ?? row.actions.map((a: ActionName): CommandName => a);
}

/** The inputs a command takes (as flags, arguments or from the environment), in table order. */
export function commandInputs(command: CommandName): Array<[InputName, CliWay]> {
  return (Object.entries(INPUTS) as [InputName, InputRow][])
    .filter(([, row]) => commandsOf(row).includes(command))
    .map(([name, row]) => [name, row.cli]);
}

/** The inputs of the command's action that it has no flag for, each with the reason. */
export function absentInputs(command: CommandName): Array<[InputName, string]> {
  return (Object.entries(INPUTS) as [InputName, InputRow][])
    .filter(([, row]) => (row.actions as readonly string[]).includes(command))
    .filter(([, row]) => !commandsOf(row).includes(command))
    .map(([name, row]) => [name, row.cli.absent ?? '']);
}

/** A command's flags, in the order --help lists them. */
export function commandFlags(command: CommandName): Flag[] {
  const flags: Flag[] = [];
  for (const [input, way] of commandInputs(command)) {
    if (way.positional && !way.arg) continue;
    const own = way.per?.[command];
    const row: InputRow = INPUTS[input];
    flags.push({
      name: way.flag ?? input,
      ...(way.short ? { short: way.short } : {}),
      ...(way.stdin ? {} : { arg: own?.arg ?? way.arg }),
      repeatable: way.repeatable,
      optionalArg: way.optionalArg,
      help: own?.help ?? way.help ?? [],
      shows: own?.shows ?? way.shows ?? (way.arg ? row.default : undefined),
      input,
    });
    for (const o of OWN_FLAGS.filter((f) => f.after === input && f.commands.includes(command))) {
      flags.push(ownFlag(o, command));
    }
  }
  const placed = new Set(flags.map((f) => f.name));
  for (const o of OWN_FLAGS.filter((f) => f.commands.includes(command) && !placed.has(f.name))) {
    flags.push(ownFlag(o, command));
  }
  return flags;
}

function ownFlag(o: OwnFlag, command: CommandName): Flag {
  const { commands: _c, after: _a, per, ...flag } = o;
  return { ...flag, help: per?.[command] ?? o.help };
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parseArgs options of a command's flags (a flag with an optional value is taken out before). */
function parseOptions(flags: readonly Flag[]): Options {
  const options: Options = {};
  for (const f of flags) {
    if (f.optionalArg) continue;
    options[f.name] = {
      type: f.arg ? 'string' : 'boolean',
      ...(f.short ? { short: f.short } : {}),
      ...(f.repeatable ? { multiple: true } : {}),
    };
  }
  return options;
}

/** The options part of a command's --help: each flag, what it does, and its default. */
export function optionsHelp(command: CommandName): string {
  const out: string[] = [];
  for (const f of commandFlags(command)) {
    const value = f.arg ? (f.optionalArg ? `[=${f.arg}]` : ` ${f.arg}`) : '';
    const head = `  ${f.short ? `-${f.short}, ` : ''}--${f.name}${value}`;
    const help = [...f.help];
    if (f.shows) {
      const last = help.pop();
      const note = `(default: ${f.shows})`;
      if (last === undefined) help.push(note);
      else if (last.length + note.length < 72) help.push(`${last} ${note}`);
      else help.push(last, note);
    }
    const [first = '', ...rest] = help;
    if (head.length <= 24) out.push(`${head.padEnd(26)}${first}`);
    else out.push(head, `${' '.repeat(26)}${first}`);
    for (const line of rest) out.push(`${' '.repeat(26)}${line}`);
  }
  return `${out.join('\n')}\n`;
}

/** What parseArgs gives a command: each flag's value by its name, and the arguments. */
export interface Given {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments (node's util.parseArgs, strict, with the flags the table and
 * OWN_FLAGS give it). Returns the values, or a usage error's message.
 */
export function parseFlags(command: CommandName, argv: string[]): Given | { usage: string } {
  const flags = commandFlags(command);
  const optional = flags.filter((f) => f.optionalArg);
  const rest: string[] = [];
  const taken: Record<string, string> = {};
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const flag = optional.find((f) => arg === `--${f.name}` || arg.startsWith(`--${f.name}=`));
    if (flag) taken[flag.name] = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'true';
    else rest.push(arg);
  }
  try {
    const parsed = parseArgs({
      args: rest,
      options: parseOptions(flags),
      allowPositionals: true,
      strict: true,
    });
    const values = parsed.values as Given['values'];
    return { values: { ...values, ...taken }, positionals: parsed.positionals };
  } catch (err) {
    return { usage: (err as Error).message };
  }
}

/**
 * The inputs a command's flags stand for, by the action's names: a value as given, a switch as
 * the value it sets, a repeated flag as lines, a secret from standard input (`stdin`, read once
 * by the caller) or its environment variable, and a missing value from the row's variable.
 */
export function flagInputs(
  command: CommandName,
  values: Given['values'],
  env: NodeJS.ProcessEnv,
  stdin?: string,
): Record<string, string | undefined> {
  const inputs: Record<string, string | undefined> = {};
  for (const [input, way] of commandInputs(command)) {
    const given = values[way.flag ?? input];
    let value: string | undefined;
    if (way.stdin) value = given ? stdin : undefined;
    else if (Array.isArray(given)) value = given.join('\n');
    else if (typeof given === 'boolean') value = given ? (way.sets ?? 'true') : undefined;
    else value = given;
    const variable = way.per?.[command]?.env ?? way.env;
    inputs[input] = value ?? (variable ? env[variable] || undefined : undefined);
  }
  return inputs;
}

/** The flags of a command that read standard input, and which of them were given. */
export function stdinFlags(command: CommandName, values: Given['values']): string[] {
  return commandInputs(command)
    .filter(([input, way]) => way.stdin && values[way.flag ?? input])
    .map(([input, way]) => `--${way.flag ?? input}`);
}

/** How a command names an input in a message: its flag, its argument, or its variable. */
export function flagFor(command: CommandName, input: string): string | undefined {
  const way = commandInputs(command).find(([name]) => name === input)?.[1];
  if (!way) return undefined;
  if (way.positional && !way.arg) return way.positional;
  return `--${way.flag ?? input}`;
}

/**
 * An InputError as the command line says it, naming flags for inputs (`--retries` is '99';
 * "Set `--username` too"), or undefined for any other error.
 */
export function usageMessage(command: CommandName, err: unknown): string | undefined {
  if (!(err instanceof InputError)) return undefined;
  const name = (input: string) => flagFor(command, input) ?? input;
  const text = `\`${name(err.input)}\` ${err.problem}${err.hint ? `\n${err.hint}` : ''}`;
  return text.replace(/`([a-z][a-z-]*)`/g, (whole, input: string) =>
    input in INPUTS && flagFor(command, input) ? `\`${name(input)}\`` : whole,
  );
}

/** The CLI's default index: $WHEELRELAY_INDEX_URL, else the directory index in the user's cache. */
export function userIndexDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wheelrelay', 'index');
}
