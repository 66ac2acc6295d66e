import { isAbsolute, relative, resolve, sep } from 'node:path';
import { secretsInEnvironment } from '../build/environment.js';
import { execRunner } from '../build/runner.js';
import { bumpInCheckout, type CheckoutBumpSettings } from '../bump/bump.js';
import { parseRunCommand } from '../bump/command.js';
import { checkIndexUrl, pullTarget } from '../bump/settings.js';
import { describeError, WheelrelayError } from '../errors.js';
import { type ReleasePayload, releaseFromSpec } from '../github/release-payload.js';
import { type PullSettings, readPullSettings } from '../github/settings.js';
import { Inputs } from '../inputs/read.js';
import { consoleLog } from '../log.js';
import { redact } from '../secrets.js';
import { type CommandLine, flagValue, isSet, parseCommand, readStdin } from './args.js';
import { flagInputs } from './flags.js';

const BUMP_USAGE = {
  head: `usage: wheelrelay bump NAME==VERSION FILE... [options]

Move the pins of NAME in the requirement files (globs, in a git checkout) to VERSION, then run
the command that regenerates what is compiled from them (e.g. pip-compile through make), and
print every change as a unified diff. What the bump action does in a consumer's workflow, for
a developer at their own checkout: the changes stay in the work tree, and with --repository
they are also committed to wheelrelay/<name> there and the pull request is opened.
`,
  tail: `exit codes: 0 done (or already on VERSION), 1 failed (the work tree is left as the failure
left it; \`git diff\` shows it; nothing was committed), 2 usage.
`,
};

/** Flags that say how the pull request is made: they need --repository. */
const PULL_FLAGS = [
  'base',
  'token-stdin',
  'pr-title',
  'pr-body',
  'labels',
  'reviewers',
  'team-reviewers',
  'draft',
  'auto-merge',
  'no-sign-commits',
];

/** `wheelrelay bump`; returns the exit code (0 done, 1 failed, 2 usage). */
export async function bumpCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const line = parseCommand('bump', argv, BUMP_USAGE);
  if (typeof line === 'number') return line;
  const { end } = line;
  const [spec, ...files] = line.positionals;
  if (!spec || files.length === 0) {
    return end.usage('give NAME==VERSION and at least one FILE', BUMP_USAGE.head);
  }
  const misuse = pullMisuse(line);
  if (misuse) return end.usage(misuse);
  let release: ReleasePayload;
  try {
    release = releaseFromSpec(spec);
  } catch (err) {
    return end.usage(describeError(err));
  }
  const repository = flagValue(line, 'repository');
  const token = repository === undefined ? undefined : await readToken(line, env);
  if (repository !== undefined && !token) {
    return end.usage(
      '--repository needs a token that may push branches and open pull requests there: set $WHEELRELAY_GITHUB_TOKEN, or pipe it to --token-stdin',
    );
  }

  const log = consoleLog(isSet(line, 'verbose'));
  try {
    const settings = await checkoutSettings(line, env, release, token);
    const result = await bumpInCheckout(settings, { log, run: execRunner });
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
    return end.failed(err, log);
  }
}

/** owner/repo as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** The usage error for a malformed --repository, or a pull request flag without it. */
function pullMisuse(line: CommandLine): string | undefined {
  const repository = flagValue(line, 'repository');
  if (repository !== undefined && !REPOSITORY.test(repository)) {
    return `--repository is '${repository.slice(0, 80)}': give it as OWNER/REPO`;
  }
  const flag = PULL_FLAGS.find((f) => line.values[f] !== undefined);
  if (flag && repository === undefined) {
    return `--${flag} applies to the pull request: add --repository OWNER/REPO`;
  }
  return undefined;
}

/** The GitHub token: from standard input with --token-stdin, else $WHEELRELAY_GITHUB_TOKEN. */
async function readToken(line: CommandLine, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return isSet(line, 'token-stdin') ? await readStdin() : env.WHEELRELAY_GITHUB_TOKEN || undefined;
}

/**
 * What the flags ask of the bump, read as the bump action reads its inputs (a refused value
 * names its flag), in the git checkout the current directory is in.
 */
async function checkoutSettings(
  line: CommandLine,
  env: NodeJS.ProcessEnv,
  release: ReleasePayload,
  token: string | undefined,
): Promise<CheckoutBumpSettings> {
  const given = flagInputs('bump', line.values, env, token);
  // The token is masked here, before anything is read or printed.
  const inputs = new Inputs({ get: (n) => given[n] }, 'bump');
  const indexUrl = inputs.read('index-url');
  if (indexUrl !== undefined) {
    checkIndexUrl(indexUrl);
    release['index-url'] = indexUrl;
  }
  const runText = inputs.read('run');
  const run = runText === undefined ? undefined : parseRunCommand(runText);
  const pull = readPullSettings(inputs, env);
  const commandTimeoutMs = inputs.read('command-timeout') * 1000;
  const root = await checkoutRoot();
  return {
    release,
    requirementFiles: line.positionals.slice(1).map((f) => fromRoot(root, f)),
    run,
    workspace: root,
    dryRun: pull.dryRun,
    commandTimeoutMs,
    buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
    held: [
      ...secretsInEnvironment(env),
      ...(isSet(line, 'token-stdin') ? ['the token read with --token-stdin'] : []),
    ],
    github: token ? await pullRequestAt(line, pull, token, root) : undefined,
  };
}

/** Where --repository's pull request goes: that repository, based on --base or the branch checked out. */
async function pullRequestAt(
  line: CommandLine,
  pull: PullSettings,
  token: string,
  root: string,
): Promise<CheckoutBumpSettings['github']> {
  const [owner = '', repo = ''] = (flagValue(line, 'repository') ?? '').split('/');
  const base = flagValue(line, 'base') ?? (await checkedOutBranch(root));
  return pullTarget(pull, token, undefined, { owner, repo, base });
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
