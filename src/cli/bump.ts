import { isAbsolute, relative, resolve, sep } from 'node:path';
import { secretsInEnvironment } from '../build/environment.js';
import { execRunner } from '../build/runner.js';
import { bumpInCheckout, type CheckoutBumpSettings } from '../bump/bump.js';
import { parseRunCommand } from '../bump/command.js';
import { pullTarget } from '../bump/settings.js';
import { describeError, WheelrelayError } from '../errors.js';
import { releaseFromSpec } from '../github/release-payload.js';
import { readPullSettings } from '../github/settings.js';
import { seconds } from '../inputs/parse.js';
import { Inputs } from '../inputs/read.js';
import { consoleLog } from '../log.js';
import { addSecret, redact } from '../secrets.js';
import { parseCommand, readStdin } from './args.js';

/** owner/repo as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

const BUMP_USAGE = `usage: wheelrelay bump NAME==VERSION FILE... [options]

Move the pins of NAME in the requirement files (globs, in a git checkout) to VERSION, then run
the command that regenerates what is compiled from them (e.g. pip-compile through make), and
print every change as a unified diff. What the bump action does in a consumer's workflow, for
a developer at their own checkout: the changes stay in the work tree, and with --repository
they are also committed to wheelrelay/<name> there and the pull request is opened.

options (each is also an input of the bump action, bump/action.yml):
  --run CMD               the command that regenerates the compiled files, e.g.
                          'make compile-requirements'; one program and its arguments, run
                          without a shell; it sees the release only in WHEELRELAY_NAME,
                          WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL
  --index-url URL         the index the release is on (the command's WHEELRELAY_INDEX_URL)
  --command-timeout SECS  how long the command may run before it is killed (default: 1800)
  --repository OWNER/REPO commit the changes to wheelrelay/<name> there and open or update
                          the pull request, as the action does (the checkout must be a clone
                          of it); the token comes from $WHEELRELAY_GITHUB_TOKEN or
                          --token-stdin, never from an argument
  --base BRANCH           the pull request's base (default: the branch checked out)
  --token-stdin           read the GitHub token from standard input
  --labels L,...          labels for a new pull request
  --no-sign-commits       commit through the git data API instead of GraphQL (unsigned)
  --dry-run               with --repository: send nothing to GitHub, only change the checkout
  --builds-can-read-secrets
                          run the command even where it cannot be kept from the secrets this
                          process holds
  -v, --verbose           debug logging
  -h, --help              this help

exit codes: 0 done (or already on VERSION), 1 failed (the work tree is left as the failure
left it; \`git diff\` shows it; nothing was committed), 2 usage.
`;

const FLAGS = {
  run: { type: 'string' },
  'index-url': { type: 'string' },
  'command-timeout': { type: 'string' },
  'dry-run': { type: 'boolean' },
  repository: { type: 'string' },
  base: { type: 'string' },
  'token-stdin': { type: 'boolean' },
  labels: { type: 'string' },
  'no-sign-commits': { type: 'boolean' },
  'builds-can-read-secrets': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `wheelrelay bump`; returns the exit code (0 done, 1 failed, 2 usage). */
