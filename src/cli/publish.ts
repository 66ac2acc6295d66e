import type { Runner } from '../build/runner.js';
import { directorySimpleUrl } from '../index/directory.js';
import { unverifiedError } from '../index/publish.js';
import { consoleLog, type Log } from '../log.js';
import { type Config, readConfig } from '../publish/config.js';
import { publishRelease } from '../publish/release.js';
import { outputsOf } from '../publish/report.js';
import type { ReleaseOutcome } from '../release-outcome.js';
import { redact } from '../secrets.js';
import {
  type CommandLine,
  flagValue,
  isSet,
  parseCommand,
  readStdin,
  skipDependencyCheckMisuse,
} from './args.js';
import { flagInputs, userIndexDir } from './flags.js';

const PUBLISH_USAGE = {
  head: `usage: wheelrelay publish [PACKAGE_DIR] [options]

Build the project, upload its files to an index, verify they landed.
`,
  tail: `exit codes: 0 published (or a dry run), 1 failed or not published, 2 usage.
`,
};

/** execRunner, loaded when a build runs its first program: publishing built files runs none. */
const lazyRunner: Runner = async (command, args, opts) =>
  (await import('../build/runner.js')).execRunner(command, args, opts);

/** What --json prints when nothing was published: the outputs' keys, as far as known. */
const NOT_PUBLISHED = () => ({
  name: '',
  version: '',
  files: [],
  published: false,
  'project-url': '',
});

/** `wheelrelay publish`; returns the exit code (0 published, 1 failed or not published, 2 usage). */
export async function publishCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const line = parseCommand('publish', argv, PUBLISH_USAGE, NOT_PUBLISHED);
  if (typeof line === 'number') return line;
  const { positionals: rest, end } = line;
  if (rest.length > 1 || (rest.length === 1 && flagValue(line, 'package-dir'))) {
    return end.usage('give the package directory once (as PACKAGE_DIR or --package-dir)');
  }
  const misuse = skipDependencyCheckMisuse(line.values);
  if (misuse) return end.usage(misuse);

  const log = consoleLog(isSet(line, 'verbose'));
  let cfg: Config;
  try {
    cfg = await publishConfig(line, env, log);
  } catch (err) {
    return end.failed(err, log);
  }
  try {
    const outcome = await publishRelease(cfg, {
      log,
      run: lazyRunner,
      keepBuild: isSet(line, 'keep-dist'),
    });
    report(outcome, cfg, isSet(line, 'json'));
    if (outcome.reason === 'unverified') log.error(unverifiedError(outcome.files).describe());
    return outcome.published || outcome.reason === 'dry-run' ? 0 : 1;
  } catch (err) {
    return end.failed(err, log);
  }
}

/** The publish settings the flags (and the environment's defaults) stand for. */
async function publishConfig(line: CommandLine, env: NodeJS.ProcessEnv, log: Log): Promise<Config> {
  const password = isSet(line, 'password-stdin') ? await readStdin() : undefined;
  const inputs = flagInputs('publish', line.values, env, password);
  inputs['index-url'] ??= userIndexDir(env);
  inputs['package-dir'] = line.positionals[0] ?? inputs['package-dir'];
  // Outside GitHub Actions a ref in the environment is not ours to read.
  const cfgEnv = { ...env, GITHUB_REF: undefined, GITHUB_EVENT_NAME: undefined };
  const cfg = readConfig({ get: (n) => inputs[n] }, cfgEnv, process.cwd(), undefined, (m) =>
    log.warning(m),
  );
  cfg.skipDependencyCheck = isSet(line, 'skip-dependency-check');
  // The action learns a release's tag from GITHUB_REF; on the command line it is --tag.
  const tag = flagValue(line, 'tag');
  if (tag) cfg.ref = { kind: 'tag', name: tag };
  return cfg;
}

/** The outcome on stdout: the outputs as JSON, or a line per file and how to install it. */
function report(outcome: ReleaseOutcome, cfg: Config, json: boolean): void {
  const outputs = outputsOf(outcome);
  if (json) {
    process.stdout.write(`${redact(JSON.stringify(outputs))}\n`);
    return;
  }
  for (const f of outputs.files) process.stdout.write(`${f.outcome}\t${f.filename}\t${f.url}\n`);
  if (cfg.index.type === 'directory' && outcome.reason !== 'dry-run') {
    process.stdout.write(
      `\ninstall it with:\n  pip install --index-url ${directorySimpleUrl(cfg.index.path)} '${outcome.name}==${outcome.version}'\n`,
    );
  }
}
