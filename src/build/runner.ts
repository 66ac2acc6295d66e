import { redact } from '../secrets.js';
import { childEnvironment } from './environment.js';

/** The result of running a program to completion. */
export interface RunResult {
  exitCode: number;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
}

/**
 * Runs programs with an argument array, never through a shell, so nothing from inputs, tags
 * or files can be read as shell syntax. Each line of output goes to `onLine` as it arrives.
 */
export type Runner = (
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void },
) => Promise<RunResult>;

/**
 * The real runner, on @actions/exec (argument arrays, no shell). Every program it starts gets
 * {@link childEnvironment}: builds run code wheelrelay did not write.
 */
export const execRunner: Runner = async (command, args, opts) => {
  const { getExecOutput } = await import('@actions/exec');
  const lines: string[] = [];
  const collect = (line: string) => {
    lines.push(line);
    opts.onLine?.(redact(line));
  };
  try {
    const res = await getExecOutput(command, args, {
      cwd: opts.cwd,
      env: childEnvironment(opts.env ?? process.env) as Record<string, string>,
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdline: collect, errline: collect },
    });
    return { exitCode: res.exitCode, output: lines.join('\n') };
  } catch (err) {
    // @actions/exec throws when the program does not exist.
    return { exitCode: 127, output: `${command}: ${(err as Error).message}` };
  }
};

/** The last `n` lines of some output, for error messages. */
export function tail(output: string, n = 25): string {
  return redact(output.trimEnd().split('\n').slice(-n).join('\n'));
}