export async function bumpCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseCommand('bump', argv, FLAGS, BUMP_USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [spec, ...files] = positionals;
  const usage = (message: string) => {
    process.stderr.write(`wheelrelay bump: ${message}\n`);
    return 2;
  };
  if (!spec || files.length === 0) {
    process.stderr.write(
      `wheelrelay bump: give NAME==VERSION and at least one FILE\n\n${BUMP_USAGE}`,
    );
    return 2;
  }
  let release: ReturnType<typeof releaseFromSpec>;
  let run: string[] | undefined;
  let commandTimeout: number;
  try {
    release = releaseFromSpec(spec);
  } catch (err) {
    return usage(describeError(err));
  }
  try {
    run = values.run === undefined ? undefined : parseRunCommand(values.run, '--run');
  } catch (err) {
    return usage(describeError(err));
  }
  try {
    const given = values['command-timeout'];
    commandTimeout = given === undefined ? 1800 : seconds(6 * 3600)(given, '--command-timeout');
  } catch (err) {
    return usage(describeError(err));
  }
  if (values['index-url'] !== undefined) {
    if (!/^(https?|file):\/\/[^\s@]+$/.test(values['index-url'])) {
      return usage(
        `--index-url is '${values['index-url'].slice(0, 80)}': give the index's simple API as an http(s) or file URL, without credentials`,
      );
    }
    release['index-url'] = values['index-url'];
  }

  if (values.repository !== undefined && !REPOSITORY.test(values.repository)) {
    return usage(`--repository is '${values.repository.slice(0, 80)}': give it as OWNER/REPO`);
  }
  for (const flag of ['base', 'token-stdin', 'labels', 'no-sign-commits'] as const) {
    if (values[flag] !== undefined && values.repository === undefined) {
      return usage(`--${flag} applies to the pull request: add --repository OWNER/REPO`);
    }
  }
  let token: string | undefined;
  if (values.repository !== undefined) {
    token = values['token-stdin'] ? await readStdin() : env.WHEELRELAY_GITHUB_TOKEN;
    if (!token) {
      return usage(
        '--repository needs a token that may push branches and open pull requests there: set $WHEELRELAY_GITHUB_TOKEN, or pipe it to --token-stdin',
      );
    }
    addSecret(token);
  }

  const log = consoleLog(values.verbose ?? false);
  try {
    const root = await checkoutRoot();
    let github: CheckoutBumpSettings['github'];
    if (values.repository !== undefined && token) {
      const [owner = '', repo = ''] = values.repository.split('/');
      const flags: Record<string, string | undefined> = {
        'dry-run': values['dry-run'] ? 'true' : undefined,
        labels: values.labels,
        'sign-commits': values['no-sign-commits'] ? 'false' : undefined,
      };
      const pull = readPullSettings(new Inputs({ get: (n) => flags[n] }, 'bump'), env);
      const base = values.base ?? (await checkedOutBranch(root));
      github = pullTarget(pull, token, undefined, { owner, repo, base });
    }
    const result = await bumpInCheckout(
      {
        release,
        requirementFiles: files.map((f) => fromRoot(root, f)),
        run,
        workspace: root,
        dryRun: values['dry-run'] ?? false,
        commandTimeoutMs: commandTimeout * 1000,
        buildsCanReadSecrets: values['builds-can-read-secrets'] ?? false,
        held: [
          ...secretsInEnvironment(env),
          ...(values['token-stdin'] ? ['the token read with --token-stdin'] : []),
        ],
        github,
      },
      { log, run: execRunner },
    );
    process.stdout.write(result.diff);
    const pull = result.pull;
    if (pull) {
      process.stdout.write(
        redact(
          `${pull.outcome}\t${pull.repo}${pull.url ? `\t${pull.url}` : ''}${pull.reason ? `\t${pull.reason}` : ''}\n`,
        ),
      );
    }
    return pull?.outcome === 'failed' ? 1 : 0;
  } catch (err) {
    log.error(describeError(err));
    return 1;
  }
}

/** The branch the checkout is on: the pull request's base unless --base says otherwise. */
async function checkedOutBranch(root: string): Promise<string> {
  const res = await execRunner('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], {
    cwd: root,
    timeoutMs: 60_000,
  });
  const branch = res.output.trim();
  if (res.exitCode !== 0 || !branch) {
    throw new WheelrelayError(
      'the checkout is on no branch (a detached HEAD): there is no base for the pull request',
      'Check out the branch the pull request should go to, or give it with --base.',
    );
  }
  return branch;
}

/** The top of the git checkout the current directory is in. */
async function checkoutRoot(): Promise<string> {
  const res = await execRunner('git', ['rev-parse', '--show-toplevel'], {
    cwd: process.cwd(),
    timeoutMs: 60_000,
  });
  if (res.exitCode !== 0) {
    throw new WheelrelayError(
      `${process.cwd()} is not in a git checkout`,
      'Run `wheelrelay bump` in the checkout of the project whose pins move: it commits nothing, but reads what changed through git.',
    );
  }
  return res.output.trim();
}

/** A FILE argument (relative to the current directory) as a glob relative to the checkout's top. */
function fromRoot(root: string, file: string): string {
  const rel = relative(root, resolve(process.cwd(), file));
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new WheelrelayError(
      `${file} is outside the checkout (${root})`,
      'Name requirement files of the checkout the command runs in.',
    );
  }
  return rel.split(sep).join('/');
}
