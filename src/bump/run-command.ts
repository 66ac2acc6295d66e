import { childEnvironment } from '../build/environment.js';
import { findProgram, namespaceCommand } from '../build/isolation.js';
import { type Runner, tail } from '../build/runner.js';
import { WheelrelayError } from '../errors.js';
import type { Log } from '../log.js';

/**
 * How the consumer's `run` command is kept from the token this process holds. The command
 * (pip-compile, make) must write the checkout in place as the checkout's owner, so it runs as
 * this user; what it must not do is read this process's start-up environment through
 * /proc/<pid>/environ, where the runner put the `token` input. So it runs in a PID namespace
 * of its own with a fresh /proc, and without the capabilities that could unmount it:
 *
 * - `privileged-namespace`: root, or passwordless `sudo -n` (GitHub-hosted runners), creates
 *   the namespace and drops back to this user's uid, groups and no capabilities (setpriv);
 * - `user-namespace`: an unprivileged user namespace maps this user to itself (unshare);
 * - `none`: neither works here: the command could read the token.
 */
type CommandIsolationKind = 'privileged-namespace' | 'user-namespace' | 'none';

export interface CommandIsolation {
  kind: CommandIsolationKind;
  /** One sentence for the log. */
  description: string;
  /** The program and arguments that run `argv` this way, in `cwd`, with `env`. */
  wrap(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): [string, string[]];
}

/** Variables sudo may reset even with -E; set again by `env` after the drop (none is secret). */
const CARRIED =
  /^(PATH|HOME|TMPDIR|LD_[A-Z0-9_]+|PYTHON[A-Z0-9_]*|VIRTUAL_ENV|WHEELRELAY_[A-Z_]+)$/;

/** Finds the best way this machine allows, trying each for real once. */
export async function chooseCommandIsolation(
  run: Runner,
  env: NodeJS.ProcessEnv = process.env,
  self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 },
): Promise<CommandIsolation> {
  const tools = {
    unshare: await findProgram('unshare', env.PATH),
    setpriv: await findProgram('setpriv', env.PATH),
    sudo: await findProgram('sudo', env.PATH),
    env: await findProgram('env', env.PATH),
    test: await findProgram('test', env.PATH),
  };
  const tried: string[] = [];
  const probe = async (iso: CommandIsolation) => {
    const [c, a] = iso.wrap([tools.test ?? 'test', '-d', '/proc/1'], env, '/');
    const res = await run(c, a, { timeoutMs: 30_000 });
    if (res.exitCode === 0) return true;
    tried.push(`${iso.kind}: ${tail(res.output, 1) || `exit code ${res.exitCode}`}`);
    return false;
  };
  const { unshare, setpriv } = tools;
  if (unshare && setpriv && tools.env) {
    let viaSudo = false;
    if (self.uid !== 0 && tools.sudo) {
      const res = await run(tools.sudo, ['-n', 'true'], { timeoutMs: 30_000 });
      viaSudo = res.exitCode === 0;
      if (!viaSudo) tried.push(`sudo -n: ${tail(res.output, 1) || `exit code ${res.exitCode}`}`);
    }
    if (self.uid === 0 || viaSudo) {
      const iso = privileged(
        { unshare, setpriv, env: tools.env, sudo: viaSudo ? tools.sudo : undefined },
        self,
      );
      if (await probe(iso)) return iso;
    } else if (self.uid !== 0 && !tools.sudo) tried.push('not root, no sudo');
  } else tried.push('no unshare, setpriv or env on PATH');
  if (unshare) {
    const iso: CommandIsolation = {
      kind: 'user-namespace',
      description:
        'The command runs as this user in its own user and PID namespaces (unshare), without capabilities: it cannot see this process or read its environment.',
      wrap: (argv, _env, _cwd) =>
        namespaceCommand(tools, 'current-user', argv[0] as string, argv.slice(1)),
    };
    if (await probe(iso)) return iso;
  }
  return {
    kind: 'none',
    description: `The command cannot be isolated here (${tried.join('; ')}): it runs beside this process and could read its environment through /proc.`,
    wrap: (argv) => [argv[0] as string, argv.slice(1)],
  };
}

function privileged(
  tools: { unshare: string; setpriv: string; env: string; sudo?: string },
  self: { uid: number; gid: number },
): CommandIsolation {
  return {
    kind: 'privileged-namespace',
    description: `The command runs as this user (uid ${self.uid}) in a PID namespace of its own${tools.sudo ? ', made through sudo' : ''}, without capabilities: it cannot see this process or read its environment.`,
    wrap(argv, env, cwd) {
      const carried = Object.entries(env)
        .filter(([name, value]) => value !== undefined && CARRIED.test(name))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => `${name}=${value}`);
      const inner = [
        tools.unshare,
        '--pid',
        '--fork',
        '--mount-proc',
        '--kill-child',
        '--',
        tools.setpriv,
        ...(self.uid === 0
          ? []
          : ['--reuid', String(self.uid), '--regid', String(self.gid), '--init-groups']),
        '--no-new-privs',
        '--inh-caps=-all',
        '--bounding-set=-all',
        '--',
        tools.env,
        `--chdir=${cwd}`,
        ...carried,
        ...argv,
      ];
      if (!tools.sudo) return [inner[0] as string, inner.slice(1)];
      return [tools.sudo, ['-n', '-E', '--', ...inner]];
    },
  };
}

/** The release as the command sees it: only through these variables, never in its arguments. */
interface CommandRelease {
  name: string;
  version: string;
  indexUrl?: string;
}

interface RunCommandOptions {
  argv: readonly string[];
  cwd: string;
  release: CommandRelease;
  isolation: CommandIsolation;
  run: Runner;
  log: Log;
  timeoutMs: number;
  /** The step's environment; the action's inputs and the runner's tokens are taken out. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs the consumer's command in the checkout, with the release in WHEELRELAY_NAME,
 * WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL. Fails with the command's last lines.
 */
export async function runConsumerCommand(opts: RunCommandOptions): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...childEnvironment(opts.env ?? process.env),
    WHEELRELAY_NAME: opts.release.name,
    WHEELRELAY_VERSION: opts.release.version,
    WHEELRELAY_INDEX_URL: opts.release.indexUrl ?? '',
  };
  const [command, args] = opts.isolation.wrap(opts.argv, env, opts.cwd);
  const out = opts.log.output('info');
  let res: Awaited<ReturnType<Runner>>;
  try {
    res = await opts.run(command, args, {
      cwd: opts.cwd,
      env,
      timeoutMs: opts.timeoutMs,
      onLine: (line) => out.line(line),
    });
  } finally {
    out.end();
  }
  if (res.exitCode !== 0) {
    const why = res.killedAfterSeconds
      ? `was killed after ${res.killedAfterSeconds} s`
      : `exited ${res.exitCode}`;
    throw new WheelrelayError(
      `the command \`${opts.argv.join(' ')}\` ${why}; nothing was committed. Its last lines:\n${tail(res.output)}`,
      'Run it in the checkout by hand to see why (the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION, WHEELRELAY_INDEX_URL).',
    );
  }
}
