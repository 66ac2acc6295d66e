import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Flags every command that talks to an index takes, named as the action's inputs. */
export const INDEX_FLAGS = {
  'index-url': { type: 'string' },
  'index-type': { type: 'string' },
  'simple-url': { type: 'string' },
  username: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  dists: { type: 'string' },
  python: { type: 'string' },
  'no-build-isolation': { type: 'boolean' },
  'skip-dependency-check': { type: 'boolean' },
  'verify-timeout': { type: 'string' },
  timeout: { type: 'string' },
  'build-timeout': { type: 'string' },
  'builds-can-read-secrets': { type: 'boolean' },
  retries: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The values of INDEX_FLAGS as parseArgs returns them. */
type IndexValues = {
  [K in keyof typeof INDEX_FLAGS]?: (typeof INDEX_FLAGS)[K]['type'] extends 'string'
    ? string
    : boolean;
};

/**
 * The action inputs the INDEX_FLAGS stand for, with the CLI's defaults: the default index,
 * $WHEELRELAY_USERNAME, and no pip cache (that is the runner's).
 */
export function indexInputs(
  values: IndexValues,
  env: NodeJS.ProcessEnv,
  password: string | undefined,
): Record<string, string | undefined> {
  return {
    'index-url': values['index-url'] ?? defaultIndexUrl(env),
    'index-type': values['index-type'],
    'simple-url': values['simple-url'],
    username: values.username ?? env.WHEELRELAY_USERNAME,
    password,
    dists: values.dists,
    python: values.python,
    'build-isolation': values['no-build-isolation'] ? 'false' : undefined,
    'verify-timeout': values['verify-timeout'],
    timeout: values.timeout,
    'build-timeout': values['build-timeout'],
    'builds-can-read-secrets': values['builds-can-read-secrets'] ? 'true' : undefined,
    retries: values.retries,
    cache: 'false',
  };
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments (node's util.parseArgs, strict). Returns the parsed values, or
 * the exit code when there is nothing more to do: 0 after printing --help, 2 after a usage error.
 */
export function parseCommand<T extends Options>(
  command: string,
  argv: string[],
  options: T,
  usage: string,
): ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; args: string[] }>> | number {
  let parsed: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`wheelrelay ${command}: ${(err as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usage);
    return 0;
  }
  return parsed;
}

/** The CLI's default index: $WHEELRELAY_INDEX_URL, or the directory index in the user's cache. */
function defaultIndexUrl(env: NodeJS.ProcessEnv): string {
  return (
    env.WHEELRELAY_INDEX_URL ||
    join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wheelrelay', 'index')
  );
}

/**
 * The usage error for `--skip-dependency-check` without `--no-build-isolation` (an isolated
 * build installs its requirements itself, so there is nothing to skip), or undefined.
 */
export function skipDependencyCheckMisuse(values: IndexValues): string | undefined {
  return values['skip-dependency-check'] && !values['no-build-isolation']
    ? '--skip-dependency-check applies to builds without isolation: add --no-build-isolation (an isolated build installs its build requirements itself)'
    : undefined;
}

/** All of standard input, without a final newline (for --password-stdin). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
